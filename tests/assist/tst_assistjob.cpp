// The assist tables' migration and the pre-annotation job on a small sample project: proposals
// with model id and confidence, resume, manual labels untouched, cancel without half batches,
// bad models refused.
#include "assist/assistschema.h"
#include "assist/modelrunner.h"
#include "assist/nms.h"
#include "assist/preannotatejob.h"

#include "project/database.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "project/statement.h"
#include "sample/sampleproject.h"
#include "stripimagegenerator.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace rwb;
using namespace rwb::project;
using rwb::assist::PreannotateJob;

namespace {
const QString Detector = QStringLiteral(RWB_MODELS "/steel_det.json");

AssetFilter imagesOnly()
{
    AssetFilter f;
    f.kind = AssetKind::Image;
    return f;
}

qint64 count(Database &db, const char *sql)
{
    Statement q = db.prepare(sql);
    return q.step() ? q.int64(0) : -1;
}
} // namespace

class TestAssistJob : public QObject
{
    Q_OBJECT
private slots:
    void migration()
    {
        // A project written before the assist set existed (its tables and version dropped) gets
        // them on ensure(), and when opened.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.rwb"));
        Project::create(path, QStringLiteral("old"));
        {
            Database old;
            old.open(path, Database::Mode::ReadWrite);
            old.exec("DROP TABLE assist_runs; DROP TABLE assist_models; DELETE FROM meta WHERE key = "
                     "'schema_version.assist'");
        }
        auto reopened = Project::open(path);
        QCOMPARE(Migrator::storedVersion(reopened->db(), assist::AssistSchema::migrations()), 1);
        reopened->db().exec(
            "DROP TABLE assist_runs; DROP TABLE assist_models; DELETE FROM meta WHERE key = 'schema_version.assist'");
        auto &p = reopened;
        const MigrationSet set = assist::AssistSchema::migrations();
        QCOMPARE(set.component, QStringLiteral("assist"));
        QCOMPARE(Migrator::storedVersion(p->db(), set), 0);
        QCOMPARE(count(p->db(), "SELECT count(*) FROM sqlite_master WHERE name = 'assist_runs'"), 0);
        assist::AssistSchema::ensure(p->db());
        QCOMPARE(Migrator::storedVersion(p->db(), set), 1);
        QCOMPARE(
            count(p->db(), "SELECT count(*) FROM sqlite_master WHERE name IN ('assist_models', 'assist_runs')"), 2);
        // Running it again changes nothing.
        assist::AssistSchema::ensure(p->db());
        QCOMPARE(Migrator::storedVersion(p->db(), set), 1);
        // Runs go with their asset.
        p->db().exec("INSERT INTO assets (id, kind, uri, sha256, width, height, status, split, added, modified) "
                     "VALUES (1, 'image', 'a.png', 'x', 1, 1, 'todo', 'none', '', '')");
        p->db().exec("INSERT INTO assist_models (id, name, task, file, sha256, added) VALUES ('m', 'm', 'detect', 'f', "
                     "'s', '')");
        p->db().exec("INSERT INTO assist_runs VALUES ('m', 1, 0, '')");
        p->db().exec("DELETE FROM assets WHERE id = 1");
        QCOMPARE(count(p->db(), "SELECT count(*) FROM assist_runs"), 0);
    }
    void initTestCase()
    {
        assist::AssistSchema::registerMigrations();
        QVERIFY(m_dir.isValid());
        m_project = sample::SampleProject::create(m_dir.filePath(QStringLiteral("sample")), { true, 20260302 });
    }
    void preannotates()
    {
        auto p = Project::open(m_project);
        // A manual label on the first image, which the run must leave as it is.
        const QList<Asset> images = p->assets().list(imagesOnly());
        QCOMPARE(images.size(), 6);
        Annotation manual;
        manual.assetId = images.first().id;
        manual.classId = p->labels().classByName(QStringLiteral("patches"))->id;
        manual.kind = QStringLiteral("box");
        manual.geometry = { { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 2 }, { QStringLiteral("w"), 30 },
            { QStringLiteral("h"), 20 } };
        manual.extent = QRectF(1, 2, 30, 20);
        p->annotations().add(manual);
        const Annotation before = *p->annotations().byId(manual.id);
        const qint64 othersBefore = count(p->db(), "SELECT count(*) FROM annotations WHERE source != 'model'");

        // First run on two images only, then the whole project: the two are skipped.
        PreannotateJob::Options options;
        options.model = Detector;
        options.assetIds = { images[0].id, images[1].id };
        PreannotateJob first(*p, options);
        QCOMPARE(first.execute(), Job::State::Finished);
        QCOMPARE(first.summary().processed, 2);
        QCOMPARE(first.summary().backend, QStringLiteral("OpenCV / CPU"));
        options.assetIds.clear();
        options.threads = 2;
        options.batchSize = 2;
        PreannotateJob second(*p, options);
        QSignalSpy progress(&second, &Job::progressChanged);
        QCOMPARE(second.execute(), Job::State::Finished);
        const auto s = second.summary();
        QCOMPARE(s.assets, 6);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(s.processed, 4);
        QCOMPARE(s.failed, 0);
        QVERIFY(!progress.isEmpty());
        QVERIFY(s.forwardSeconds > 0 && s.modelSeconds >= s.forwardSeconds);

        QCOMPARE(count(p->db(), "SELECT count(*) FROM assist_runs WHERE model_id = 'rwb-steel-det-1'"), 6);
        const qint64 proposals = count(p->db(), "SELECT count(*) FROM annotations WHERE source = 'model'");
        QCOMPARE(proposals, first.summary().proposals + s.proposals);
        QVERIFY(proposals > 0);
        QCOMPARE(
            count(p->db(),
                "SELECT count(*) FROM annotations WHERE source = 'model' AND (state != 'proposed' OR source_ref != "
                "'rwb-steel-det-1' OR confidence IS NULL OR confidence < 0.15 OR class_id IS NULL OR kind != 'box')"),
            0);
        QCOMPARE(count(p->db(), "SELECT count(*) FROM annotations WHERE source != 'model'"), othersBefore);
        QCOMPARE(*p->annotations().byId(manual.id), before);
        QCOMPARE(
            count(p->db(), "SELECT count(*) FROM assist_models WHERE id = 'rwb-steel-det-1' AND task = 'detect'"), 1);
        // The browser's filter sees images with open proposals.
        AssetFilter open;
        open.withOpenProposals = true;
        QVERIFY(!p->assets().list(open).isEmpty());

        // Nothing left to do on a third run.
        PreannotateJob third(*p, options);
        QCOMPARE(third.execute(), Job::State::Finished);
        QCOMPARE(third.summary().processed, 0);
        QCOMPARE(third.summary().skipped, 6);
        QCOMPARE(count(p->db(), "SELECT count(*) FROM annotations WHERE source = 'model'"), proposals);
    }
    void cancelLeavesWholeBatches()
    {
        auto p = Project::open(m_project);
        PreannotateJob::Options options;
        options.model = QStringLiteral(RWB_MODELS "/steel_seg.json");
        options.batchSize = 1;
        PreannotateJob job(*p, options);
        connect(
            &job, &Job::progressChanged, &job,
            [&job](qint64 done, qint64) {
                if (done >= 2)
                    job.cancel();
            },
            Qt::DirectConnection);
        QCOMPARE(job.execute(), Job::State::Cancelled);
        const qint64 seen = count(p->db(), "SELECT count(*) FROM assist_runs WHERE model_id = 'rwb-steel-seg-1'");
        QVERIFY(seen >= 2 && seen < 6);
        // Every proposal belongs to an image recorded as seen: no half-written batch.
        QCOMPARE(count(p->db(),
                     "SELECT count(*) FROM annotations a WHERE source_ref = 'rwb-steel-seg-1' AND NOT EXISTS "
                     "(SELECT 1 FROM assist_runs r WHERE r.model_id = a.source_ref AND r.asset_id = a.asset_id)"),
            0);
        QCOMPARE(count(p->db(),
                     "SELECT count(*) FROM annotations WHERE source_ref = 'rwb-steel-seg-1' AND kind != 'polygon'"),
            0);
        // Resumed, it does the rest.
        PreannotateJob rest(*p, options);
        QCOMPARE(rest.execute(), Job::State::Finished);
        QCOMPARE(rest.summary().skipped, seen);
        QCOMPARE(count(p->db(), "SELECT count(*) FROM assist_runs WHERE model_id = 'rwb-steel-seg-1'"), 6);
    }
    void classifierTags()
    {
        auto p = Project::open(m_project);
        PreannotateJob::Options options;
        options.model = QStringLiteral(RWB_MODELS "/steel_cls.json");
        PreannotateJob job(*p, options);
        QCOMPARE(job.execute(), Job::State::Finished);
        QCOMPARE(job.summary().processed, 6);
        QCOMPARE(
            count(p->db(), "SELECT count(*) FROM annotations WHERE source_ref = 'rwb-steel-cls-1' AND kind != 'tag'"),
            0);
    }
    void badModels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not onnx") << "junk.onnx"
                                  << "junk"
                                  << "cannot load the model";
        QTest::newRow("manifest mismatch")
            << "mismatch.json"
            << QStringLiteral(
                   "{\"format\": \"rwb-model\", \"version\": 1, \"id\": \"x\", \"model\": \"%1\", "
                   "\"task\": \"detect\", \"layout\": \"yolov8\", \"input\": {\"width\": 640, \"height\": 320}, "
                   "\"classes\": [\"a\", \"b\"]}")
                   .arg(QStringLiteral(RWB_MODELS "/steel_det.onnx"))
            << "does not match its model";
        QTest::newRow("missing") << "gone.json"
                                 << ""
                                 << "does not exist";
        QTest::newRow("time series") << "ts.json"
                                     << "copy:signal_anomaly.json"
                                     << "time-series model";
    }
    void badModels()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        if (content.startsWith(QLatin1String("copy:"))) {
            QVERIFY(QFile::copy(QStringLiteral(RWB_MODELS "/") + content.mid(5), path));
            QVERIFY(QFile::copy(QStringLiteral(RWB_MODELS "/signal_anomaly.onnx"),
                dir.filePath(QStringLiteral("signal_anomaly.onnx"))));
        } else if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.toUtf8());
        }
        auto p = Project::open(m_project);
        const qint64 before = count(p->db(), "SELECT count(*) FROM annotations");
        PreannotateJob::Options options;
        options.model = path;
        PreannotateJob job(*p, options);
        QCOMPARE(job.execute(), Job::State::Failed);
        QVERIFY2(job.failureMessage().contains(message), qPrintable(job.failureMessage()));
        QCOMPARE(count(p->db(), "SELECT count(*) FROM annotations"), before);
    }
    void proposalsAreTheRunnersDetections()
    {
        // The job's proposals are the runner's detections on the fully decoded image, in the
        // same pixels; decoding the JPEG at half size (an option) keeps them in full-size pixels.
        QTemporaryDir dir;
        sample::StripImageGenerator generator;
        const auto g = generator.generate(
            dir.path(), QStringLiteral("big"), QSize(1600, 800), 8, 424242, sample::StripImageGenerator::Format::Jpeg);
        QVERIFY(!g.fileName.isEmpty());
        auto p = Project::create(dir.filePath(QStringLiteral("p.rwb")), QStringLiteral("p"));
        ImportJob import(*p, { dir.filePath(g.fileName) });
        QCOMPARE(import.execute(), Job::State::Finished);
        PreannotateJob::Options options;
        options.model = Detector;
        PreannotateJob job(*p, options);
        QCOMPARE(job.execute(), Job::State::Finished);
        const QList<Annotation> proposals = p->annotations().forAsset(import.importedIds().first());
        options.rerun = true;
        options.reducedJpegDecode = true;
        PreannotateJob reduced(*p, options);
        QCOMPARE(reduced.execute(), Job::State::Finished);
        QList<Annotation> halfSize = p->annotations().forAsset(import.importedIds().first());
        halfSize.erase(halfSize.begin(), halfSize.begin() + proposals.size());
        for (const Annotation &a : halfSize)
            QVERIFY(QRectF(0, 0, 1600, 800).contains(a.extent));

        QString error;
        const auto manifest = assist::ModelManifest::load(Detector, &error);
        assist::ModelRunner runner(*manifest);
        QVERIFY(runner.load(assist::cpuDnnBackend(), &error));
        const auto full = runner.detect(cv::imread(dir.filePath(g.fileName).toStdString(), cv::IMREAD_GRAYSCALE));
        QVERIFY(!full.empty());
        int matched = 0;
        for (const assist::Detection &d : full)
            for (const Annotation &a : proposals)
                if (assist::Nms::iou(a.extent, d.box) > 0.7) {
                    ++matched;
                    break;
                }
        qInfo("runner %d boxes, job %lld (%d matched); with half-size decoding %lld", int(full.size()),
            qint64(proposals.size()), matched, qint64(halfSize.size()));
        QCOMPARE(int(proposals.size()), int(full.size()));
        QCOMPARE(matched, int(full.size()));
        QVERIFY(!halfSize.isEmpty());
    }
    void overlappedStagesStoreTheSameProposals()
    {
        // Prefetch thread, blob made off the worker and writes overlapping the next batch:
        // the proposals are exactly those of the serial job, over several batches.
        QTemporaryDir dir;
        sample::StripImageGenerator generator;
        for (int i = 0; i < 5; ++i)
            QVERIFY(!generator
                         .generate(dir.path(), QStringLiteral("s%1").arg(i), QSize(1600, 800), 8, 777 + quint64(i),
                             sample::StripImageGenerator::Format::Jpeg)
                         .fileName.isEmpty());
        auto p = Project::create(dir.filePath(QStringLiteral("p.rwb")), QStringLiteral("p"));
        ImportJob import(*p, { dir.path() });
        QCOMPARE(import.execute(), Job::State::Finished);
        QCOMPARE(import.importedIds().size(), 5);
        auto proposals = [&](bool overlap) {
            PreannotateJob::Options options;
            options.model = Detector;
            options.rerun = true;
            options.batchSize = 2;
            options.threads = 2;
            options.overlapStages = overlap;
            PreannotateJob job(*p, options);
            const bool finished = job.execute() == Job::State::Finished;
            QStringList out;
            for (qint64 id : import.importedIds())
                for (const Annotation &a : p->annotations().forAsset(id))
                    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                               .arg(id)
                               .arg(a.extent.x(), 0, 'f', 3)
                               .arg(a.extent.y(), 0, 'f', 3)
                               .arg(a.extent.width(), 0, 'f', 3)
                               .arg(a.extent.height(), 0, 'f', 3)
                               .arg(a.confidence.value_or(-1), 0, 'f', 5);
            p->db().exec("DELETE FROM annotations WHERE source = 'model'");
            return finished ? out : QStringList();
        };
        const QStringList serial = proposals(false);
        const QStringList overlapped = proposals(true);
        QVERIFY(!serial.isEmpty());
        QCOMPARE(overlapped, serial);
    }
    void missingImageIsAnErrorNotAFailure()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sample"));
        QDir().mkpath(copy + QStringLiteral("/images"));
        const QString projectCopy = sample::SampleProject::create(copy + QStringLiteral("2"), { true, 5 });
        auto p = Project::open(projectCopy);
        const QList<Asset> images = p->assets().list(imagesOnly());
        QVERIFY(QFile::remove(p->resolve(images.first().uri)));
        PreannotateJob::Options options;
        options.model = Detector;
        PreannotateJob job(*p, options);
        QCOMPARE(job.execute(), Job::State::Finished);
        QCOMPARE(job.summary().failed, 1);
        QCOMPARE(job.errors().size(), 1);
        QVERIFY(job.errors().first().message.contains(QStringLiteral("missing")));
        QCOMPARE(job.summary().processed, 5);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

// The sample project draws its manual with fonts: a GUI application (offscreen).
QTEST_MAIN(TestAssistJob)
#include "tst_assistjob.moc"
