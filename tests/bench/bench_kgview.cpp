// Graph canvas frame time with 5 000 visible nodes and 10 000 edges (issue 6: ≤ 16 ms), painted
// into a 1920×1080 offscreen frame through GraphCanvas::paintScene(), against a naive painter
// in the same run (every node as an antialiased box with its label drawn by drawText, every edge
// with its arrowhead, no level of detail, no culling, no cached text).
// Views: 0 fitted (the whole graph, nodes as dots); 1 every node in view at the zoom where labels
// appear (a dense grid: the worst case for labels); 2 panning at 100 % (a few hundred in view).
// Run: build/tests/bench/bench_kgview --benchmark_counters_tabular=true (counters p50_ms, p99_ms)
#include "knowledge/graphsnapshot.h"
#include "knowledge/view/graphcanvas.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

using namespace rwb::knowledge;

namespace {

constexpr int NodeCount = 5000;
constexpr int Columns = 100;
constexpr QSize FrameSize(1920, 1080);
constexpr int Frames = 100;

std::shared_ptr<const GraphSnapshot> graph()
{
    static std::shared_ptr<const GraphSnapshot> g = [] {
        Ontology o = Ontology::starter();
        for (int i = 0; i < o.nodeTypes.size(); ++i)
            o.nodeTypes[i].id = i + 1;
        for (int i = 0; i < o.relationTypes.size(); ++i)
            o.relationTypes[i].id = i + 1;
        QList<Node> nodes;
        std::mt19937 rng(6);
        for (int i = 0; i < NodeCount; ++i) {
            Node n;
            n.id = i + 1;
            n.key = QStringLiteral("n%1").arg(i);
            n.typeId = 1 + qint64(rng() % quint32(o.nodeTypes.size()));
            n.labelEn = QStringLiteral("Mechanism node %1").arg(i);
            n.labelZh = QStringLiteral("机理节点 %1").arg(i);
            nodes.append(n);
        }
        QList<Edge> edges;
        for (int i = 0; i < NodeCount; ++i) {
            for (int step : { 1, Columns }) {
                if (i + step >= NodeCount)
                    continue;
                Edge e;
                e.id = edges.size() + 1;
                e.typeId = 1;
                e.fromId = i + 1;
                e.toId = i + step + 1;
                edges.append(e);
            }
        }
        return std::make_shared<const GraphSnapshot>(GraphSnapshot::build(o, nodes, edges));
    }();
    return g;
}

QHash<qint64, QPointF> grid(double dx, double dy)
{
    QHash<qint64, QPointF> p;
    for (int i = 0; i < NodeCount; ++i)
        p.insert(i + 1, QPointF((i % Columns) * dx, (i / Columns) * dy));
    return p;
}

/// The baseline: what drawing everything every frame costs.
void naivePaint(QPainter &painter, const GraphCanvas &canvas, const GraphSnapshot &g)
{
    painter.fillRect(QRect(QPoint(0, 0), FrameSize), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 1));
    for (int e = 0; e < g.edgeCount(); ++e) {
        const QPointF p = canvas.toView(canvas.position(g.nodeId(g.edgeFrom(e))));
        const QPointF q = canvas.toView(canvas.position(g.nodeId(g.edgeTo(e))));
        painter.drawLine(p, q);
        const QLineF l(p, q);
        if (l.length() > 1) {
            const QPointF u = (q - p) / l.length();
            const QPointF n(-u.y(), u.x());
            const QPointF tri[3] = { q, q - u * 9 + n * 4, q - u * 9 - n * 4 };
            painter.setBrush(Qt::black);
            painter.drawPolygon(tri, 3);
        }
    }
    for (int i = 0; i < g.nodeCount(); ++i) {
        const QRectF r(canvas.toView(canvas.nodeRect(i).topLeft()), canvas.toView(canvas.nodeRect(i).bottomRight()));
        painter.setBrush(QColor(g.ontology().nodeType(g.nodeType(i))->color));
        painter.drawRoundedRect(r, 5, 5);
        painter.drawText(r, Qt::AlignCenter, g.label(i, false));
    }
}

void place(GraphCanvas &canvas, int view, int frame)
{
    switch (view) {
    case 0:
        canvas.setStoredPositions(grid(230, 70));
        canvas.fitAll();
        break;
    case 1: {
        canvas.setStoredPositions(grid(40, 20));
        canvas.setScale(GraphCanvas::LabelScale);
        canvas.centerOn(QPointF(40 * Columns / 2.0, 20 * (NodeCount / Columns) / 2.0));
        break;
    }
    default:
        canvas.setStoredPositions(grid(230, 70));
        canvas.setScale(1.0);
        canvas.centerOn(QPointF(2000 + frame * 37.0, 1200 + frame * 11.0));
        break;
    }
}

void BM_GraphCanvasFrame(benchmark::State &state)
{
    const int view = int(state.range(0));
    const bool naive = state.range(1) != 0;
    GraphCanvas canvas;
    canvas.resize(FrameSize);
    canvas.setGraph(graph());
    place(canvas, view, 0);
    QImage frame(FrameSize, QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&frame);
        if (naive)
            naivePaint(painter, canvas, *graph());
        else
            canvas.paintScene(painter, QRect(QPoint(0, 0), FrameSize));
    };
    paint(); // warm-up: glyph caches, static text layouts
    std::vector<double> samples;
    int i = 0;
    for (auto _ : state) {
        if (view == 2)
            place(canvas, view, i);
        ++i;
        const auto start = std::chrono::steady_clock::now();
        paint();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state.SetIterationTime(seconds);
        samples.push_back(seconds * 1000);
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["p99_ms"] = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    state.counters["visible"] = canvas.visibleNodeCount();
    state.counters["scale"] = canvas.scale();
}
BENCHMARK(BM_GraphCanvasFrame)
    ->ArgNames({ "view", "naive" })
    ->ArgsProduct({ { 0, 1, 2 }, { 0, 1 } })
    ->Iterations(Frames)
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
