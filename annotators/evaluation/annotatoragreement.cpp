#include "annotatoragreement.h"

#include "datasetsnapshot.h"
#include "iou.h"

#include "document/documentspan.h"
#include "image/shape.h"
#include "timeseries/signallabel.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <map>
#include <tuple>

namespace rwb::evaluation {

using namespace rwb::project;

Prf AnnotatorAgreement::shapeF1(const QList<Region> &a, const QList<Region> &b, double minIou)
{
    QMap<QPair<qint64, qint64>, QList<int>> ga, gb;
    for (int i = 0; i < a.size(); ++i)
        ga[{ a[i].assetId, a[i].classId }].append(i);
    for (int i = 0; i < b.size(); ++i)
        gb[{ b[i].assetId, b[i].classId }].append(i);
    Prf out;
    out.fn = a.size();
    out.fp = b.size();
    for (auto it = ga.begin(); it != ga.end(); ++it) {
        const QList<int> xs = it.value(), ys = gb.value(it.key());
        std::vector<std::tuple<double, int, int>> pairs;
        for (int x : xs)
            for (int y : ys) {
                const double v = Iou::box(b[y].box, a[x].box);
                if (v >= minIou)
                    pairs.emplace_back(v, x, y);
            }
        std::stable_sort(
            pairs.begin(), pairs.end(), [](const auto &p, const auto &q) { return std::get<0>(p) > std::get<0>(q); });
        QSet<int> usedA, usedB;
        for (const auto &[v, x, y] : pairs) {
            if (usedA.contains(x) || usedB.contains(y))
                continue;
            usedA.insert(x);
            usedB.insert(y);
            ++out.tp;
            --out.fn;
            --out.fp;
        }
    }
    return out;
}

AnnotatorAgreement::Kappa AnnotatorAgreement::cohensKappa(const QList<QString> &a, const QList<QString> &b)
{
    Kappa k;
    k.items = std::min(a.size(), b.size());
    if (k.items == 0)
        return k;
    QHash<QString, qint64> ca, cb;
    qint64 same = 0;
    for (qsizetype i = 0; i < k.items; ++i) {
        ++ca[a[i]];
        ++cb[b[i]];
        if (a[i] == b[i])
            ++same;
    }
    const double n = double(k.items);
    double pe = 0;
    for (auto it = ca.begin(); it != ca.end(); ++it)
        pe += (double(it.value()) / n) * (double(cb.value(it.key())) / n);
    k.observed = double(same) / n;
    k.expected = pe;
    if (pe < 1.0)
        k.kappa = (*k.observed - pe) / (1.0 - pe);
    return k;
}

AnnotatorAgreement::Alpha AnnotatorAgreement::krippendorffAlpha(
    const QList<Segment> &a, const QList<Segment> &b, const QHash<QPair<qint64, qint64>, qint64> &length)
{
    // Per continuum: boundaries where either coder's value may change; between two boundaries
    // each coder's value (a set of classes) is constant, so the stretch counts with its length.
    using Key = QPair<qint64, qint64>;
    QMap<Key, std::pair<QList<Segment>, QList<Segment>>> tracks;
    for (const Segment &s : a)
        tracks[{ s.assetId, s.track }].first.append(s);
    for (const Segment &s : b)
        tracks[{ s.assetId, s.track }].second.append(s);
    std::map<std::pair<QString, QString>, double> o; // coincidences
    Alpha out;
    auto valueAt = [](const QList<Segment> &list, qint64 pos) {
        QList<qint64> classes;
        for (const Segment &s : list) {
            if (s.start <= pos && pos < s.end && !classes.contains(s.classId))
                classes.append(s.classId);
        }
        std::sort(classes.begin(), classes.end());
        QStringList parts;
        for (qint64 c : classes)
            parts << QString::number(c);
        return parts.join(QLatin1Char(','));
    };
    for (auto it = tracks.begin(); it != tracks.end(); ++it) {
        QList<qint64> cuts { 0 };
        qint64 end = length.value(it.key(), 0);
        for (const auto *list : { &it->first, &it->second })
            for (const Segment &s : *list) {
                cuts << s.start << s.end;
                end = std::max(end, s.end);
            }
        cuts << end;
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const qint64 lo = cuts[i], hi = cuts[i + 1];
            if (hi <= lo || lo >= end)
                continue;
            const QString va = valueAt(it->first, lo), vb = valueAt(it->second, lo);
            const double w = double(hi - lo);
            o[{ va, vb }] += w;
            o[{ vb, va }] += w;
            out.positions += hi - lo;
        }
    }
    std::map<QString, double> nc;
    double n = 0, disagree = 0;
    for (const auto &[key, w] : o) {
        nc[key.first] += w;
        n += w;
        if (key.first != key.second)
            disagree += w;
    }
    double expected = 0;
    for (const auto &[c, x] : nc)
        for (const auto &[k, y] : nc)
            if (c != k)
                expected += x * y;
    if (n > 1 && expected > 0)
        out.alpha = 1.0 - (n - 1) * disagree / expected;
    return out;
}

AnnotatorAgreement::Report AnnotatorAgreement::compare(const DatasetSnapshot &data, qint64 userA, qint64 userB)
{
    Report r;
    r.userA = data.userNames.value(userA, QString::number(userA));
    r.userB = data.userNames.value(userB, QString::number(userB));
    QHash<qint64, QSet<qint64>> assetsOf; // user → assets
    for (const Annotation &x : data.annotations) {
        if (x.author && x.state != AnnotationState::Rejected)
            assetsOf[*x.author].insert(x.assetId);
    }
    const QSet<qint64> shared = assetsOf.value(userA) & assetsOf.value(userB);
    r.sharedAssets = shared.size();
    if (shared.isEmpty()) {
        r.problems.append(tr("%1 and %2 have no labelled asset in common.").arg(r.userA, r.userB));
        return r;
    }
    QList<Region> ra, rb;
    QHash<qint64, QStringList> tagA, tagB;
    QList<Segment> rangesA, rangesB, spansA, spansB;
    QHash<QPair<qint64, qint64>, qint64> lengths;
    for (const Annotation &x : data.annotations) {
        if (!x.author || !x.classId || x.state == AnnotationState::Rejected || !shared.contains(x.assetId))
            continue;
        const bool isA = *x.author == userA;
        if (!isA && *x.author != userB)
            continue;
        if (x.kind == QLatin1String(shape::Tag)) {
            (isA ? tagA : tagB)[x.assetId].append(QString::number(*x.classId));
        } else if (x.kind == QLatin1String(shape::Span)) {
            if (const auto s = document::DocumentSpan::fromAnnotation(x))
                (isA ? spansA : spansB).append({ x.assetId, s->page, *x.classId, s->start, s->end });
        } else if (x.kind == QLatin1String(shape::Range) || x.kind == QLatin1String(shape::Event)) {
            if (const auto s = timeseries::SignalLabel::fromAnnotation(x)) {
                (isA ? rangesA : rangesB).append({ x.assetId, 0, *x.classId, s->start, s->end });
                if (const Asset *asset = data.asset(x.assetId); asset && asset->samples)
                    lengths.insert({ x.assetId, 0 }, *asset->samples);
            }
        } else if (const auto s = image::Shape::fromAnnotation(x); s && s->isArea()) {
            (isA ? ra : rb).append({ x.assetId, *x.classId, s->extent() });
        }
    }
    r.shapes = shapeF1(ra, rb);
    QList<QString> ka, kb;
    for (auto it = tagA.begin(); it != tagA.end(); ++it) {
        if (!tagB.contains(it.key()))
            continue;
        QStringList x = it.value(), y = tagB.value(it.key());
        x.sort();
        y.sort();
        ka << x.join(QLatin1Char(','));
        kb << y.join(QLatin1Char(','));
    }
    r.tags = cohensKappa(ka, kb);
    r.ranges = krippendorffAlpha(rangesA, rangesB, lengths);
    r.spans = krippendorffAlpha(spansA, spansB);
    return r;
}

QJsonObject AnnotatorAgreement::Report::toJson() const
{
    return {
        { QStringLiteral("user_a"), userA },
        { QStringLiteral("user_b"), userB },
        { QStringLiteral("shared_assets"), sharedAssets },
        { QStringLiteral("shapes"), shapes.toJson() },
        { QStringLiteral("tags"),
            QJsonObject { { QStringLiteral("items"), tags.items },
                { QStringLiteral("observed"), toJsonValue(tags.observed) },
                { QStringLiteral("expected"), toJsonValue(tags.expected) },
                { QStringLiteral("kappa"), toJsonValue(tags.kappa) } } },
        { QStringLiteral("ranges"),
            QJsonObject { { QStringLiteral("positions"), ranges.positions },
                { QStringLiteral("alpha"), toJsonValue(ranges.alpha) } } },
        { QStringLiteral("spans"),
            QJsonObject { { QStringLiteral("positions"), spans.positions },
                { QStringLiteral("alpha"), toJsonValue(spans.alpha) } } },
        { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
    };
}

QString AnnotatorAgreement::Report::toText() const
{
    auto f = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 4) : tr("n/a"); };
    QStringList l;
    l << tr("Agreement of %1 and %2 on %3 shared assets").arg(userA, userB).arg(sharedAssets);
    for (const QString &p : problems)
        l << tr("  note: %1").arg(p);
    l << tr("  shapes: IoU-matched F1 %1 (%2 matched)").arg(f(shapes.f1())).arg(shapes.tp);
    l << tr("  tags: Cohen's kappa %1 over %2 assets").arg(f(tags.kappa)).arg(tags.items);
    l << tr("  time ranges: Krippendorff's alpha %1").arg(f(ranges.alpha));
    l << tr("  text spans: Krippendorff's alpha %1").arg(f(spans.alpha));
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rwb::evaluation
