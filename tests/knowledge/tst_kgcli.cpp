// resonance-cli kg: import a Turtle chain, query it, validate, export every format, refuse bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestKgCli : public QObject
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
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
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
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("kg.rwb"));
        QCOMPARE(cli({ QStringLiteral("init"), m_project }).code, 0);
        const QString ttl = write(QStringLiteral("chain.ttl"),
            "@prefix rwb: <https://resonance-workbench.org/ontology#> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            "@prefix kg: <urn:rwb:graph:> .\n"
            "kg:scratch a rwb:Defect ; rdfs:label \"Scratch\"@en, \"划痕\"@zh ; skos:altLabel \"刮伤\"@zh .\n"
            "kg:roll a rwb:Cause ; rdfs:label \"Roll surface damage\"@en, \"辊面损伤\"@zh ; rwb:causes kg:scratch .\n"
            "kg:wear a rwb:Cause ; rdfs:label \"Bearing wear\"@en ; rwb:causes kg:roll .\n"
            "kg:guide a rwb:Cause ; rdfs:label \"Guide misalignment\"@en, \"导卫偏移\"@zh ; rwb:causes kg:scratch .\n");
        const Result r
            = cli({ QStringLiteral("--json"), QStringLiteral("kg"), QStringLiteral("import"), m_project, ttl });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QLatin1String("nodes_added")).toInt(), 4);
        QCOMPARE(r.json().object().value(QLatin1String("edges_added")).toInt(), 3);
    }

    void queries()
    {
        Result r = cli({ QStringLiteral("--json"), QStringLiteral("kg"), QStringLiteral("query"), m_project,
            QStringLiteral("search"), QStringLiteral("刮") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array()[0].toObject().value(QLatin1String("key")).toString(), QStringLiteral("scratch"));

        r = cli({ QStringLiteral("kg"), QStringLiteral("query"), m_project, QStringLiteral("root-causes"),
            QStringLiteral("scratch") });
        QCOMPARE(r.code, 0);
        const QStringList chains = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(chains, (QStringList { QStringLiteral("wear → roll → scratch"), QStringLiteral("guide → scratch") }));

        r = cli({ QStringLiteral("--json"), QStringLiteral("kg"), QStringLiteral("query"), m_project,
            QStringLiteral("impact"), QStringLiteral("wear") });
        QCOMPARE(r.json().array().size(), 2);
        QCOMPARE(r.json().array()[1].toObject().value(QLatin1String("distance")).toInt(), 2);

        r = cli({ QStringLiteral("kg"), QStringLiteral("query"), m_project, QStringLiteral("path"),
            QStringLiteral("wear"), QStringLiteral("guide") });
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed().count(QLatin1Char('\n')), 2); // three edges

        r = cli({ QStringLiteral("kg"), QStringLiteral("query"), m_project, QStringLiteral("neighbours"),
            QStringLiteral("nosuchnode") });
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains("nosuchnode"));
    }

    void validateListsMissingEvidence()
    {
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("kg"), QStringLiteral("validate"), m_project });
        QCOMPARE(r.code, 0); // warnings only
        QCOMPARE(r.json().array().size(), 3);
        for (const QJsonValue &v : r.json().array())
            QCOMPARE(v.toObject().value(QLatin1String("rule")).toString(), QStringLiteral("missing-evidence"));
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("needle");
        QTest::newRow("turtle") << QStringLiteral("out.ttl") << QByteArray("\"划痕\"@zh");
        QTest::newRow("n-triples") << QStringLiteral("out.nt") << QByteArray("<urn:rwb:graph:scratch>");
        QTest::newRow("json-ld") << QStringLiteral("out.jsonld") << QByteArray("\"@context\"");
        QTest::newRow("graphml") << QStringLiteral("out.graphml") << QByteArray("<graphml");
        QTest::newRow("csv") << QStringLiteral("csvdir/nodes.csv") << QByteArray("key:ID,:LABEL");
    }
    void exportEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, needle);
        const QString target = file.startsWith(QLatin1String("csvdir")) ? m_dir.filePath(QStringLiteral("csvdir"))
                                                                        : m_dir.filePath(file);
        const Result r = cli({ QStringLiteral("kg"), QStringLiteral("export"), m_project, target });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(m_dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(needle));
    }

    void csvFolderImportsIntoAnotherProject()
    {
        QCOMPARE(
            cli({ QStringLiteral("kg"), QStringLiteral("export"), m_project, m_dir.filePath(QStringLiteral("csv2")) })
                .code,
            0);
        const QString other = m_dir.filePath(QStringLiteral("other.rwb"));
        QCOMPARE(cli({ QStringLiteral("init"), other }).code, 0);
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("kg"), QStringLiteral("import"), other,
            m_dir.filePath(QStringLiteral("csv2")) });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QLatin1String("edges_added")).toInt(), 3);
    }

    void badInputIsRefused()
    {
        const QString bad
            = write(QStringLiteral("bad.ttl"), "@prefix kg: <urn:rwb:graph:> .\nkg:a a kg:B ;\n  kg:p kg:c kg:d .\n");
        Result r = cli({ QStringLiteral("kg"), QStringLiteral("import"), m_project, bad });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad.ttl: line 3"), r.err.constData());
        const QString unknown = write(QStringLiteral("unknown.ttl"),
            "@prefix rwb: <https://resonance-workbench.org/ontology#> .\n<urn:rwb:graph:op> a rwb:Operator .\n");
        r = cli({ QStringLiteral("kg"), QStringLiteral("import"), m_project, unknown });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unknown node types: Operator"));
        QVERIFY(r.err.contains("nothing was imported"));
        r = cli({ QStringLiteral("kg"), QStringLiteral("import"), m_project, unknown, QStringLiteral("--unknown-types"),
            QStringLiteral("add") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Operator"));
        r = cli({ QStringLiteral("kg"), QStringLiteral("frobnicate"), m_project });
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestKgCli)
#include "tst_kgcli.moc"
