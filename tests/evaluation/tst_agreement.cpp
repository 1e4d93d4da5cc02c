// Agreement between two annotators against values computed by hand.

#include "fixture.h"

#include "evaluation/annotatoragreement.h"
#include "evaluation/datasetsnapshot.h"
#include "knowledge/knowledgemigrations.h"

#include <QTest>

using namespace rwb::evaluation;
using namespace rwb::project;
using Seg = AnnotatorAgreement::Segment;

class TestAgreement : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { rwb::knowledge::registerMigrations(); }

    void kappa_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<double>("expected");
        // po = 0.8, pe = 0.5·0.5 + 0.5·0.5 = 0.5 → κ = 0.6
        QTest::newRow("balanced") << QStringList { "y", "y", "y", "y", "y", "n", "n", "n", "n", "n" }
                                  << QStringList { "y", "y", "y", "y", "n", "y", "n", "n", "n", "n" } << 0.6;
        // po = 0.75, pe = 0.75·0.5 + 0.25·0.5 = 0.5 → κ = 0.5
        QTest::newRow("skewed") << QStringList { "y", "y", "y", "n" } << QStringList { "y", "y", "n", "n" } << 0.5;
        // po = 0, pe = 0.5 → κ = -1
        QTest::newRow("opposite") << QStringList { "y", "n" } << QStringList { "n", "y" } << -1.0;
        // three categories: po = 4/6, pA = (2,2,2)/6, pB = (3,2,1)/6 → pe = (6+4+2)/36 = 1/3 → κ = 0.5
        QTest::newRow("three") << QStringList { "a", "a", "b", "b", "c", "c" }
                               << QStringList { "a", "a", "b", "b", "a", "b" } << 0.5;
    }
    void kappa()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(double, expected);
        const auto k = AnnotatorAgreement::cohensKappa(a, b);
        QVERIFY(k.kappa);
        QCOMPARE(*k.kappa, expected);
    }

    void kappaUndefined()
    {
        // One category everywhere: chance agreement is 1, κ is undefined rather than 0 or NaN.
        QVERIFY(!AnnotatorAgreement::cohensKappa({ "y", "y" }, { "y", "y" }).kappa);
        QVERIFY(!AnnotatorAgreement::cohensKappa({}, {}).kappa);
    }

    void alpha_data()
    {
        QTest::addColumn<QList<Seg>>("a");
        QTest::addColumn<QList<Seg>>("b");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<double>("expected");
        // Positions 0–3 (1,1), 4 (1,∅), 5–9 (∅,∅): o11 = 8, o∅∅ = 10, o1∅ = o∅1 = 1; n1 = 9, n∅ = 11, n = 20
        // α = 1 − (n − 1)·Σo_ck / Σ n_c·n_k = 1 − 19·2 / 198
        QTest::newRow("shorter") << QList<Seg> { { 1, 0, 1, 0, 5 } } << QList<Seg> { { 1, 0, 1, 0, 4 } } << qint64(10)
                                 << 1.0 - 38.0 / 198.0;
        QTest::newRow("same") << QList<Seg> { { 1, 0, 1, 2, 5 } } << QList<Seg> { { 1, 0, 1, 2, 5 } } << qint64(10)
                              << 1.0;
        // Same stretch, different classes: o12 = o21 = 10, n1 = n2 = 10 → 1 − 19·20/200 = −0.9
        QTest::newRow("other class") << QList<Seg> { { 1, 0, 1, 0, 10 } } << QList<Seg> { { 1, 0, 2, 0, 10 } }
                                     << qint64(10) << -0.9;
        // Disjoint units on 0–4 and 4–8 of 8: o1∅ = o∅1 = 8, n1 = n∅ = 8, n = 16 → 1 − 15·16/128 = −0.875
        QTest::newRow("disjoint") << QList<Seg> { { 1, 0, 1, 0, 4 } } << QList<Seg> { { 1, 0, 1, 4, 8 } } << qint64(8)
                                  << 1.0 - 15.0 * 16.0 / 128.0;
    }
    void alpha()
    {
        QFETCH(QList<Seg>, a);
        QFETCH(QList<Seg>, b);
        QFETCH(qint64, length);
        QFETCH(double, expected);
        const auto r = AnnotatorAgreement::krippendorffAlpha(a, b, { { { 1, 0 }, length } });
        QVERIFY(r.alpha);
        QCOMPARE(*r.alpha, expected);
        QCOMPARE(r.positions, length);
    }

    void shapeF1()
    {
        const QList<AnnotatorAgreement::Region> a { { 1, 1, QRectF(0, 0, 10, 10) }, { 1, 1, QRectF(50, 50, 10, 10) } };
        const QList<AnnotatorAgreement::Region> b { { 1, 1, QRectF(1, 0, 10, 10) }, { 1, 1, QRectF(200, 200, 5, 5) },
            { 1, 2, QRectF(50, 50, 10, 10) } };
        const Prf p = AnnotatorAgreement::shapeF1(a, b);
        QCOMPARE(p.tp, qint64(1));
        QCOMPARE(p.fn, qint64(1));
        QCOMPARE(p.fp, qint64(2));
        QCOMPARE(p.f1().value(), 2.0 / 5.0);
    }

    void compareUsersInProject()
    {
        rwb::evaluation::test::Fixture f;
        const qint64 ann = f.project->users().ensure(QStringLiteral("ann"));
        const qint64 bob = f.project->users().ensure(QStringLiteral("bob"));
        const qint64 c = f.addClass(QStringLiteral("c"));
        const qint64 d = f.addClass(QStringLiteral("d"));
        const qint64 img = f.addAsset();
        const qint64 img2 = f.addAsset();
        const qint64 doc = f.addAsset(AssetKind::Document);
        auto add = [&](qint64 asset, qint64 cls, const QString &kind, const QJsonObject &g, qint64 who) {
            f.add(asset, cls, kind, g, AnnotationSource::Manual, {}, std::nullopt, AnnotationState::Accepted, who);
        };
        add(img, c, QStringLiteral("box"), f.box(0, 0, 10, 10), ann);
        add(img, c, QStringLiteral("box"), f.box(0, 0, 10, 10), bob);
        add(img, c, QStringLiteral("tag"), {}, ann);
        add(img, c, QStringLiteral("tag"), {}, bob);
        add(img2, c, QStringLiteral("tag"), {}, ann);
        add(img2, d, QStringLiteral("tag"), {}, bob);
        add(doc, c, QStringLiteral("span"), f.span(0, 5), ann);
        add(doc, c, QStringLiteral("span"), f.span(0, 4), bob);
        add(doc, c, QStringLiteral("span"), f.span(9, 10), ann);
        add(doc, c, QStringLiteral("span"), f.span(9, 10), bob);
        const auto r = AnnotatorAgreement::compare(DatasetSnapshot::load(f.project->connection()), ann, bob);
        QCOMPARE(r.sharedAssets, qint64(3));
        QCOMPARE(r.shapes.f1().value(), 1.0);
        QCOMPARE(r.tags.items, qint64(2));
        QCOMPARE(r.tags.kappa.value(), 0.0); // po 0.5, pe (1·0.5 + 0·0.5)… = 0.5
        // spans on 0–10: (1,1)×4, (1,∅)×1, (∅,∅)×4, (1,1)×1 → o11 10, o∅∅ 8, o1∅ 2 … n1 11, n∅ 9
        QCOMPARE(r.spans.alpha.value(), 1.0 - 19.0 * 2.0 / (2.0 * 11.0 * 9.0));
        QVERIFY(!r.ranges.alpha);
        QVERIFY(r.toText().contains(QLatin1String("kappa")));
        const auto none = AnnotatorAgreement::compare(DatasetSnapshot::load(f.project->connection()), ann, 999);
        QVERIFY(!none.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
