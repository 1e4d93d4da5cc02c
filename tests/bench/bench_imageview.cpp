// Image view frame time: a 4000×3000 image with 10 000 polygons (8–16 vertices, 5–60 px across)
// painted into a 1600×1000 offscreen frame through ImageCanvas::render(), fitted to the window and
// in four motions (motion 0: fitted and still; 1: 400 % while panning; 2: wheel zoom, a new scale
// every frame; 3: 60 % while panning, thousands of shapes in view), each with the optimized drawing
// (culling, dots for tiny shapes, a cached shape layer shifted on pans) and with
// setNaiveDrawing(true) (every shape, every frame, full antialiased outline).
// Run: build/tests/bench/bench_imageview --benchmark_counters_tabular=true
// (counters p50_ms, p99_ms, shapes = shapes drawn per frame)
#include "image/raster/imagesource.h"
#include "image/shape.h"
#include "image/view/imageannotatorwidget.h"
#include "image/view/imagecanvas.h"
#include "project/project.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

using rwb::image::ImageCanvas;
using rwb::image::ImageSource;
using rwb::image::Shape;

namespace {

constexpr int ImageWidth = 4000;
constexpr int ImageHeight = 3000;
constexpr int PolygonCount = 10000;
constexpr QSize FrameSize(1600, 1000);
constexpr int Frames = 200;
constexpr double ZoomScale = 4.0;
constexpr double PanStep = 40.0; ///< widget pixels per frame while zoomed

struct Scene
{
    QTemporaryDir dir;
    std::shared_ptr<ImageSource> source;
    QList<ImageCanvas::Item> items;
    QString error;
};

Scene &scene()
{
    static Scene s = [] {
        Scene out;
        QImage image(ImageWidth, ImageHeight, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int v = 40 + (x / 7 + y / 5) % 120;
                line[x] = qRgb(v, v, std::min(255, v + 20));
            }
        }
        const QString path = out.dir.filePath(QStringLiteral("large.png"));
        if (!image.save(path, "PNG", 90)) {
            out.error = QStringLiteral("cannot write %1").arg(path);
            return out;
        }
        out.source = ImageSource::open(
            path, 0, out.dir.filePath(QStringLiteral("cache")), &out.error, ImageSource::Storage::InMemory);

        std::mt19937 rng(20261123);
        std::uniform_real_distribution<double> px(0, ImageWidth);
        std::uniform_real_distribution<double> py(0, ImageHeight);
        std::uniform_real_distribution<double> diameter(5, 60);
        std::uniform_int_distribution<int> vertices(8, 16);
        std::uniform_real_distribution<double> jitter(0.6, 1.0);
        const QList<QColor> palette { QColor(230, 25, 75), QColor(60, 180, 75), QColor(255, 225, 25),
            QColor(0, 130, 200), QColor(245, 130, 48), QColor(145, 30, 180), QColor(70, 240, 240),
            QColor(240, 50, 230) };
        out.items.reserve(PolygonCount);
        for (int i = 0; i < PolygonCount; ++i) {
            const QPointF c(px(rng), py(rng));
            const double r = diameter(rng) / 2;
            const int n = vertices(rng);
            QPolygonF ring;
            for (int k = 0; k < n; ++k) {
                const double a = 2 * std::numbers::pi * k / n;
                const double rr = r * jitter(rng);
                ring.append(c + QPointF(rr * std::cos(a), rr * std::sin(a)));
            }
            ImageCanvas::Item item;
            item.id = i + 1;
            item.shape = Shape::polygon(ring);
            item.color = palette.at(i % palette.size());
            item.label = QStringLiteral("class %1").arg(i % palette.size());
            out.items.append(item);
        }
        return out;
    }();
    return s;
}

/// How the view moves from frame to frame.
enum class Motion {
    Fit, ///< fitted to the window, standing still (hover, tool overlays)
    PanZoomed, ///< 400 %, panned round a square (50 steps a side)
    WheelZoom, ///< a new scale every frame: wheel steps of 1.15× from fit to 6× and back
    PanOverview, ///< 60 %, thousands of shapes in view, panned round a square
};

/// Puts the view where frame \a i of a run is, so that every frame differs from the last.
void place(ImageCanvas &canvas, Motion motion, int i)
{
    static const QPointF directions[] = { { -PanStep, 0 }, { 0, -PanStep }, { PanStep, 0 }, { 0, PanStep } };
    switch (motion) {
    case Motion::Fit:
        canvas.fitToWindow();
        return;
    case Motion::PanZoomed:
    case Motion::PanOverview:
        if (i % Frames == 0) {
            canvas.centerOn(
                QPointF(ImageWidth / 2.0, ImageHeight / 2.0), motion == Motion::PanZoomed ? ZoomScale : 0.6);
            return;
        }
        canvas.panBy(directions[(i % Frames) * 4 / Frames]);
        return;
    case Motion::WheelZoom: {
        // 20 steps in, 20 out, about a point off the centre (as under a mouse).
        const int step = i % 40;
        if (step == 0)
            canvas.fitToWindow();
        const QPointF anchor(FrameSize.width() * 0.4, FrameSize.height() * 0.55);
        canvas.zoomBy(step < 20 ? 1.15 : 1 / 1.15, anchor);
        return;
    }
    }
}

/// \a shapesShown false: the image alone (what the frame costs without any annotation).
void runFrames(benchmark::State &state, Motion motion, bool naive, bool shapesShown)
{
    Scene &s = scene();
    if (!s.source) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    ImageCanvas canvas;
    canvas.resize(FrameSize);
    canvas.setSource(s.source);
    if (shapesShown)
        canvas.setItems(s.items);
    canvas.setNaiveDrawing(naive);
    QImage frame(FrameSize, QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&frame);
        canvas.render(painter);
    };
    // Warm-up: one pass over every view position, so that display tiles are mapped and cached
    // (the same for both drawing modes) and only steady-state frames are timed.
    for (int i = 0; i < Frames; ++i) {
        place(canvas, motion, i);
        paint();
    }

    std::vector<double> samples;
    samples.reserve(Frames);
    double shapes = 0;
    int frameIndex = 0;
    for (auto _ : state) {
        place(canvas, motion, frameIndex++);
        const auto start = std::chrono::steady_clock::now();
        paint();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state.SetIterationTime(seconds);
        samples.push_back(seconds * 1000.0);
        if (qEnvironmentVariableIsSet("RWB_BENCH_TRACE"))
            std::fprintf(stderr, "frame %d scale %.3f %.2f ms drawn %d\n", frameIndex, canvas.scale(), seconds * 1000.0,
                canvas.lastDrawnCount());
        shapes += canvas.lastDrawnCount();
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["p99_ms"] = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    state.counters["shapes"] = shapes / double(samples.size());
    state.counters["scale"] = canvas.scale();
}

void BM_ImageViewFrame(benchmark::State &state)
{
    runFrames(state, Motion(state.range(0)), state.range(1) != 0, true);
}
BENCHMARK(BM_ImageViewFrame)
    ->ArgNames({ "motion", "naive" })
    ->ArgsProduct({ { 0, 1, 2, 3 }, { 0, 1 } })
    ->Iterations(Frames)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// Reference: the same frames with no shapes, i.e. the pixels' share of the frame time.
void BM_ImageViewFrameImageOnly(benchmark::State &state)
{
    runFrames(state, Motion(state.range(0)), false, false);
}
BENCHMARK(BM_ImageViewFrameImageOnly)
    ->ArgNames({ "motion" })
    ->DenseRange(0, 3)
    ->Iterations(Frames)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// Switching to the next 5 MP JPEG in the image annotator: open() until the first frame is
/// painted, with the next image prefetched while the user is on the current one (as the main
/// window does) and without. Each of 12 images is opened once per pass.
void BM_SwitchToNextImage(benchmark::State &state)
{
    const bool prefetch = state.range(0) != 0;
    static QTemporaryDir dir;
    static QStringList files = [] {
        QStringList out;
        std::mt19937 rng(5);
        for (int i = 0; i < 12; ++i) {
            QImage image(2592, 1944, QImage::Format_RGB32); // 5 MP
            for (int y = 0; y < image.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    const int v = 70 + ((x * 3 + y * 5 + i * 17) % 90) + int(rng() % 12);
                    line[x] = qRgb(v, v, v);
                }
            }
            const QString path = dir.filePath(QStringLiteral("strip_%1.jpg").arg(i));
            image.save(path, "JPEG", 90);
            out.append(path);
        }
        return out;
    }();
    static int run = 0;
    auto project = rwb::project::Project::create(
        dir.filePath(QStringLiteral("switch%1.rwb").arg(run++)), QStringLiteral("switch"), QStringLiteral("bench"));
    QList<qint64> ids;
    for (const QString &file : files) {
        rwb::project::Asset asset;
        asset.uri = project->uriFor(file);
        asset.sha256 = QStringLiteral("%1-%2").arg(run).arg(ids.size());
        ids.append(project->assets().add(asset));
    }
    QUndoStack undo;
    rwb::image::ImageAnnotatorWidget widget;
    widget.resize(1400, 900);
    QImage frame(widget.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samples;
    int i = 0;
    for (auto _ : state) {
        const qint64 id = ids[i % ids.size()];
        const qint64 next = ids[(i + 1) % ids.size()];
        const auto start = std::chrono::steady_clock::now();
        widget.open(*project, id, &undo);
        {
            QPainter painter(&frame);
            widget.canvas()->render(painter);
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state.SetIterationTime(seconds);
        samples.push_back(seconds * 1000.0);
        if (prefetch) {
            // The user labels this image for a while; the next one loads meanwhile.
            widget.prefetch(*project, next);
            while (!widget.isPrefetchReady())
                QThread::msleep(1);
        }
        ++i;
    }
    widget.close();
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["p99_ms"] = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
}
BENCHMARK(BM_SwitchToNextImage)
    ->ArgName("prefetch")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(48)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

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
