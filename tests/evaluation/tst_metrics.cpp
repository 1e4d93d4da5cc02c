// Metrics core: COCO evaluation against hand-checked cases and against a plain reference
// implementation written here from COCOeval's description (pycocotools is not available offline),
// IoU, confusion, classification, interval metrics and the evaluation of a model run in a project.

#include "fixture.h"

#include "evaluation/classificationmetrics.h"
#include "evaluation/cocoevaluator.h"
#include "evaluation/datasetsnapshot.h"
#include "evaluation/intervalmetrics.h"
#include "evaluation/iou.h"
#include "evaluation/modelevaluation.h"
#include "image/shape.h"
#include "knowledge/knowledgemigrations.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace rwb::evaluation;
using rwb::image::RleMask;

namespace {

DetectionObject gt(qint64 image, qint64 cat, QRectF box, bool crowd = false)
{
    static qint64 next = 1;
    DetectionObject o;
    o.id = next++;
    o.imageId = image;
    o.categoryId = cat;
    o.box = box;
    o.area = box.width() * box.height();
    o.crowd = crowd;
    return o;
}

DetectionObject dt(qint64 image, qint64 cat, QRectF box, double score)
{
    DetectionObject o = gt(image, cat, box);
    o.score = score;
    return o;
}

// --- reference: COCOeval transcribed loop by loop, over plain maps -------------------------

struct Reference
{
    std::vector<double> iouThr, recThr;
    std::vector<int> maxDets { 1, 10, 100 };
    std::vector<std::pair<double, double>> areas { { 0, 1e10 }, { 0, 1024 }, { 1024, 9216 }, { 9216, 1e10 } };
    // precision[(t,r,k,a,m)], recall[(t,k,a,m)]
    std::map<std::tuple<int, int, int, int, int>, double> precision;
    std::map<std::tuple<int, int, int, int>, double> recall;
    int K = 0;

    static double boxIou(const QRectF &d, const QRectF &g, bool crowd)
    {
        const QRectF i = d.intersected(g);
        const double inter = i.isValid() ? i.width() * i.height() : 0.0;
        const double uni = crowd ? d.width() * d.height() : d.width() * d.height() + g.width() * g.height() - inter;
        return inter > 0 ? inter / uni : 0.0;
    }

    void run(const QList<qint64> &images, const QList<DetectionObject> &gts, const QList<DetectionObject> &dts)
    {
        iouThr.clear();
        for (int i = 0; i < 10; ++i)
            iouThr.push_back(i == 9 ? 0.95 : 0.5 + i * ((0.95 - 0.5) / 9));
        recThr.clear();
        for (int i = 0; i <= 100; ++i)
            recThr.push_back(i == 100 ? 1.0 : i * (1.0 / 100));
        std::set<qint64> catSet;
        for (const auto &o : gts)
            catSet.insert(o.categoryId);
        for (const auto &o : dts)
            catSet.insert(o.categoryId);
        std::vector<qint64> cats(catSet.begin(), catSet.end());
        K = int(cats.size());
        std::vector<qint64> imgs(images.begin(), images.end());
        std::sort(imgs.begin(), imgs.end());
        for (int k = 0; k < K; ++k) {
            for (int a = 0; a < 4; ++a) {
                // evaluateImg for each image
                struct E
                {
                    std::vector<double> scores;
                    std::vector<std::vector<bool>> m, ig;
                    int npig = 0;
                };
                std::vector<std::optional<E>> evals;
                for (qint64 img : imgs) {
                    std::vector<DetectionObject> g, d;
                    for (const auto &o : gts)
                        if (o.imageId == img && o.categoryId == cats[size_t(k)])
                            g.push_back(o);
                    for (const auto &o : dts)
                        if (o.imageId == img && o.categoryId == cats[size_t(k)])
                            d.push_back(o);
                    if (g.empty() && d.empty()) {
                        evals.push_back(std::nullopt);
                        continue;
                    }
                    auto ign = [&](const DetectionObject &o) {
                        return o.crowd || o.area < areas[size_t(a)].first || o.area > areas[size_t(a)].second;
                    };
                    std::stable_sort(g.begin(), g.end(), [&](auto &x, auto &y) { return !ign(x) && ign(y); });
                    std::stable_sort(d.begin(), d.end(), [](auto &x, auto &y) { return x.score > y.score; });
                    if (d.size() > 100)
                        d.resize(100);
                    E e;
                    for (auto &o : d)
                        e.scores.push_back(o.score);
                    for (double t : iouThr) {
                        std::vector<bool> gm(g.size()), dm(d.size()), di(d.size());
                        for (size_t di_ = 0; di_ < d.size(); ++di_) {
                            double best = std::min(t, 1 - 1e-10);
                            int m = -1;
                            for (size_t gi = 0; gi < g.size(); ++gi) {
                                if (gm[gi] && !g[gi].crowd)
                                    continue;
                                if (m > -1 && !ign(g[size_t(m)]) && ign(g[gi]))
                                    break;
                                const double v = boxIou(d[di_].box, g[gi].box, g[gi].crowd);
                                if (v < best)
                                    continue;
                                best = v;
                                m = int(gi);
                            }
                            if (m >= 0) {
                                dm[di_] = true;
                                di[di_] = ign(g[size_t(m)]);
                                gm[size_t(m)] = true;
                            } else {
                                di[di_] = d[di_].area < areas[size_t(a)].first || d[di_].area > areas[size_t(a)].second;
                            }
                        }
                        e.m.push_back(dm);
                        e.ig.push_back(di);
                    }
                    for (auto &o : g)
                        e.npig += ign(o) ? 0 : 1;
                    evals.push_back(e);
                }
                for (int mi = 0; mi < 3; ++mi) {
                    std::vector<std::tuple<double, int, int>> all; // score, eval, index
                    int npig = 0;
                    bool any = false;
                    for (size_t i = 0; i < evals.size(); ++i) {
                        if (!evals[i])
                            continue;
                        any = true;
                        npig += evals[i]->npig;
                        for (size_t j = 0; j < evals[i]->scores.size() && int(j) < maxDets[size_t(mi)]; ++j)
                            all.emplace_back(evals[i]->scores[j], int(i), int(j));
                    }
                    if (!any || npig == 0)
                        continue;
                    std::stable_sort(
                        all.begin(), all.end(), [](auto &x, auto &y) { return std::get<0>(x) > std::get<0>(y); });
                    for (int t = 0; t < 10; ++t) {
                        std::vector<double> rc, pr;
                        double tp = 0, fp = 0;
                        for (auto &[s, i, j] : all) {
                            const bool m = evals[size_t(i)]->m[size_t(t)][size_t(j)];
                            const bool ig = evals[size_t(i)]->ig[size_t(t)][size_t(j)];
                            tp += (m && !ig);
                            fp += (!m && !ig);
                            rc.push_back(tp / npig);
                            pr.push_back(tp / (fp + tp + 2.220446049250313e-16));
                        }
                        recall[{ t, k, a, mi }] = rc.empty() ? 0 : rc.back();
                        for (size_t n = pr.size(); n-- > 1;)
                            pr[n - 1] = std::max(pr[n - 1], pr[n]);
                        bool stop = false;
                        for (int r = 0; r < 101; ++r) {
                            size_t n = 0;
                            while (n < rc.size() && rc[n] < recThr[size_t(r)])
                                ++n;
                            if (n == rc.size())
                                stop = true;
                            precision[{ t, r, k, a, mi }] = stop ? 0 : pr[n];
                        }
                    }
                }
            }
        }
    }

    double mean(bool ap, int t0, int t1, int a, int m, int k0 = 0, int k1 = -1) const
    {
        if (k1 < 0)
            k1 = K;
        double s = 0;
        int n = 0;
        for (int t = t0; t < t1; ++t)
            for (int k = k0; k < k1; ++k) {
                if (ap) {
                    for (int r = 0; r < 101; ++r) {
                        auto it = precision.find({ t, r, k, a, m });
                        if (it != precision.end()) {
                            s += it->second;
                            ++n;
                        }
                    }
                } else {
                    auto it = recall.find({ t, k, a, m });
                    if (it != recall.end()) {
                        s += it->second;
                        ++n;
                    }
                }
            }
        return n ? s / n : -1;
    }
    std::vector<double> stats() const
    {
        return { mean(true, 0, 10, 0, 2), mean(true, 0, 1, 0, 2), mean(true, 5, 6, 0, 2), mean(true, 0, 10, 1, 2),
            mean(true, 0, 10, 2, 2), mean(true, 0, 10, 3, 2), mean(false, 0, 10, 0, 0), mean(false, 0, 10, 0, 1),
            mean(false, 0, 10, 0, 2), mean(false, 0, 10, 1, 2), mean(false, 0, 10, 2, 2), mean(false, 0, 10, 3, 2) };
    }
};

double ap(const QList<qint64> &images, const QList<DetectionObject> &g, const QList<DetectionObject> &d, int stat = 0)
{
    CocoEvaluator e;
    e.setImages(images);
    e.setGroundTruth(g);
    e.setDetections(d);
    return e.evaluate().stats()[size_t(stat)];
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { rwb::knowledge::registerMigrations(); }

    void thresholdsMatchNumpy()
    {
        const auto t = CocoEvaluator::defaultIouThresholds();
        QCOMPARE(t.size(), size_t(10));
        QCOMPARE(t.front(), 0.5);
        QCOMPARE(t.back(), 0.95);
        // numpy.linspace(.5, .95, 10)[5] is 0.75 exactly? No: 0.7499999999999999 is what numpy gives
        // for 5 * (0.45/9) + 0.5 … the formula below is numpy's, so both agree bit for bit.
        QCOMPARE(t[5], 5 * ((0.95 - 0.5) / 9) + 0.5);
        const auto r = CocoEvaluator::defaultRecallThresholds();
        QCOMPARE(r.size(), size_t(101));
        QCOMPARE(r[100], 1.0);
        QCOMPARE(r[1], 0.01);
    }

    void boxIou_data()
    {
        QTest::addColumn<QRectF>("d");
        QTest::addColumn<QRectF>("g");
        QTest::addColumn<bool>("crowd");
        QTest::addColumn<double>("expected");
        QTest::newRow("same") << QRectF(0, 0, 10, 10) << QRectF(0, 0, 10, 10) << false << 1.0;
        QTest::newRow("half") << QRectF(0, 0, 10, 10) << QRectF(5, 0, 10, 10) << false << 50.0 / 150.0;
        QTest::newRow("touching") << QRectF(0, 0, 10, 10) << QRectF(10, 0, 10, 10) << false << 0.0;
        QTest::newRow("inside") << QRectF(2, 2, 4, 4) << QRectF(0, 0, 10, 10) << false << 16.0 / 100.0;
        QTest::newRow("crowd: over detection") << QRectF(2, 2, 4, 4) << QRectF(0, 0, 10, 10) << true << 1.0;
        QTest::newRow("corner") << QRectF(0, 0, 2, 2) << QRectF(1, 1, 2, 2) << false << 1.0 / 7.0;
    }
    void boxIou()
    {
        QFETCH(QRectF, d);
        QFETCH(QRectF, g);
        QFETCH(bool, crowd);
        QFETCH(double, expected);
        QCOMPARE(Iou::box(d, g, crowd), expected);
    }

    void maskIou()
    {
        const RleMask a = RleMask::fromRect(QRect(0, 0, 10, 10));
        const RleMask b = RleMask::fromRect(QRect(5, 0, 10, 10));
        QCOMPARE(Iou::mask(a, b), 50.0 / 150.0);
        QCOMPARE(Iou::mask(a, RleMask()), 0.0);
        // A triangle rasterised (pixel centres): half of the 10×10 square, the diagonal row counted once.
        const auto tri
            = rwb::image::Shape::polygon(QPolygonF({ { 0, 0 }, { 10, 0 }, { 10, 10 } })).toMask(QRect(0, 0, 10, 10));
        QVERIFY(tri);
        QCOMPARE(Iou::mask(*tri, a), double(tri->area()) / 100.0);
        QVERIFY(tri->area() >= 45 && tri->area() <= 55);
    }

    // Hand-checked: AP from the 101-point interpolation.
    void cocoHandCases()
    {
        const QRectF b(0, 0, 100, 100);
        // perfect
        QCOMPARE(ap({ 1 }, { gt(1, 1, b) }, { dt(1, 1, b, 0.9) }), 1.0);
        // false positive ranked first: precision 0.5 at every recall point → AP 0.5
        QCOMPARE(ap({ 1 }, { gt(1, 1, b) }, { dt(1, 1, QRectF(300, 300, 50, 50), 0.9), dt(1, 1, b, 0.8) }, 1), 0.5);
        // two truths, TP FP TP: precision 1 up to recall .5 (51 points), 2/3 above (50 points)
        QCOMPARE(
            ap({ 1 }, { gt(1, 1, b), gt(1, 1, QRectF(200, 0, 100, 100)) },
                { dt(1, 1, b, 0.9), dt(1, 1, QRectF(500, 500, 10, 10), 0.8), dt(1, 1, QRectF(200, 0, 100, 100), 0.7) },
                1),
            (51 * 1.0 + 50 * (2.0 / (3.0 + 2.220446049250313e-16))) / 101.0);
        // IoU 7000/13000 = 0.538: matched at .50 only → mAP 1/10
        QCOMPARE(ap({ 1 }, { gt(1, 1, QRectF(0, 0, 100, 100)) }, { dt(1, 1, QRectF(0, 30, 100, 100), 0.9) }), 0.1);
        // IoU exactly 0.6 meets the threshold 0.6 (≥): matched at .50, .55, .60 → 3/10
        QCOMPARE(ap({ 1 }, { gt(1, 1, QRectF(0, 0, 100, 100)) }, { dt(1, 1, QRectF(0, 25, 100, 100), 0.9) }), 0.3);
        // a missed truth: recall 0.5 → AP = 51/101
        QCOMPARE(ap({ 1, 2 }, { gt(1, 1, b), gt(2, 1, b) }, { dt(1, 1, b, 0.9) }, 1), 51.0 / 101.0);
        // no detections at all: AP 0, not undefined
        QCOMPARE(ap({ 1 }, { gt(1, 1, b) }, {}, 1), 0.0);
        // detections only: no truth → class undefined → -1
        QCOMPARE(ap({ 1 }, {}, { dt(1, 1, b, 0.9) }, 1), -1.0);
        // a detection on a crowd region is ignored, not a false positive
        QCOMPARE(ap({ 1 }, { gt(1, 1, b), gt(1, 1, QRectF(200, 200, 300, 300), true) },
                     { dt(1, 1, QRectF(250, 250, 50, 50), 0.95), dt(1, 1, b, 0.5) }, 1),
            1.0);
        // maxDets 1: only the best-scored detection per image counts for AR1
        QCOMPARE(ap({ 1 }, { gt(1, 1, b), gt(1, 1, QRectF(200, 0, 100, 100)) },
                     { dt(1, 1, b, 0.9), dt(1, 1, QRectF(200, 0, 100, 100), 0.8) }, 6),
            0.5);
        // sizes: a 20×20 object is small; medium and large are undefined
        CocoEvaluator e;
        e.setImages({ 1 });
        e.setGroundTruth({ gt(1, 1, QRectF(0, 0, 20, 20)) });
        e.setDetections({ dt(1, 1, QRectF(0, 0, 20, 20), 0.7) });
        const auto s = e.evaluate().stats();
        QCOMPARE(s[3], 1.0);
        QCOMPARE(s[4], -1.0);
        QCOMPARE(s[5], -1.0);
    }

    void cocoTiesKeepInputOrder()
    {
        // Equal scores: the detection given first is matched first (COCO's stable mergesort).
        const QRectF b(0, 0, 100, 100);
        const double tieFpFirst
            = ap({ 1 }, { gt(1, 1, b) }, { dt(1, 1, QRectF(400, 400, 9, 9), 0.5), dt(1, 1, b, 0.5) }, 1);
        const double tieTpFirst
            = ap({ 1 }, { gt(1, 1, b) }, { dt(1, 1, b, 0.5), dt(1, 1, QRectF(400, 400, 9, 9), 0.5) }, 1);
        QCOMPARE(tieFpFirst, 0.5);
        QCOMPARE(tieTpFirst, 1.0);
    }

    void cocoAgainstReference_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed : { 1, 2, 3, 4, 5, 6, 7, 8 })
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void cocoAgainstReference()
    {
        QFETCH(int, seed);
        QRandomGenerator rng(static_cast<quint32>(seed));
        QList<qint64> images;
        QList<DetectionObject> g, d;
        const int imageCount = 30;
        for (int i = 1; i <= imageCount; ++i) {
            images.append(i * 3);
            const int ng = rng.bounded(6);
            for (int n = 0; n < ng; ++n) {
                const double w = 5 + rng.bounded(150), h = 5 + rng.bounded(150);
                const QRectF box(rng.bounded(300), rng.bounded(300), w, h);
                const qint64 cat = 1 + rng.bounded(3);
                g.append(gt(i * 3, cat, box, rng.bounded(12) == 0));
                // detections near the truth, jittered, some with the wrong class
                const int nd = rng.bounded(3);
                for (int m = 0; m < nd; ++m) {
                    const QRectF jit = box.translated(rng.bounded(30) - 15, rng.bounded(30) - 15)
                                           .adjusted(0, 0, rng.bounded(20) - 10, rng.bounded(20) - 10);
                    // scores from a coarse grid so that ties happen
                    d.append(dt(i * 3, rng.bounded(5) == 0 ? 1 + rng.bounded(3) : cat, jit, rng.bounded(10) / 10.0));
                }
            }
            const int fps = rng.bounded(4);
            for (int n = 0; n < fps; ++n)
                d.append(dt(i * 3, 1 + rng.bounded(3),
                    QRectF(rng.bounded(400), rng.bounded(400), 10 + rng.bounded(90), 10 + rng.bounded(90)),
                    rng.bounded(100) / 100.0));
        }
        CocoEvaluator e;
        e.setImages(images);
        e.setGroundTruth(g);
        e.setDetections(d);
        const auto result = e.evaluate();
        Reference ref;
        ref.run(images, g, d);
        const auto a = result.stats(), b = ref.stats();
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                qWarning() << "stat" << i << a[i] << b[i];
            QCOMPARE(a[i], b[i]);
        }
        for (int k = 0; k < result.K; ++k)
            QCOMPARE(result.summarize(true, std::nullopt, QStringLiteral("all"), 100, k),
                ref.mean(true, 0, 10, 0, 2, k, k + 1));
        QVERIFY(a[0] > 0 && a[0] < 1);
    }

    void countsAtThresholdAndCurve()
    {
        const QRectF b(0, 0, 100, 100);
        CocoEvaluator e;
        e.setImages({ 1, 2 });
        e.setGroundTruth({ gt(1, 1, b), gt(2, 1, b), gt(2, 2, b) });
        e.setDetections(
            { dt(1, 1, b, 0.9), dt(2, 1, QRectF(300, 300, 20, 20), 0.8), dt(2, 2, b, 0.3), dt(2, 1, b, 0.2) });
        const auto r = e.evaluate();
        const Prf at5 = r.countsAt(0, 0.5);
        QCOMPARE(at5.tp, qint64(1));
        QCOMPARE(at5.fp, qint64(1));
        QCOMPARE(at5.fn, qint64(2));
        const Prf all = r.countsAt(0, 0.0);
        QCOMPARE(all.tp, qint64(3));
        QCOMPARE(all.fp, qint64(1));
        const auto curve = r.prCurve(0, 0);
        QCOMPARE(curve.size(), size_t(101));
        QCOMPARE(curve.front(), 1.0);
        QCOMPARE(curve.back(), 2.0 / (3.0 + 2.220446049250313e-16));

        // confusion at IoU .5, score ≥ .25: class 1 found, class 2 found, one background FP
        const ConfusionMatrix cm = e.confusion(0.5, 0.25);
        QCOMPARE(cm.size(), 3);
        QCOMPARE(cm.at(0, 0), qint64(1));
        QCOMPARE(cm.at(1, 1), qint64(1));
        QCOMPARE(cm.at(2, 0), qint64(1)); // background truth, predicted class 1
        QCOMPARE(cm.at(0, 2), qint64(1)); // class 1 on image 2 missed (its detection scored 0.2)
        // a wrongly classified box lands off the diagonal
        CocoEvaluator w;
        w.setImages({ 1 });
        w.setGroundTruth({ gt(1, 1, b) });
        w.setDetections({ dt(1, 2, b, 0.9) });
        QCOMPARE(w.confusion(0.5, 0.5).at(0, 1), qint64(1));
    }

    void classification()
    {
        const auto r = ClassificationMetrics::evaluate({
            { 1, { 10 }, { 10 } },
            { 2, { 10 }, { 20 } },
            { 3, { 20 }, { 20 } },
            { 4, { 20 }, {} },
        });
        QCOMPARE(r.accuracy.value(), 0.5);
        QCOMPARE(r.perClass[10].precision().value(), 1.0);
        QCOMPARE(r.perClass[10].recall().value(), 0.5);
        QCOMPARE(r.perClass[20].precision().value(), 0.5);
        QCOMPARE(r.perClass[20].recall().value(), 0.5);
        QCOMPARE(r.perClass[20].f1().value(), 0.5);
        QCOMPARE(r.confusion.at(0, 1), qint64(1));
        QCOMPARE(r.confusion.at(1, 2), qint64(1)); // class 20 missed → background
        QVERIFY(!ClassificationMetrics::evaluate({}).accuracy); // no items: undefined, not 0
    }

    void intervals()
    {
        auto iv = [](qint64 s, qint64 e, qint64 cls = 1, double score = 1, qint64 track = 0) {
            Interval i;
            i.assetId = 1;
            i.track = track;
            i.classId = cls;
            i.start = s;
            i.end = e;
            i.score = score;
            return i;
        };
        const QList<Interval> truth { iv(0, 10), iv(20, 30), iv(50, 60) };
        const QList<Interval> pred { iv(0, 10), iv(25, 40), iv(70, 80), iv(22, 28, 1, 0.5) };
        const auto exact = IntervalMetrics::events(truth, pred, IntervalMetrics::Match::Exact);
        QCOMPARE(exact.micro.tp, qint64(1));
        QCOMPARE(exact.micro.fp, qint64(3));
        QCOMPARE(exact.micro.fn, qint64(2));
        const auto overlap = IntervalMetrics::events(truth, pred, IntervalMetrics::Match::Overlap);
        QCOMPARE(overlap.micro.tp, qint64(2)); // [25,40) takes [20,30); [22,28) finds it used
        QCOMPARE(overlap.micro.fp, qint64(2));
        QCOMPARE(overlap.micro.fn, qint64(1));
        const auto strict = IntervalMetrics::events(truth, pred, IntervalMetrics::Match::Overlap, 0.5);
        QCOMPARE(strict.micro.tp, qint64(2)); // [25,40)∩[20,30) IoU 0.25 fails; [22,28) IoU 0.6 passes
        const auto points = IntervalMetrics::points(truth, pred);
        // truth covers 30 samples; prediction 10 + 15 + 10 (+ [22,28) inside [20,30)… merged with [25,40) → [22,40))
        QCOMPARE(points.micro.tp, qint64(10 + 8));
        QCOMPARE(points.micro.fp, qint64((40 - 22) - 8 + 10));
        QCOMPARE(points.micro.fn, qint64(30 - 18));
        // another page never matches
        QCOMPARE(IntervalMetrics::events({ iv(0, 5, 1, 1, 0) }, { iv(0, 5, 1, 1, 1) }, IntervalMetrics::Match::Exact)
                     .micro.tp,
            qint64(0));
    }

    void modelRunInProject()
    {
        rwb::evaluation::test::Fixture f;
        const qint64 scratch = f.addClass(QStringLiteral("scratch"));
        const qint64 dent = f.addClass(QStringLiteral("dent"));
        const qint64 tag = f.addClass(QStringLiteral("ok"));
        const qint64 i1 = f.addAsset();
        const qint64 i2 = f.addAsset();
        const qint64 unlabeled = f.addAsset();
        f.truthBox(i1, scratch, 10, 10, 100, 100);
        f.truthBox(i2, dent, 50, 50, 60, 60);
        f.modelBox(i1, scratch, 10, 10, 100, 100, 0.9);
        f.modelBox(i2, scratch, 50, 50, 60, 60, 0.8); // wrong class
        f.modelBox(unlabeled, scratch, 0, 0, 30, 30, 0.9); // no truth on that image: left out
        f.modelBox(i1, scratch, 10, 10, 100, 100, 0.99, QStringLiteral("other-model"));
        f.add(i1, tag, QStringLiteral("tag"), {});
        f.add(i1, tag, QStringLiteral("tag"), {}, rwb::project::AnnotationSource::Model, QStringLiteral("det-v1"), 0.7,
            rwb::project::AnnotationState::Proposed);
        const DatasetSnapshot data = DatasetSnapshot::load(f.project->connection());
        QCOMPARE(data.modelRuns().value(QStringLiteral("det-v1")), qint64(4));
        ModelEvaluation::Options o;
        o.modelId = QStringLiteral("det-v1");
        const ModelEvaluation ev = ModelEvaluation::run(data, o);
        QVERIFY(ev.detection);
        QCOMPARE(ev.detectionImages, qint64(2));
        QCOMPARE(ev.classAp(scratch).value(), 1.0);
        QCOMPARE(ev.classAp(dent).value(), 0.0);
        QCOMPARE(ev.classRecall(dent).value(), 0.0);
        QCOMPARE(ev.detectionAtThreshold.tp, qint64(1));
        QCOMPARE(ev.detectionAtThreshold.fp, qint64(1));
        QCOMPARE(ev.detectionConfusion.at(ev.detectionConfusion.indexOf(dent), ev.detectionConfusion.indexOf(scratch)),
            qint64(1));
        QVERIFY(ev.tags);
        QCOMPARE(ev.tags->accuracy.value(), 1.0);
        QVERIFY(ev.problems.join(QLatin1Char(' ')).contains(QLatin1String("dent")));
        const QJsonObject json = ev.toJson();
        QCOMPARE(json[QStringLiteral("detection")][QStringLiteral("stats")][QStringLiteral("AP50")].toDouble(), 0.5);
        QVERIFY(ev.toText().contains(QLatin1String("mAP@[.5:.95] 0.5000")));

        // segmentation IoU on the same boxes gives the same AP
        o.iouType = CocoEvaluator::IouType::Segm;
        QCOMPARE(ModelEvaluation::run(data, o).classAp(scratch).value(), 1.0);
    }

    // Ground truth is every accepted annotation except the evaluated run's own: another model's
    // proposal that a person accepted is truth, the run's accepted proposals are predictions.
    void groundTruthExcludesTheRunItself()
    {
        using rwb::project::AnnotationSource;
        using rwb::project::AnnotationState;
        rwb::evaluation::test::Fixture f;
        const qint64 c = f.addClass(QStringLiteral("c"));
        const qint64 img = f.addAsset();
        // accepted proposal of another model: ground truth for det-v1
        const qint64 other = f.add(img, c, QStringLiteral("box"), f.box(10, 10, 100, 100), AnnotationSource::Model,
            QStringLiteral("teacher"), 0.9, AnnotationState::Accepted);
        // det-v1's own proposal, accepted by a person: still only a prediction of det-v1
        const qint64 own = f.add(img, c, QStringLiteral("box"), f.box(10, 10, 100, 100), AnnotationSource::Model,
            QStringLiteral("det-v1"), 0.8, AnnotationState::Accepted);
        const DatasetSnapshot data = DatasetSnapshot::load(f.project->connection());
        auto find = [&](qint64 id) {
            for (const auto &a : data.annotations)
                if (a.id == id)
                    return a;
            return rwb::project::Annotation {};
        };
        QVERIFY(DatasetSnapshot::isTruth(find(other), QStringLiteral("det-v1")));
        QVERIFY(!DatasetSnapshot::isTruth(find(own), QStringLiteral("det-v1")));
        QVERIFY(DatasetSnapshot::isTruth(find(own), QStringLiteral("teacher")));
        QVERIFY(DatasetSnapshot::isTruth(find(own)));

        ModelEvaluation::Options o;
        o.modelId = QStringLiteral("det-v1");
        const ModelEvaluation ev = ModelEvaluation::run(data, o);
        QCOMPARE(ev.truths, qint64(1));
        QCOMPARE(ev.predictions, qint64(1));
        QCOMPARE(ev.classAp(c).value(), 1.0);
        QCOMPARE(ev.detectionAtThreshold.tp, qint64(1));
        QCOMPARE(ev.detectionAtThreshold.fp, qint64(0));

        // the other way round: the teacher is evaluated against det-v1's accepted box
        o.modelId = QStringLiteral("teacher");
        const ModelEvaluation back = ModelEvaluation::run(data, o);
        QCOMPARE(back.truths, qint64(1));
        QCOMPARE(back.predictions, qint64(1));

        // a run whose only accepted labels are its own has no ground truth at all
        rwb::evaluation::test::Fixture g;
        const qint64 gc = g.addClass(QStringLiteral("c"));
        const qint64 gi = g.addAsset();
        g.add(gi, gc, QStringLiteral("box"), g.box(0, 0, 50, 50), AnnotationSource::Model, QStringLiteral("det-v1"),
            0.9, AnnotationState::Accepted);
        ModelEvaluation::Options go;
        go.modelId = QStringLiteral("det-v1");
        const ModelEvaluation self = ModelEvaluation::run(DatasetSnapshot::load(g.project->connection()), go);
        QVERIFY(!self.detection);
        QCOMPARE(self.truths, qint64(0));
        QVERIFY(self.problems.join(QLatin1Char(' ')).contains(QLatin1String("no ground truth")));
    }

    void badInput()
    {
        rwb::evaluation::test::Fixture f;
        const qint64 c = f.addClass(QStringLiteral("c"));
        const qint64 a = f.addAsset();
        f.modelBox(a, c, 0, 0, 10, 10, 0.9);
        ModelEvaluation::Options o;
        o.modelId = QStringLiteral("det-v1");
        const ModelEvaluation ev = ModelEvaluation::run(DatasetSnapshot::load(f.project->connection()), o);
        QVERIFY(!ev.detection); // nothing to divide by: no numbers at all
        QVERIFY(ev.problems.join(QLatin1Char(' ')).contains(QLatin1String("no ground truth")));
        o.modelId = QStringLiteral("nope");
        const ModelEvaluation none = ModelEvaluation::run(DatasetSnapshot::load(f.project->connection()), o);
        QVERIFY(none.problems.first().contains(QLatin1String("nope")));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
