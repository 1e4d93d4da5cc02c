#include "intervalmetrics.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace rwb::evaluation {

namespace {
using Key = std::tuple<qint64, qint64, qint64>; // asset, track, class

QMap<Key, QList<int>> group(const QList<Interval> &list)
{
    QMap<Key, QList<int>> out;
    for (int i = 0; i < list.size(); ++i)
        out[{ list[i].assetId, list[i].track, list[i].classId }].append(i);
    return out;
}

/// Sorted, merged [start, end) pieces.
QList<std::pair<qint64, qint64>> merged(const QList<Interval> &list, const QList<int> &indices)
{
    QList<std::pair<qint64, qint64>> pieces;
    for (int i : indices) {
        if (list[i].end > list[i].start)
            pieces.append({ list[i].start, list[i].end });
    }
    std::sort(pieces.begin(), pieces.end());
    QList<std::pair<qint64, qint64>> out;
    for (const auto &p : pieces) {
        if (!out.isEmpty() && p.first <= out.last().second)
            out.last().second = std::max(out.last().second, p.second);
        else
            out.append(p);
    }
    return out;
}

qint64 totalLength(const QList<std::pair<qint64, qint64>> &pieces)
{
    qint64 n = 0;
    for (const auto &p : pieces)
        n += p.second - p.first;
    return n;
}

qint64 intersectionLength(const QList<std::pair<qint64, qint64>> &a, const QList<std::pair<qint64, qint64>> &b)
{
    qint64 n = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 lo = std::max(a[i].first, b[j].first), hi = std::min(a[i].second, b[j].second);
        if (hi > lo)
            n += hi - lo;
        if (a[i].second < b[j].second)
            ++i;
        else
            ++j;
    }
    return n;
}
} // namespace

double IntervalMetrics::iou(const Interval &a, const Interval &b)
{
    if (a.assetId != b.assetId || a.track != b.track)
        return 0;
    const qint64 inter = std::min(a.end, b.end) - std::max(a.start, b.start);
    if (inter <= 0) {
        // Two events at the same sample (zero length after clamping) still coincide.
        return a.start == b.start && a.end == b.end ? 1.0 : 0.0;
    }
    const qint64 uni = std::max(a.end, b.end) - std::min(a.start, b.start);
    return double(inter) / double(uni);
}

IntervalMetrics::Result IntervalMetrics::events(
    const QList<Interval> &truth, const QList<Interval> &predicted, Match match, double minIou)
{
    Result r;
    const auto truthGroups = group(truth);
    const auto predGroups = group(predicted);
    QMap<Key, bool> keys;
    for (auto it = truthGroups.begin(); it != truthGroups.end(); ++it)
        keys.insert(it.key(), true);
    for (auto it = predGroups.begin(); it != predGroups.end(); ++it)
        keys.insert(it.key(), true);
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QList<int> gt = truthGroups.value(it.key());
        QList<int> pr = predGroups.value(it.key());
        std::stable_sort(pr.begin(), pr.end(), [&](int a, int b) { return predicted[a].score > predicted[b].score; });
        QList<bool> used(gt.size(), false);
        Prf p;
        for (int d : pr) {
            int best = -1;
            double bestIou = -1;
            for (int g = 0; g < gt.size(); ++g) {
                if (used[g])
                    continue;
                const Interval &t = truth[gt[g]];
                const Interval &q = predicted[d];
                double v = 0;
                if (match == Match::Exact) {
                    if (t.start != q.start || t.end != q.end)
                        continue;
                    v = 1;
                } else {
                    v = iou(q, t);
                    const bool qualifies = minIou > 0 ? v >= minIou : v > 0;
                    if (!qualifies)
                        continue;
                }
                if (v > bestIou) {
                    best = g;
                    bestIou = v;
                }
            }
            if (best >= 0) {
                used[best] = true;
                ++p.tp;
            } else {
                ++p.fp;
            }
        }
        p.fn = std::count(used.begin(), used.end(), false);
        r.perClass[std::get<2>(it.key())] += p;
        r.micro += p;
    }
    return r;
}

IntervalMetrics::Result IntervalMetrics::points(const QList<Interval> &truth, const QList<Interval> &predicted)
{
    Result r;
    const auto truthGroups = group(truth);
    const auto predGroups = group(predicted);
    QMap<Key, bool> keys;
    for (auto it = truthGroups.begin(); it != truthGroups.end(); ++it)
        keys.insert(it.key(), true);
    for (auto it = predGroups.begin(); it != predGroups.end(); ++it)
        keys.insert(it.key(), true);
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const auto t = merged(truth, truthGroups.value(it.key()));
        const auto p = merged(predicted, predGroups.value(it.key()));
        Prf prf;
        prf.tp = intersectionLength(t, p);
        prf.fp = totalLength(p) - prf.tp;
        prf.fn = totalLength(t) - prf.tp;
        r.perClass[std::get<2>(it.key())] += prf;
        r.micro += prf;
    }
    return r;
}

QJsonObject IntervalMetrics::Result::toJson() const
{
    QJsonObject classes;
    for (auto it = perClass.begin(); it != perClass.end(); ++it)
        classes.insert(QString::number(it.key()), it.value().toJson());
    return { { QStringLiteral("micro"), micro.toJson() }, { QStringLiteral("per_class"), classes } };
}

} // namespace rwb::evaluation
