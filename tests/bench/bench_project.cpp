// Project-file benchmarks for the Foundation issue. Run: build/tests/bench/bench_project
// (RWB_BENCH_ASSETS / RWB_BENCH_ANNOTATIONS scale the large project; defaults 100 000 / 1 000 000).
#include "image/imageprobe.h"
#include "project/bulkannotationwriter.h"
#include "project/commands/editannotationcommand.h"
#include "project/jobs/importjob.h"
#include "project/project.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <chrono>

using namespace rwb::project;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

qint64 envOr(const char *name, qint64 fallback)
{
    const qint64 v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

Annotation makeBox(qint64 asset, qint64 cls, int i)
{
    Annotation a;
    a.assetId = asset;
    a.classId = cls;
    a.kind = QStringLiteral("box");
    const double x = (i * 37) % 4000;
    const double y = (i * 91) % 3000;
    a.geometry = { { QStringLiteral("x"), x }, { QStringLiteral("y"), y }, { QStringLiteral("w"), 24 },
        { QStringLiteral("h"), 16 } };
    a.attributes = { { QStringLiteral("severity"), QStringLiteral("moderate") } };
    a.source = AnnotationSource::Model;
    a.confidence = 0.5 + (i % 50) / 100.0;
    a.state = AnnotationState::Proposed;
    a.extent = QRectF(x, y, 24, 16);
    return a;
}

std::unique_ptr<Project> newProject(const QString &name, int classes = 6)
{
    auto p = Project::create(scratch().filePath(name), name, QStringLiteral("bench"));
    for (int c = 0; c < classes; ++c) {
        LabelClass lc;
        lc.name = QStringLiteral("class%1").arg(c);
        p->labels().addClass(lc);
    }
    return p;
}

/// The single asset the annotation benchmarks write to.
Asset addOneAsset(Project &p)
{
    Asset asset;
    asset.uri = QStringLiteral("a.png");
    asset.sha256 = QStringLiteral("a");
    p.assets().add(asset);
    return asset;
}

void BM_BulkInsertAnnotations(benchmark::State &state)
{
    static int run = 0;
    auto p = newProject(QStringLiteral("bulk%1.rwb").arg(run++));
    const Asset asset = addOneAsset(*p);
    const qint64 cls = p->labels().classes().first().id;
    const int n = int(state.range(0));
    for (auto _ : state) {
        BulkAnnotationWriter writer(p->connection(), 50000);
        for (int i = 0; i < n; ++i) {
            Annotation a = makeBox(asset.id, cls, i);
            writer.add(a);
        }
        writer.finish();
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_BulkInsertAnnotations)->Arg(200000)->Unit(benchmark::kMillisecond)->Iterations(3);

/// Baseline for the figure above: the same rows (same schema, indexes and pending extents)
/// generated inside SQLite by one INSERT … SELECT, with no binding and no JSON: the floor
/// of the storage engine on this machine.
void BM_BulkInsertSqlFloor(benchmark::State &state)
{
    static int run = 0;
    auto p = newProject(QStringLiteral("floor%1.rwb").arg(run++));
    const Asset asset = addOneAsset(*p);
    const qint64 cls = p->labels().classes().first().id;
    const int n = int(state.range(0));
    for (auto _ : state) {
        Transaction tx(p->db());
        p->db().exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS base AS SELECT coalesce(max(id), 0) AS b FROM annotations;"
            "UPDATE base SET b = (SELECT coalesce(max(id), 0) FROM annotations);"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO annotations (id, asset_id, class_id, kind, geometry, attributes, source, confidence, state,"
            " author, revision, z_order, flags, created, modified)"
            " SELECT (SELECT b FROM base) + i, %2, %3, 'box', '{\"h\":16,\"w\":24,\"x\":' || (i * 37 % 4000) ||"
            " ',\"y\":' || (i * 91 % 3000) || '}', '{\"severity\":\"moderate\"}', 'model', 0.5, 'proposed', 1, 1, 0, 0,"
            " '2026-11-23T10:00:00.000Z', '2026-11-23T10:00:00.000Z' FROM n;"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO annotation_extent_pending (id, asset_id, x0, x1, y0, y1)"
            " SELECT (SELECT b FROM base) + i, %2, i * 37 % 4000, i * 37 % 4000 + 24, i * 91 % 3000,"
            " i * 91 % 3000 + 16 FROM n;")
                         .arg(n)
                         .arg(asset.id)
                         .arg(cls));
        tx.commit();
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_BulkInsertSqlFloor)->Arg(200000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SingleEditCommit(benchmark::State &state)
{
    auto p = newProject(QStringLiteral("edit.rwb"));
    const Asset asset = addOneAsset(*p);
    const qint64 cls = p->labels().classes().first().id;
    {
        BulkAnnotationWriter writer(p->connection());
        for (int i = 0; i < 100000; ++i) {
            Annotation a = makeBox(asset.id, cls, i);
            writer.add(a);
        }
    }
    QUndoStack stack;
    std::vector<double> samples;
    int i = 0;
    for (auto _ : state) {
        const qint64 id = 1 + (i * 7919) % 100000;
        const auto start = std::chrono::steady_clock::now();
        Annotation before = *p->annotations().byId(id);
        Annotation after = before;
        after.extent.translate(1, 0);
        after.geometry[QStringLiteral("x")] = after.extent.x();
        stack.push(new EditAnnotationCommand(p->connection(), before, after));
        const auto end = std::chrono::steady_clock::now();
        samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        ++i;
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["p99_ms"] = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    state.counters["max_ms"] = samples.back();
}
BENCHMARK(BM_SingleEditCommit)->Iterations(2000)->Unit(benchmark::kMicrosecond);

/// 100 000 assets and 1 000 000 annotations, built once.
QString largeProject()
{
    static QString path;
    if (!path.isEmpty())
        return path;
    const qint64 assets = envOr("RWB_BENCH_ASSETS", 100000);
    const qint64 annotations = envOr("RWB_BENCH_ANNOTATIONS", 1000000);
    auto p = newProject(QStringLiteral("large.rwb"), 12);
    QList<qint64> classes;
    for (const auto &c : p->labels().classes())
        classes.append(c.id);
    {
        Transaction tx(p->db());
        for (qint64 i = 0; i < assets; ++i) {
            Asset a;
            a.uri = QStringLiteral("images/line%1/strip_%2.jpg").arg(i / 1000).arg(i, 6, 10, QLatin1Char('0'));
            a.sha256 = QString::number(i * 2654435761ULL, 16).rightJustified(64, QLatin1Char('0'));
            a.width = 1600;
            a.height = 800;
            a.status = allAssetStatuses()[int(i % 6)];
            a.split = allSplits()[int(i % 4)];
            p->assets().add(a);
        }
        tx.commit();
    }
    BulkAnnotationWriter writer(p->connection(), 100000);
    for (qint64 i = 0; i < annotations; ++i) {
        Annotation a = makeBox(1 + (i % assets), classes[int(i % classes.size())], int(i));
        writer.add(a);
    }
    writer.finish();
    p->db().exec("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
    path = p->path();
    return path;
}

void BM_OpenLargeProjectFirstPage(benchmark::State &state)
{
    const QString path = largeProject();
    for (auto _ : state) {
        auto p = Project::open(path, QStringLiteral("bench"));
        const QList<Asset> page = p->assets().list({}, 0, 200);
        const qint64 total = p->assets().count();
        benchmark::DoNotOptimize(page.size() + total);
    }
}
BENCHMARK(BM_OpenLargeProjectFirstPage)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_FilterLargeProject(benchmark::State &state)
{
    auto p = Project::open(largeProject(), QStringLiteral("bench"));
    AssetFilter f;
    if (state.range(0) == 0)
        f.status = AssetStatus::NeedsReview;
    else
        f.classId = p->labels().classes()[3].id;
    for (auto _ : state) {
        const qint64 n = p->assets().count(f);
        const QList<Asset> page = p->assets().list(f, 0, 200);
        benchmark::DoNotOptimize(n + page.size());
    }
    state.SetLabel(state.range(0) == 0 ? "by status: count + first page" : "by class: count + first page");
}
BENCHMARK(BM_FilterLargeProject)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_RTreeWindowQuery(benchmark::State &state)
{
    auto p = Project::open(largeProject(), QStringLiteral("bench"));
    int i = 0;
    for (auto _ : state) {
        const qint64 asset = 1 + (i++ * 7919) % 100000;
        benchmark::DoNotOptimize(p->annotations().idsInWindow(asset, QRectF(0, 0, 2000, 1500)).size());
    }
}
BENCHMARK(BM_RTreeWindowQuery)->Unit(benchmark::kMicrosecond)->Iterations(2000);

void BM_ImportImages(benchmark::State &state)
{
    const int n = int(state.range(0));
    QDir dir(scratch().filePath(QStringLiteral("import")));
    dir.mkpath(QStringLiteral("."));
    QImage img(200, 200, QImage::Format_Grayscale8);
    for (int i = 0; i < n; ++i) {
        img.fill(i % 256);
        img.setPixel(i % 200, (i / 200) % 200, uint((i * 7) % 256));
        img.setText(QStringLiteral("n"), QString::number(i)); // unique content for every file
        img.save(dir.filePath(QStringLiteral("img_%1.png").arg(i, 5, 10, QLatin1Char('0'))));
    }
    rwb::project::AssetProbeRegistry::add(std::make_shared<rwb::image::ImageProbe>());
    int run = 0;
    for (auto _ : state) {
        auto p = newProject(QStringLiteral("import%1.rwb").arg(run++));
        ImportJob job(*p, { dir.path() });
        job.execute();
        if (job.importedCount() != n)
            state.SkipWithError("not every image was imported");
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ImportImages)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(2);

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
