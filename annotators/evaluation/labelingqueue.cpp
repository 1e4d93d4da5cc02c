#include "labelingqueue.h"

#include "datasetsnapshot.h"
#include "modelevaluation.h"
#include "perceptualhash.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rwb::evaluation {

using namespace rwb::project;

QString LabelingQueue::toString(Strategy s)
{
    switch (s) {
    case Strategy::LeastConfidence:
        return QStringLiteral("least-confidence");
    case Strategy::Margin:
        return QStringLiteral("margin");
    case Strategy::Entropy:
        return QStringLiteral("entropy");
    case Strategy::Weakness:
        return QStringLiteral("weakness");
    case Strategy::Diversity:
        return QStringLiteral("diversity");
    }
    return {};
}

std::optional<LabelingQueue::Strategy> LabelingQueue::strategyFromString(const QString &text)
{
    for (Strategy s :
        { Strategy::LeastConfidence, Strategy::Margin, Strategy::Entropy, Strategy::Weakness, Strategy::Diversity }) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

double LabelingQueue::uncertainty(Strategy strategy, QList<double> p)
{
    if (p.size() == 1)
        p.append(1.0 - p.first());
    std::sort(p.begin(), p.end(), std::greater<>());
    double sum = 0;
    for (double v : p)
        sum += std::max(0.0, v);
    if (sum <= 0)
        return 1.0;
    for (double &v : p)
        v = std::max(0.0, v) / sum;
    switch (strategy) {
    case Strategy::Margin:
        return 1.0 - (p[0] - p[1]);
    case Strategy::Entropy: {
        double h = 0;
        for (double v : p) {
            if (v > 0)
                h -= v * std::log(v);
        }
        return h / std::log(double(p.size()));
    }
    default:
        return 1.0 - p[0];
    }
}

QList<LabelingQueue::Entry> LabelingQueue::rank(const DatasetSnapshot &data, const Options &o)
{
    QSet<qint64> labelled, withProposals;
    QHash<qint64, QList<const Annotation *>> proposals;
    for (const Annotation &a : data.annotations) {
        if (DatasetSnapshot::isTruth(a))
            labelled.insert(a.assetId);
        const bool ours = a.source == AnnotationSource::Model && (o.modelId.isEmpty() || a.sourceRef == o.modelId);
        if (a.state == AnnotationState::Proposed && ours) {
            withProposals.insert(a.assetId);
            proposals[a.assetId].append(&a);
        }
    }
    QList<qint64> candidates;
    for (const Asset &asset : data.assets) {
        if (asset.status == AssetStatus::Done || asset.status == AssetStatus::Accepted)
            continue;
        if (!labelled.contains(asset.id) || withProposals.contains(asset.id))
            candidates.append(asset.id);
    }
    QList<Entry> out;
    if (o.strategy == Strategy::Diversity) {
        // Greedy farthest point: each pick is the candidate farthest (Hamming) from everything
        // labelled or picked so far.
        QList<quint64> chosen;
        for (qint64 id : labelled) {
            if (o.hashes.contains(id))
                chosen.append(o.hashes.value(id));
        }
        QList<qint64> pool;
        QList<int> nearest;
        for (qint64 id : candidates) {
            if (!o.hashes.contains(id))
                continue;
            pool.append(id);
            int d = 64;
            for (quint64 h : chosen)
                d = std::min(d, PerceptualHash::distance(h, o.hashes.value(id)));
            nearest.append(d);
        }
        while (!pool.isEmpty() && out.size() < o.limit) {
            qsizetype best = 0;
            for (qsizetype i = 1; i < pool.size(); ++i) {
                if (nearest[i] > nearest[best])
                    best = i;
            }
            const qint64 id = pool[best];
            const quint64 h = o.hashes.value(id);
            out.append({ id, nearest[best] / 64.0,
                tr("%1 bits from the nearest labelled or queued image").arg(nearest[best]) });
            pool.removeAt(best);
            nearest.removeAt(best);
            for (qsizetype i = 0; i < pool.size(); ++i)
                nearest[i] = std::min(nearest[i], PerceptualHash::distance(h, o.hashes.value(pool[i])));
        }
        return out;
    }

    for (qint64 id : candidates) {
        const QList<const Annotation *> props = proposals.value(id);
        if (props.isEmpty()) {
            out.append({ id, 0.0, tr("no proposals") });
            continue;
        }
        double best = -1;
        QString why;
        for (const Annotation *a : props) {
            const QString cls = a->classId ? data.className(*a->classId) : tr("(no class)");
            if (o.strategy == Strategy::Weakness) {
                double w = 1.0;
                QString reason = tr("%1: not evaluated").arg(cls);
                if (o.evaluation && a->classId) {
                    if (const auto ap = o.evaluation->classAp(*a->classId)) {
                        w = 1.0 - *ap;
                        reason = tr("%1: AP %2").arg(cls).arg(*ap, 0, 'f', 3);
                    } else if (const auto rec = o.evaluation->classRecall(*a->classId)) {
                        w = 1.0 - *rec;
                        reason = tr("%1: recall %2").arg(cls).arg(*rec, 0, 'f', 3);
                    }
                }
                const auto cit = a->classId ? data.classes.constFind(*a->classId) : data.classes.cend();
                if (cit != data.classes.cend() && cit->knowledgeNode) {
                    const qint64 n = o.evidencePerNode.value(*cit->knowledgeNode);
                    const double e = 1.0 / (1.0 + double(n));
                    if (e > w) {
                        w = e;
                        reason = tr("%1: %n evidence link(s) for its graph node", nullptr, int(n)).arg(cls);
                    }
                }
                if (w > best) {
                    best = w;
                    why = reason;
                }
                continue;
            }
            QList<double> probs;
            const QJsonValue scores = a->attributes.value(QStringLiteral("scores"));
            if (scores.isArray()) {
                for (const QJsonValue &v : scores.toArray())
                    probs.append(v.toDouble());
            } else if (scores.isObject()) {
                for (const QJsonValue &v : scores.toObject())
                    probs.append(v.toDouble());
            }
            if (probs.isEmpty())
                probs.append(a->confidence.value_or(0.5));
            const double u = uncertainty(o.strategy, probs);
            if (u > best) {
                best = u;
                why = tr("%1 at %2").arg(cls).arg(a->confidence.value_or(0.5), 0, 'f', 2);
            }
        }
        out.append({ id, best, why });
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.score > b.score; });
    if (out.size() > o.limit)
        out.resize(o.limit);
    return out;
}

} // namespace rwb::evaluation
