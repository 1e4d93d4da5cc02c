// Time-series view: frame time for 8 channels at 1 M, 10 M and 100 M samples per channel (drawn
// from min/max pyramids: a frame should cost the same at every size), against drawing every
// sample with QPainter::drawPolyline at 10 M (the naive baseline), and the pyramid build rate.
// Run: build/tests/bench/bench_signalview --benchmark_counters_tabular=true
// (RWB_BENCH_SIGNAL_MAX caps the largest size, in samples per channel; default 100 000 000.)
#include "timeseries/minmaxpyramid.h"
#include "timeseries/signalcachewriter.h"
#include "timeseries/signaldata.h"
#include "timeseries/view/signalview.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <vector>

using rwb::timeseries::MinMaxPyramid;
using rwb::timeseries::SignalData;
using rwb::timeseries::SignalView;

namespace {

constexpr int Channels = 8;
constexpr QSize FrameSize(1600, 900);

QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/rwb-bench-signal-XXXXXX"));
    return dir;
}

/// An 8-channel signal of \a samples per channel (noise, a slow wave, bursts), made once.
std::shared_ptr<SignalData> signal(qint64 samples)
{
    static std::map<qint64, std::shared_ptr<SignalData>> made;
    if (auto it = made.find(samples); it != made.end())
        return it->second;
    const QString path = scratch().filePath(QStringLiteral("s%1.rws").arg(samples));
    QStringList names;
    for (int c = 0; c < Channels; ++c)
        names.append(QStringLiteral("ch%1").arg(c + 1));
    rwb::timeseries::SignalCacheWriter writer(path, names);
    writer.setRate(1'700'000'000'000'000'000LL, 1000.0);
    constexpr qint64 Block = 1 << 20;
    std::vector<std::vector<float>> block(Channels, std::vector<float>(size_t(Block)));
    std::mt19937 rng(1);
    std::normal_distribution<float> noise(0, 0.2f);
    for (qint64 at = 0; at < samples; at += Block) {
        const qint64 n = std::min(Block, samples - at);
        for (int c = 0; c < Channels; ++c) {
            for (qint64 i = 0; i < n; ++i) {
                const double t = double(at + i);
                block[size_t(c)][size_t(i)] = float(
                    std::sin(t / (5000.0 + c * 700)) + noise(rng) + (((at + i) / 100000) % 37 == c ? 3.0 : 0.0));
            }
        }
        std::vector<const float *> ptrs;
        for (auto &b : block)
            ptrs.push_back(b.data());
        writer.appendBlock(nullptr, ptrs.data(), n);
    }
    QString error;
    if (!writer.finish(&error))
        return nullptr;
    auto data = SignalData::open(path, &error);
    made[samples] = data;
    return data;
}

std::vector<MinMaxPyramid> pyramids(const SignalData &data)
{
    std::vector<MinMaxPyramid> out;
    for (int c = 0; c < data.channelCount(); ++c)
        out.emplace_back(data.channel(c), data.sampleCount());
    return out;
}

qint64 maxSamples()
{
    const qint64 v = qEnvironmentVariableIntValue("RWB_BENCH_SIGNAL_MAX");
    return v > 0 ? v : 100'000'000;
}

/// Frames at ten zoom levels from the whole signal down to 2 000 samples, each panned a little.
void BM_SignalViewFrame(benchmark::State &state)
{
    const qint64 samples = state.range(0);
    const bool naive = state.range(1) != 0;
    if (samples > maxSamples()) {
        state.SkipWithError("larger than RWB_BENCH_SIGNAL_MAX");
        return;
    }
    auto data = signal(samples);
    if (!data) {
        state.SkipWithError("cannot write the signal cache");
        return;
    }
    SignalView view;
    view.resize(FrameSize);
    view.setData(data);
    if (!naive)
        view.setPyramids(pyramids(*data));
    view.setNaiveDrawing(naive);
    QImage frame(FrameSize, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samplesMs;
    int i = 0;
    for (auto _ : state) {
        const int zoom = i % 10;
        const double span = std::max(2000.0, double(samples) / std::pow(double(samples) / 2000.0, zoom / 9.0));
        const double start = std::fmod(double(i) * span * 0.07, std::max(1.0, double(samples) - span));
        view.setViewRange(start, start + span);
        const auto t0 = std::chrono::steady_clock::now();
        {
            QPainter p(&frame);
            view.render(p);
        }
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        state.SetIterationTime(s);
        samplesMs.push_back(s * 1000);
        if (qEnvironmentVariableIsSet("RWB_BENCH_TRACE"))
            std::fprintf(stderr, "frame %d zoom %d span %.0f %.3f ms\n", i, zoom, span, s * 1000);
        ++i;
    }
    std::sort(samplesMs.begin(), samplesMs.end());
    state.counters["p50_ms"] = samplesMs[samplesMs.size() / 2];
    state.counters["p99_ms"] = samplesMs[std::min(samplesMs.size() - 1, samplesMs.size() * 99 / 100)];
}
BENCHMARK(BM_SignalViewFrame)
    ->ArgNames({ "samples", "naive" })
    ->Args({ 1'000'000, 0 })
    ->Args({ 10'000'000, 0 })
    ->Args({ 100'000'000, 0 })
    ->Iterations(200)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
// The baseline takes about a second a frame: ten frames, one per zoom level.
BENCHMARK(BM_SignalViewFrame)
    ->ArgNames({ "samples", "naive" })
    ->Args({ 10'000'000, 1 })
    ->Iterations(10)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// Pyramid build of one 10 M-sample channel on one thread.
void BM_PyramidBuild(benchmark::State &state)
{
    std::vector<float> x(size_t(state.range(0)));
    std::mt19937 rng(2);
    std::normal_distribution<float> noise(0, 1);
    for (float &v : x)
        v = noise(rng);
    for (auto _ : state) {
        MinMaxPyramid p(x.data(), qint64(x.size()));
        benchmark::DoNotOptimize(p.levelCount());
    }
    state.counters["samples_per_s"]
        = benchmark::Counter(double(x.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PyramidBuild)->Arg(10'000'000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
