// Signal core without widgets: min/max pyramid against brute force, labels as annotations,
// and the rule-based assist (threshold, rolling z-score, CUSUM).
#include "project/annotation.h"
#include "timeseries/minmaxpyramid.h"
#include "timeseries/signallabel.h"
#include "timeseries/signalrules.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace rwb::timeseries;

namespace {
MinMaxPyramid::Envelope brute(const std::vector<float> &x, qint64 a, qint64 b)
{
    MinMaxPyramid::Envelope e { std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity() };
    for (qint64 i = std::max<qint64>(0, a); i < std::min<qint64>(qint64(x.size()), b); ++i) {
        if (std::isnan(x[size_t(i)]))
            continue;
        e.min = std::min(e.min, x[size_t(i)]);
        e.max = std::max(e.max, x[size_t(i)]);
    }
    return e;
}
} // namespace

class TestSignalCore : public QObject
{
    Q_OBJECT

private slots:
    void pyramidMatchesBruteForce_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<bool>("gaps");
        QTest::newRow("tiny") << qint64(7) << false;
        QTest::newRow("one bucket") << qint64(32) << false;
        QTest::newRow("uneven") << qint64(100003) << false;
        QTest::newRow("with gaps") << qint64(250001) << true;
    }

    void pyramidMatchesBruteForce()
    {
        QFETCH(qint64, count);
        QFETCH(bool, gaps);
        std::mt19937 rng(7);
        std::normal_distribution<float> noise(0, 1);
        std::vector<float> x(static_cast<size_t>(count));
        for (qint64 i = 0; i < count; ++i)
            x[size_t(i)] = std::sin(double(i) / 500.0) * 10 + noise(rng);
        if (count > 1000) {
            x[size_t(count / 3)] = 1000.0f; // one-sample spikes must survive every level
            x[size_t(count / 2)] = -1000.0f;
        }
        if (gaps) {
            for (qint64 i = 5000; i < 7000; ++i)
                x[size_t(i)] = std::numeric_limits<float>::quiet_NaN();
        }
        const MinMaxPyramid p(x.data(), count);
        std::uniform_int_distribution<qint64> pos(0, count);
        for (int k = 0; k < 300; ++k) {
            qint64 a = pos(rng);
            qint64 b = pos(rng);
            if (a > b)
                std::swap(a, b);
            const auto want = brute(x, a, b);
            const auto got = p.range(a, b);
            if (want.isEmpty()) {
                QVERIFY2(got.isEmpty(), qPrintable(QStringLiteral("[%1, %2)").arg(a).arg(b)));
                continue;
            }
            QCOMPARE(got.min, want.min);
            QCOMPARE(got.max, want.max);
        }
        if (count > 1000) {
            const auto cols = p.columns(0, count, 800);
            QCOMPARE(int(cols.size()), 800);
            float hi = -1e9f;
            float lo = 1e9f;
            for (const auto &c : cols) {
                if (!c.isEmpty()) {
                    hi = std::max(hi, c.max);
                    lo = std::min(lo, c.min);
                }
            }
            QCOMPARE(hi, 1000.0f);
            QCOMPARE(lo, -1000.0f);
        }
        if (gaps) {
            QVERIFY(p.range(5000, 7000).isEmpty());
            QVERIFY(!p.range(4999, 7000).isEmpty());
        }
    }

    void columnsLoseNoSpike()
    {
        // A spike anywhere must show in some column, whatever the column width.
        std::vector<float> x(1000003, 0.0f);
        const MinMaxPyramid p(x.data(), qint64(x.size()));
        for (qint64 at : { qint64(0), qint64(31), qint64(32), qint64(4095), qint64(500001), qint64(1000002) }) {
            x[size_t(at)] = 9.0f;
            const MinMaxPyramid q(x.data(), qint64(x.size()));
            for (int columns : { 7, 640, 1999 }) {
                float top = 0;
                for (const auto &e : q.columns(0, qint64(x.size()), columns))
                    top = std::max(top, e.max);
                QCOMPARE(top, 9.0f);
            }
            x[size_t(at)] = 0.0f;
        }
        QCOMPARE(p.range(0, qint64(x.size())).max, 0.0f);
    }

    void pyramidIsSmall()
    {
        std::vector<float> x(1000000, 1.0f);
        const MinMaxPyramid p(x.data(), qint64(x.size()));
        // Levels cost well under a tenth of the samples (32-sample buckets of two floats).
        QVERIFY(p.byteSize() < qint64(x.size() * sizeof(float)) / 10);
        QVERIFY(p.levelCount() >= 3);
    }

    void labelsRoundTripAsAnnotations()
    {
        const QStringList all { QStringLiteral("speed"), QStringLiteral("force"), QStringLiteral("temp") };
        const SignalLabel r = SignalLabel::range(500, 100, { QStringLiteral("temp"), QStringLiteral("force") });
        QCOMPARE(r.start, qint64(100));
        QCOMPARE(r.end, qint64(500));
        rwb::project::Annotation a;
        r.applyTo(a, all);
        QCOMPARE(a.kind, QStringLiteral("range"));
        QCOMPARE(a.extent, QRectF(QPointF(100, 1), QPointF(500, 2)));
        QCOMPARE(SignalLabel::fromAnnotation(a), std::optional<SignalLabel>(r));

        const SignalLabel e = SignalLabel::event(42);
        e.applyTo(a, all);
        QCOMPARE(a.kind, QStringLiteral("event"));
        QCOMPARE(SignalLabel::fromAnnotation(a)->start, qint64(42));
        QVERIFY(SignalLabel::fromAnnotation(a)->covers(QStringLiteral("speed")));

        QVERIFY(r.overlaps(SignalLabel::range(499, 600)));
        QVERIFY(!r.overlaps(SignalLabel::range(500, 600)));
        QVERIFY(!r.overlaps(SignalLabel::range(200, 300, { QStringLiteral("speed") })));

        rwb::project::Annotation bad;
        bad.kind = QStringLiteral("range");
        bad.geometry = { { QStringLiteral("start"), 5 } };
        QVERIFY(!SignalLabel::fromAnnotation(bad));
        bad.kind = QStringLiteral("box");
        QVERIFY(!SignalLabel::fromAnnotation(bad));
    }

    void thresholdRuns()
    {
        std::vector<float> x(100, 0.0f);
        for (int i = 10; i < 15; ++i)
            x[size_t(i)] = 5.0f;
        x[40] = -3.0f;
        x[60] = std::numeric_limits<float>::quiet_NaN();
        const auto found = SignalRules::threshold(x.data(), 100, -1.0, 1.0);
        QCOMPARE(int(found.size()), 2);
        QCOMPARE(found[0].start, qint64(10));
        QCOMPARE(found[0].end, qint64(15));
        QCOMPARE(found[0].score, 4.0);
        QCOMPARE(found[1].start, qint64(40));
        QCOMPARE(int(SignalRules::threshold(x.data(), 100, -1.0, 1.0, 3).size()), 1);
    }

    void zScoreFindsSpikeNotNoise()
    {
        std::mt19937 rng(3);
        std::normal_distribution<float> noise(0, 1);
        std::vector<float> x(20000);
        for (float &v : x)
            v = 50 + noise(rng);
        for (int i = 12000; i < 12010; ++i)
            x[size_t(i)] = 80;
        const auto found = SignalRules::rollingZScore(x.data(), qint64(x.size()), 500, 6.0);
        QCOMPARE(int(found.size()), 1);
        QVERIFY(found[0].start >= 12000 && found[0].start <= 12001);
        QVERIFY(found[0].score > 20);
    }

    void cusumFindsLevelShift()
    {
        std::mt19937 rng(11);
        std::normal_distribution<float> noise(0, 1);
        std::vector<float> x(6000);
        for (size_t i = 0; i < x.size(); ++i)
            x[i] = (i < 4000 ? 10.0f : 13.0f) + noise(rng);
        const auto found = SignalRules::cusum(x.data(), qint64(x.size()), 0.5, 8.0, 1000);
        QVERIFY(!found.empty());
        QVERIFY2(found.front().start >= 4000 && found.front().start < 4030,
            qPrintable(QString::number(found.front().start)));
    }
};

QTEST_GUILESS_MAIN(TestSignalCore)
#include "tst_signalcore.moc"
