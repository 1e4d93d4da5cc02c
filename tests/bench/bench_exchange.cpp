// Exchange: COCO export of RWB_BENCH_COCO_IMAGES images (default 10 000) with 10 labels each
// (boxes and polygons, in memory, without copying images) through CocoFormat::write, against
// the same JSON built with QJsonDocument in the same run; and a dataset package build of a
// project with RWB_BENCH_PACKAGE_IMAGES images (default 500, 10 labels each, images linked).
// BM_CocoExportProject: issue 9's target, a COCO export job of a project with
// RWB_BENCH_EXPORT_IMAGES images (default 100 000) with 10 labels each (1 000 000 annotations),
// without copying images: ≤ 10 s. The project is built once with the bulk writer and kept in
// the build folder (RWB_BENCH_CACHE_DIR).
// BM_CocoImportTrain2017: issue 9's import target, CocoFormat::read (parsing and the per-image
// label lists) of a generated annotation file at COCO train2017's scale (118 287 images,
// 860 001 polygon annotations, 80 categories, about 450 MB, cached in the build folder),
// against Python's json.load plus a per-image index of the same file, timed in the same run
// (python_s, ours_s, ratio: target ≥ 5).

#include "exchange/cocoformat.h"
#include "exchange/exportjob.h"
#include "exchange/formatutil.h"
#include "exchange/packagebuilder.h"
#include "project/bulkannotationwriter.h"
#include "project/project.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

#include <charconv>
#include <random>

using namespace rwb::exchange;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

const ImageDataset &dataset()
{
    static const ImageDataset d = [] {
        ImageDataset result;
        result.classes = { QStringLiteral("scratch"), QStringLiteral("dent"), QStringLiteral("inclusion") };
        const int n = envInt("RWB_BENCH_COCO_IMAGES", 10000);
        for (int i = 0; i < n; ++i) {
            DatasetImage image;
            image.file = QStringLiteral("img_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
            image.width = 1920;
            image.height = 1080;
            for (int k = 0; k < 10; ++k) {
                const double x = (i * 37 + k * 101) % 1800 + 0.5, y = (i * 53 + k * 71) % 1000 + 0.25;
                DatasetLabel l;
                l.className = result.classes[k % 3];
                l.shape = k % 2 ? rwb::image::Shape::box(QRectF(x, y, 40.5, 22.75))
                                : rwb::image::Shape::polygon(QPolygonF({ { x, y }, { x + 30, y + 2 },
                                    { x + 28, y + 19.5 }, { x + 3, y + 21 }, { x - 1, y + 10 } }));
                image.labels.append(l);
            }
            result.images.append(image);
        }
        return result;
    }();
    return d;
}

void BM_CocoWrite(benchmark::State &state)
{
    const ImageDataset &d = dataset();
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray out = CocoFormat::write(d);
        bytes = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.counters["images"] = double(d.images.size());
    state.counters["annotations"] = double(d.images.size() * 10);
    state.counters["MB"] = double(bytes) / 1e6;
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_CocoWrite)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

/// Baseline: the same annotation file through QJsonObject/QJsonDocument.
void BM_CocoWriteQJsonBaseline(benchmark::State &state)
{
    const ImageDataset &d = dataset();
    qint64 bytes = 0;
    for (auto _ : state) {
        QJsonArray annotations, images;
        qint64 id = 1;
        for (qsizetype i = 0; i < d.images.size(); ++i) {
            const DatasetImage &image = d.images[i];
            images.append(QJsonObject { { QStringLiteral("id"), i + 1 }, { QStringLiteral("file_name"), image.file },
                { QStringLiteral("width"), image.width }, { QStringLiteral("height"), image.height } });
            for (const DatasetLabel &l : image.labels) {
                const QRectF r = l.shape.extent();
                QJsonArray seg;
                for (const QPointF &p : l.shape.points())
                    seg.append(p.x()), seg.append(p.y());
                annotations.append(QJsonObject { { QStringLiteral("id"), id++ }, { QStringLiteral("image_id"), i + 1 },
                    { QStringLiteral("category_id"), d.classIndex(l.className) + 1 },
                    { QStringLiteral("bbox"), QJsonArray { r.x(), r.y(), r.width(), r.height() } },
                    { QStringLiteral("segmentation"), QJsonArray { seg } }, { QStringLiteral("iscrowd"), 0 } });
            }
        }
        const QByteArray out = QJsonDocument(
            QJsonObject { { QStringLiteral("images"), images }, { QStringLiteral("annotations"), annotations } })
                                   .toJson(QJsonDocument::Compact);
        bytes = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_CocoWriteQJsonBaseline)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

void BM_PackageBuild(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rwb"));
    const int n = envInt("RWB_BENCH_PACKAGE_IMAGES", 500);
    {
        auto p = rwb::project::Project::create(path, QStringLiteral("bench"));
        rwb::project::LabelClass c;
        c.name = QStringLiteral("scratch");
        p->labels().addClass(c);
        QDir().mkpath(dir.filePath(QStringLiteral("images")));
        QImage pixels(64, 48, QImage::Format_RGB32);
        rwb::project::BulkAnnotationWriter writer(p->connection());
        for (int i = 0; i < n; ++i) {
            pixels.fill(QColor::fromRgb(i % 256, (i / 256) % 256, 7));
            const QString file = dir.filePath(QStringLiteral("images/img_%1.png").arg(i, 5, 10, QLatin1Char('0')));
            pixels.save(file);
            rwb::project::Asset a;
            a.uri = p->uriFor(file);
            a.sha256 = QString::number(i).rightJustified(64, QLatin1Char('0'));
            a.width = 64;
            a.height = 48;
            a.status = rwb::project::AssetStatus::Accepted;
            p->assets().add(a);
            for (int k = 0; k < 10; ++k) {
                rwb::project::Annotation ann;
                rwb::image::Shape::box(QRectF(k * 5, k * 4, 10, 8)).applyTo(ann);
                ann.assetId = a.id;
                ann.classId = c.id;
                writer.add(ann);
            }
        }
        writer.finish();
    }
    int round = 0;
    for (auto _ : state) {
        PackageOptions options;
        options.formats = { QStringLiteral("coco"), QStringLiteral("yolo") };
        options.splits.resplit = true;
        PackageBuilder builder(path, options, dir.filePath(QStringLiteral("pkg%1").arg(round++)));
        if (builder.execute() != rwb::project::Job::State::Finished)
            state.SkipWithError(qPrintable(builder.failureMessage()));
    }
    state.counters["images"] = n;
}
BENCHMARK(BM_PackageBuild)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

/// The cached export fixture: n images (no pixels on disk; the export does not copy them),
/// 10 labels each, alternating polygons and boxes over three classes.
QString exportFixture(int n)
{
    const QString path = QStringLiteral(RWB_BENCH_CACHE_DIR "/bench_coco_export_%1.rwb").arg(n);
    if (QFileInfo::exists(path))
        return path;
    const QString building = path + QStringLiteral(".building");
    QFile::remove(building);
    QElapsedTimer timer;
    timer.start();
    {
        auto p = rwb::project::Project::create(building, QStringLiteral("bench"));
        QList<qint64> classIds;
        for (const char *name : { "scratch", "dent", "inclusion" }) {
            rwb::project::LabelClass c;
            c.name = QString::fromLatin1(name);
            p->labels().addClass(c);
            classIds.append(c.id);
        }
        rwb::project::BulkAnnotationWriter writer(p->connection(), 50000);
        constexpr int assetsPerTransaction = 5000;
        for (int start = 0; start < n; start += assetsPerTransaction) {
            QList<qint64> ids;
            {
                rwb::project::Transaction t(p->connection().db());
                for (int i = start; i < std::min(n, start + assetsPerTransaction); ++i) {
                    rwb::project::Asset a;
                    a.uri = QStringLiteral("images/img_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
                    a.sha256 = QString::number(i).rightJustified(64, QLatin1Char('0'));
                    a.width = 1920;
                    a.height = 1080;
                    a.status = rwb::project::AssetStatus::Accepted;
                    p->assets().add(a);
                    ids.append(a.id);
                }
                t.commit();
            }
            for (int j = 0; j < ids.size(); ++j) {
                const int i = start + j;
                for (int k = 0; k < 10; ++k) {
                    const double x = (i * 37 + k * 101) % 1800 + 0.5, y = (i * 53 + k * 71) % 1000 + 0.25;
                    rwb::project::Annotation ann;
                    (k % 2 ? rwb::image::Shape::box(QRectF(x, y, 40.5, 22.75))
                           : rwb::image::Shape::polygon(QPolygonF({ { x, y }, { x + 30, y + 2 }, { x + 28, y + 19.5 },
                               { x + 3, y + 21 }, { x - 1, y + 10 } })))
                        .applyTo(ann);
                    ann.assetId = ids[j];
                    ann.classId = classIds[k % 3];
                    writer.add(ann);
                }
            }
        }
        writer.finish();
    }
    QFile::rename(building, path);
    qInfo("built the export fixture %s in %lld ms", qPrintable(path), qint64(timer.elapsed()));
    return path;
}

void BM_CocoExportProject(benchmark::State &state)
{
    const int n = envInt("RWB_BENCH_EXPORT_IMAGES", 100000);
    const QString path = exportFixture(n);
    QTemporaryDir dir(QStringLiteral(RWB_BENCH_CACHE_DIR "/bench_coco_export_XXXXXX"));
    int round = 0;
    qint64 labels = 0, bytes = 0;
    for (auto _ : state) {
        const QString target = dir.filePath(QStringLiteral("export%1").arg(round++));
        ExportJob job(path, QStringLiteral("coco"), DatasetSelection {}, target, DatasetWriter::Images::None);
        if (job.execute() != rwb::project::Job::State::Finished) {
            state.SkipWithError(qPrintable(job.failureMessage()));
            break;
        }
        labels = job.labelCount();
        bytes = QFileInfo(target + QStringLiteral("/annotations.json")).size();
        state.PauseTiming();
        QDir(target).removeRecursively();
        state.ResumeTiming();
    }
    state.counters["images"] = n;
    state.counters["annotations"] = double(labels);
    state.counters["MB"] = double(bytes) / 1e6;
    state.counters["target_s"] = 10;
}
BENCHMARK(BM_CocoExportProject)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void appendFixed(QByteArray &out, double value, int decimals)
{
    char buffer[40];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    out.append(buffer, r.ptr - buffer);
}

void appendInt(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, r.ptr - buffer);
}

/// A COCO file shaped like instances_train2017.json: the same counts, keys in its order,
/// polygons of 6 to 46 points with two decimals, annotations in random image order.
QString train2017Fixture()
{
    const QString path = QStringLiteral(RWB_BENCH_CACHE_DIR "/bench_coco_train2017.json");
    if (QFileInfo::exists(path))
        return path;
    constexpr int images = 118287, annotations = 860001, categories = 80;
    std::mt19937_64 random(2017);
    std::uniform_real_distribution<double> unit(0, 1);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out.reserve(1 << 22);
    const auto flush = [&](bool force) {
        if (force || out.size() > (1 << 21)) {
            file.write(out);
            out.resize(0);
        }
    };
    out += "{\"info\":{\"description\":\"COCO 2017 Dataset (generated)\",\"version\":\"1.0\",\"year\":2017},"
           "\"licenses\":[{\"url\":\"http://creativecommons.org/licenses/by-nc-sa/2.0/\",\"id\":1,"
           "\"name\":\"Attribution-NonCommercial-ShareAlike License\"}],\"images\":[";
    QList<std::pair<int, int>> sizes;
    for (int i = 0; i < images; ++i) {
        const int w = 320 + int(unit(random) * 320), h = 240 + int(unit(random) * 400);
        sizes.append({ w, h });
        if (i)
            out += ',';
        char name[32];
        std::snprintf(name, sizeof name, "%012d.jpg", i + 1);
        out += "{\"license\":1,\"file_name\":\"";
        out += name;
        out += "\",\"coco_url\":\"http://images.cocodataset.org/train2017/";
        out += name;
        out += "\",\"height\":";
        appendInt(out, h);
        out += ",\"width\":";
        appendInt(out, w);
        out += ",\"date_captured\":\"2013-11-14 16:28:13\",\"flickr_url\":\"http://farm4.staticflickr.com/"
               "3153/2970773875_164f0c0b83_z.jpg\",\"id\":";
        appendInt(out, i + 1);
        out += '}';
        flush(false);
    }
    out += "],\"annotations\":[";
    for (int a = 0; a < annotations; ++a) {
        const int image = int(unit(random) * images);
        const auto [w, h] = sizes[image];
        const double cx = unit(random) * w, cy = unit(random) * h, r = 5 + unit(random) * 60;
        const int points = 6 + int(unit(random) * 41);
        double x0 = w, y0 = h, x1 = 0, y1 = 0;
        if (a)
            out += ',';
        out += "{\"segmentation\":[[";
        for (int k = 0; k < points; ++k) {
            const double angle = 2 * M_PI * k / points, radius = r * (0.6 + 0.4 * unit(random));
            const double x = std::clamp(cx + radius * std::cos(angle), 0.0, double(w));
            const double y = std::clamp(cy + radius * std::sin(angle), 0.0, double(h));
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
            if (k)
                out += ',';
            appendFixed(out, x, 2);
            out += ',';
            appendFixed(out, y, 2);
        }
        out += "]],\"area\":";
        char area[40];
        const auto end = std::to_chars(area, area + sizeof area, (x1 - x0) * (y1 - y0) * 0.71);
        out.append(area, end.ptr - area);
        out += ",\"iscrowd\":0,\"image_id\":";
        appendInt(out, image + 1);
        out += ",\"bbox\":[";
        appendFixed(out, x0, 2);
        out += ',';
        appendFixed(out, y0, 2);
        out += ',';
        appendFixed(out, x1 - x0, 2);
        out += ',';
        appendFixed(out, y1 - y0, 2);
        out += "],\"category_id\":";
        appendInt(out, 1 + int(unit(random) * categories));
        out += ",\"id\":";
        appendInt(out, a + 1);
        out += '}';
        flush(false);
    }
    out += "],\"categories\":[";
    for (int c = 0; c < categories; ++c) {
        if (c)
            out += ',';
        out += "{\"supercategory\":\"thing\",\"id\":";
        appendInt(out, c + 1);
        out += ",\"name\":\"class_";
        appendInt(out, c + 1);
        out += "\"}";
    }
    out += "]}";
    flush(true);
    if (!file.commit())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void BM_CocoImportTrain2017(benchmark::State &state)
{
    const QString path = train2017Fixture();
    double ours = 0, python = 0;
    qsizetype images = 0, labels = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            state.SkipWithError("cannot read the fixture");
            return;
        }
        QString error;
        const QByteArray all = FormatUtil::readAllPadded(file); // as ImageFormat::read does
        const auto dataset = CocoFormat::read(all, QString(), &error);
        ours = timer.nsecsElapsed() / 1e9;
        if (!dataset) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        images = dataset->images.size();
        labels = 0;
        for (const DatasetImage &image : dataset->images)
            labels += image.labels.size();
        state.PauseTiming();
        QProcess process;
        process.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import json,sys,time; t=time.time(); d=json.load(open(sys.argv[1])); idx={}; "
                               "[idx.setdefault(a['image_id'],[]).append(a) for a in d['annotations']]; "
                               "print(time.time()-t)"),
                path });
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            state.SkipWithError("python3 failed");
            return;
        }
        python = process.readAllStandardOutput().trimmed().toDouble();
        state.ResumeTiming();
    }
    state.counters["MB"] = QFileInfo(path).size() / 1e6;
    state.counters["images"] = double(images);
    state.counters["annotations"] = double(labels);
    state.counters["ours_s"] = ours;
    state.counters["python_s"] = python;
    state.counters["ratio"] = ours > 0 ? python / ours : 0;
}
BENCHMARK(BM_CocoImportTrain2017)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
