#include "datasetdiagnostics.h"

#include "datasetsnapshot.h"
#include "iou.h"
#include "modelevaluation.h"

#include "image/shape.h"
#include "knowledge/graphstore.h"
#include "project/connection.h"
#include "project/statement.h"

#include <QJsonArray>
#include <QSet>

namespace rwb::evaluation {

using namespace rwb::project;

namespace {
bool isArea(const Annotation &a)
{
    return a.kind == QLatin1String(shape::Box) || a.kind == QLatin1String(shape::RotatedBox)
        || a.kind == QLatin1String(shape::Polygon) || a.kind == QLatin1String(shape::Mask)
        || a.kind == QLatin1String(shape::Ellipse);
}

double areaOf(const Annotation &a, QRectF *box)
{
    const auto s = image::Shape::fromAnnotation(a);
    if (!s)
        return -1;
    *box = s->extent();
    if (s->kind() == image::Shape::Kind::Box)
        return box->width() * box->height();
    if (s->kind() == image::Shape::Kind::Mask)
        return double(s->maskData().area());
    const auto m = s->toMask(box->toAlignedRect());
    return m ? double(m->area()) : -1;
}

QString errorKind(DatasetDiagnostics::LabelError::Kind k)
{
    switch (k) {
    case DatasetDiagnostics::LabelError::Kind::WrongClass:
        return QStringLiteral("wrong_class");
    case DatasetDiagnostics::LabelError::Kind::MissingLabel:
        return QStringLiteral("missing_label");
    case DatasetDiagnostics::LabelError::Kind::WrongTag:
        return QStringLiteral("wrong_tag");
    }
    return {};
}
} // namespace

void DatasetDiagnostics::Options::loadKnowledge(Connection &connection)
{
    Statement s = connection.db().prepare("SELECT count(*) FROM sqlite_master WHERE name = 'kg_nodes'");
    s.step();
    if (s.int64(0) == 0)
        return; // the knowledge module's tables were never created in this file: nothing to cover
    knowledge::GraphStore graph(connection);
    nodes = graph.nodes();
    evidence = graph.allEvidence();
}

DatasetDiagnostics DatasetDiagnostics::compute(const DatasetSnapshot &data, const Options &o)
{
    DatasetDiagnostics r;
    for (auto it = data.classes.begin(); it != data.classes.end(); ++it)
        r.m_classNames.insert(it.key(), it->name);
    QHash<qint64, int> objectsOn;
    QSet<qint64> anyAnnotation;
    QHash<qint64, QList<const Annotation *>> truthOn;
    QHash<qint64, const Annotation *> byId;
    for (const Annotation &a : data.annotations) {
        byId.insert(a.id, &a);
        if (a.state != AnnotationState::Rejected)
            anyAnnotation.insert(a.assetId);
        if (!DatasetSnapshot::isTruth(a))
            continue;
        truthOn[a.assetId].append(&a);
        const Asset *asset = data.asset(a.assetId);
        const QString split = asset ? toString(asset->split) : QStringLiteral("none");
        ++r.classBalance[a.classId ? data.className(*a.classId) : QStringLiteral("(none)")][split];
        if (asset && asset->kind == AssetKind::Image && isArea(a)) {
            ++objectsOn[a.assetId];
            QRectF box;
            const double area = areaOf(a, &box);
            if (area < 0)
                continue;
            const QString bucket = area < o.tinyArea ? QStringLiteral("tiny")
                : area < 32.0 * 32.0                 ? QStringLiteral("small")
                : area < 96.0 * 96.0                 ? QStringLiteral("medium")
                                                     : QStringLiteral("large");
            ++r.sizeBuckets[bucket];
            if (area < o.tinyArea)
                r.tinyObjects.append(a.id);
        }
    }
    for (const Asset &asset : data.assets) {
        r.m_splitOf.insert(asset.id, toString(asset.split));
        if (asset.kind != AssetKind::Image)
            continue;
        if (truthOn.contains(asset.id))
            ++r.objectsPerImage[objectsOn.value(asset.id)];
        if (!anyAnnotation.contains(asset.id))
            r.imagesWithoutLabels.append(asset.id);
    }
    if (data.assets.isEmpty())
        r.problems.append(tr("The project has no assets."));

    // Near-duplicates and leaks.
    QList<NearDuplicateFinder::Item> items;
    for (auto it = o.hashes.begin(); it != o.hashes.end(); ++it)
        items.append({ it.key(), it.value() });
    r.imagesHashed = items.size();
    r.nearDuplicates = NearDuplicateFinder::find(items, o.duplicateDistance);
    for (const auto &p : std::as_const(r.nearDuplicates)) {
        const Asset *a = data.asset(p.a), *b = data.asset(p.b);
        if (a && b && a->split != Split::None && b->split != Split::None && a->split != b->split)
            r.splitLeaks.append(p);
    }

    // Suspected label errors: confident predictions that contradict accepted labels.
    if (o.evaluation) {
        const QString model = o.evaluation->options.modelId;
        for (const Annotation &p : data.annotations) {
            if (!DatasetSnapshot::isPrediction(p, model) || !p.classId || p.confidence.value_or(0) < o.confident)
                continue;
            // The run's own accepted proposals are not truth for it: an accepted proposal cannot
            // contradict itself.
            QList<const Annotation *> truth = truthOn.value(p.assetId);
            truth.removeIf([&](const Annotation *t) { return DatasetSnapshot::isPrediction(*t, model); });
            if (truth.isEmpty())
                continue; // unlabeled asset: nothing to contradict
            if (p.kind == QLatin1String(shape::Tag)) {
                bool same = false;
                const Annotation *other = nullptr;
                for (const Annotation *t : truth) {
                    if (t->kind != QLatin1String(shape::Tag))
                        continue;
                    if (t->classId == p.classId)
                        same = true;
                    else
                        other = t;
                }
                if (!same && other)
                    r.labelErrors.append({ LabelError::Kind::WrongTag, p.assetId, p.id, other->id, *p.classId,
                        other->classId, *p.confidence });
                continue;
            }
            if (!isArea(p))
                continue;
            const auto ps = image::Shape::fromAnnotation(p);
            if (!ps)
                continue;
            const Annotation *best = nullptr;
            double bestIou = 0;
            bool sameClass = false;
            for (const Annotation *t : truth) {
                if (!isArea(*t))
                    continue;
                const auto ts = image::Shape::fromAnnotation(*t);
                if (!ts)
                    continue;
                const double v = Iou::box(ps->extent(), ts->extent());
                if (v >= 0.5 && t->classId == p.classId)
                    sameClass = true;
                if (v > bestIou) {
                    bestIou = v;
                    best = t;
                }
            }
            if (sameClass)
                continue;
            if (best && bestIou >= 0.5)
                r.labelErrors.append({ LabelError::Kind::WrongClass, p.assetId, p.id, best->id, *p.classId,
                    best->classId, *p.confidence });
            else if (!best || bestIou < 0.1)
                r.labelErrors.append({ LabelError::Kind::MissingLabel, p.assetId, p.id, std::nullopt, *p.classId,
                    std::nullopt, *p.confidence });
        }
        std::stable_sort(r.labelErrors.begin(), r.labelErrors.end(),
            [](const LabelError &a, const LabelError &b) { return a.score > b.score; });
    }

    // Attribute coverage.
    for (const LabelAttribute &attr : data.attributes) {
        AttributeCoverage c;
        c.attributeId = attr.id;
        c.name = attr.name;
        c.classId = attr.classId;
        for (const Annotation &a : data.annotations) {
            if (!DatasetSnapshot::isTruth(a) || (attr.classId && a.classId != attr.classId))
                continue;
            ++c.labels;
            const QJsonValue v = a.attributes.value(attr.name);
            if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
                ++c.filled;
        }
        r.attributeCoverage.append(c);
    }

    // Knowledge coverage.
    QHash<qint64, QList<qint64>> classesOfNode;
    for (auto it = data.classes.begin(); it != data.classes.end(); ++it) {
        if (it->knowledgeNode)
            classesOfNode[*it->knowledgeNode].append(it.key());
    }
    QHash<qint64, qint64> truthPerClass;
    for (const Annotation &a : data.annotations) {
        if (DatasetSnapshot::isTruth(a) && a.classId)
            ++truthPerClass[*a.classId];
    }
    QHash<qint64, NodeCoverage> cov;
    for (const knowledge::Node &n : o.nodes) {
        NodeCoverage c;
        c.nodeId = n.id;
        c.key = n.key;
        c.label = n.labelEn.isEmpty() ? n.key : n.labelEn;
        c.classes = classesOfNode.value(n.id);
        std::sort(c.classes.begin(), c.classes.end());
        double hits = 0, total = 0;
        for (qint64 cls : c.classes) {
            c.truthAnnotations += truthPerClass.value(cls);
            if (o.evaluation) {
                if (const auto rec = o.evaluation->classRecall(cls)) {
                    // Pool by ground-truth count so a big class weighs more than a rare one.
                    hits += *rec * double(truthPerClass.value(cls));
                    total += double(truthPerClass.value(cls));
                }
            }
        }
        if (total > 0)
            c.recall = hits / total;
        cov.insert(n.id, c);
    }
    for (const knowledge::Evidence &e : o.evidence) {
        if (!e.nodeId || !cov.contains(*e.nodeId))
            continue;
        NodeCoverage &c = cov[*e.nodeId];
        ++c.evidence;
        const Annotation *a = byId.value(e.annotationId);
        const Asset *asset = a ? data.asset(a->assetId) : nullptr;
        ++c.evidenceByModality[asset ? toString(asset->kind) : QStringLiteral("unknown")];
    }
    for (const knowledge::Node &n : o.nodes)
        r.knowledgeCoverage.append(cov.value(n.id));
    std::stable_sort(r.knowledgeCoverage.begin(), r.knowledgeCoverage.end(),
        [](const NodeCoverage &a, const NodeCoverage &b) { return a.evidence < b.evidence; });
    return r;
}

QJsonObject DatasetDiagnostics::toJson() const
{
    auto map = [](const QMap<QString, qint64> &m) {
        QJsonObject o;
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    auto ids = [](const QList<qint64> &list) {
        QJsonArray a;
        for (qint64 id : list)
            a.append(id);
        return a;
    };
    auto pairs = [this](const QList<NearDuplicateFinder::Pair> &list) {
        QJsonArray a;
        for (const auto &p : list)
            a.append(QJsonObject { { QStringLiteral("a"), p.a }, { QStringLiteral("b"), p.b },
                { QStringLiteral("distance"), p.distance }, { QStringLiteral("split_a"), m_splitOf.value(p.a) },
                { QStringLiteral("split_b"), m_splitOf.value(p.b) } });
        return a;
    };
    QJsonObject balance;
    for (auto it = classBalance.begin(); it != classBalance.end(); ++it)
        balance.insert(it.key(), map(it.value()));
    QJsonObject perImage;
    for (auto it = objectsPerImage.begin(); it != objectsPerImage.end(); ++it)
        perImage.insert(QString::number(it.key()), it.value());
    QJsonArray errors;
    for (const LabelError &e : labelErrors) {
        QJsonObject o { { QStringLiteral("kind"), errorKind(e.kind) }, { QStringLiteral("asset"), e.assetId },
            { QStringLiteral("prediction"), e.predictionId },
            { QStringLiteral("predicted_class"), m_classNames.value(e.predictedClass) },
            { QStringLiteral("score"), e.score } };
        if (e.truthId)
            o.insert(QStringLiteral("label"), *e.truthId);
        if (e.truthClass)
            o.insert(QStringLiteral("label_class"), m_classNames.value(*e.truthClass));
        errors.append(o);
    }
    QJsonArray attrs;
    for (const AttributeCoverage &c : attributeCoverage)
        attrs.append(QJsonObject { { QStringLiteral("attribute"), c.name },
            { QStringLiteral("class"), c.classId ? QJsonValue(m_classNames.value(*c.classId)) : QJsonValue() },
            { QStringLiteral("labels"), c.labels }, { QStringLiteral("filled"), c.filled },
            { QStringLiteral("coverage"),
                c.labels ? QJsonValue(double(c.filled) / double(c.labels)) : QJsonValue() } });
    QJsonArray nodes;
    for (const NodeCoverage &c : knowledgeCoverage) {
        QJsonArray classes;
        for (qint64 id : c.classes)
            classes.append(m_classNames.value(id));
        nodes.append(QJsonObject { { QStringLiteral("node"), c.nodeId }, { QStringLiteral("key"), c.key },
            { QStringLiteral("label"), c.label }, { QStringLiteral("evidence"), c.evidence },
            { QStringLiteral("evidence_by_modality"), map(c.evidenceByModality) },
            { QStringLiteral("classes"), classes }, { QStringLiteral("labels"), c.truthAnnotations },
            { QStringLiteral("recall"), c.recall ? QJsonValue(*c.recall) : QJsonValue() } });
    }
    return {
        { QStringLiteral("class_balance"), balance },
        { QStringLiteral("objects_per_image"), perImage },
        { QStringLiteral("object_sizes"), map(sizeBuckets) },
        { QStringLiteral("tiny_objects"), ids(tinyObjects) },
        { QStringLiteral("images_without_labels"), ids(imagesWithoutLabels) },
        { QStringLiteral("images_hashed"), imagesHashed },
        { QStringLiteral("near_duplicates"), pairs(nearDuplicates) },
        { QStringLiteral("split_leaks"), pairs(splitLeaks) },
        { QStringLiteral("label_errors"), errors },
        { QStringLiteral("attribute_coverage"), attrs },
        { QStringLiteral("knowledge_coverage"), nodes },
        { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
    };
}

QString DatasetDiagnostics::toText() const
{
    QStringList l;
    for (const QString &p : problems)
        l << tr("note: %1").arg(p);
    l << tr("Class balance (accepted labels per split):");
    for (auto it = classBalance.begin(); it != classBalance.end(); ++it) {
        QStringList parts;
        for (auto s = it.value().begin(); s != it.value().end(); ++s)
            parts << QStringLiteral("%1 %2").arg(s.key()).arg(s.value());
        l << QStringLiteral("  %1: %2").arg(it.key(), parts.join(QStringLiteral(", ")));
    }
    QStringList per;
    for (auto it = objectsPerImage.begin(); it != objectsPerImage.end(); ++it)
        per << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
    l << tr("Objects per labelled image (objects×images): %1").arg(per.join(QStringLiteral(" ")));
    QStringList sizes;
    for (auto it = sizeBuckets.begin(); it != sizeBuckets.end(); ++it)
        sizes << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    l << tr("Object sizes: %1").arg(sizes.join(QStringLiteral(", ")));
    l << tr("Images without labels: %1").arg(imagesWithoutLabels.size());
    l << tr("Near-duplicate pairs: %1 (of %2 hashed images), across splits: %3")
             .arg(nearDuplicates.size())
             .arg(imagesHashed)
             .arg(splitLeaks.size());
    for (const auto &p : splitLeaks)
        l << tr("  leak: asset %1 (%2) ~ asset %3 (%4), %5 bits")
                 .arg(p.a)
                 .arg(m_splitOf.value(p.a))
                 .arg(p.b)
                 .arg(m_splitOf.value(p.b))
                 .arg(p.distance);
    l << tr("Suspected label errors: %1").arg(labelErrors.size());
    for (const LabelError &e : labelErrors)
        l << tr("  asset %1: model says %2 (%3) where the label says %4")
                 .arg(e.assetId)
                 .arg(m_classNames.value(e.predictedClass))
                 .arg(e.score, 0, 'f', 2)
                 .arg(e.truthClass ? m_classNames.value(*e.truthClass) : tr("nothing"));
    for (const AttributeCoverage &c : attributeCoverage)
        l << tr("Attribute %1: %2 of %3 labels filled").arg(c.name).arg(c.filled).arg(c.labels);
    for (const NodeCoverage &c : knowledgeCoverage)
        l << tr("Node %1: %2 evidence, %3 labels, recall %4")
                 .arg(c.label)
                 .arg(c.evidence)
                 .arg(c.truthAnnotations)
                 .arg(c.recall ? QString::number(*c.recall, 'f', 3) : tr("n/a"));
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rwb::evaluation
