#include "cocoevaluator.h"

#include "iou.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace rwb::evaluation {

namespace {
/// numpy.linspace(start, stop, num): start + i·step with the last value set to stop exactly.
std::vector<double> linspace(double start, double stop, int num)
{
    std::vector<double> out(static_cast<size_t>(num));
    const double step = (stop - start) / double(num - 1);
    for (int i = 0; i < num; ++i)
        out[size_t(i)] = double(i) * step + start;
    out.back() = stop;
    return out;
}

/// np.spacing(1): what COCOeval adds to the precision denominator.
constexpr double Eps = 2.220446049250313e-16;

/// Stable order of \a indices by descending score (numpy argsort(-score, kind="mergesort")).
void sortByScore(std::vector<int> &indices, const QList<DetectionObject> &objects)
{
    std::stable_sort(indices.begin(), indices.end(), [&](int a, int b) { return objects[a].score > objects[b].score; });
}

/// evaluateImg's result for one image, class and area range.
struct ImageEval
{
    std::vector<double> scores; ///< detections in score order, cut to the largest maxDets
    std::vector<char> matched; ///< [T][D]
    std::vector<char> ignored; ///< [T][D]
    qint64 nonIgnoredTruth = 0;
};
} // namespace

std::vector<double> CocoEvaluator::defaultIouThresholds()
{
    return linspace(0.5, 0.95, 10);
}

std::vector<double> CocoEvaluator::defaultRecallThresholds()
{
    return linspace(0.0, 1.0, 101);
}

QList<CocoEvaluator::AreaRange> CocoEvaluator::defaultAreaRanges()
{
    return {
        { QStringLiteral("all"), 0, 1e10 },
        { QStringLiteral("small"), 0, 32.0 * 32.0 },
        { QStringLiteral("medium"), 32.0 * 32.0, 96.0 * 96.0 },
        { QStringLiteral("large"), 96.0 * 96.0, 1e10 },
    };
}

CocoEvaluator::CocoEvaluator()
    : CocoEvaluator(Params {})
{ }

CocoEvaluator::CocoEvaluator(Params params)
    : m_params(std::move(params))
{ }

void CocoEvaluator::setImages(const QList<qint64> &imageIds)
{
    m_images = imageIds;
    std::sort(m_images.begin(), m_images.end());
    m_images.erase(std::unique(m_images.begin(), m_images.end()), m_images.end());
}

void CocoEvaluator::setGroundTruth(const QList<DetectionObject> &objects)
{
    m_truth = objects;
}

void CocoEvaluator::setDetections(const QList<DetectionObject> &objects)
{
    m_detections = objects;
}

void CocoEvaluator::setCategories(const QList<qint64> &categoryIds)
{
    m_categories = categoryIds;
}

double CocoEvaluator::iou(const DetectionObject &d, const DetectionObject &g) const
{
    if (m_params.iouType == IouType::Segm && d.mask && g.mask)
        return Iou::mask(*d.mask, *g.mask, g.crowd);
    return Iou::box(d.box, g.box, g.crowd);
}

CocoEvaluator::Result CocoEvaluator::evaluate() const
{
    Result r;
    r.params = m_params;
    QList<qint64> cats = m_categories;
    if (cats.isEmpty()) {
        for (const DetectionObject &o : m_truth)
            cats.append(o.categoryId);
        for (const DetectionObject &o : m_detections)
            cats.append(o.categoryId);
    }
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    r.categories = cats;
    const int I = int(m_images.size());
    r.K = int(cats.size());
    r.T = int(m_params.iouThresholds.size());
    r.R = int(m_params.recallThresholds.size());
    r.A = int(m_params.areaRanges.size());
    r.M = int(m_params.maxDets.size());
    const int T = r.T, R = r.R, K = r.K, A = r.A, M = r.M;
    r.precision.assign(static_cast<size_t>(T) * R * K * A * M, -1.0);
    r.scores.assign(static_cast<size_t>(T) * R * K * A * M, -1.0);
    r.recall.assign(static_cast<size_t>(T) * K * A * M, -1.0);
    r.ranked.resize(static_cast<size_t>(K));
    if (K == 0 || I == 0)
        return r;

    QHash<qint64, int> imageIndex;
    for (int i = 0; i < I; ++i)
        imageIndex.insert(m_images[i], i);
    QHash<qint64, int> catIndex;
    for (int k = 0; k < K; ++k)
        catIndex.insert(cats[k], k);
    // Cells [k][i] of object indices in input order (COCO keeps the dataset's order).
    std::vector<std::vector<int>> truthCells(static_cast<size_t>(K) * I), detCells(static_cast<size_t>(K) * I);
    auto distribute = [&](const QList<DetectionObject> &objects, std::vector<std::vector<int>> &cells) {
        for (int n = 0; n < objects.size(); ++n) {
            const auto ii = imageIndex.constFind(objects[n].imageId);
            const auto kk = catIndex.constFind(objects[n].categoryId);
            if (ii != imageIndex.cend() && kk != catIndex.cend())
                cells[size_t(*kk) * I + *ii].push_back(n);
        }
    };
    distribute(m_truth, truthCells);
    distribute(m_detections, detCells);

    const int maxDetLast = m_params.maxDets.back();
    std::vector<double> thresholds(static_cast<size_t>(T));
    for (int t = 0; t < T; ++t)
        thresholds[size_t(t)] = std::min(m_params.iouThresholds[size_t(t)], 1 - 1e-10);

    // Per class: evaluate every image for every area range, then accumulate.
    std::vector<std::vector<std::optional<ImageEval>>> evals(
        static_cast<size_t>(A), std::vector<std::optional<ImageEval>>(static_cast<size_t>(I)));
    std::vector<double> ious;
    for (int k = 0; k < K; ++k) {
        for (int i = 0; i < I; ++i) {
            const std::vector<int> &gt = truthCells[size_t(k) * I + i];
            std::vector<int> dt = detCells[size_t(k) * I + i];
            for (int a = 0; a < A; ++a)
                evals[size_t(a)][size_t(i)].reset();
            if (gt.empty() && dt.empty())
                continue;
            sortByScore(dt, m_detections);
            if (int(dt.size()) > maxDetLast)
                dt.resize(static_cast<size_t>(maxDetLast));
            const int D = int(dt.size()), G = int(gt.size());
            ious.assign(static_cast<size_t>(D) * G, 0.0);
            for (int d = 0; d < D; ++d)
                for (int g = 0; g < G; ++g)
                    ious[size_t(d) * G + g] = iou(m_detections[dt[size_t(d)]], m_truth[gt[size_t(g)]]);
            for (int a = 0; a < A; ++a) {
                const AreaRange &range = m_params.areaRanges[a];
                auto outside = [&](double area) { return area < range.low || area > range.high; };
                std::vector<int> order(static_cast<size_t>(G)); // ground truths, non-ignored first (stable)
                std::vector<char> gtIgnore(static_cast<size_t>(G));
                for (int g = 0; g < G; ++g) {
                    const DetectionObject &o = m_truth[gt[size_t(g)]];
                    gtIgnore[size_t(g)] = o.crowd || outside(o.area);
                }
                std::iota(order.begin(), order.end(), 0);
                std::stable_sort(order.begin(), order.end(),
                    [&](int x, int y) { return gtIgnore[size_t(x)] < gtIgnore[size_t(y)]; });
                ImageEval e;
                e.scores.resize(static_cast<size_t>(D));
                for (int d = 0; d < D; ++d)
                    e.scores[size_t(d)] = m_detections[dt[size_t(d)]].score;
                e.matched.assign(static_cast<size_t>(T) * D, 0);
                e.ignored.assign(static_cast<size_t>(T) * D, 0);
                std::vector<char> gtMatched(static_cast<size_t>(G));
                for (int t = 0; t < T; ++t) {
                    std::fill(gtMatched.begin(), gtMatched.end(), 0);
                    for (int d = 0; d < D; ++d) {
                        double best = thresholds[size_t(t)];
                        int m = -1;
                        for (int gi = 0; gi < G; ++gi) {
                            const int g = order[size_t(gi)];
                            const bool crowd = m_truth[gt[size_t(g)]].crowd;
                            if (gtMatched[size_t(g)] && !crowd)
                                continue;
                            if (m > -1 && !gtIgnore[size_t(m)] && gtIgnore[size_t(g)])
                                break;
                            const double v = ious[size_t(d) * G + g];
                            if (v < best)
                                continue;
                            best = v;
                            m = g;
                        }
                        if (m == -1)
                            continue;
                        e.ignored[size_t(t) * D + d] = gtIgnore[size_t(m)];
                        e.matched[size_t(t) * D + d] = 1;
                        gtMatched[size_t(m)] = 1;
                    }
                    for (int d = 0; d < D; ++d) {
                        if (!e.matched[size_t(t) * D + d] && outside(m_detections[dt[size_t(d)]].area))
                            e.ignored[size_t(t) * D + d] = 1;
                    }
                }
                e.nonIgnoredTruth = std::count(gtIgnore.begin(), gtIgnore.end(), 0);
                evals[size_t(a)][size_t(i)] = std::move(e);
            }
        }

        // accumulate
        for (int a = 0; a < A; ++a) {
            for (int mi = 0; mi < M; ++mi) {
                const int maxDet = m_params.maxDets[size_t(mi)];
                std::vector<double> scores;
                std::vector<std::pair<int, int>> source; // (image, detection)
                qint64 npig = 0;
                bool any = false;
                for (int i = 0; i < I; ++i) {
                    const std::optional<ImageEval> &e = evals[size_t(a)][size_t(i)];
                    if (!e)
                        continue;
                    any = true;
                    npig += e->nonIgnoredTruth;
                    const int n = std::min(int(e->scores.size()), maxDet);
                    for (int d = 0; d < n; ++d) {
                        scores.push_back(e->scores[size_t(d)]);
                        source.emplace_back(i, d);
                    }
                }
                if (!any || npig == 0)
                    continue;
                const int nd = int(scores.size());
                std::vector<int> idx(static_cast<size_t>(nd));
                std::iota(idx.begin(), idx.end(), 0);
                std::stable_sort(
                    idx.begin(), idx.end(), [&](int x, int y) { return scores[size_t(x)] > scores[size_t(y)]; });
                const bool keepRanked = a == 0 && mi == M - 1;
                if (keepRanked) {
                    Result::Ranked &rk = r.ranked[size_t(k)];
                    rk.groundTruth = npig;
                    rk.score.resize(static_cast<size_t>(nd));
                    for (int n = 0; n < nd; ++n)
                        rk.score[size_t(n)] = scores[size_t(idx[size_t(n)])];
                    rk.tp.assign(static_cast<size_t>(T), std::vector<char>(static_cast<size_t>(nd)));
                    rk.ignored.assign(static_cast<size_t>(T), std::vector<char>(static_cast<size_t>(nd)));
                }
                std::vector<double> rc(static_cast<size_t>(nd)), pr(static_cast<size_t>(nd));
                for (int t = 0; t < T; ++t) {
                    double tp = 0, fp = 0;
                    for (int n = 0; n < nd; ++n) {
                        const auto [i, d] = source[size_t(idx[size_t(n)])];
                        const ImageEval &e = *evals[size_t(a)][size_t(i)];
                        const size_t D = e.scores.size();
                        const bool matched = e.matched[size_t(t) * D + d];
                        const bool ignored = e.ignored[size_t(t) * D + d];
                        if (!ignored) {
                            if (matched)
                                tp += 1;
                            else
                                fp += 1;
                        }
                        if (keepRanked) {
                            r.ranked[size_t(k)].tp[size_t(t)][size_t(n)] = matched && !ignored;
                            r.ranked[size_t(k)].ignored[size_t(t)][size_t(n)] = ignored;
                        }
                        rc[size_t(n)] = tp / double(npig);
                        pr[size_t(n)] = tp / (fp + tp + Eps);
                    }
                    const size_t ri = ((static_cast<size_t>(t) * K + k) * A + a) * M + mi;
                    r.recall[ri] = nd ? rc[size_t(nd - 1)] : 0.0;
                    for (int n = nd - 1; n > 0; --n) {
                        if (pr[size_t(n)] > pr[size_t(n - 1)])
                            pr[size_t(n - 1)] = pr[size_t(n)];
                    }
                    for (int q = 0; q < R; ++q) {
                        const size_t pi = (((static_cast<size_t>(t) * R + q) * K + k) * A + a) * M + mi;
                        const auto it = std::lower_bound(rc.begin(), rc.end(), m_params.recallThresholds[size_t(q)]);
                        if (it == rc.end()) {
                            // COCOeval's IndexError: this and all higher recall points stay 0.
                            for (int q2 = q; q2 < R; ++q2) {
                                const size_t p2 = (((static_cast<size_t>(t) * R + q2) * K + k) * A + a) * M + mi;
                                r.precision[p2] = 0;
                                r.scores[p2] = 0;
                            }
                            break;
                        }
                        const size_t n = size_t(it - rc.begin());
                        r.precision[pi] = pr[n];
                        r.scores[pi] = scores[size_t(idx[n])];
                    }
                }
            }
        }
    }
    return r;
}

double CocoEvaluator::Result::precisionAt(int t, int rr, int k, int a, int m) const
{
    return precision[(((static_cast<size_t>(t) * R + rr) * K + k) * A + a) * M + m];
}

double CocoEvaluator::Result::recallAt(int t, int k, int a, int m) const
{
    return recall[((static_cast<size_t>(t) * K + k) * A + a) * M + m];
}

int CocoEvaluator::Result::iouIndex(double iou) const
{
    for (int t = 0; t < T; ++t) {
        if (std::abs(params.iouThresholds[size_t(t)] - iou) < 1e-9)
            return t;
    }
    return -1;
}

double CocoEvaluator::Result::summarize(
    bool ap, std::optional<double> iouThreshold, const QString &area, int maxDets, std::optional<int> k) const
{
    int a = -1, m = -1;
    for (int i = 0; i < A; ++i) {
        if (params.areaRanges[i].name == area)
            a = i;
    }
    for (int i = 0; i < M; ++i) {
        if (params.maxDets[size_t(i)] == maxDets)
            m = i;
    }
    if (a < 0 || m < 0)
        return -1;
    const int t0 = iouThreshold ? iouIndex(*iouThreshold) : 0;
    if (t0 < 0)
        return -1;
    const int t1 = iouThreshold ? t0 + 1 : T;
    const int k0 = k ? *k : 0;
    const int k1 = k ? *k + 1 : K;
    double sum = 0;
    qint64 n = 0;
    for (int t = t0; t < t1; ++t) {
        for (int kk = k0; kk < k1; ++kk) {
            if (ap) {
                for (int q = 0; q < R; ++q) {
                    const double v = precisionAt(t, q, kk, a, m);
                    if (v > -1) {
                        sum += v;
                        ++n;
                    }
                }
            } else {
                const double v = recallAt(t, kk, a, m);
                if (v > -1) {
                    sum += v;
                    ++n;
                }
            }
        }
    }
    return n ? sum / double(n) : -1;
}

std::vector<double> CocoEvaluator::Result::stats() const
{
    const int last = params.maxDets.back();
    const QString all = QStringLiteral("all"), s = QStringLiteral("small"), md = QStringLiteral("medium"),
                  l = QStringLiteral("large");
    return {
        summarize(true, std::nullopt, all, last),
        summarize(true, 0.5, all, last),
        summarize(true, 0.75, all, last),
        summarize(true, std::nullopt, s, last),
        summarize(true, std::nullopt, md, last),
        summarize(true, std::nullopt, l, last),
        summarize(false, std::nullopt, all, params.maxDets.front()),
        summarize(false, std::nullopt, all, params.maxDets.size() > 1 ? params.maxDets[1] : last),
        summarize(false, std::nullopt, all, last),
        summarize(false, std::nullopt, s, last),
        summarize(false, std::nullopt, md, last),
        summarize(false, std::nullopt, l, last),
    };
}

std::vector<double> CocoEvaluator::Result::prCurve(int t, int k) const
{
    std::vector<double> out;
    if (t < 0 || t >= T || k < 0 || k >= K || A == 0)
        return out;
    for (int q = 0; q < R; ++q) {
        const double v = precisionAt(t, q, k, 0, M - 1);
        if (v <= -1)
            return {};
        out.push_back(v);
    }
    return out;
}

Prf CocoEvaluator::Result::countsAt(int t, double scoreThreshold, std::optional<int> k) const
{
    Prf out;
    if (t < 0 || t >= T)
        return out;
    const int k0 = k ? *k : 0;
    const int k1 = k ? *k + 1 : K;
    for (int kk = k0; kk < k1; ++kk) {
        const Ranked &rk = ranked[size_t(kk)];
        qint64 tp = 0;
        for (size_t n = 0; n < rk.score.size() && rk.score[n] >= scoreThreshold; ++n) {
            if (rk.tp[size_t(t)][n])
                ++tp;
            else if (!rk.ignored[size_t(t)][n])
                ++out.fp;
        }
        out.tp += tp;
        out.fn += rk.groundTruth - tp;
    }
    return out;
}

ConfusionMatrix CocoEvaluator::confusion(double iouThreshold, double scoreThreshold) const
{
    QList<qint64> cats = m_categories;
    if (cats.isEmpty()) {
        for (const DetectionObject &o : m_truth)
            cats.append(o.categoryId);
        for (const DetectionObject &o : m_detections)
            cats.append(o.categoryId);
    }
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    ConfusionMatrix cm(cats);
    QHash<qint64, std::vector<int>> truthByImage, detByImage;
    for (int n = 0; n < m_truth.size(); ++n) {
        if (!m_truth[n].crowd)
            truthByImage[m_truth[n].imageId].push_back(n);
    }
    for (int n = 0; n < m_detections.size(); ++n) {
        if (m_detections[n].score >= scoreThreshold)
            detByImage[m_detections[n].imageId].push_back(n);
    }
    for (qint64 image : m_images) {
        const std::vector<int> gt = truthByImage.value(image);
        std::vector<int> dt = detByImage.value(image);
        sortByScore(dt, m_detections);
        std::vector<char> used(gt.size());
        for (int d : dt) {
            // Own class first, so that two overlapping objects of different classes are not crossed.
            int best = -1;
            for (const bool sameClass : { true, false }) {
                double bestIou = iouThreshold;
                for (size_t g = 0; g < gt.size(); ++g) {
                    if (used[g] || (sameClass && m_truth[gt[g]].categoryId != m_detections[d].categoryId))
                        continue;
                    const double v = iou(m_detections[d], m_truth[gt[g]]);
                    if (v >= bestIou && (best < 0 || v > bestIou)) {
                        best = int(g);
                        bestIou = v;
                    }
                }
                if (best >= 0)
                    break;
            }
            const int predicted = cm.indexOf(m_detections[d].categoryId);
            if (best < 0) {
                cm.add(cm.background(), predicted);
            } else {
                used[size_t(best)] = 1;
                cm.add(cm.indexOf(m_truth[gt[size_t(best)]].categoryId), predicted);
            }
        }
        for (size_t g = 0; g < gt.size(); ++g) {
            if (!used[g])
                cm.add(cm.indexOf(m_truth[gt[g]].categoryId), cm.background());
        }
    }
    return cm;
}

} // namespace rwb::evaluation
