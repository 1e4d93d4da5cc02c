#include "preannotatejob.h"

#include "assistschema.h"
#include "detection.h"
#include "nms.h"
#include "runnerpool.h"

#include "image/shape.h"
#include "project/annotation.h"
#include "project/assetstore.h"
#include "project/bulkannotationwriter.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "project/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <opencv2/imgcodecs.hpp>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace rwb::assist {

using namespace rwb::project;

namespace {
struct ImageResult
{
    qint64 assetId = 0;
    std::vector<Detection> detections;
    std::vector<std::pair<int, float>> classes;
    QString error;
    QString path;
    double readSeconds = 0;
    double prepareSeconds = 0;
};
/// How much smaller a JPEG may be decoded (libjpeg scales while decoding, far faster than
/// decoding in full and scaling after) and still be at least the model's input size: 1, 2, 4 or 8.
int jpegReduction(const Asset &asset, const QString &path, const ModelManifest &m)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if ((suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg")) || !asset.width || !asset.height
        || m.task == ModelManifest::Task::Classify)
        return 1;
    if (m.tiling.enabled() && std::max(*asset.width, *asset.height) > m.tiling.whenLargerThan)
        return 1;
    for (int f : { 8, 4, 2 })
        if (*asset.width / f >= m.inputWidth && *asset.height / f >= m.inputHeight)
            return f;
    return 1;
}

/// A decoded image waiting for a worker.
struct Decoded
{
    cv::Mat image;
    ModelRunner::Prepared prepared; ///< the network's input, when the image needs no tiling
    double prepareSeconds = 0;
    int reduce = 1;
    double readSeconds = 0;
    QString error;
};

/// Decodes the images in order on its own thread, a few ahead of the workers, so that reading
/// and decoding a file overlaps the forward pass instead of adding to it. Workers take images
/// in the order the pool hands out indices, so every image decoded but not yet taken belongs to
/// an index already handed out: the bounded window cannot dead-lock.
class Prefetcher
{
public:
    using Decode = std::function<Decoded(qsizetype)>;
    Prefetcher(qsizetype count, qsizetype window, Decode decode)
        : m_slots(size_t(count))
        , m_window(std::max<qsizetype>(1, window))
        , m_decode(std::move(decode))
        , m_thread([this] { loop(); })
    { }
    ~Prefetcher()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    Decoded take(qsizetype index)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return index < m_decoded; });
        Decoded d = std::move(m_slots[size_t(index)]);
        m_slots[size_t(index)] = Decoded();
        ++m_taken;
        lock.unlock();
        m_changed.notify_all();
        return d;
    }

private:
    void loop()
    {
        for (qsizetype i = 0; i < qsizetype(m_slots.size()); ++i) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || m_decoded - m_taken < m_window; });
                if (m_stop)
                    return;
            }
            Decoded d = m_decode(i);
            {
                std::lock_guard lock(m_mutex);
                m_slots[size_t(i)] = std::move(d);
                ++m_decoded;
            }
            m_changed.notify_all();
        }
    }

    std::vector<Decoded> m_slots;
    qsizetype m_window;
    Decode m_decode;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_decoded = 0;
    qsizetype m_taken = 0;
    bool m_stop = false;
    std::thread m_thread;
};

void scale(Detection &d, double fx, double fy)
{
    d.box = QRectF(d.box.x() * fx, d.box.y() * fy, d.box.width() * fx, d.box.height() * fy);
    d.center = QPointF(d.center.x() * fx, d.center.y() * fy);
    d.size = QSizeF(d.size.width() * (fx + fy) / 2, d.size.height() * (fx + fy) / 2);
    for (QPointF &p : d.polygon)
        p = QPointF(p.x() * fx, p.y() * fy);
}
} // namespace

PreannotateJob::PreannotateJob(const Project &project, const Options &options, QObject *parent)
    : Job(QCoreApplication::translate("rwb::assist::PreannotateJob", "Pre-annotating with a model"), parent)
    , m_projectPath(project.path())
    , m_folder(project.folder())
    , m_userId(project.userId())
    , m_options(options)
{ }

Annotation PreannotateJob::toAnnotation(const Detection &d, const ModelManifest &manifest)
{
    Annotation a;
    image::Shape shape;
    if (manifest.task == ModelManifest::Task::Segment && d.polygon.size() >= 3)
        shape = image::Shape::polygon(d.polygon);
    else if (d.rotated)
        shape = image::Shape::rotatedBox(d.center, d.size, d.angle);
    else
        shape = image::Shape::box(d.box);
    shape.applyTo(a);
    a.source = AnnotationSource::Model;
    a.sourceRef = manifest.id;
    a.confidence = double(d.score);
    a.state = AnnotationState::Proposed;
    if (manifest.projectClass(d.classIndex).isEmpty() && d.classIndex >= 0 && d.classIndex < manifest.classes.size())
        a.attributes.insert(QStringLiteral("model_class"), manifest.classes.at(d.classIndex));
    return a;
}

void PreannotateJob::run()
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    const auto manifest = ModelManifest::load(m_options.model, &error);
    if (!manifest)
        throw StoreError(StoreError::Code::Generic, error);
    if (manifest->task == ModelManifest::Task::TimeSeriesAnomaly)
        throw StoreError(StoreError::Code::Generic,
            tr("%1 is a time-series model; pre-annotation of images needs a detect, segment, obb or classify model")
                .arg(m_options.model));

    Database db;
    db.open(m_projectPath, Database::Mode::ReadWrite);
    db.configureForWriting();
    AssistSchema::ensure(db);
    Connection connection(std::move(db), m_userId, nullptr);
    Database &d = connection.db();

    QString note;
    const QString wanted
        = m_options.backend.isEmpty() ? manifest->backend + QLatin1Char('/') + manifest->target : m_options.backend;
    const DnnBackend backend = chooseDnnBackend(wanted, availableDnnBackends(), &note);
    setStatusText(tr("Loading %1").arg(manifest->name));
    RunnerPool pool(*manifest, m_options.threads, backend);
    if (!pool.start(&error))
        throw StoreError(StoreError::Code::Generic, error);
    m_summary.backend = pool.backend().name;
    m_summary.backendNote = QStringList({ note, pool.backendNote() }).join(QLatin1Char(' ')).trimmed();

    {
        Transaction tx(d);
        Statement upsert = d.prepare(
            "INSERT INTO assist_models (id, name, task, file, sha256, manifest, added) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
            "?7) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, task = excluded.task, file = excluded.file, "
            "sha256 = excluded.sha256, manifest = excluded.manifest");
        upsert.bind(1, manifest->id)
            .bind(2, manifest->name)
            .bind(3, ModelManifest::taskName(manifest->task))
            .bind(4, manifest->modelFile)
            .bind(5, ImportJob::sha256(manifest->modelFile))
            .bind(6, QString::fromUtf8(QJsonDocument(manifest->toJson()).toJson(QJsonDocument::Compact)))
            .bind(7, Connection::now())
            .run();
        tx.commit();
    }

    QHash<QString, qint64> classIds;
    {
        Statement q = d.prepare("SELECT id, name FROM label_classes");
        while (q.step())
            classIds.insert(q.text(1), q.int64(0));
    }
    QSet<qint64> seen;
    if (!m_options.rerun) {
        Statement q = d.prepare("SELECT asset_id FROM assist_runs WHERE model_id = ?1");
        q.bind(1, manifest->id);
        while (q.step())
            seen.insert(q.int64(0));
    }
    AssetStore assets(connection);
    QList<Asset> selected;
    if (m_options.assetIds.isEmpty()) {
        AssetFilter filter = m_options.filter;
        filter.kind = AssetKind::Image;
        selected = assets.list(filter);
    } else {
        for (qint64 id : m_options.assetIds) {
            const auto a = assets.byId(id);
            if (a && a->kind == AssetKind::Image)
                selected.append(*a);
        }
    }
    m_summary.assets = selected.size();
    QList<Asset> todo;
    for (const Asset &a : selected) {
        if (seen.contains(a.id))
            ++m_summary.skipped;
        else
            todo.append(a);
    }
    setTotal(todo.size());

    Statement existing = d.prepare("SELECT class_id, kind, geometry FROM annotations WHERE asset_id = ?1 AND "
                                   "state != 'rejected' AND source != 'model'");
    Statement record = d.prepare("INSERT OR REPLACE INTO assist_runs (model_id, asset_id, proposals, finished) "
                                 "VALUES (?1, ?2, ?3, ?4)");
    const int batch = std::max(1, m_options.batchSize);
    // Letterbox and blob are made on the prefetch thread too (same code, same input as detect()).
    const ModelRunner preparer(*manifest);
    const auto decode = [&](qsizetype index) {
        const Asset &asset = todo[index];
        const QString path = QDir::isAbsolutePath(asset.uri) ? asset.uri : m_folder.absoluteFilePath(asset.uri);
        Decoded out;
        try {
            QElapsedTimer read;
            read.start();
            out.reduce = m_options.reducedJpegDecode ? jpegReduction(asset, path, *manifest) : 1;
            // Grey images stay grey: a third of the pixels to decode and scale.
            const bool grey = asset.channels.value_or(3) == 1;
            const int reduce = out.reduce;
            const int flags = reduce == 8 ? (grey ? cv::IMREAD_REDUCED_GRAYSCALE_8 : cv::IMREAD_REDUCED_COLOR_8)
                : reduce == 4             ? (grey ? cv::IMREAD_REDUCED_GRAYSCALE_4 : cv::IMREAD_REDUCED_COLOR_4)
                : reduce == 2             ? (grey ? cv::IMREAD_REDUCED_GRAYSCALE_2 : cv::IMREAD_REDUCED_COLOR_2)
                                          : cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR;
            out.image = cv::imread(path.toStdString(), flags);
            out.readSeconds = read.nsecsElapsed() / 1e9;
            if (!out.image.empty()) {
                QElapsedTimer prep;
                prep.start();
                out.prepared = preparer.prepare(out.image);
                out.prepareSeconds = prep.nsecsElapsed() / 1e9;
            }
            if (out.image.empty())
                out.error = QFileInfo::exists(path)
                    ? tr("OpenCV cannot read the image (unknown format, damaged, or too large for memory)")
                    : tr("the file is missing");
        } catch (const cv::Exception &e) {
            out.error = QString::fromStdString(e.msg).trimmed();
        } catch (const std::bad_alloc &) {
            out.error = tr("not enough memory for the image");
        }
        return out;
    };
    std::optional<Prefetcher> prefetch;
    if (m_options.overlapStages)
        prefetch.emplace(todo.size(), 2 * qsizetype(pool.threadCount()) + 2, decode);
    auto infer = [&](qsizetype first, int count) {
        std::vector<ImageResult> results(static_cast<size_t>(count));
        pool.run(count, [&](ModelRunner &runner, int i) {
            const Asset &asset = todo[first + i];
            ImageResult &r = results[size_t(i)];
            r.assetId = asset.id;
            r.path = QDir::isAbsolutePath(asset.uri) ? asset.uri : m_folder.absoluteFilePath(asset.uri);
            Decoded in = prefetch ? prefetch->take(first + i) : decode(first + i);
            r.readSeconds = in.readSeconds;
            if (!in.error.isEmpty()) {
                r.error = in.error;
                return;
            }
            try {
                const cv::Mat &image = in.image;
                if (manifest->task == ModelManifest::Task::Classify)
                    r.classes = runner.classify(image);
                else if (!in.prepared.blob.empty())
                    r.detections = runner.detect(in.prepared);
                else
                    r.detections = runner.detect(image);
                r.prepareSeconds = in.prepareSeconds;
                if (in.reduce > 1)
                    for (Detection &detection : r.detections)
                        scale(detection, double(*asset.width) / image.cols, double(*asset.height) / image.rows);
            } catch (const cv::Exception &e) {
                r.error = QString::fromStdString(e.msg).trimmed();
            } catch (const std::bad_alloc &) {
                r.error = tr("not enough memory for the image");
            }
        });
        return results;
    };
    std::vector<ImageResult> results;
    if (!todo.isEmpty() && !isCancelRequested())
        results = infer(0, int(std::min<qsizetype>(batch, todo.size())));
    for (qsizetype first = 0; first < todo.size() && !isCancelRequested(); first += batch) {
        const int count = int(results.size());
        if (count == 0)
            break;
        // The next batch runs through the network while this one is written: the job's thread
        // only writes, the pool's workers only infer.
        std::vector<ImageResult> next;
        const qsizetype nextFirst = first + count;
        std::jthread ahead;
        if (nextFirst < todo.size() && m_options.overlapStages)
            ahead = std::jthread(
                [&] { next = infer(nextFirst, int(std::min<qsizetype>(batch, todo.size() - nextFirst))); });

        QElapsedTimer writing;
        writing.start();
        Transaction tx(d);
        BulkAnnotationWriter writer(connection, 1 << 30);
        const QString now = Connection::now();
        for (ImageResult &r : results) {
            m_summary.imageSeconds += r.readSeconds;
            m_summary.prepareSeconds += r.prepareSeconds;
            if (!r.error.isEmpty()) {
                ++m_summary.failed;
                addError(r.path, r.error);
                continue;
            }
            // Labels already there: a proposal that repeats one is noise for the reviewer.
            std::vector<std::pair<std::optional<qint64>, QRectF>> labels;
            existing.reset();
            existing.bind(1, r.assetId);
            while (existing.step()) {
                const auto shape
                    = image::Shape::fromJson(existing.text(1), QJsonDocument::fromJson(existing.utf8(2)).object());
                labels.emplace_back(existing.optionalInt64(0), shape ? shape->extent() : QRectF());
            }
            qint64 written = 0;
            std::vector<Detection> found = std::move(r.detections);
            if (manifest->task == ModelManifest::Task::Classify && !r.classes.empty()
                && r.classes.front().second >= manifest->confidenceThreshold) {
                Detection tag;
                tag.classIndex = r.classes.front().first;
                tag.score = r.classes.front().second;
                found.push_back(tag);
            }
            for (const Detection &det : found) {
                Annotation a
                    = manifest->task == ModelManifest::Task::Classify ? Annotation() : toAnnotation(det, *manifest);
                if (manifest->task == ModelManifest::Task::Classify) {
                    image::Shape::tag().applyTo(a);
                    a.source = AnnotationSource::Model;
                    a.sourceRef = manifest->id;
                    a.confidence = double(det.score);
                    a.state = AnnotationState::Proposed;
                }
                a.assetId = r.assetId;
                a.author = m_userId;
                const QString cls = manifest->projectClass(det.classIndex);
                if (!cls.isEmpty() && classIds.contains(cls))
                    a.classId = classIds.value(cls);
                bool duplicate = false;
                for (const auto &[classId, extent] : labels) {
                    if (classId == a.classId
                        && (manifest->task == ModelManifest::Task::Classify
                                ? a.kind == QLatin1String("tag") && extent.isEmpty()
                                : Nms::iou(extent, det.box) >= 0.7)) {
                        duplicate = true;
                        break;
                    }
                }
                if (duplicate) {
                    ++m_summary.duplicates;
                    continue;
                }
                writer.add(a);
                ++written;
            }
            record.reset();
            record.bind(1, manifest->id).bind(2, r.assetId).bind(3, written).bind(4, now).run();
            m_summary.proposals += written;
            ++m_summary.processed;
        }
        writer.finish();
        tx.commit();
        m_summary.writeSeconds += writing.nsecsElapsed() / 1e9;
        advance(count);
        setStatusText(
            tr("%1 of %2 images, %3 proposals").arg(m_summary.processed).arg(todo.size()).arg(m_summary.proposals));
        if (ahead.joinable())
            ahead.join();
        else if (nextFirst < todo.size() && !isCancelRequested())
            next = infer(nextFirst, int(std::min<qsizetype>(batch, todo.size() - nextFirst)));
        results = std::move(next);
    }
    m_summary.seconds = clock.elapsed() / 1000.0;
    m_summary.forwardSeconds = pool.forwardSeconds();
    m_summary.modelSeconds = pool.totalSeconds();
}

} // namespace rwb::assist
