// Dataset diagnostics: perceptual hash, near-duplicate search against brute force, and every
// diagnostic on a small project with known weak spots.

#include "fixture.h"

#include "evaluation/datasetdiagnostics.h"
#include "evaluation/datasetsnapshot.h"
#include "evaluation/modelevaluation.h"
#include "evaluation/nearduplicatefinder.h"
#include "evaluation/perceptualhash.h"
#include "knowledge/graphstore.h"
#include "knowledge/knowledgemigrations.h"
#include "project/labelschema.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace rwb::evaluation;
using namespace rwb::project;

namespace {
QImage scene(int variant, QSize size = QSize(400, 300))
{
    QImage img(size, QImage::Format_RGB32);
    QPainter p(&img);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, variant ? Qt::darkGreen : Qt::white);
    g.setColorAt(1, variant ? Qt::yellow : Qt::darkBlue);
    p.fillRect(img.rect(), g);
    p.setBrush(variant ? Qt::red : Qt::black);
    p.drawEllipse(
        QRectF(size.width() * (variant ? 0.6 : 0.1), size.height() * 0.2, size.width() * 0.3, size.height() * 0.5));
    return img;
}
} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { rwb::knowledge::registerMigrations(); }

    void perceptualHash()
    {
        const QImage a = scene(0);
        const auto h = PerceptualHash::compute(a);
        QVERIFY(h);
        // a resized, slightly brightened copy stays close; a different scene does not
        QImage b = a.scaled(260, 195, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        {
            QPainter p(&b);
            p.fillRect(QRect(0, 0, 8, 8), Qt::gray);
        }
        const auto hb = PerceptualHash::compute(b);
        QVERIFY(PerceptualHash::distance(*h, *hb) <= 4);
        const auto hc = PerceptualHash::compute(scene(1));
        QVERIFY(PerceptualHash::distance(*h, *hc) > 12);
        QVERIFY(!PerceptualHash::compute(QImage()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.png"));
        QVERIFY(a.save(path));
        QCOMPARE(PerceptualHash::computeFile(path), h);
        QVERIFY(!PerceptualHash::computeFile(dir.filePath(QStringLiteral("missing.png"))));
    }

    void nearDuplicatesMatchBruteForce_data()
    {
        QTest::addColumn<int>("distance");
        for (int d : { 0, 1, 3, 5, 7, 9 })
            QTest::newRow(qPrintable(QString::number(d))) << d;
    }
    void nearDuplicatesMatchBruteForce()
    {
        QFETCH(int, distance);
        QRandomGenerator rng(7);
        QList<NearDuplicateFinder::Item> items;
        for (int i = 0; i < 1500; ++i) {
            const quint64 h = rng.generate64();
            items.append({ i * 2, h });
            if (i % 10 == 0) {
                // planted near copy: flip a few bits
                quint64 c = h;
                for (int f = 0, n = int(rng.bounded(9)); f < n; ++f)
                    c ^= quint64(1) << rng.bounded(64);
                items.append({ i * 2 + 1, c });
            }
        }
        const auto fast = NearDuplicateFinder::find(items, distance);
        const auto slow = NearDuplicateFinder::findBruteForce(items, distance);
        QCOMPARE(fast.size(), slow.size());
        QVERIFY(fast == slow);
        if (distance >= 3)
            QVERIFY(!fast.isEmpty());
    }

    void diagnosticsOnProject()
    {
        try {
            diagnose();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

public:
    void diagnose()
    {
        rwb::evaluation::test::Fixture f;
        rwb::knowledge::GraphStore graph(f.project->connection());
        rwb::knowledge::Node defect;
        defect.key = QStringLiteral("scratch_defect");
        defect.labelEn = QStringLiteral("Scratch");
        defect.typeId = graph.ontology().nodeType(QStringLiteral("Defect"))->id;
        const qint64 node = graph.addNode(defect);
        rwb::knowledge::Node lonely = defect;
        lonely.id = 0;
        lonely.key = QStringLiteral("pit");
        lonely.labelEn = QStringLiteral("Pit");
        graph.addNode(lonely);
        const qint64 scratch = f.addClass(QStringLiteral("scratch"), node);
        const qint64 dent = f.addClass(QStringLiteral("dent"));
        const qint64 good = f.addClass(QStringLiteral("good"));
        const qint64 bad = f.addClass(QStringLiteral("bad"));
        LabelAttribute sev;
        sev.name = QStringLiteral("severity");
        sev.classId = scratch;
        f.project->labels().addAttribute(sev);

        const qint64 train = f.addAsset(AssetKind::Image, Split::Train);
        const qint64 val = f.addAsset(AssetKind::Image, Split::Val);
        const qint64 test = f.addAsset(AssetKind::Image, Split::Test);
        const qint64 empty = f.addAsset(AssetKind::Image, Split::Train);
        const qint64 s1 = f.truthBox(train, scratch, 10, 10, 100, 100);
        f.truthBox(train, scratch, 300, 300, 10, 10); // tiny
        f.truthBox(val, dent, 50, 50, 60, 60);
        f.add(test, good, QStringLiteral("tag"), {});
        {
            Annotation a = *f.project->annotations().byId(s1);
            a.attributes.insert(QStringLiteral("severity"), QStringLiteral("high"));
            f.project->annotations().update(a);
        }
        rwb::knowledge::Evidence evidence;
        evidence.nodeId = node;
        evidence.annotationId = s1;
        graph.addEvidence(evidence);
        // model: right on s1, confident wrong class on the dent, confident box where nothing is labelled,
        // confident wrong tag, an unconfident wrong one (not reported)
        f.modelBox(train, scratch, 10, 10, 100, 100, 0.95);
        const qint64 wrong = f.modelBox(val, scratch, 50, 50, 60, 60, 0.9);
        const qint64 missing = f.modelBox(val, dent, 400, 10, 50, 50, 0.85);
        f.modelBox(val, scratch, 200, 200, 40, 40, 0.3);
        const qint64 wrongTag = f.add(test, bad, QStringLiteral("tag"), {}, AnnotationSource::Model,
            QStringLiteral("det-v1"), 0.97, AnnotationState::Proposed);

        const DatasetSnapshot data = DatasetSnapshot::load(f.project->connection());
        ModelEvaluation::Options eo;
        eo.modelId = QStringLiteral("det-v1");
        const ModelEvaluation ev = ModelEvaluation::run(data, eo);
        DatasetDiagnostics::Options o;
        o.evaluation = &ev;
        o.hashes = { { train, 0xF0F0F0F0F0F0F0F0ull }, { val, 0xF0F0F0F0F0F0F0F1ull }, { test, 0x0123456789ABCDEFull },
            { empty, 0xF0F0F0F0F0F0F0F0ull } };
        o.loadKnowledge(f.project->connection());
        const DatasetDiagnostics d = DatasetDiagnostics::compute(data, o);

        QCOMPARE(d.classBalance.value(QStringLiteral("scratch")).value(QStringLiteral("train")), qint64(2));
        QCOMPARE(d.classBalance.value(QStringLiteral("dent")).value(QStringLiteral("val")), qint64(1));
        QCOMPARE(d.classBalance.value(QStringLiteral("good")).value(QStringLiteral("test")), qint64(1));
        QCOMPARE(d.objectsPerImage.value(2), qint64(1));
        QCOMPARE(d.objectsPerImage.value(1), qint64(1));
        QCOMPARE(d.objectsPerImage.value(0), qint64(1)); // the tagged test image
        QCOMPARE(d.sizeBuckets.value(QStringLiteral("tiny")), qint64(1));
        QCOMPARE(d.sizeBuckets.value(QStringLiteral("medium")), qint64(1));
        QCOMPARE(d.sizeBuckets.value(QStringLiteral("large")), qint64(1));
        QCOMPARE(d.imagesWithoutLabels, QList<qint64> { empty });
        QCOMPARE(d.nearDuplicates.size(), 3); // train~val, train~empty, val~empty
        QCOMPARE(d.splitLeaks.size(), 2); // train~val and val~empty(train); train~empty is one split
        QCOMPARE(d.labelErrors.size(), 3);
        QCOMPARE(d.labelErrors[0].predictionId, wrongTag);
        QCOMPARE(d.labelErrors[1].predictionId, wrong);
        QCOMPARE(d.labelErrors[1].kind, DatasetDiagnostics::LabelError::Kind::WrongClass);
        QCOMPARE(d.labelErrors[2].predictionId, missing);
        QCOMPARE(d.labelErrors[2].kind, DatasetDiagnostics::LabelError::Kind::MissingLabel);
        QCOMPARE(d.attributeCoverage.size(), 1);
        QCOMPARE(d.attributeCoverage[0].labels, qint64(2));
        QCOMPARE(d.attributeCoverage[0].filled, qint64(1));
        QCOMPARE(d.knowledgeCoverage.size(), 2);
        QCOMPARE(d.knowledgeCoverage[0].key, QStringLiteral("pit")); // least evidence first
        QCOMPARE(d.knowledgeCoverage[0].evidence, qint64(0));
        const auto &sc = d.knowledgeCoverage[1];
        QCOMPARE(sc.evidence, qint64(1));
        QCOMPARE(sc.evidenceByModality.value(QStringLiteral("image")), qint64(1));
        QCOMPARE(sc.truthAnnotations, qint64(2));
        QCOMPARE(sc.recall.value(), 0.5); // the tiny scratch was missed
        const QJsonObject json = d.toJson();
        QCOMPARE(json[QStringLiteral("split_leaks")].toArray().size(), 2);
        QVERIFY(d.toText().contains(QLatin1String("leak")));
        Q_UNUSED(dent);
    }

private slots:
    void emptyProject()
    {
        rwb::evaluation::test::Fixture f;
        const DatasetDiagnostics d = DatasetDiagnostics::compute(DatasetSnapshot::load(f.project->connection()), {});
        QVERIFY(!d.problems.isEmpty());
        QVERIFY(d.classBalance.isEmpty());
        QVERIFY(!d.toText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
