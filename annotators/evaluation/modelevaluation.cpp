#include "modelevaluation.h"

#include "datasetsnapshot.h"

#include "document/documentspan.h"
#include "image/shape.h"
#include "timeseries/signallabel.h"

#include <QJsonArray>
#include <QSet>

namespace rwb::evaluation {

using namespace rwb::project;

namespace {
bool isImageShape(const QString &kind)
{
    return kind == QLatin1String(shape::Box) || kind == QLatin1String(shape::RotatedBox)
        || kind == QLatin1String(shape::Polygon) || kind == QLatin1String(shape::Mask)
        || kind == QLatin1String(shape::Ellipse);
}

/// The annotation as a COCO object; nullopt when its geometry cannot be read.
std::optional<DetectionObject> toObject(const Annotation &a, const Asset *asset, bool needMask)
{
    const std::optional<image::Shape> s = image::Shape::fromAnnotation(a);
    if (!s || !s->isArea())
        return std::nullopt;
    DetectionObject o;
    o.id = a.id;
    o.imageId = a.assetId;
    o.categoryId = *a.classId;
    o.score = a.confidence.value_or(1.0);
    o.crowd = a.attributes.value(QStringLiteral("iscrowd")).toBool();
    o.box = s->extent();
    if (s->kind() == image::Shape::Kind::Box && !needMask) {
        o.area = o.box.width() * o.box.height();
        return o;
    }
    QRect clip = o.box.toAlignedRect();
    if (asset && asset->width && asset->height)
        clip = QRect(0, 0, int(*asset->width), int(*asset->height));
    std::optional<image::RleMask> m = s->kind() == image::Shape::Kind::Mask ? s->maskData() : s->toMask(clip);
    if (!m)
        return std::nullopt;
    // COCO's "area" of a box is w·h; of every other shape its pixel count.
    o.area = s->kind() == image::Shape::Kind::Box ? o.box.width() * o.box.height() : double(m->area());
    if (needMask)
        o.mask = std::move(m);
    return o;
}

std::optional<Interval> toInterval(const Annotation &a)
{
    Interval iv;
    iv.assetId = a.assetId;
    iv.classId = *a.classId;
    iv.score = a.confidence.value_or(1.0);
    iv.annotationId = a.id;
    if (a.kind == QLatin1String(shape::Span)) {
        const auto span = document::DocumentSpan::fromAnnotation(a);
        if (!span)
            return std::nullopt;
        iv.track = span->page;
        iv.start = span->start;
        iv.end = span->end;
        return iv;
    }
    const auto label = timeseries::SignalLabel::fromAnnotation(a);
    if (!label)
        return std::nullopt;
    iv.start = label->start;
    iv.end = label->end;
    return iv;
}

QJsonValue num(double v)
{
    return v <= -1 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QString pct(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 4) : QStringLiteral("n/a");
}
} // namespace

ModelEvaluation ModelEvaluation::run(const DatasetSnapshot &data, const Options &options)
{
    ModelEvaluation ev;
    ev.options = options;
    for (auto it = data.classes.begin(); it != data.classes.end(); ++it)
        ev.classNames.insert(it.key(), it->name);
    const bool needMask = options.iouType == CocoEvaluator::IouType::Segm;

    QList<DetectionObject> gtObjects, dtObjects;
    QSet<qint64> detectionImages, tagAssets, seriesAssets, docAssets;
    QHash<qint64, QSet<qint64>> tagTruth, tagPred;
    QList<Interval> seriesTruth, seriesPred, spanTruth, spanPred;
    qint64 unreadable = 0, classless = 0;
    QSet<qint64> truthClasses, predClasses;

    for (const Annotation &a : data.annotations) {
        const bool truth = DatasetSnapshot::isTruth(a, options.modelId);
        const bool pred = DatasetSnapshot::isPrediction(a, options.modelId);
        if (!truth && !pred)
            continue;
        if (!a.classId) {
            ++classless;
            continue;
        }
        (truth ? ev.truths : ev.predictions) += 1;
        (truth ? truthClasses : predClasses).insert(*a.classId);
        const Asset *asset = data.asset(a.assetId);
        if (a.kind == QLatin1String(shape::Tag)) {
            if (truth) {
                tagTruth[a.assetId].insert(*a.classId);
                tagAssets.insert(a.assetId);
            } else if (a.confidence.value_or(1.0) >= options.scoreThreshold) {
                tagPred[a.assetId].insert(*a.classId);
            }
        } else if (isImageShape(a.kind)) {
            const auto o = toObject(a, asset, needMask);
            if (!o) {
                ++unreadable;
                continue;
            }
            if (truth) {
                gtObjects.append(*o);
                detectionImages.insert(a.assetId);
            } else {
                dtObjects.append(*o);
            }
        } else if (a.kind == QLatin1String(shape::Range) || a.kind == QLatin1String(shape::Event)
            || a.kind == QLatin1String(shape::Span)) {
            const auto iv = toInterval(a);
            if (!iv) {
                ++unreadable;
                continue;
            }
            const bool span = a.kind == QLatin1String(shape::Span);
            if (truth) {
                (span ? spanTruth : seriesTruth).append(*iv);
                (span ? docAssets : seriesAssets).insert(a.assetId);
            } else {
                (span ? spanPred : seriesPred).append(*iv);
            }
        }
    }
    // Assets reviewed as done/accepted without any object are true negatives for detection.
    for (const Asset &asset : data.assets) {
        if (asset.kind == AssetKind::Image
            && (asset.status == AssetStatus::Done || asset.status == AssetStatus::Accepted))
            detectionImages.insert(asset.id);
    }

    if (ev.predictions == 0)
        ev.problems.append(tr("The project holds no annotations of model run \"%1\".").arg(options.modelId));
    if (ev.truths == 0)
        ev.problems.append(tr("There is no ground truth: no accepted annotations other than this run's own."));
    if (unreadable)
        ev.problems.append(tr("%n annotation(s) with unreadable geometry were left out.", nullptr, int(unreadable)));
    if (classless)
        ev.problems.append(tr("%n annotation(s) without a class were left out.", nullptr, int(classless)));
    for (qint64 c : predClasses) {
        if (!truthClasses.contains(c))
            ev.problems.append(tr("Class \"%1\" is predicted but has no ground truth: its recall and AP are undefined.")
                                   .arg(data.className(c)));
    }
    for (qint64 c : truthClasses) {
        if (!predClasses.contains(c))
            ev.problems.append(
                tr("Class \"%1\" has ground truth but the model never predicts it.").arg(data.className(c)));
    }

    if (!gtObjects.isEmpty()) {
        CocoEvaluator::Params params;
        params.iouType = options.iouType;
        CocoEvaluator coco(params);
        coco.setImages(QList<qint64>(detectionImages.begin(), detectionImages.end()));
        coco.setGroundTruth(gtObjects);
        QList<DetectionObject> onImages;
        for (const DetectionObject &o : dtObjects) {
            if (detectionImages.contains(o.imageId))
                onImages.append(o);
        }
        coco.setDetections(onImages);
        ev.detection = coco.evaluate();
        ev.detectionImages = detectionImages.size();
        ev.detectionConfusion = coco.confusion(options.iou, options.scoreThreshold);
        int t = ev.detection->iouIndex(options.iou);
        if (t < 0) {
            ev.problems.append(
                tr("IoU %1 is not one of the COCO thresholds; precision and recall at the threshold use 0.5.")
                    .arg(options.iou));
            t = 0;
        }
        ev.detectionAtThreshold = ev.detection->countsAt(t, options.scoreThreshold);
    }
    if (!tagAssets.isEmpty()) {
        QList<ClassificationMetrics::Item> items;
        for (qint64 id : tagAssets)
            items.append({ id, tagTruth.value(id), tagPred.value(id) });
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.assetId < b.assetId; });
        ev.tags = ClassificationMetrics::evaluate(items);
    }
    auto onAssets = [](const QList<Interval> &list, const QSet<qint64> &assets) {
        QList<Interval> out;
        for (const Interval &iv : list) {
            if (assets.contains(iv.assetId))
                out.append(iv);
        }
        return out;
    };
    if (!seriesTruth.isEmpty()) {
        const QList<Interval> p = onAssets(seriesPred, seriesAssets);
        ev.seriesEvents = IntervalMetrics::events(seriesTruth, p, IntervalMetrics::Match::Overlap, 0);
        ev.seriesPoints = IntervalMetrics::points(seriesTruth, p);
    }
    if (!spanTruth.isEmpty()) {
        const QList<Interval> p = onAssets(spanPred, docAssets);
        ev.spansExact = IntervalMetrics::events(spanTruth, p, IntervalMetrics::Match::Exact);
        ev.spansOverlap = IntervalMetrics::events(spanTruth, p, IntervalMetrics::Match::Overlap, 0);
    }
    return ev;
}

std::optional<double> ModelEvaluation::classAp(qint64 classId) const
{
    if (!detection)
        return std::nullopt;
    const qsizetype k = detection->categories.indexOf(classId);
    if (k < 0)
        return std::nullopt;
    const double v
        = detection->summarize(true, std::nullopt, QStringLiteral("all"), detection->params.maxDets.back(), int(k));
    return v <= -1 ? std::nullopt : std::optional<double>(v);
}

std::optional<double> ModelEvaluation::classRecall(qint64 classId) const
{
    if (detection) {
        const qsizetype k = detection->categories.indexOf(classId);
        const int t = std::max(0, detection->iouIndex(options.iou));
        if (k >= 0 && detection->ranked[size_t(k)].groundTruth > 0)
            return detection->countsAt(t, options.scoreThreshold, int(k)).recall();
    }
    for (const auto *r : { &seriesEvents, &spansOverlap }) {
        if (*r && (*r)->perClass.contains(classId)) {
            if (const auto v = (*r)->perClass.value(classId).recall())
                return v;
        }
    }
    if (tags && tags->perClass.contains(classId))
        return tags->perClass.value(classId).recall();
    return std::nullopt;
}

QJsonObject ModelEvaluation::toJson() const
{
    QJsonObject out {
        { QStringLiteral("model"), options.modelId },
        { QStringLiteral("iou_type"),
            options.iouType == CocoEvaluator::IouType::Segm ? QStringLiteral("segm") : QStringLiteral("bbox") },
        { QStringLiteral("iou"), options.iou },
        { QStringLiteral("score_threshold"), options.scoreThreshold },
        { QStringLiteral("predictions"), predictions },
        { QStringLiteral("ground_truth"), truths },
        { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
    };
    QJsonObject names;
    for (auto it = classNames.begin(); it != classNames.end(); ++it)
        names.insert(QString::number(it.key()), it.value());
    out.insert(QStringLiteral("class_names"), names);
    if (detection) {
        const std::vector<double> s = detection->stats();
        static const char *keys[]
            = { "AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl" };
        QJsonObject stats;
        for (size_t i = 0; i < s.size(); ++i)
            stats.insert(QLatin1String(keys[i]), num(s[i]));
        QJsonObject perClass;
        const int t = std::max(0, detection->iouIndex(options.iou));
        for (int k = 0; k < detection->K; ++k) {
            const int last = detection->params.maxDets.back();
            QJsonArray curve;
            for (double v : detection->prCurve(0, k))
                curve.append(v);
            perClass.insert(QString::number(detection->categories[k]),
                QJsonObject {
                    { QStringLiteral("name"), classNames.value(detection->categories[k]) },
                    { QStringLiteral("AP"),
                        num(detection->summarize(true, std::nullopt, QStringLiteral("all"), last, k)) },
                    { QStringLiteral("AP50"), num(detection->summarize(true, 0.5, QStringLiteral("all"), last, k)) },
                    { QStringLiteral("AP75"), num(detection->summarize(true, 0.75, QStringLiteral("all"), last, k)) },
                    { QStringLiteral("at_threshold"), detection->countsAt(t, options.scoreThreshold, k).toJson() },
                    { QStringLiteral("pr_curve_iou50"), curve },
                });
        }
        out.insert(QStringLiteral("detection"),
            QJsonObject {
                { QStringLiteral("images"), detectionImages },
                { QStringLiteral("stats"), stats },
                { QStringLiteral("at_threshold"), detectionAtThreshold.toJson() },
                { QStringLiteral("per_class"), perClass },
                { QStringLiteral("confusion"), detectionConfusion.toJson() },
            });
    }
    if (tags)
        out.insert(QStringLiteral("tags"), tags->toJson());
    if (seriesEvents)
        out.insert(QStringLiteral("series"),
            QJsonObject { { QStringLiteral("events"), seriesEvents->toJson() },
                { QStringLiteral("points"), seriesPoints->toJson() } });
    if (spansExact)
        out.insert(QStringLiteral("spans"),
            QJsonObject { { QStringLiteral("exact"), spansExact->toJson() },
                { QStringLiteral("overlap"), spansOverlap->toJson() } });
    return out;
}

QString ModelEvaluation::toText() const
{
    QStringList lines;
    lines << tr("Model run %1: %2 predictions against %3 ground-truth annotations")
                 .arg(options.modelId)
                 .arg(predictions)
                 .arg(truths);
    for (const QString &p : problems)
        lines << tr("  note: %1").arg(p);
    auto f = [](double v) { return v <= -1 ? QStringLiteral("n/a") : QString::number(v, 'f', 4); };
    if (detection) {
        const std::vector<double> s = detection->stats();
        lines << tr("Detection (%1 images):").arg(detectionImages);
        lines << tr("  mAP@[.5:.95] %1  AP50 %2  AP75 %3").arg(f(s[0]), f(s[1]), f(s[2]));
        lines << tr("  AP small %1  medium %2  large %3").arg(f(s[3]), f(s[4]), f(s[5]));
        lines << tr("  AR1 %1  AR10 %2  AR100 %3").arg(f(s[6]), f(s[7]), f(s[8]));
        lines << tr("  at score ≥ %1, IoU %2: precision %3  recall %4  F1 %5")
                     .arg(options.scoreThreshold)
                     .arg(options.iou)
                     .arg(pct(detectionAtThreshold.precision()), pct(detectionAtThreshold.recall()),
                         pct(detectionAtThreshold.f1()));
        for (int k = 0; k < detection->K; ++k) {
            const int last = detection->params.maxDets.back();
            lines << tr("  class %1: AP %2  AP50 %3")
                         .arg(classNames.value(detection->categories[k]),
                             f(detection->summarize(true, std::nullopt, QStringLiteral("all"), last, k)),
                             f(detection->summarize(true, 0.5, QStringLiteral("all"), last, k)));
        }
    }
    auto prf = [&](const QString &title, const Prf &p) {
        lines << tr("%1: precision %2  recall %3  F1 %4").arg(title, pct(p.precision()), pct(p.recall()), pct(p.f1()));
    };
    if (tags) {
        lines << tr("Tags (%1 assets): accuracy %2").arg(tags->items).arg(pct(tags->accuracy));
        prf(tr("  tags micro"), tags->micro);
    }
    if (seriesEvents) {
        prf(tr("Time series events (overlap)"), seriesEvents->micro);
        prf(tr("Time series point-wise"), seriesPoints->micro);
    }
    if (spansExact) {
        prf(tr("Document spans (exact)"), spansExact->micro);
        prf(tr("Document spans (overlap)"), spansOverlap->micro);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rwb::evaluation
