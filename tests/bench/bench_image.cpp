// Image raster benchmarks for the huge-image issue. Run: build/tests/bench/bench_image
// Generates (streaming, with libjpeg) a SIDE×SIDE 8-bit gray JPEG and a SIDE×(SIDE/5) RGB
// line-scan JPEG, SIDE = RWB_BENCH_IMAGE_SIDE (default 20000), plus a 5 MP photo. Reports, per
// image: time to the first level-0 tile and to the coarse preview after open, full pyramid
// build time, peak memory of the build (the builder's own buffer accounting and the process's
// VmHWM rise, both against the decoded image size), tile load from the disk cache, and the
// naive baseline: QImageReader decoding the whole image.
#include "image/raster/displaymapping.h"
#include "image/raster/displayrenderer.h"
#include "image/raster/imagesource.h"
#include "image/raster/pyramidbuildjob.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

#include <jpeglib.h>

using namespace rwb::image;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

int imageSide()
{
    const int side = qEnvironmentVariableIntValue("RWB_BENCH_IMAGE_SIDE");
    return side > 0 ? side : 20000;
}

/// Resident-set figures of this process in bytes ("VmHWM", "VmRSS").
qint64 procStatus(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0), so each measurement starts afresh.
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// A textured gray or RGB JPEG written row by row (never whole in memory), like a camera's.
QString generateJpeg(const QString &name, int width, int height, int components)
{
    const QString path = scratch().filePath(name);
    if (QFile::exists(path))
        return path;
    std::FILE *out = std::fopen(QFile::encodeName(path).constData(), "wb");
    jpeg_compress_struct cinfo;
    jpeg_error_mgr err;
    cinfo.err = jpeg_std_error(&err);
    jpeg_create_compress(&cinfo);
    jpeg_stdio_dest(&cinfo, out);
    cinfo.image_width = JDIMENSION(width);
    cinfo.image_height = JDIMENSION(height);
    cinfo.input_components = components;
    cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, 85, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    std::vector<double> waveX(static_cast<size_t>(width));
    for (int x = 0; x < width; ++x)
        waveX[size_t(x)] = std::sin(x / 47.0);
    std::vector<JSAMPLE> row(size_t(width) * size_t(components));
    std::minstd_rand noise(42);
    while (cinfo.next_scanline < cinfo.image_height) {
        const int y = int(cinfo.next_scanline);
        const double waveY = std::cos(y / 71.0);
        for (int x = 0; x < width; ++x) {
            const int base = 128 + int(60 * waveX[size_t(x)] * waveY) + int(noise() % 24) - 12;
            for (int c = 0; c < components; ++c)
                row[size_t(x * components + c)] = JSAMPLE(std::clamp(base + c * 20 - 20, 0, 255));
        }
        JSAMPROW pointer = row.data();
        jpeg_write_scanlines(&cinfo, &pointer, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    std::fclose(out);
    return path;
}

QString squareJpeg()
{
    return generateJpeg(QStringLiteral("square.jpg"), imageSide(), imageSide(), 1);
}

QString lineScanJpeg()
{
    return generateJpeg(QStringLiteral("linescan.jpg"), imageSide(), std::max(1, imageSide() / 5), 3);
}

QString photoJpeg()
{
    return generateJpeg(QStringLiteral("photo.jpg"), 2592, 1944, 3);
}

QString pathFor(int which)
{
    return which == 0 ? squareJpeg() : lineScanJpeg();
}

/// Open → background build; times to the first tile and the preview, build time, memory.
void BM_PyramidBuild(benchmark::State &state)
{
    const QString path = pathFor(int(state.range(0)));
    for (auto _ : state) {
        const QString cache = scratch().filePath(QStringLiteral("cache-%1").arg(state.range(0)));
        QDir(cache).removeRecursively();
        resetPeakMemory();
        const qint64 rssBefore = procStatus("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
        if (!source) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        const double openMs = timer.nsecsElapsed() / 1e6;
        std::atomic<qint64> firstTileNs { -1 };
        std::atomic<qint64> previewNs { -1 };
        QObject::connect(
            source.get(), &ImageSource::tilesReady, source.get(),
            [&](int level, const QRect &) {
                qint64 none = -1;
                if (level == 0)
                    firstTileNs.compare_exchange_strong(none, timer.nsecsElapsed());
            },
            Qt::DirectConnection);
        QObject::connect(
            source.get(), &ImageSource::previewReady, source.get(), [&] { previewNs = timer.nsecsElapsed(); },
            Qt::DirectConnection);
        std::unique_ptr<PyramidBuildJob> job = source->createBuildJob();
        std::thread worker([&] { job->execute(); });
        worker.join();
        const double buildMs = timer.nsecsElapsed() / 1e6;
        if (job->state() != rwb::project::Job::State::Finished) {
            state.SkipWithError(qPrintable(job->failureMessage()));
            return;
        }
        const double decodedMb = source->info().decodedBytes() / 1e6;
        state.counters["open_ms"] = openMs;
        state.counters["first_tile_ms"] = firstTileNs.load() / 1e6;
        state.counters["preview_ms"] = previewNs.load() / 1e6;
        state.counters["build_ms"] = buildMs;
        state.counters["decoded_MB"] = decodedMb;
        state.counters["buffers_MB"] = job->peakBufferBytes() / 1e6;
        state.counters["hwm_rise_MB"] = (procStatus("VmHWM:") - rssBefore) / 1e6;
        qint64 cacheBytes = 0;
        for (const QFileInfo &f : QDir(cache).entryInfoList(QDir::Files))
            cacheBytes += f.size();
        state.counters["cache_MB"] = cacheBytes / 1e6;
    }
}
BENCHMARK(BM_PyramidBuild)
    ->ArgName("image")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

/// A tile from the disk cache of a complete pyramid, memory cache off: what panning costs.
void BM_TileFromDiskCache(benchmark::State &state)
{
    const QString path = squareJpeg();
    const QString cache = scratch().filePath(QStringLiteral("cache-0"));
    QString error;
    auto source = ImageSource::open(path, 0, cache, &error, ImageSource::Storage::Pyramid);
    if (!source || !source->isComplete()) {
        state.SkipWithError("run BM_PyramidBuild/image:0 first");
        return;
    }
    source->setCacheBudget(0);
    const QSize tiles = source->tileCount(0);
    std::minstd_rand pick(7);
    for (auto _ : state) {
        const QImage tile
            = source->tile(0, int(pick() % unsigned(tiles.width())), int(pick() % unsigned(tiles.height())));
        benchmark::DoNotOptimize(tile.constBits());
    }
}
BENCHMARK(BM_TileFromDiskCache)->Unit(benchmark::kMicrosecond)->Iterations(2000);

/// Opening the next 5 MP photo (decoded whole, in memory): the prefetch budget.
void BM_Open5MpJpeg(benchmark::State &state)
{
    const QString path = photoJpeg();
    for (auto _ : state) {
        QString error;
        auto source = ImageSource::open(path, 0, QString(), &error);
        benchmark::DoNotOptimize(source.get());
        if (!source)
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(BM_Open5MpJpeg)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_RenderTile(benchmark::State &state)
{
    const bool deep = state.range(0) == 16;
    QImage raw(256, 256, deep ? QImage::Format_Grayscale16 : QImage::Format_RGB888);
    raw.fill(Qt::gray);
    DisplayMapping mapping = DisplayMapping::identity(deep ? 16 : 8);
    mapping.gamma = 1.8;
    const DisplayRenderer renderer(mapping, deep ? 16 : 8);
    for (auto _ : state) {
        const QImage shown = renderer.render(raw);
        benchmark::DoNotOptimize(shown.constBits());
    }
}
BENCHMARK(BM_RenderTile)->ArgName("bits")->Arg(8)->Arg(16)->Unit(benchmark::kMicrosecond);

/// The naive approach: QImageReader decodes the whole image before anything is shown.
void BM_NaiveWholeDecode(benchmark::State &state)
{
    const QString path = pathFor(int(state.range(0)));
    for (auto _ : state) {
        resetPeakMemory();
        const qint64 rssBefore = procStatus("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        QImageReader reader(path);
        reader.setAllocationLimit(0);
        const QImage image = reader.read();
        if (image.isNull()) {
            state.SkipWithError(qPrintable(reader.errorString()));
            return;
        }
        state.counters["first_pixels_ms"] = timer.nsecsElapsed() / 1e6;
        state.counters["hwm_rise_MB"] = (procStatus("VmHWM:") - rssBefore) / 1e6;
    }
}
BENCHMARK(BM_NaiveWholeDecode)
    ->ArgName("image")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
