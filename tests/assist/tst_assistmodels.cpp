// The bundled models (resources/models) on strip images the sample generator draws with seeds
// the training never saw: the detector and segmenter find the planted defects, the classifier
// names them, the signal model finds an injected fault; backend fallback at run time.
#include "assist/modelmanifest.h"
#include "assist/modelrunner.h"
#include "assist/nms.h"

#include "stripimagegenerator.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <cmath>

using namespace rwb;
using namespace rwb::assist;

namespace {
ModelManifest manifest(const char *name)
{
    QString error;
    const auto m = ModelManifest::load(QStringLiteral(RWB_MODELS "/") + QLatin1String(name), &error);
    if (!m)
        qFatal("%s", qPrintable(error));
    return *m;
}

struct Sample
{
    cv::Mat image;
    QList<sample::Defect> defects;
};
} // namespace

class TestAssistModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sample::StripImageGenerator generator;
        generator.setDefectCountRange(1, 3);
        for (int i = 0; i < 8; ++i) {
            const auto g = generator.generate(m_dir.path(), QStringLiteral("test_%1").arg(i), QSize(1600, 800), 8,
                900000 + quint64(i), sample::StripImageGenerator::Format::Png);
            QVERIFY(!g.fileName.isEmpty());
            m_samples.append({ cv::imread(QDir(m_dir.path()).absoluteFilePath(g.fileName).toStdString(),
                                   cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR),
                g.defects });
        }
    }
    void detectorFindsPlantedDefects()
    {
        const ModelManifest m = manifest("steel_det.json");
        ModelRunner runner(m);
        QString error;
        QVERIFY2(runner.load(cpuDnnBackend(), &error), qPrintable(error));
        QCOMPARE(runner.outputShapes().front(), (TensorShape { 1, 4 + 6, 4000 }));
        int found = 0, classRight = 0, total = 0, spurious = 0;
        for (const Sample &s : m_samples) {
            const auto dets = runner.detect(s.image);
            for (const Detection &d : dets) {
                QVERIFY(d.score >= m.confidenceThreshold);
                QVERIFY(QRectF(0, 0, 1600, 800).contains(d.box));
            }
            for (const sample::Defect &defect : s.defects) {
                ++total;
                double best = 0;
                int bestClass = -1;
                for (const Detection &d : dets) {
                    const double iou = Nms::iou(d.box, defect.bounds);
                    if (iou > best) {
                        best = iou;
                        bestClass = d.classIndex;
                    }
                }
                if (best > 0.5) {
                    ++found;
                    classRight += m.classes.value(bestClass) == defect.className;
                }
            }
            for (const Detection &d : dets) {
                double best = 0;
                for (const sample::Defect &defect : s.defects)
                    best = std::max(best, Nms::iou(d.box, defect.bounds));
                spurious += best < 0.1;
            }
        }
        qInfo("detector: %d of %d defects found at IoU > 0.5, %d with the right class, %d spurious boxes", found, total,
            classRight, spurious);
        QVERIFY(found * 2 >= total);
        QVERIFY(classRight * 2 >= found);
        QVERIFY(spurious <= total);
    }
    void segmenterOutlines()
    {
        const ModelManifest m = manifest("steel_seg.json");
        ModelRunner runner(m);
        QString error;
        QVERIFY2(runner.load(cpuDnnBackend(), &error), qPrintable(error));
        QCOMPARE(runner.outputShapes().size(), size_t(2));
        int found = 0, total = 0, outlined = 0;
        for (const Sample &s : m_samples) {
            const auto dets = runner.detect(s.image);
            for (const sample::Defect &defect : s.defects) {
                ++total;
                for (const Detection &d : dets) {
                    if (Nms::iou(d.box, defect.bounds) > 0.5) {
                        ++found;
                        // The outline lies in the box and covers a good part of it.
                        const QRectF b = d.polygon.boundingRect();
                        outlined += d.polygon.size() >= 3 && d.box.adjusted(-4, -4, 4, 4).contains(b)
                            && Nms::iou(b, d.box) > 0.3;
                        break;
                    }
                }
            }
        }
        qInfo("segmenter: %d of %d defects found, %d outlined", found, total, outlined);
        QVERIFY(found * 2 >= total);
        QVERIFY(outlined * 3 >= found * 2);
    }
    void classifierNamesCrops()
    {
        const ModelManifest m = manifest("steel_cls.json");
        ModelRunner runner(m);
        QString error;
        QVERIFY2(runner.load(cpuDnnBackend(), &error), qPrintable(error));
        int right = 0, total = 0;
        for (const Sample &s : m_samples) {
            for (const sample::Defect &defect : s.defects) {
                // The crop the training used: a square around the defect, 1.3 × its longer side.
                const QRectF b = defect.bounds;
                const double side = std::max(b.width(), b.height()) * 1.3 + 20;
                const QRect crop = QRectF(b.center().x() - side / 2, b.center().y() - side / 2, side, side).toRect();
                const auto scores = runner.classify(s.image, crop);
                QCOMPARE(int(scores.size()), 6);
                double sum = 0;
                for (const auto &[c, p] : scores)
                    sum += p;
                QVERIFY(std::abs(sum - 1.0) < 1e-3);
                ++total;
                right += m.classes.value(scores.front().first) == defect.className;
                qInfo("  %s -> %s (%.2f)", qPrintable(defect.className),
                    qPrintable(m.classes.value(scores.front().first)), double(scores.front().second));
            }
        }
        qInfo("classifier: %d of %d crops named right", right, total);
        QVERIFY(right * 2 >= total);
    }
    void signalModelFindsFault()
    {
        const ModelManifest m = manifest("signal_anomaly.json");
        ModelRunner runner(m);
        QString error;
        QVERIFY2(runner.load(cpuDnnBackend(), &error), qPrintable(error));
        std::vector<float> signal(4096);
        for (size_t i = 0; i < signal.size(); ++i)
            signal[i] = float(20 + 2 * std::sin(double(i) / 90.0) + 0.05 * std::sin(double(i) * 1.7));
        // A temperature drop over 40 samples and a dropout (flat line) over 30.
        for (size_t i = 1500; i < 1540; ++i)
            signal[i] -= 3.0f;
        for (size_t i = 3000; i < 3030; ++i)
            signal[i] = signal[2999];
        const QList<SampleRange> ranges = runner.anomalies(signal.data(), qint64(signal.size()));
        auto covers = [&](qint64 a, qint64 b) {
            for (const SampleRange &r : ranges)
                if (r.start < b && r.end > a)
                    return true;
            return false;
        };
        QVERIFY(covers(1500, 1540));
        qint64 flagged = 0;
        for (const SampleRange &r : ranges)
            flagged += r.end - r.start;
        qInfo("signal: %lld ranges, %lld samples flagged", qint64(ranges.size()), flagged);
        // Most of the clean signal is left alone.
        QVERIFY(flagged < qint64(signal.size()) / 4);
    }
    void bareOnnxIsGuessed()
    {
        // The classifier without its manifest: its [1, 6] output makes it a 6-class classifier.
        QVERIFY(QFile::copy(QStringLiteral(RWB_MODELS "/steel_cls.onnx"), m_dir.filePath(QStringLiteral("bare.onnx"))));
        QString error;
        const auto bare = ModelManifest::load(m_dir.filePath(QStringLiteral("bare.onnx")), &error);
        QVERIFY(bare);
        QVERIFY(bare->manifestFile.isEmpty());
        ModelRunner runner(*bare);
        QVERIFY2(runner.load(cpuDnnBackend(), &error), qPrintable(error));
        QVERIFY(runner.manifest().task == ModelManifest::Task::Classify);
        QCOMPARE(runner.manifest().classes.size(), 6);
        QVERIFY2(runner.backendNote().contains(QStringLiteral("classifier")), qPrintable(runner.backendNote()));
        QCOMPARE(int(runner.classify(m_samples.first().image).size()), 6);
    }
    void runtimeBackendFallback()
    {
        // A backend the build cannot run fails the first forward pass: the runner falls back to
        // OpenCV's CPU path and says so.
        ModelRunner runner(manifest("steel_det.json"));
        QString error;
        QVERIFY2(runner.load({ 12345, 0, QStringLiteral("Imaginary / NPU") }, &error), qPrintable(error));
        QCOMPARE(runner.backend(), cpuDnnBackend());
        QVERIFY2(runner.backendNote().contains(QStringLiteral("Imaginary / NPU")), qPrintable(runner.backendNote()));
        QVERIFY(!runner.detect(m_samples.first().image).empty());
    }
    void regionAndTiles()
    {
        ModelManifest m = manifest("steel_det.json");
        const Sample &s = m_samples.first();
        const sample::Defect &defect = s.defects.first();
        // On a drawn region around the defect the boxes come back in image pixels.
        ModelRunner runner(m);
        QString error;
        QVERIFY(runner.load(cpuDnnBackend(), &error));
        const QRect region
            = defect.bounds.adjusted(-200, -150, 200, 150).toAlignedRect().intersected(QRect(0, 0, 1600, 800));
        for (const Detection &d : runner.detect(s.image, region))
            QVERIFY(QRectF(region).adjusted(-1, -1, 1, 1).contains(d.box));
        // A wide image of four strips side by side is tiled: each strip's defects are found
        // where they are.
        cv::Mat wide;
        cv::hconcat(
            std::vector<cv::Mat> { m_samples[0].image, m_samples[1].image, m_samples[2].image, m_samples[3].image },
            wide);
        m.tiling = { 1600, 800, 160, 3200 };
        ModelRunner tiled(m);
        QVERIFY(tiled.load(cpuDnnBackend(), &error));
        const double before = tiled.forwardSeconds();
        const auto dets = tiled.detect(wide);
        QVERIFY(tiled.forwardSeconds() > before);
        int found = 0, total = 0;
        for (int i = 0; i < 4; ++i) {
            for (const sample::Defect &d : m_samples[i].defects) {
                ++total;
                const QRectF shifted = d.bounds.translated(1600.0 * i, 0);
                for (const Detection &det : dets)
                    if (Nms::iou(det.box, shifted) > 0.5) {
                        ++found;
                        break;
                    }
            }
        }
        qInfo("tiled: %d of %d found", found, total);
        QVERIFY(found * 2 >= total);
    }

private:
    QTemporaryDir m_dir;
    QList<Sample> m_samples;
};

QTEST_MAIN(TestAssistModels)
#include "tst_assistmodels.moc"
