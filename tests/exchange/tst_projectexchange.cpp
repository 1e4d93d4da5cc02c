// Export from a project and import into a project: the round trip through each import format
// into a fresh project gives identical labels; unknown classes are added or mapped, or the
// image is refused whole; a missing image is reported and the rest imported; cancel stops.

#include "projectfixture.h"

#include "exchange/datasetcollector.h"
#include "exchange/exportjob.h"
#include "exchange/formatutil.h"
#include "exchange/importdatasetjob.h"
#include "image/cvassist.h"

#include <QTemporaryDir>

using namespace rwb::exchange;
using namespace exchangetest;
using rwb::project::Job;

namespace {

ImageDataset datasetOf(rwb::project::Project &p)
{
    DatasetCollector collector(p.connection(), p.folder().absolutePath());
    return collector.imageDataset(collector.collect({}), nullptr);
}

} // namespace

class TestProjectExchange : public QObject
{
    Q_OBJECT
private slots:
    /// The export job's one-pass reader gives what collect() plus imageDataset() gives.
    void onePassReaderMatchesCollect_data()
    {
        QTest::addColumn<DatasetSelection>("selection");
        QTest::newRow("all") << DatasetSelection {};
        QTest::newRow("reviewed") << DatasetSelection::reviewedOnly();
        DatasetSelection proposed;
        proposed.includeProposed = true;
        QTest::newRow("with proposals") << proposed;
        DatasetSelection dated;
        dated.from = QStringLiteral("2000-01-01");
        dated.to = QStringLiteral("2999-12-31");
        QTest::newRow("dated") << dated;
        DatasetSelection none;
        none.to = QStringLiteral("2000-01-01");
        QTest::newRow("none in range") << none;
    }
    void onePassReaderMatchesCollect()
    {
        QFETCH(DatasetSelection, selection);
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        DatasetCollector collector(source.project->connection(), source.project->folder().absolutePath());
        selection.kinds = { rwb::project::AssetKind::Image };
        QStringList warningsA, warningsB;
        const ImageDataset onePass = collector.imageDataset(selection, &warningsA);
        const ImageDataset twoPass = collector.imageDataset(collector.collect(selection), &warningsB);
        QCOMPARE(onePass, twoPass);
        QCOMPARE(warningsA, warningsB);
        qsizetype labels = 0;
        for (const DatasetImage &image : onePass.images)
            labels += image.labels.size();
        if (selection.to.isEmpty() || selection.to > QLatin1String("2001"))
            QVERIFY(labels > 0);
        else
            QCOMPARE(labels, 0);
    }

    void roundTripIntoAFreshProject_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "coco", "cvat", "labelme", "voc", "yolo-segment" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void roundTripIntoAFreshProject()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        ProjectFixture source;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        source.create(dir.filePath(QStringLiteral("a")));
        ExportJob exportJob(
            source.project->path(), format, {}, dir.filePath(QStringLiteral("out")), DatasetWriter::Images::Copy);
        QCOMPARE(exportJob.execute(), Job::State::Finished);
        QCOMPARE(exportJob.imageCount(), 2);

        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        auto fresh
            = rwb::project::Project::create(dir.filePath(QStringLiteral("b/fresh.rwb")), QStringLiteral("fresh"));
        ImportDatasetJob importJob(fresh->path(), format, dir.filePath(QStringLiteral("out")), {});
        QCOMPARE(importJob.execute(), Job::State::Finished);
        QVERIFY2(importJob.errors().isEmpty(), qPrintable(importJob.errors().value(0).message));
        QCOMPARE(importJob.importedImages(), 2);
        ImageDataset expected = datasetOf(*source.project);
        if (format == QLatin1String("voc") || format == QLatin1String("yolo-segment"))
            for (DatasetImage &image : expected.images) {
                for (DatasetLabel &l : image.labels) {
                    if (format == QLatin1String("voc") && l.shape.kind() == Shape::Kind::Polygon)
                        l.shape = Shape::mask(*FormatUtil::areaMask(l.shape, image.width, image.height));
                    else if (format == QLatin1String("yolo-segment") && l.shape.kind() != Shape::Kind::Polygon)
                        l.shape = l.shape.kind() == Shape::Kind::Mask
                            ? rwb::image::CvAssist::maskToPolygonShapes(l.shape.maskData()).value(0)
                            : *l.shape.toPolygon();
                }
            }
        for (DatasetImage &image : expected.images)
            for (DatasetLabel &l : image.labels)
                l.source = rwb::project::AnnotationSource::Import;
        ImageDataset actual = datasetOf(*fresh);
        compareLabels(actual, expected, 1e-6);
        // The images are the same files (same SHA-256).
        for (const DatasetImage &image : actual.images)
            QCOMPARE(rwb::project::ImportJob::sha256(image.sourcePath),
                rwb::project::ImportJob::sha256(
                    source.project->folder().filePath(QStringLiteral("images/") + image.file)));
        // Importing the same dataset again reuses the assets.
        const qint64 assets = fresh->assets().count();
        ImportDatasetJob again(fresh->path(), format, dir.filePath(QStringLiteral("out")), {});
        again.execute();
        QCOMPARE(fresh->assets().count(), assets);
    }

    void unknownClassesMappedOrRefused()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        ExportJob exportJob(source.project->path(), QStringLiteral("coco"), {}, dir.filePath(QStringLiteral("out")),
            DatasetWriter::Images::Copy);
        QCOMPARE(exportJob.execute(), Job::State::Finished);

        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        auto fresh
            = rwb::project::Project::create(dir.filePath(QStringLiteral("b/fresh.rwb")), QStringLiteral("fresh"));
        rwb::project::LabelClass defect;
        defect.name = QStringLiteral("defect");
        fresh->labels().addClass(defect);
        ImportDatasetJob::Options options;
        options.addUnknownClasses = false;
        options.mapping.insert(QStringLiteral("scratch"), QStringLiteral("defect"));
        options.mapping.insert(QStringLiteral("dent"), QStringLiteral("defect"));
        ImportDatasetJob job(
            fresh->path(), QStringLiteral("coco"), dir.filePath(QStringLiteral("out/annotations.json")), options);
        QCOMPARE(job.execute(), Job::State::Finished);
        // strip_001 maps entirely; strip_002 has "weld seam", neither known nor mapped: refused whole.
        QCOMPARE(job.importedImages(), 1);
        QCOMPARE(job.errors().size(), 1);
        QVERIFY(job.errors()[0].subject.endsWith(QLatin1String("strip_002.png")));
        QVERIFY2(job.errors()[0].message.contains(QLatin1String("weld seam")), qPrintable(job.errors()[0].message));
        QCOMPARE(fresh->assets().count(), 1);
        QCOMPARE(fresh->annotations().count(), 3);
        QCOMPARE(fresh->labels().classes().size(), 1);

        // Adding unknown classes is the default.
        ImportDatasetJob adding(fresh->path(), QStringLiteral("coco"), dir.filePath(QStringLiteral("out")), {});
        QCOMPARE(adding.execute(), Job::State::Finished);
        QVERIFY(adding.addedClasses().contains(QStringLiteral("weld seam")));
        QCOMPARE(fresh->assets().count(), 2);
    }

    void missingImageReportedOthersImported()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        ExportJob exportJob(source.project->path(), QStringLiteral("cvat"), {}, dir.filePath(QStringLiteral("out")),
            DatasetWriter::Images::Copy);
        QCOMPARE(exportJob.execute(), Job::State::Finished);
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("out/images/strip_001.png"))));
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        auto fresh
            = rwb::project::Project::create(dir.filePath(QStringLiteral("b/fresh.rwb")), QStringLiteral("fresh"));
        ImportDatasetJob job(fresh->path(), QStringLiteral("cvat"), dir.filePath(QStringLiteral("out")), {});
        QCOMPARE(job.execute(), Job::State::Finished);
        QCOMPARE(job.importedImages(), 1);
        QCOMPARE(job.errors().size(), 1);
        QVERIFY(job.errors()[0].message.contains(QLatin1String("missing")));
        QCOMPARE(fresh->annotations().count(), 1);
    }

    void exportRefusesAnExistingTarget()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        QDir().mkpath(dir.filePath(QStringLiteral("out")));
        ExportJob job(source.project->path(), QStringLiteral("coco"), {}, dir.filePath(QStringLiteral("out")),
            DatasetWriter::Images::Link);
        QCOMPARE(job.execute(), Job::State::Failed);
        QVERIFY(job.failureMessage().contains(QLatin1String("exists already")));
    }

    void cancelledImportLeavesNothing()
    {
        QTemporaryDir dir;
        ProjectFixture source;
        source.create(dir.path());
        ExportJob exportJob(source.project->path(), QStringLiteral("coco"), {}, dir.filePath(QStringLiteral("out")),
            DatasetWriter::Images::Copy);
        QCOMPARE(exportJob.execute(), Job::State::Finished);
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        auto fresh
            = rwb::project::Project::create(dir.filePath(QStringLiteral("b/fresh.rwb")), QStringLiteral("fresh"));
        ImportDatasetJob job(fresh->path(), QStringLiteral("coco"), dir.filePath(QStringLiteral("out")), {});
        job.cancel();
        QCOMPARE(job.execute(), Job::State::Cancelled);
        QCOMPARE(fresh->assets().count(), 0);
        QCOMPARE(fresh->annotations().count(), 0);
    }

    void badDatasetFailsNamingTheFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("annotations.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"images\": [");
        f.close();
        auto fresh = rwb::project::Project::create(dir.filePath(QStringLiteral("fresh.rwb")), QStringLiteral("fresh"));
        ImportDatasetJob job(fresh->path(), QStringLiteral("coco"), f.fileName(), {});
        QCOMPARE(job.execute(), Job::State::Failed);
        QVERIFY2(job.failureMessage().contains(QLatin1String("annotations.json")), qPrintable(job.failureMessage()));
    }
};

QTEST_GUILESS_MAIN(TestProjectExchange)
#include "tst_projectexchange.moc"
