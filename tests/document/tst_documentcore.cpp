// Document core without PDFs: encodings, the lazily indexed text model, spans, link targets and
// the gazetteer.
#include "document/documentspan.h"
#include "document/gazetteer.h"
#include "document/textdocument.h"
#include "document/textencoding.h"
#include "project/knowledgelinkprovider.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb::document;
using rwb::project::KnowledgeLinkProvider;
using rwb::project::KnowledgeTarget;

namespace {

const QString ChineseLine = QStringLiteral("主泵出口压力下降，检查机械密封和轴承温度。\n");
const QString GermanLine = QStringLiteral("Druckabfall am Ventil, Größe prüfen; Dichtung über Lager äußerst heiß.\n");

QByteArray utf16(const QString &s, bool le)
{
    QByteArray out;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (le)
            out += char(u & 0xFF), out += char(u >> 8);
        else
            out += char(u >> 8), out += char(u & 0xFF);
    }
    return out;
}

class EmptyProvider : public KnowledgeLinkProvider
{
public:
    QList<KnowledgeTarget> targets() const override
    {
        return { { QStringLiteral("n1"), QStringLiteral("Mechanical seal"), QStringLiteral("机械密封"),
                     { QStringLiteral("shaft seal") }, std::nullopt },
            { QStringLiteral("n2"), QStringLiteral("Bearing temperature"), QStringLiteral("轴承温度"), {}, 7 },
            { QStringLiteral("n3"), QStringLiteral("Sealing ring"), {}, {}, std::nullopt } };
    }
};

} // namespace

class TestDocumentCore : public QObject
{
    Q_OBJECT
private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        const QString zh = ChineseLine.repeated(20);
        const QString de = GermanLine.repeated(20);
        QTest::newRow("utf-8") << zh.toUtf8() << "utf-8" << zh;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + zh.toUtf8() << "utf-8-bom" << zh;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16(zh, true) << "utf-16le" << zh;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(zh, false) << "utf-16be" << zh;
        const QString ascii = QStringLiteral("pump log line\n").repeated(40);
        QTest::newRow("utf-16le without bom") << utf16(ascii, true) << "utf-16le" << ascii;
        QTest::newRow("gb18030") << QByteArray::fromHex(
            "d6f7b1c3b3f6bfdad1b9c1a6cfc2bdb5a3acbcecb2e9bbfad0b5c3dcb7e2bacdd6e1b3d0cec2b6c8a1a30a")
                                        .repeated(20)
                                 << "gb18030" << zh;
        QTest::newRow("latin-1") << de.toLatin1() << "latin-1" << de;
        QTest::newRow("ascii") << QByteArray("pressure 4.2 bar\n").repeated(10) << "utf-8"
                               << QStringLiteral("pressure 4.2 bar\n").repeated(10);
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        TextDocument doc;
        QString error;
        QVERIFY2(doc.open(path, &error), qPrintable(error));
        QCOMPARE(doc.encoding().name(), encoding);
        doc.waitForIndex();
        QCOMPARE(doc.fullText(), text);
        QCOMPARE(doc.codePointCount(), qint64(text.size()));
        QCOMPARE(doc.line(1), text.section(QLatin1Char('\n'), 1, 1));
    }

    void binaryFileNamedTxtIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("firmware.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 37) % 256);
        f.write(bytes);
        f.close();
        TextDocument doc;
        QString error;
        QVERIFY(!doc.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("firmware.txt")) && error.contains(QStringLiteral("binary")),
            qPrintable(error));
    }

    void incrementalIndexMatchesWholeText_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("chunk");
        for (const char *e : { "utf-8", "utf-16le", "gb18030" }) {
            for (const int chunk : { 5, 64, 1 << 20 })
                QTest::addRow("%s/%d", e, chunk) << QString::fromLatin1(e) << chunk;
        }
    }
    void incrementalIndexMatchesWholeText()
    {
        QFETCH(QString, encoding);
        QFETCH(int, chunk);
        // Emoji (outside the BMP) only where the encoding has them; GB18030 has them too.
        QString text;
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("%1 泵 pump 🙂 line\r\n").arg(i) + (i % 7 == 0 ? QString() : ChineseLine);
        QByteArray bytes;
        if (encoding == QLatin1String("utf-8"))
            bytes = text.toUtf8();
        else if (encoding == QLatin1String("utf-16le"))
            bytes = QByteArray("\xFF\xFE") + utf16(text, true);
        else
            bytes = QStringEncoder("GB18030").encode(text);
        if (bytes.isEmpty())
            QFAIL("no GB18030 encoder");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mixed.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        TextDocument doc;
        QString error;
        QVERIFY2(doc.open(path, &error), qPrintable(error));
        int steps = 0;
        while (!doc.indexMore(chunk))
            ++steps;
        QVERIFY(chunk > 1000 || steps > 1);
        const QList<uint> ucs4 = text.toUcs4();
        QCOMPARE(doc.codePointCount(), qint64(ucs4.size()));
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(doc.lineCount(), lines.size());
        qint64 offset = 0;
        for (int l = 0; l < lines.size(); ++l) {
            QCOMPARE(doc.lineStart(l), offset);
            QString expected = lines.at(l);
            if (expected.endsWith(QLatin1Char('\r')))
                expected.chop(1);
            QCOMPARE(doc.line(l), expected);
            offset += lines.at(l).toUcs4().size() + 1;
        }
        // A slice by code points across lines and the emoji.
        const qint64 start = doc.lineStart(3) + 2;
        const qint64 end = doc.lineStart(5) + 9;
        const QString expected
            = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData() + start), end - start);
        QCOMPARE(doc.text(start, end), expected);
        QCOMPARE(doc.lineAt(start), qsizetype(3));
    }

    void backgroundIndexing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = "2024-05-01T10:00:00Z pump P-101 pressure 4.20 bar 主泵压力\n";
        for (int i = 0; i < 200000; ++i)
            f.write(line);
        f.close();
        TextDocument doc;
        QString error;
        QVERIFY(doc.open(path, &error));
        doc.startIndexing();
        QVERIFY(!doc.line(0).isNull() || doc.lineCount() == 0);
        doc.waitForIndex();
        QVERIFY(doc.isIndexed());
        QCOMPARE(doc.lineCount(), qsizetype(200001)); // the empty line after the last break
        QCOMPARE(doc.line(199999), QString::fromUtf8(line).trimmed());
    }

    void spanGeometryRoundTrip()
    {
        DocumentSpan s { 3, 10, 14, QStringLiteral("机械密封"),
            KnowledgeLink { QStringLiteral("n1"), QStringLiteral("Seal") } };
        const rwb::project::Annotation a = s.toAnnotation(5, 2);
        QCOMPARE(a.kind, QStringLiteral("span"));
        QCOMPARE(a.extent.left(), 10.0);
        QCOMPARE(a.extent.right(), 14.0);
        QCOMPARE(a.extent.top(), 3.0);
        QCOMPARE(DocumentSpan::fromAnnotation(a), std::optional<DocumentSpan>(s));
        QJsonObject bad = s.toJson();
        bad.insert(QStringLiteral("end"), 2);
        QVERIFY(!DocumentSpan::fromJson(bad));
    }

    void completionOverBothLanguages()
    {
        EmptyProvider p;
        QCOMPARE(p.complete(QStringLiteral("机械")).value(0).id, QStringLiteral("n1"));
        QCOMPARE(p.complete(QStringLiteral("shaft")).value(0).id, QStringLiteral("n1"));
        const QList<KnowledgeTarget> seal = p.complete(QStringLiteral("seal"));
        QCOMPARE(seal.size(), 2); // "Sealing ring" by prefix first, then "Mechanical seal"
        QCOMPARE(seal.at(0).id, QStringLiteral("n3"));
        QCOMPARE(p.target(QStringLiteral("n2"))->classId, std::optional<qint64>(7));
    }

    void gazetteer_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "start-end:term"
        QTest::newRow("english words") << QStringList { "pump", "pressure", "pump pressure" }
                                       << QStringLiteral("Pump pressure low; pumping.")
                                       << QStringList { "0-13:pump pressure" };
        QTest::newRow("case and boundaries")
            << QStringList { "seal", "bearing" } << QStringLiteral("SEAL worn, bearings hot, bearing ok")
            << QStringList { "0-4:seal", "25-32:bearing" };
        QTest::newRow("chinese anywhere")
            << QStringList { "密封", "机械密封", "轴承" } << QStringLiteral("检查机械密封和轴承温度")
            << QStringList { "2-6:机械密封", "7-9:轴承" };
        QTest::newRow("failure chain") << QStringList { "abcd", "bc" } << QStringLiteral("x abce bc")
                                       << QStringList { "7-9:bc" };
        QTest::newRow("emoji offsets") << QStringList { "泵" } << QStringLiteral("🙂泵") << QStringList { "1-2:泵" };
        QTest::newRow("overlap leftmost longest") << QStringList { "压力下降", "下降速度" }
                                                  << QStringLiteral("压力下降速度") << QStringList { "0-4:压力下降" };
    }
    void gazetteer()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Gazetteer g;
        for (const QString &t : terms)
            g.addTerm(t);
        g.build();
        QStringList found;
        for (const Gazetteer::Match &m : g.match(text))
            found.append(QStringLiteral("%1-%2:%3").arg(m.start).arg(m.end).arg(g.term(m.term).toLower()));
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestDocumentCore)
#include "tst_documentcore.moc"
