// Dataset packages: deterministic, leak-free splits; byte-identical packages for the same input;
// manifest counts, checksums and provenance; the dataset card; a package re-imports into a
// fresh project with identical labels.

#include "projectfixture.h"

#include "exchange/datasetcollector.h"
#include "exchange/datasetsplitter.h"
#include "exchange/importdatasetjob.h"
#include "exchange/packagebuilder.h"
#include "knowledge/knowledgemigrations.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace rwb::exchange;
using namespace exchangetest;
using rwb::project::Job;
using rwb::project::Split;

namespace {

QMap<QString, QByteArray> folderContents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

QList<DatasetSplitter::Item> items(int groups, int perGroup)
{
    QList<DatasetSplitter::Item> list;
    qint64 id = 1;
    for (int g = 0; g < groups; ++g)
        for (int i = 0; i < perGroup; ++i) {
            DatasetSplitter::Item item;
            item.id = id++;
            item.uri = QStringLiteral("cam%1/weld_%2.png").arg(g).arg(i, 4, 10, QLatin1Char('0'));
            item.classes = { g % 10 == 0 ? QStringLiteral("rare") : QStringLiteral("common") };
            list.append(item);
        }
    return list;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { rwb::knowledge::registerMigrations(); }

    void splitsAreDeterministicAndKeepGroupsTogether()
    {
        const auto list = items(100, 3);
        DatasetSplitter::Options options;
        const auto a = DatasetSplitter::assign(list, options);
        QCOMPARE(DatasetSplitter::assign(list, options), a);
        QHash<Split, int> count;
        QHash<QString, QSet<Split>> perGroup;
        QHash<Split, int> rare;
        for (const auto &item : list) {
            ++count[a.value(item.id)];
            perGroup[DatasetSplitter::groupKey(item, options.grouping)].insert(a.value(item.id));
            if (item.classes[0] == QLatin1String("rare"))
                ++rare[a.value(item.id)];
        }
        QCOMPARE(perGroup.size(), 100);
        for (const auto &splits : std::as_const(perGroup))
            QCOMPARE(splits.size(), 1);
        QCOMPARE(count.value(Split::Train), 240);
        QCOMPARE(count.value(Split::Val), 30);
        QCOMPARE(count.value(Split::Test), 30);
        // Stratified: the rare class (10 groups) is on every side.
        QCOMPARE(rare.value(Split::Train), 24);
        QCOMPARE(rare.value(Split::Val), 3);
        QCOMPARE(rare.value(Split::Test), 3);
        // Another seed, another deal.
        options.seed = 7;
        QVERIFY(DatasetSplitter::assign(list, options) != a);
    }

    void existingSplitsKeptUnlessResplit()
    {
        auto list = items(20, 1);
        for (auto &item : list)
            item.split = Split::Test;
        DatasetSplitter::Options options;
        for (const Split s : DatasetSplitter::assign(list, options))
            QCOMPARE(int(s), int(Split::Test));
        options.resplit = true;
        const auto train = DatasetSplitter::assign(list, options).values().count(Split::Train);
        QVERIFY2(train >= 15 && train <= 17, qPrintable(QString::number(train)));
    }

    void groupKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("frames") << QStringLiteral("cam1/weld_0001.png") << QStringLiteral("cam1/weld_0002.png") << true;
        QTest::newRow("cameras") << QStringLiteral("cam1/weld_0001.png") << QStringLiteral("cam2/weld_0001.png")
                                 << false;
        QTest::newRow("names") << QStringLiteral("cam1/weld_01.png") << QStringLiteral("cam1/seam_01.png") << false;
    }
    void groupKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        using G = DatasetSplitter::Grouping;
        QCOMPARE(DatasetSplitter::groupKey({ 1, a, {}, {}, {} }, G::Sequence)
                == DatasetSplitter::groupKey({ 2, b, {}, {}, {} }, G::Sequence),
            same);
    }

    void packageIsByteIdenticalAndVerified()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        // A third image still to do: left out by "reviewed only".
        source.addImage(QStringLiteral("todo.png"), 8, 8, 200, rwb::project::AssetStatus::Todo);
        PackageOptions options;
        options.formats = { QStringLiteral("coco"), QStringLiteral("yolo") };
        options.selection = DatasetSelection::reviewedOnly();
        options.purpose = QStringLiteral("Detect scratches and dents on cold-rolled strip.");
        options.licence = QStringLiteral("CC-BY-4.0");
        options.splits.resplit = true;
        options.splits.grouping = DatasetSplitter::Grouping::None;
        options.evaluation = QJsonObject { { QStringLiteral("mAP50"), 0.71 } };
        PackageBuilder first(source.project->path(), options, dir.filePath(QStringLiteral("p1")));
        QCOMPARE(first.execute(), Job::State::Finished);
        QVERIFY2(first.warnings().isEmpty(), qPrintable(first.warnings().join(QLatin1Char('\n'))));
        PackageBuilder second(source.project->path(), options, dir.filePath(QStringLiteral("p2")));
        QCOMPARE(second.execute(), Job::State::Finished);
        const auto a = folderContents(dir.filePath(QStringLiteral("p1")));
        QCOMPARE(folderContents(dir.filePath(QStringLiteral("p2"))), a);
        QVERIFY(a.contains(QStringLiteral("coco/annotations.json")));
        QVERIFY(a.contains(QStringLiteral("yolo/data.yaml")));
        QVERIFY(a.contains(QStringLiteral("schema.json")));
        QVERIFY(!a.value(QStringLiteral("manifest.json")).contains(dir.path().toUtf8()));

        const QJsonObject m = first.manifest();
        QCOMPARE(m.value(QLatin1String("counts")).toObject().value(QLatin1String("assets")).toInt(), 2);
        QCOMPARE(m.value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("classes"))
                     .toObject()
                     .value(QLatin1String("dent"))
                     .toInt(),
            2);
        const QJsonObject provenance = m.value(QLatin1String("provenance")).toObject();
        QCOMPARE(provenance.value(QLatin1String("project_id")).toString(), source.project->id());
        QCOMPARE(provenance.value(QLatin1String("model_assisted_share")).toDouble(), 0.25);
        QCOMPARE(provenance.value(QLatin1String("review_rate")).toDouble(), 0.5);
        QCOMPARE(provenance.value(QLatin1String("annotators")).toArray(), QJsonArray { QStringLiteral("ana") });
        QCOMPARE(m.value(QLatin1String("files")).toObject().size(), a.size() - 1);
        QVERIFY(PackageBuilder::verify(dir.filePath(QStringLiteral("p1"))).isEmpty());

        const QString card = QString::fromUtf8(a.value(QStringLiteral("README.md")));
        for (const char *section : { "## Purpose", "## Composition", "## Collection", "## Labeling and review",
                 "## Quality", "mAP50", "CC-BY-4.0", "cold-rolled" })
            QVERIFY2(card.contains(QLatin1String(section)), section);

        // Images are hard links of the project's files.
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(dir.filePath(QStringLiteral("p1/coco/images/strip_001.png"))).constData(), &st)
            == 0);
        QVERIFY(st.st_nlink >= 2);

        // A damaged file is found.
        QFile yaml(dir.filePath(QStringLiteral("p1/yolo/data.yaml")));
        QVERIFY(yaml.open(QIODevice::Append));
        yaml.write("# edited\n");
        yaml.close();
        QCOMPARE(PackageBuilder::verify(dir.filePath(QStringLiteral("p1"))).size(), 1);

        // The target exists now: refused.
        PackageBuilder again(source.project->path(), options, dir.filePath(QStringLiteral("p2")));
        QCOMPARE(again.execute(), Job::State::Failed);
        QVERIFY(again.failureMessage().contains(QLatin1String("exists already")));
    }

    void packageReimportsWithIdenticalLabels()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        PackageOptions options;
        options.images = DatasetWriter::Images::Copy;
        PackageBuilder builder(source.project->path(), options, dir.filePath(QStringLiteral("pkg")));
        QCOMPARE(builder.execute(), Job::State::Finished);
        QDir().mkpath(dir.filePath(QStringLiteral("fresh")));
        auto fresh = rwb::project::Project::create(dir.filePath(QStringLiteral("fresh/f.rwb")), QStringLiteral("f"));
        ImportDatasetJob job(fresh->path(), QStringLiteral("coco"), dir.filePath(QStringLiteral("pkg/coco")), {});
        QCOMPARE(job.execute(), Job::State::Finished);
        QCOMPARE(job.importedImages(), 2);
        DatasetCollector a(source.project->connection(), source.project->folder().absolutePath());
        DatasetCollector b(fresh->connection(), fresh->folder().absolutePath());
        ImageDataset expected = a.imageDataset(a.collect({}), nullptr);
        for (DatasetImage &image : expected.images)
            for (DatasetLabel &l : image.labels)
                l.source = rwb::project::AnnotationSource::Import;
        compareLabels(b.imageDataset(b.collect({}), nullptr), expected);
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
