// resonance-cli doc: export and import of spans and relations in JSONL, CoNLL and brat, OCR of a
// project without scans, and pre-annotation from the knowledge graph plus a term list, each
// with its summary; bad arguments and bad term files are refused with a clear message.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestDocumentCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Result cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RWB_CLI), args);
        if (!p.waitForFinished(120000))
            return { -1, {}, "timeout" };
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    static QString codePoints(const QString &text, qint64 start, qint64 end)
    {
        const QList<uint> ucs = text.toUcs4();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData() + start), end - start);
    }
    QByteArray read(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("doc.rwb"));
        QCOMPARE(cli({ QStringLiteral("init"), m_project }).code, 0);
        write(QStringLiteral("docs/pump.log"), "主泵压力下降\nseal leak at the main pump\n");
        Result r = cli({ QStringLiteral("import"), m_project, m_dir.filePath(QStringLiteral("docs")) });
        QVERIFY2(r.code == 0, r.err.constData());
        for (const char *cls : { "component", "failure_mode" }) {
            r = cli({ QStringLiteral("labels"), m_project, QStringLiteral("add"), QString::fromLatin1(cls),
                QStringLiteral("--kinds"), QStringLiteral("document"), QStringLiteral("--shapes"),
                QStringLiteral("span") });
            QVERIFY2(r.code == 0, r.err.constData());
        }
        // A relation type, as the schema dialog or a script defines it.
        r = cli({ QStringLiteral("labels"), m_project, QStringLiteral("add"), QStringLiteral("causes"),
            QStringLiteral("--shapes"), QStringLiteral("relation") });
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void importThenExportRoundTrips()
    {
        const QByteArray jsonl
            = QByteArrayLiteral("{\"name\":\"pump.log\",\"text\":\"主泵压力下降\\nseal leak at the main pump\\n\","
                                "\"entities\":[{\"id\":1,\"label\":\"component\",\"start_offset\":0,\"end_offset\":2},"
                                "{\"id\":2,\"label\":\"failure_mode\",\"start_offset\":2,\"end_offset\":6},"
                                "{\"id\":3,\"label\":\"failure_mode\",\"start_offset\":7,\"end_offset\":16}],"
                                "\"relations\":[{\"id\":1,\"from_id\":3,\"to_id\":2,\"type\":\"causes\"}]}\n");
        const QString in = write(QStringLiteral("in.jsonl"), jsonl);
        Result r = cli({ QStringLiteral("doc"), QStringLiteral("import"), m_project, QStringLiteral("--format"),
            QStringLiteral("jsonl"), in });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Imported 1 document, 3 spans, 1 relation"), r.out.constData());

        const QString out = m_dir.filePath(QStringLiteral("out.jsonl"));
        r = cli({ QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("export"), m_project,
            QStringLiteral("--format"), QStringLiteral("jsonl"), out });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("spans")).toInt(), 3);
        QCOMPARE(r.json().value(QLatin1String("relations")).toInt(), 1);
        const QJsonObject doc = QJsonDocument::fromJson(read(out).trimmed()).object();
        QCOMPARE(doc.value(QLatin1String("name")).toString(), QStringLiteral("pump.log"));
        QCOMPARE(doc.value(QLatin1String("entities")).toArray().size(), 3);
        QCOMPARE(doc.value(QLatin1String("relations")).toArray().first().toObject().value(QLatin1String("type")),
            QJsonValue(QStringLiteral("causes")));

        // brat: a folder with a .txt/.ann pair per document.
        const QString brat = m_dir.filePath(QStringLiteral("brat"));
        r = cli({ QStringLiteral("doc"), QStringLiteral("export"), m_project, QStringLiteral("--format"),
            QStringLiteral("brat"), brat });
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray ann = read(brat + QStringLiteral("/pump.log.ann"));
        QVERIFY2(ann.contains("component 0 2\t主泵"), ann.constData());
        QVERIFY2(ann.contains("causes Arg1:"), ann.constData());
        QCOMPARE(
            read(brat + QStringLiteral("/pump.log.txt")), QByteArray("主泵压力下降\nseal leak at the main pump\n"));

        // CoNLL: character tokens for Chinese, BIO tags.
        const QString conll = m_dir.filePath(QStringLiteral("out.conll"));
        r = cli({ QStringLiteral("doc"), QStringLiteral("export"), m_project, QStringLiteral("--format"),
            QStringLiteral("conll"), conll });
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray bio = read(conll);
        QVERIFY2(bio.contains("主 -X- _ B-component\n泵 -X- _ I-component\n"), bio.constData());

        // Importing the brat export onto the same document is all or nothing per document and
        // matches the document by its name.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.rwb"));
        QCOMPARE(cli({ QStringLiteral("init"), fresh }).code, 0);
        QCOMPARE(cli({ QStringLiteral("import"), fresh, m_dir.filePath(QStringLiteral("docs")) }).code, 0);
        r = cli({ QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("import"), fresh,
            QStringLiteral("--format"), QStringLiteral("brat"), brat });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("spans")).toInt(), 3);
        QCOMPARE(r.json().value(QLatin1String("relations")).toInt(), 1);
    }

    void preannotateWithTerms()
    {
        const QString terms
            = write(QStringLiteral("terms.txt"), "# pump terms\nmain pump\tcomponent\n压力下降\tfailure_mode\n");
        Result r = cli({ QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("preannotate"), m_project,
            QStringLiteral("--terms"), terms });
        QVERIFY2(r.code == 0, r.err.constData());
        // "压力下降" is a span already (same place and class): only "main pump" is new.
        QCOMPARE(r.json().value(QLatin1String("proposed")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("terms")).toInt(), 2);
        r = cli({ QStringLiteral("doc"), QStringLiteral("preannotate"), m_project, QStringLiteral("--terms"), terms });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Proposed 0 spans"), r.out.constData());

        const QString bad = write(QStringLiteral("bad-terms.txt"), "seal\tno_such_class\n");
        r = cli({ QStringLiteral("doc"), QStringLiteral("preannotate"), m_project, QStringLiteral("--terms"), bad });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("bad-terms.txt:1") && r.err.contains("no_such_class"), r.err.constData());
    }

    void ocrWithoutScans()
    {
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("ocr"), m_project });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QLatin1String("pages")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("documents")).toInt(), 0); // a log file is no PDF
    }

    void sampleManualIsAnnotated()
    {
        // The sample project's manual comes with spans, a page region and typed relations on its
        // chapter on mill chatter, and the relation types in its schema.
        const QString dir = m_dir.filePath(QStringLiteral("sample"));
        Result r = cli({ QStringLiteral("--json"), QStringLiteral("sample"), dir, QStringLiteral("--small") });
        QVERIFY2(r.code == 0, r.err.constData());
        const QString project = r.json().value(QLatin1String("project")).toString();
        r = cli({ QStringLiteral("--json"), QStringLiteral("list"), project, QStringLiteral("--kind"),
            QStringLiteral("document") });
        QCOMPARE(r.code, 0);
        qint64 manual = 0;
        int regions = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v.toObject().value(QLatin1String("uri")).toString().endsWith(QLatin1String(".pdf")))
                manual = v.toObject().value(QLatin1String("id")).toInteger();
        }
        QVERIFY(manual > 0);
        const QString out = m_dir.filePath(QStringLiteral("manual.jsonl"));
        r = cli({ QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("export"), project,
            QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--asset"), QString::number(manual),
            out });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(read(out).trimmed()).object();
        QStringList spans;
        for (const QJsonValue &e : doc.value(QLatin1String("entities")).toArray()) {
            const QJsonObject o = e.toObject();
            spans.append(codePoints(doc.value(QLatin1String("text")).toString(),
                o.value(QLatin1String("start_offset")).toInteger(), o.value(QLatin1String("end_offset")).toInteger()));
        }
        for (const char *expected : { "轴承磨损", "轧机振动", "Bearing wear", "mill chatter", "vibration_mm_s" })
            QVERIFY2(spans.contains(QString::fromUtf8(expected)), qPrintable(spans.join(QLatin1Char('|'))));
        QStringList types;
        for (const QJsonValue &rel : doc.value(QLatin1String("relations")).toArray())
            types.append(rel.toObject().value(QLatin1String("type")).toString());
        QVERIFY2(types.contains(QStringLiteral("causes")) && types.contains(QStringLiteral("measured_by")),
            qPrintable(types.join(QLatin1Char(','))));
        r = cli({ QStringLiteral("--json"), QStringLiteral("stats"), project });
        QVERIFY(r.out.contains("page_region"));
        r = cli({ QStringLiteral("labels"), project, QStringLiteral("list") });
        for (const char *type : { "causes", "indicates", "measured_by", "mitigated_by" })
            QVERIFY2(r.out.contains(type), r.out.constData());
        Q_UNUSED(regions);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no format") << QStringList { QStringLiteral("export"), QStringLiteral("P"), QStringLiteral("x") }
                                   << 2;
        QTest::newRow("bad format") << QStringList { QStringLiteral("export"), QStringLiteral("P"),
            QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x") }
                                    << 2;
        QTest::newRow("unknown action") << QStringList { QStringLiteral("frobnicate"), QStringLiteral("P") } << 2;
        QTest::newRow("no such asset") << QStringList { QStringLiteral("ocr"), QStringLiteral("P"),
            QStringLiteral("--asset"), QStringLiteral("999") }
                                       << 5;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^P$")), m_project);
        const Result r = cli(QStringList { QStringLiteral("doc") } + args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_MAIN(TestDocumentCli)
#include "tst_documentcli.moc"
