// Knowledge graph benchmarks (issue 6). Run: build/tests/bench/bench_knowledge
// A project with RWB_BENCH_KG_NODES nodes (default 100 000) and three times as many edges,
// bulk-imported once. Targets: load ≤ 1 s, search ≤ 50 ms, root causes (depth 6) ≤ 50 ms;
// Turtle export and import are reported in MB/s. The naive search (QString::contains on every
// label and alias) is the baseline the indexed search is compared with in the same run.
#include "knowledge/graphqueries.h"
#include "knowledge/graphsnapshot.h"
#include "knowledge/graphstore.h"
#include "knowledge/io/graphdata.h"
#include "knowledge/io/graphimporter.h"
#include "knowledge/io/rdfreader.h"
#include "knowledge/io/rdfwriter.h"
#include "knowledge/knowledgemigrations.h"
#include "project/project.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <chrono>

using namespace rwb::knowledge;
using rwb::project::Project;

namespace {

qint64 envOr(const char *name, qint64 fallback)
{
    const qint64 v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/// A random graph over the starter ontology: half the edges "causes", the rest spread over
/// the other relations; labels in both languages, an alias on every tenth node.
ImportData randomGraph(int nodes, int edges)
{
    const Ontology o = Ontology::starter();
    QRandomGenerator rng(42);
    ImportData d;
    d.nodes.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        ImportData::ImportNode n;
        n.key = QStringLiteral("n%1").arg(i);
        n.type = o.nodeTypes[rng.bounded(int(o.nodeTypes.size()))].name;
        n.labelEn = QStringLiteral("Node %1 of line %2").arg(i).arg(i % 97);
        n.labelZh = QStringLiteral("节点%1号").arg(i);
        if (i % 10 == 0)
            n.aliasesZh = { QStringLiteral("别名%1").arg(i) };
        d.nodes.append(n);
    }
    d.edges.reserve(edges);
    for (int i = 0; i < edges; ++i) {
        ImportData::ImportEdge e;
        e.type = i % 2 == 0 ? QStringLiteral("causes") : o.relationTypes[rng.bounded(int(o.relationTypes.size()))].name;
        e.from = QStringLiteral("n%1").arg(rng.bounded(nodes));
        e.to = QStringLiteral("n%1").arg(rng.bounded(nodes));
        if (i % 3 == 0)
            e.confidence = 0.5;
        d.edges.append(e);
    }
    return d;
}

Project &bigProject()
{
    static std::unique_ptr<Project> p = [] {
        auto project = Project::create(scratch().filePath(QStringLiteral("kg.rwb")), {}, QStringLiteral("bench"));
        const int nodes = int(envOr("RWB_BENCH_KG_NODES", 100000));
        const GraphImporter::Report r
            = GraphImporter(project->connection())
                  .run(randomGraph(nodes, 3 * nodes), GraphImporter::UnknownTypes::Fail, QStringLiteral("bench"));
        if (!r.ok)
            qFatal("%s", qPrintable(r.errors.join(QLatin1Char('\n'))));
        return project;
    }();
    return *p;
}

const GraphSnapshot &snapshot()
{
    static const GraphSnapshot g = GraphSnapshot::load(bigProject().connection());
    return g;
}

const QByteArray &turtle()
{
    static const QByteArray t
        = RdfWriter::write(GraphData::read(GraphStore(bigProject().connection())), RdfWriter::Syntax::Turtle);
    return t;
}

void BM_LoadSnapshot(benchmark::State &state)
{
    Project &p = bigProject();
    for (auto _ : state) {
        const GraphSnapshot g = GraphSnapshot::load(p.connection());
        benchmark::DoNotOptimize(g.edgeCount());
    }
    state.counters["nodes"] = snapshot().nodeCount();
    state.counters["edges"] = snapshot().edgeCount();
}
BENCHMARK(BM_LoadSnapshot)->Unit(benchmark::kMillisecond)->Iterations(5);

const QStringList &queries()
{
    static const QStringList q { QStringLiteral("节点4242"), QStringLiteral("node 9999"), QStringLiteral("LINE 13"),
        QStringLiteral("别名"), QStringLiteral("no such thing") };
    return q;
}

void BM_Search(benchmark::State &state)
{
    const GraphQueries q(snapshot());
    const QString &text = queries()[int(state.range(0))];
    size_t hits = 0;
    for (auto _ : state)
        hits = q.search(text).size();
    state.SetLabel(text.toStdString());
    state.counters["hits"] = double(hits);
}
BENCHMARK(BM_Search)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void BM_SearchNaive(benchmark::State &state)
{
    const GraphSnapshot &g = snapshot();
    const QString &text = queries()[int(state.range(0))];
    size_t hits = 0;
    for (auto _ : state) {
        hits = 0;
        for (int n = 0; n < g.nodeCount(); ++n) {
            bool hit
                = g.labelEn(n).contains(text, Qt::CaseInsensitive) || g.labelZh(n).contains(text, Qt::CaseInsensitive);
            for (const QString &a : g.aliases(n))
                hit = hit || a.contains(text, Qt::CaseInsensitive);
            hits += hit;
        }
    }
    state.SetLabel(text.toStdString());
    state.counters["hits"] = double(hits);
}
BENCHMARK(BM_SearchNaive)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

/// One root-cause query of depth 6 from each of 100 nodes; reports the time per query and the worst.
void BM_RootCausesDepth6(benchmark::State &state)
{
    const GraphSnapshot &g = snapshot();
    const GraphQueries q(g);
    QRandomGenerator rng(7);
    std::vector<int> starts;
    for (int i = 0; i < 100; ++i)
        starts.push_back(rng.bounded(g.nodeCount()));
    size_t paths = 0;
    double worst = 0, total = 0;
    for (auto _ : state) {
        for (int s : starts) {
            const auto t0 = std::chrono::steady_clock::now();
            paths += q.rootCauses(s, 6).paths.size();
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            worst = std::max(worst, ms);
            total += ms;
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(starts.size()));
    state.counters["paths_per_query"] = double(paths) / double(state.iterations() * starts.size());
    state.counters["worst_ms"] = worst;
    state.counters["mean_ms"] = total / double(state.iterations() * starts.size());
}
BENCHMARK(BM_RootCausesDepth6)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ImpactAndNeighbours(benchmark::State &state)
{
    const GraphSnapshot &g = snapshot();
    const GraphQueries q(g);
    size_t n = 0;
    for (auto _ : state) {
        n += q.impact(123, 6).size();
        n += q.neighbours(456, 2).size();
        n += q.shortestPath(1, g.nodeCount() - 1).size();
    }
    benchmark::DoNotOptimize(n);
}
BENCHMARK(BM_ImpactAndNeighbours)->Unit(benchmark::kMillisecond);

void BM_TurtleExport(benchmark::State &state)
{
    const GraphData d = GraphData::read(GraphStore(bigProject().connection()));
    qint64 bytes = 0;
    for (auto _ : state)
        bytes += RdfWriter::write(d, RdfWriter::Syntax::Turtle).size();
    state.SetBytesProcessed(bytes);
    state.counters["file_MB"] = double(turtle().size()) / 1e6;
}
BENCHMARK(BM_TurtleExport)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_TurtleParse(benchmark::State &state)
{
    const QByteArray &t = turtle();
    for (auto _ : state) {
        const ImportData d = RdfReader::read(t, RdfReader::Syntax::Turtle, QStringLiteral("bench.ttl"));
        benchmark::DoNotOptimize(d.nodes.size());
    }
    state.SetBytesProcessed(state.iterations() * t.size());
}
BENCHMARK(BM_TurtleParse)->Unit(benchmark::kMillisecond)->Iterations(3);

/// Parse and write into a fresh project in one transaction: the whole `kg import`.
void BM_TurtleImport(benchmark::State &state)
{
    const QByteArray &t = turtle();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto p
            = Project::create(scratch().filePath(QStringLiteral("import%1.rwb").arg(++round)), {}, QStringLiteral("b"));
        GraphStore store(p->connection());
        state.ResumeTiming();
        const ImportData d = RdfReader::read(t, RdfReader::Syntax::Turtle, QStringLiteral("bench.ttl"));
        const GraphImporter::Report r
            = GraphImporter(p->connection()).run(d, GraphImporter::UnknownTypes::Fail, QStringLiteral("bench.ttl"));
        if (!r.ok)
            state.SkipWithError("import failed");
    }
    state.SetBytesProcessed(state.iterations() * t.size());
}
BENCHMARK(BM_TurtleImport)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    registerMigrations();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
