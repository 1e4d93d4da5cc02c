// Export hooks (JSONL, CoNLL-2003 BIO, brat standoff) against golden files under
// tests/data/document, and round trips through the readers and into a project. After an
// intended change of a format, regenerate the golden files with tests/document/update-golden.sh.
#include "document/bratformat.h"
#include "document/conllformat.h"
#include "document/documentmigrations.h"
#include "document/documentspan.h"
#include "document/documenttext.h"
#include "document/exchangedocument.h"
#include "document/exchangeimporter.h"
#include "document/jsonlformat.h"
#include "document/labelclasslinkprovider.h"
#include "document/preannotationjob.h"

#include "project/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb::document;
namespace project = rwb::project;

namespace {

const QString Text = QStringLiteral("Pump P-101: outlet pressure drops when the mechanical seal leaks.\n"
                                    "主泵出口压力下降，原因是机械密封泄漏。\n"
                                    "Remedy: replace the seal 🙂 and check bearing temperature.");

/// Compares \a actual with the golden file \a name, or rewrites it when RWB_UPDATE_GOLDEN is set.
void compareGolden(const QByteArray &actual, const QString &name)
{
    const QString path = QStringLiteral(RWB_TEST_DATA "/document/") + name;
    if (qEnvironmentVariableIsSet("RWB_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
    const QByteArray expected = in.readAll();
    if (actual != expected)
        qWarning().noquote() << "actual:\n" << actual;
    QCOMPARE(actual, expected);
}

qint64 cpIndex(const QString &text, const QString &needle, int from = 0)
{
    return codePointLength(QStringView(text).first(text.indexOf(needle, from)));
}

} // namespace

class TestDocumentExchange : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    qint64 m_assetId = 0;
    qint64 m_secondId = 0;

    qint64 addSpan(const QString &needle, const QString &className, int from = 0, const QString &link = {})
    {
        const std::optional<project::LabelClass> c = m_project->labels().classByName(className);
        DocumentSpan s;
        s.start = cpIndex(Text, needle, from);
        s.end = s.start + codePointLength(needle);
        s.text = needle;
        if (!link.isEmpty())
            s.link = KnowledgeLink { link, className };
        project::Annotation a = s.toAnnotation(m_assetId, c ? std::optional<qint64>(c->id) : std::nullopt);
        return m_project->annotations().add(a);
    }
    qint64 addAsset(const QString &file)
    {
        const QString path = m_dir.filePath(file);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(Text.toUtf8());
        f.close();
        project::Asset asset;
        asset.kind = project::AssetKind::Document;
        asset.uri = m_project->uriFor(path);
        asset.sha256 = file;
        return m_project->assets().add(asset);
    }
    ExchangeDocument exported(qint64 assetId)
    {
        const DocumentText text = DocumentText::fromText(Text);
        return ExchangeDocument::fromProject(m_project->connection(), assetId, QStringLiteral("pump.log"), text);
    }

private slots:
    void initTestCase()
    {
        DocumentMigrations::registerSet();
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("p.rwb")), QStringLiteral("p"));
        for (const char *name : { "component", "failure_mode", "parameter", "remedy" }) {
            project::LabelClass c;
            c.name = QString::fromLatin1(name);
            m_project->labels().addClass(c);
        }
        m_assetId = addAsset(QStringLiteral("pump.log"));
        m_secondId = addAsset(QStringLiteral("pump-copy.log"));
        const qint64 seal
            = addSpan(QStringLiteral("mechanical seal"), QStringLiteral("component"), 0, QStringLiteral("class:1"));
        const qint64 drop = addSpan(QStringLiteral("outlet pressure drops"), QStringLiteral("failure_mode"));
        addSpan(QStringLiteral("pressure"), QStringLiteral("parameter")); // nested in the one above
        const qint64 sealZh = addSpan(QStringLiteral("机械密封"), QStringLiteral("component"));
        const qint64 dropZh = addSpan(QStringLiteral("压力下降"), QStringLiteral("failure_mode"));
        addSpan(QStringLiteral("replace the seal"), QStringLiteral("remedy"));
        addSpan(QStringLiteral("bearing temperature"), QStringLiteral("parameter"));
        for (const auto &[from, to] : { std::pair { seal, drop }, std::pair { sealZh, dropZh } }) {
            project::Relation r;
            r.type = QStringLiteral("causes");
            r.fromId = from;
            r.toId = to;
            m_project->relations().add(r);
        }
    }

    void jsonl()
    {
        const ExchangeDocument doc = exported(m_assetId);
        QCOMPARE(doc.spans.size(), 7);
        QCOMPARE(doc.relations.size(), 2);
        const QByteArray bytes = JsonlFormat::write({ doc });
        compareGolden(bytes, QStringLiteral("spans.jsonl.ref"));
        QString error;
        const QList<ExchangeDocument> back = JsonlFormat::read(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().text, Text);
        QCOMPARE(JsonlFormat::write(back), bytes);
    }

    void conll()
    {
        const QByteArray bytes = ConllFormat::write({ exported(m_assetId) });
        compareGolden(bytes, QStringLiteral("spans.conll.ref"));
        // Chinese is one token per character.
        QVERIFY(bytes.contains("机 -X- _ B-component\n械 -X- _ I-component\n"));
        QString error;
        const QList<ExchangeDocument> back = ConllFormat::read(bytes, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 1);
        QCOMPARE(ConllFormat::write(back), bytes);
        // The spans cover the same words after the text was rebuilt from tokens.
        QStringList covered;
        for (const auto &s : back.first().spans)
            covered.append(codePointSlice(back.first().text, s.start, s.end));
        QVERIFY2(covered.contains(QStringLiteral("机械密封")), qPrintable(covered.join(QLatin1Char('|'))));
        QVERIFY(covered.contains(QStringLiteral("outlet pressure drops")));
    }

    void brat()
    {
        const ExchangeDocument doc = exported(m_assetId);
        const QByteArray ann = BratFormat::writeAnnotations(doc);
        compareGolden(BratFormat::writeText(doc), QStringLiteral("pump.txt.ref"));
        compareGolden(ann, QStringLiteral("pump.ann.ref"));
        QString error;
        const std::optional<ExchangeDocument> back
            = BratFormat::read(QStringLiteral("pump"), BratFormat::writeText(doc), ann, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(BratFormat::writeAnnotations(*back), ann);
        QStringList links;
        for (const auto &s : back->spans)
            links.append(s.link);
        QCOMPARE(links.count(QStringLiteral("class:1")), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("jsonl garbage") << "jsonl" << QByteArray("{\"text\":\"a\"}\n{oops\n") << "line 2";
        QTest::newRow("jsonl offsets") << "jsonl"
                                       << QByteArray("{\"text\":\"abc\",\"entities\":[{\"id\":1,\"label\":\"x\","
                                                     "\"start_offset\":1,\"end_offset\":9}]}\n")
                                       << "outside";
        QTest::newRow("conll tag") << "conll" << QByteArray("-DOCSTART- -X- -X- O\n\npump X-comp\n") << "unknown tag";
        QTest::newRow("brat offsets") << "brat" << QByteArray("T1\tcomponent 0 99\tpump\n") << "do not fit";
    }
    void badInput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QString error;
        if (format == QLatin1String("jsonl"))
            JsonlFormat::read(data, &error);
        else if (format == QLatin1String("conll"))
            ConllFormat::read(data, &error);
        else
            QVERIFY(!BratFormat::read(QStringLiteral("pump"), "pump", data, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void importIntoProjectRoundTrip()
    {
        const QByteArray bytes = JsonlFormat::write({ exported(m_assetId) });
        QString error;
        const QList<ExchangeDocument> docs = JsonlFormat::read(bytes, &error);
        QVERIFY(error.isEmpty());
        const ExchangeImporter::Result result
            = ExchangeImporter::apply(m_project->connection(), m_secondId, docs.first(), DocumentText::fromText(Text));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.spans, 7);
        QCOMPARE(result.relations, 2);
        QCOMPARE(JsonlFormat::write({ exported(m_secondId) }), bytes);
        // A file whose text is not the document's is refused and nothing is written.
        ExchangeDocument other = docs.first();
        other.text += QLatin1Char('!');
        const qint64 before = m_project->annotations().count();
        QVERIFY(!ExchangeImporter::apply(m_project->connection(), m_secondId, other, DocumentText::fromText(Text))
                     .error.isEmpty());
        QCOMPARE(m_project->annotations().count(), before);
    }

    void gazetteerPreAnnotation()
    {
        const qint64 before = m_project->annotations().count();
        LabelClassLinkProvider provider(m_project->labels());
        QList<PreAnnotationJob::Term> terms { { QStringLiteral("机械密封"), std::nullopt, QStringLiteral("node:seal"),
                                                  QStringLiteral("Mechanical seal") },
            { QStringLiteral("bearing"), std::nullopt, {}, {} } };
        PreAnnotationJob job(*m_project, &provider, terms);
        QCOMPARE(job.execute(), project::Job::State::Finished);
        // Per asset: 机械密封 and "bearing" (the terms) and "Remedy" (the class "remedy", by
        // name, whatever the case); "bearing" inside "bearings" would not count.
        QCOMPARE(job.proposedCount(), qint64(6));
        QCOMPARE(m_project->annotations().count(), before + 6);
        bool linked = false;
        for (const project::Annotation &a : m_project->annotations().forAsset(m_assetId)) {
            if (a.source != project::AnnotationSource::Rule)
                continue;
            QVERIFY(a.state == project::AnnotationState::Proposed);
            const auto span = DocumentSpan::fromAnnotation(a);
            QVERIFY(span);
            QCOMPARE(codePointSlice(Text, span->start, span->end), span->text);
            linked = linked || (span->link && span->link->target == QLatin1String("node:seal"));
        }
        QVERIFY(linked);
        PreAnnotationJob again(*m_project, &provider, terms);
        QCOMPARE(again.execute(), project::Job::State::Finished);
        QCOMPARE(again.proposedCount(), qint64(0));
    }

    void termList_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<QString>("error"); // a part of the message, empty: read
        QTest::newRow("terms and classes")
            << QByteArray("# pump terms\n机械密封\tcomponent\n\nseal leak\n  bearing \tremedy\n")
            << QStringList { QStringLiteral("机械密封"), QStringLiteral("seal leak"), QStringLiteral("bearing") }
            << QStringList { QStringLiteral("component"), QString(), QStringLiteral("remedy") } << QString();
        QTest::newRow("unknown class") << QByteArray("seal\ncrack\tno_such_class\n") << QStringList {} << QStringList {}
                                       << QStringLiteral("terms.txt:2: no label class");
    }
    void termList()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, terms);
        QFETCH(QStringList, classes);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(QStringLiteral("terms.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString message;
        const auto read = PreAnnotationJob::readTerms(path, m_project->labels(), &message);
        if (!error.isEmpty()) {
            QVERIFY(!read);
            QVERIFY2(message.contains(error), qPrintable(message));
            return;
        }
        QVERIFY2(read, qPrintable(message));
        QCOMPARE(read->size(), terms.size());
        for (int i = 0; i < terms.size(); ++i) {
            QCOMPARE(read->at(i).text, terms.at(i));
            const auto c = classes.at(i).isEmpty() ? std::nullopt : m_project->labels().classByName(classes.at(i));
            QCOMPARE(read->at(i).classId, c ? std::optional<qint64>(c->id) : std::nullopt);
        }
        QVERIFY(
            !PreAnnotationJob::readTerms(m_dir.filePath(QStringLiteral("missing.txt")), m_project->labels(), &message));
        QVERIFY(message.contains(QStringLiteral("missing.txt")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentExchange)
#include "tst_documentexchange.moc"
