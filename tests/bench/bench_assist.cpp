// Model assist (issue 7): end-to-end pre-annotation of sample strip images with the bundled
// detector on the CPU, against the bare forward pass measured in the same run, and 1 vs 2
// worker threads. Run: build/tests/bench/bench_assist (RWB_BENCH_IMAGES, default 24 images of
// 1600 × 800 like the sample project's).
//
// Counters: images/s end to end; overhead = (job wall time − forward) / forward for one worker
// thread: everything the job adds to the forward pass (reading and decoding files,
// preprocessing, decoding outputs, NMS, database writes), measured end to end, so stages that
// overlap the forward pass (the decode prefetch, writes during the next batch) cost only what
// they really delay. overhead_vs_bare compares with BM_Forward of the same run instead of the
// job's own forward time. Per-stage times per image: read (decode on the prefetch thread),
// prepare (letterbox, blob on the prefetch thread), runner_pre_post (output decoding, NMS), write (database, job
// thread).
#include "assist/assistschema.h"
#include "assist/preannotatejob.h"

#include "image/imageprobe.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "stripimagegenerator.h"

#include <benchmark/benchmark.h>

#include <chrono>

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace rwb;
using namespace rwb::project;

namespace {
double bareForwardMs = 0; // BM_Forward of this run, for the job's comparison
const QString Detector = QStringLiteral(RWB_MODELS "/steel_det.json");

struct Fixture
{
    QTemporaryDir dir;
    QString project;
    QStringList images;
    int count = 0;

    Fixture()
    {
        count = qEnvironmentVariableIntValue("RWB_BENCH_IMAGES") > 0 ? qEnvironmentVariableIntValue("RWB_BENCH_IMAGES")
                                                                     : 24;
        const QString imageDir = dir.filePath(QStringLiteral("images"));
        QDir().mkpath(imageDir);
        sample::StripImageGenerator generator;
        for (int i = 0; i < count; ++i) {
            const auto g = generator.generate(imageDir, QStringLiteral("strip_%1").arg(i, 4, 10, QLatin1Char('0')),
                QSize(1600, 800), 8, 4242 + quint64(i), sample::StripImageGenerator::Format::Jpeg);
            images << QDir(imageDir).absoluteFilePath(g.fileName);
        }
        project = dir.filePath(QStringLiteral("bench.rwb"));
        auto p = Project::create(project, QStringLiteral("bench"), QStringLiteral("bench"));
        for (const QString &name : sample::StripImageGenerator::allDefectClasses()) {
            LabelClass c;
            c.name = name;
            c.assetKinds = { AssetKind::Image };
            p->labels().addClass(c);
        }
        ImportJob import(*p, { imageDir });
        import.execute();
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

/// The bare forward pass of the detector on one prepared blob: the baseline.
void BM_Forward(benchmark::State &state)
{
    cv::dnn::Net net = cv::dnn::readNetFromONNX(RWB_MODELS "/steel_det.onnx");
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    const cv::Mat image = cv::imread(fixture().images.first().toStdString());
    const cv::Mat blob = cv::dnn::blobFromImage(image, 1.0 / 255, cv::Size(640, 320), cv::Scalar(), true, false);
    std::vector<cv::Mat> outs;
    net.setInput(blob);
    net.forward(outs, net.getUnconnectedOutLayersNames());
    const auto started = std::chrono::steady_clock::now();
    for (auto _ : state) {
        net.setInput(blob);
        net.forward(outs, net.getUnconnectedOutLayersNames());
        benchmark::DoNotOptimize(outs.front().data);
    }
    bareForwardMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count()
        / double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.counters["images/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Forward)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The whole job: read, letterbox, forward, decode, NMS, write proposals in batches.
void BM_PreannotateJob(benchmark::State &state)
{
    const int threads = int(state.range(0));
    auto p = Project::open(fixture().project);
    double forward = 0, read = 0, wall = 0, model = 0, write = 0, prepare = 0;
    qint64 images = 0, proposals = 0;
    for (auto _ : state) {
        assist::PreannotateJob::Options options;
        options.model = Detector;
        options.threads = threads;
        options.rerun = true;
        options.reducedJpegDecode = state.range(1) != 0;
        options.overlapStages = state.range(2) != 0;
        assist::PreannotateJob job(*p, options);
        if (job.execute() != Job::State::Finished) {
            state.SkipWithError(qPrintable(job.failureMessage()));
            return;
        }
        const auto s = job.summary();
        forward += s.forwardSeconds;
        read += s.imageSeconds;
        wall += s.seconds;
        model += s.modelSeconds;
        write += s.writeSeconds;
        prepare += s.prepareSeconds;
        images += s.processed;
        proposals += s.proposals;
        // Proposals pile up over iterations; the next run starts from the same state.
        p->db().exec("DELETE FROM annotations WHERE source = 'model'");
    }
    state.counters["images/s"] = benchmark::Counter(double(images), benchmark::Counter::kIsRate);
    state.counters["forward_ms/img"] = forward * 1000 / double(images);
    state.counters["proposals/img"] = double(proposals) / double(images);
    const double perImage = 1000.0 / double(images);
    state.counters["read_ms/img"] = read * perImage;
    state.counters["prepare_ms/img"] = prepare * perImage;
    state.counters["runner_pre_post_ms/img"] = (model - forward) * perImage;
    state.counters["write_ms/img"] = write * perImage;
    state.counters["wall_ms/img"] = wall * perImage;
    if (threads == 1) {
        state.counters["overhead_%"] = 100.0 * (wall - forward) / forward;
        if (bareForwardMs > 0)
            state.counters["overhead_vs_bare_%"] = 100.0 * (wall * perImage - bareForwardMs) / bareForwardMs;
    }
}
// Arguments: worker threads, JPEGs decoded at half size (PreannotateJob::Options::reducedJpegDecode),
// stages overlapped (Options::overlapStages).
BENCHMARK(BM_PreannotateJob)
    ->Args({ 1, 0, 0 })
    ->Args({ 1, 0, 1 })
    ->Args({ 2, 0, 0 })
    ->Args({ 2, 0, 1 })
    ->Args({ 1, 1, 1 })
    ->Args({ 2, 1, 1 })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    project::AssetProbeRegistry::add(std::make_shared<image::ImageProbe>());
    assist::AssistSchema::registerMigrations();
    fixture();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
