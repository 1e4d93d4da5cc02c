// Model manifests: parsing, every refusal with its message, validation against output shapes,
// the layout guess for a bare .onnx, backend choice and fallback.
#include "assist/dnnbackends.h"
#include "assist/modelmanifest.h"
#include "assist/modelrunner.h"
#include "assist/modelvalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/dnn.hpp>

using namespace rwb::assist;
using Task = ModelManifest::Task;
using Layout = ModelManifest::Layout;

namespace {
QJsonObject validManifest()
{
    return QJsonDocument::fromJson(R"({"format": "rwb-model", "version": 1, "id": "m1", "name": "M",
        "model": "m.onnx", "task": "detect", "layout": "yolov8",
        "input": {"width": 640, "height": 320, "channel_order": "rgb", "scale": 0.5, "mean": [1, 2, 3], "std": [2]},
        "classes": ["a", "b"], "label_map": {"a": "scratch", "b": null},
        "confidence_threshold": 0.4, "nms_threshold": 0.6,
        "tiling": {"tile_width": 800, "tile_height": 400, "overlap": 100, "when_larger_than": 2000},
        "backend": "cuda", "target": "cuda_fp16"})")
        .object();
}
} // namespace

class TestAssistManifest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile model(m_dir.filePath(QStringLiteral("m.onnx")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write("this is not an ONNX file");
    }
    void parses()
    {
        QString error;
        const auto m = ModelManifest::fromJson(validManifest(), m_dir.path(), QStringLiteral("m.json"), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->id, QStringLiteral("m1"));
        QCOMPARE(m->task, Task::Detect);
        QCOMPARE(m->layout, Layout::Yolov8);
        QCOMPARE(m->inputWidth, 640);
        QCOMPARE(m->inputHeight, 320);
        QCOMPARE(m->mean[2], 3.0);
        QCOMPARE(m->std[1], 2.0);
        QCOMPARE(m->projectClass(0), QStringLiteral("scratch"));
        QCOMPARE(m->projectClass(1), QString());
        QCOMPARE(m->tiling.overlap, 100);
        QVERIFY(m->tiling.enabled());
        QCOMPARE(m->target, QStringLiteral("cuda_fp16"));
        QCOMPARE(m->modelFile, QDir(m_dir.path()).absoluteFilePath(QStringLiteral("m.onnx")));
        // Written out and read again it is the same.
        const auto again = ModelManifest::fromJson(m->toJson(), m_dir.path(), QStringLiteral("m.json"), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), m->toJson());
        QCOMPARE(*ModelManifest::layoutFromName(QStringLiteral("yolo11")), Layout::Yolov8);
    }
    void refuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value"); // JSON; empty: remove the key
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << "format"
                                << R"("onnx")"
                                << "not a model manifest";
        QTest::newRow("version") << "version"
                                 << "2"
                                 << "version 2 is not supported";
        QTest::newRow("no id") << "id"
                               << ""
                               << "no \"id\"";
        QTest::newRow("missing model") << "model"
                                       << R"("gone.onnx")"
                                       << "gone.onnx does not exist";
        QTest::newRow("task") << "task"
                              << R"("count")"
                              << "unknown task \"count\"";
        QTest::newRow("layout") << "layout"
                                << R"("ssd")"
                                << "unknown layout \"ssd\"";
        QTest::newRow("task/layout") << "layout"
                                     << R"("classifier")"
                                     << "do not go together";
        QTest::newRow("size") << "input"
                              << R"({"width": 0, "height": 10})"
                              << "between 8 and 8192";
        QTest::newRow("order") << "input"
                               << R"({"width": 64, "height": 64, "channel_order": "rbg"})"
                               << "channel_order";
        QTest::newRow("std") << "input"
                             << R"({"width": 64, "height": 64, "std": [0]})"
                             << "std must be positive";
        QTest::newRow("classes") << "classes"
                                 << "[]"
                                 << "no \"classes\"";
        QTest::newRow("map") << "label_map"
                             << R"({"c": "x"})"
                             << "\"c\", which is not one of the model's classes";
        QTest::newRow("threshold") << "confidence_threshold"
                                   << "1.5"
                                   << "thresholds must lie in [0, 1]";
        QTest::newRow("overlap") << "tiling"
                                 << R"({"tile_width": 100, "tile_height": 100, "overlap": 60, "when_larger_than": 10})"
                                 << "overlap must be less than half";
    }
    void refuses()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QJsonObject json = validManifest();
        if (value.isEmpty())
            json.remove(key);
        else
            json.insert(key, QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0));
        QString error;
        QVERIFY(!ModelManifest::fromJson(json, m_dir.path(), QStringLiteral("bad.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("bad.json: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
    void loadFiles()
    {
        QString error;
        QVERIFY(!ModelManifest::load(m_dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": ");
        broken.close();
        QVERIFY(!ModelManifest::load(broken.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a JSON object")), qPrintable(error));
        // A bare .onnx without a manifest: defaults with the file as model.
        const auto bare = ModelManifest::load(m_dir.filePath(QStringLiteral("m.onnx")), &error);
        QVERIFY(bare);
        QCOMPARE(bare->id, QStringLiteral("m"));
    }
    void openCvCannotLoad()
    {
        QString error;
        auto m = ModelManifest::fromJson(validManifest(), m_dir.path(), QStringLiteral("m.json"), &error);
        QVERIFY(m);
        ModelRunner runner(*m);
        QVERIFY(!runner.load(cpuDnnBackend(), &error));
        QVERIFY2(error.contains(QStringLiteral("m.onnx")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot load the model (ONNX opset unknown)")), qPrintable(error));
        QVERIFY(!runner.isLoaded());
    }
    void check_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QList<QList<int>>>("shapes");
        QTest::addColumn<QString>("message"); // empty: fits
        using S = QList<QList<int>>;
        QTest::newRow("v8 fits") << "detect"
                                 << "yolov8" << 80 << S { { 1, 84, 8400 } } << "";
        QTest::newRow("v8 transposed") << "detect"
                                       << "yolov8" << 80 << S { { 1, 8400, 84 } } << "";
        QTest::newRow("v8 classes") << "detect"
                                    << "yolov8" << 6 << S { { 1, 84, 8400 } }
                                    << "the model gives [1, 84, 8400] but the manifest's 6 classes need [1, 10, N]";
        QTest::newRow("obb") << "obb"
                             << "yolov8" << 15 << S { { 1, 20, 21504 } } << "";
        QTest::newRow("obb angle") << "obb"
                                   << "yolov8" << 15 << S { { 1, 19, 21504 } } << "with an angle";
        QTest::newRow("seg") << "segment"
                             << "yolov8" << 80 << S { { 1, 116, 8400 }, { 1, 32, 160, 160 } } << "";
        QTest::newRow("seg no proto") << "segment"
                                      << "yolov8" << 80 << S { { 1, 116, 8400 } } << "mask prototypes";
        QTest::newRow("v5") << "detect"
                            << "yolov5" << 80 << S { { 1, 25200, 85 } } << "";
        QTest::newRow("v5 classes") << "detect"
                                    << "yolov5" << 3 << S { { 1, 25200, 85 } } << "need [1, N, 8]";
        QTest::newRow("v10") << "detect"
                             << "yolov10" << 80 << S { { 1, 300, 6 } } << "";
        QTest::newRow("v10 wrong") << "detect"
                                   << "yolov10" << 80 << S { { 1, 84, 8400 } } << "needs [1, K, 6]";
        QTest::newRow("cls") << "classify"
                             << "classifier" << 6 << S { { 1, 6 } } << "";
        QTest::newRow("cls wrong") << "classify"
                                   << "classifier" << 5 << S { { 1, 6 } } << "5 classes need [1, 5]";
        QTest::newRow("2-D for v8") << "detect"
                                    << "yolov8" << 6 << S { { 1, 10 } } << "needs a 3-D output";
    }
    void check()
    {
        QFETCH(QString, task);
        QFETCH(QString, layout);
        QFETCH(int, classes);
        QFETCH(QList<QList<int>>, shapes);
        QFETCH(QString, message);
        ModelManifest m;
        m.task = *ModelManifest::taskFromName(task);
        m.layout = *ModelManifest::layoutFromName(layout);
        for (int i = 0; i < classes; ++i)
            m.classes << QString::number(i);
        std::vector<TensorShape> outs;
        for (const QList<int> &s : shapes)
            outs.emplace_back(s.begin(), s.end());
        const QString got = ModelValidator::check(m, outs);
        if (message.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(message), qPrintable(got));
    }
    void guess_data()
    {
        QTest::addColumn<QList<QList<int>>>("shapes");
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("masks");
        using S = QList<QList<int>>;
        QTest::newRow("yolov8") << S { { 1, 84, 8400 } } << "detect"
                                << "yolov8" << 80 << 0;
        QTest::newRow("yolo11 seg") << S { { 1, 116, 8400 }, { 1, 32, 160, 160 } } << "segment"
                                    << "yolov8" << 80 << 32;
        QTest::newRow("yolov5") << S { { 1, 25200, 85 } } << "detect"
                                << "yolov5" << 80 << 0;
        QTest::newRow("yolov5 seg") << S { { 1, 25200, 117 }, { 1, 32, 160, 160 } } << "segment"
                                    << "yolov5" << 80 << 32;
        QTest::newRow("yolov10") << S { { 1, 300, 6 } } << "detect"
                                 << "yolov10" << 0 << 0;
        QTest::newRow("classifier") << S { { 1, 1000 } } << "classify"
                                    << "classifier" << 1000 << 0;
        QTest::newRow("sequence") << S { { 1, 1, 1, 256 } } << "timeseries-anomaly"
                                  << "sequence" << 1 << 0;
    }
    void guess()
    {
        QFETCH(QList<QList<int>>, shapes);
        QFETCH(QString, task);
        QFETCH(QString, layout);
        QFETCH(int, classes);
        QFETCH(int, masks);
        std::vector<TensorShape> outs;
        for (const QList<int> &s : shapes)
            outs.emplace_back(s.begin(), s.end());
        const auto g = ModelValidator::guess(outs);
        QVERIFY(g);
        QCOMPARE(ModelManifest::taskName(g->task), task);
        QCOMPARE(ModelManifest::layoutName(g->layout), layout);
        QCOMPARE(g->classCount, classes);
        QCOMPARE(g->maskCount, masks);
    }
    void guessUnknown()
    {
        QVERIFY(!ModelValidator::guess({}));
        QVERIFY(!ModelValidator::guess({ { 2, 3, 4, 5, 6 } }));
    }
    void backendsListed()
    {
        const QList<DnnBackend> all = availableDnnBackends();
        QVERIFY(all.contains(cpuDnnBackend()));
        QCOMPARE(cpuDnnBackend().key(), QStringLiteral("opencv/cpu"));
        QCOMPARE(all.size(), int(cv::dnn::getAvailableBackends().size()));
    }
    void chooseBackend_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<bool>("withCuda"); // and OpenCL; without: a CPU-only build
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("note");
        QTest::newRow("empty") << "" << true << "opencv/cpu" << false;
        QTest::newRow("cpu") << "cpu" << true << "opencv/cpu" << false;
        QTest::newRow("cuda fp16") << "cuda/cuda_fp16" << true << "cuda/cuda_fp16" << false;
        QTest::newRow("cuda first target") << "cuda" << true << "cuda/cuda" << false;
        QTest::newRow("opencl target") << "opencl" << true << "opencv/opencl" << false;
        QTest::newRow("auto gpu") << "auto" << true << "cuda/cuda" << false;
        QTest::newRow("auto cpu only") << "auto" << false << "opencv/cpu" << false;
        QTest::newRow("cuda missing") << "cuda/cuda_fp16" << false << "opencv/cpu" << true;
        QTest::newRow("unknown") << "tpu" << true << "opencv/cpu" << true;
    }
    void chooseBackend()
    {
        QFETCH(QString, wanted);
        QFETCH(bool, withCuda);
        QFETCH(QString, key);
        QFETCH(bool, note);
        QList<DnnBackend> offered { cpuDnnBackend() };
        if (withCuda) {
            offered.append({ cv::dnn::DNN_BACKEND_CUDA, cv::dnn::DNN_TARGET_CUDA, QStringLiteral("CUDA / CUDA") });
            offered.append(
                { cv::dnn::DNN_BACKEND_CUDA, cv::dnn::DNN_TARGET_CUDA_FP16, QStringLiteral("CUDA / CUDA FP16") });
        }
        if (withCuda)
            offered.append(
                { cv::dnn::DNN_BACKEND_OPENCV, cv::dnn::DNN_TARGET_OPENCL, QStringLiteral("OpenCV / OpenCL") });
        QString why;
        const DnnBackend b = chooseDnnBackend(wanted, offered, &why);
        QCOMPARE(b.key(), key);
        QCOMPARE(!why.isEmpty(), note);
        if (note)
            QVERIFY2(why.contains(QStringLiteral("running on the CPU")) && why.contains(wanted), qPrintable(why));
    }
    void onnxOpsetOfBundled()
    {
        QCOMPARE(ModelRunner::onnxOpset(QStringLiteral(RWB_MODELS "/steel_det.onnx")), 12);
        QCOMPARE(ModelRunner::onnxOpset(m_dir.filePath(QStringLiteral("m.onnx"))), -1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAssistManifest)
#include "tst_assistmanifest.moc"
