// Targeted-labeling queue: uncertainty measures, the strategies' rankings, the "evaluation"
// migration, stored queues as a filter and order of the asset list, assignment, results, hashes.

#include "fixture.h"

#include "evaluation/datasetsnapshot.h"
#include "evaluation/evaluationmigrations.h"
#include "evaluation/evaluationstore.h"
#include "evaluation/labelingqueue.h"
#include "evaluation/modelevaluation.h"
#include "knowledge/knowledgemigrations.h"
#include "project/auditlog.h"
#include "project/database.h"
#include "project/migrator.h"
#include "project/models/assetlistmodel.h"
#include "project/statement.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QTest>

using namespace rwb::evaluation;
using namespace rwb::project;
using S = LabelingQueue::Strategy;

namespace {
QList<qint64> idsOf(const QList<LabelingQueue::Entry> &entries)
{
    QList<qint64> out;
    for (const auto &e : entries)
        out.append(e.assetId);
    return out;
}
QStringList evaluationTables(Database &db)
{
    QStringList out;
    Statement s = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'labeling_%'"
                             " OR name IN ('evaluation_results', 'asset_phash')) ORDER BY name");
    while (s.step())
        out.append(s.text(0));
    return out;
}
} // namespace

class TestQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        rwb::knowledge::registerMigrations();
        rwb::evaluation::registerMigrations();
    }

    void migration0001()
    {
        rwb::evaluation::test::Fixture f;
        Database &db = f.project->connection().db();
        const MigrationSet set = rwb::evaluation::migrationSet();
        QCOMPARE(Migrator::storedVersion(db, set), 1);
        const QStringList expected { "asset_phash", "evaluation_results", "labeling_queue_items", "labeling_queues" };
        QCOMPARE(evaluationTables(db), expected);
        // A file from before the component: no tables, no version → migrated to 1.
        db.exec("DROP TABLE labeling_queue_items; DROP TABLE labeling_queues; DROP TABLE evaluation_results;"
                " DROP TABLE asset_phash;");
        db.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(set.versionKey()));
        QCOMPARE(Migrator::storedVersion(db, set), 0);
        Migrator::migrate(db, set);
        QCOMPARE(Migrator::storedVersion(db, set), 1);
        QCOMPARE(evaluationTables(db), expected);
        // its constraints hold
        QVERIFY_THROWS_EXCEPTION(std::exception,
            db.exec("INSERT INTO evaluation_results (kind, result, created) VALUES ('bogus', '{}', 'now')"));
    }

    void uncertainty_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::addColumn<QList<double>>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("lc single") << int(S::LeastConfidence) << QList<double> { 0.7 } << 0.3;
        QTest::newRow("margin single") << int(S::Margin) << QList<double> { 0.7 } << 1.0 - (0.7 - 0.3);
        QTest::newRow("entropy even") << int(S::Entropy) << QList<double> { 0.5 } << 1.0;
        QTest::newRow("entropy sure") << int(S::Entropy) << QList<double> { 1.0 } << 0.0;
        QTest::newRow("margin three") << int(S::Margin) << QList<double> { 0.2, 0.5, 0.3 } << 0.8;
        QTest::newRow("lc three") << int(S::LeastConfidence) << QList<double> { 0.2, 0.5, 0.3 } << 0.5;
    }
    void uncertainty()
    {
        QFETCH(int, strategy);
        QFETCH(QList<double>, p);
        QFETCH(double, expected);
        QCOMPARE(LabelingQueue::uncertainty(S(strategy), p) + 1.0, expected + 1.0);
    }

    void strategies()
    {
        rwb::evaluation::test::Fixture f;
        const qint64 good = f.addClass(QStringLiteral("good"));
        const qint64 weak = f.addClass(QStringLiteral("weak"));
        const qint64 sure = f.addAsset();
        const qint64 unsure = f.addAsset();
        const qint64 plain = f.addAsset(); // no labels, no proposals
        const qint64 labelled = f.addAsset(); // accepted labels, nothing open: not a candidate
        const qint64 weakOne = f.addAsset();
        f.modelBox(sure, good, 0, 0, 10, 10, 0.98);
        f.modelBox(unsure, good, 0, 0, 10, 10, 0.55);
        f.modelBox(weakOne, weak, 0, 0, 10, 10, 0.9);
        f.truthBox(labelled, good, 0, 0, 10, 10);
        f.modelBox(labelled, good, 0, 0, 10, 10, 0.9); // evaluation: good found
        f.truthBox(labelled, weak, 100, 100, 10, 10); // weak missed
        {
            Asset a = *f.project->assets().byId(labelled);
            a.status = AssetStatus::Done;
            f.project->assets().update(a);
        }
        const DatasetSnapshot data = DatasetSnapshot::load(f.project->connection());
        LabelingQueue::Options o;
        o.strategy = S::LeastConfidence;
        const auto lc = LabelingQueue::rank(data, o);
        QCOMPARE(idsOf(lc), (QList<qint64> { unsure, weakOne, sure, plain }));
        QCOMPARE(lc[0].score + 1.0, 1.45);
        o.strategy = S::Entropy;
        QCOMPARE(idsOf(LabelingQueue::rank(data, o)).first(), unsure);

        ModelEvaluation::Options eo;
        eo.modelId = QStringLiteral("det-v1");
        const ModelEvaluation ev = ModelEvaluation::run(data, eo);
        o.strategy = S::Weakness;
        o.evaluation = &ev;
        const auto weakRank = LabelingQueue::rank(data, o);
        QCOMPARE(weakRank.first().assetId, weakOne);
        QCOMPARE(weakRank.first().score, 1.0); // AP 0
        QVERIFY(weakRank.first().reason.contains(QLatin1String("weak")));

        o.strategy = S::Diversity;
        o.hashes = { { sure, 0x0ull }, { unsure, 0x1ull }, { plain, ~0x0ull }, { weakOne, 0xFFFFFFFFull },
            { labelled, 0x3ull } };
        o.limit = 3;
        const auto div = LabelingQueue::rank(data, o);
        // farthest from the labelled 0x3 first, then farthest from both, …
        QCOMPARE(idsOf(div), (QList<qint64> { plain, weakOne, sure }));
        QCOMPARE(div[0].score, 62.0 / 64.0);
        QCOMPARE(LabelingQueue::strategyFromString(QStringLiteral("margin")), S::Margin);
        QVERIFY(!LabelingQueue::strategyFromString(QStringLiteral("bogus")));
    }

    void storedQueueFiltersAndOrdersAssetList()
    {
        rwb::evaluation::test::Fixture f;
        const qint64 c = f.addClass(QStringLiteral("c"));
        QList<qint64> assets;
        for (int i = 0; i < 5; ++i)
            assets.append(f.addAsset());
        f.modelBox(assets[3], c, 0, 0, 10, 10, 0.5);
        f.modelBox(assets[1], c, 0, 0, 10, 10, 0.6);
        f.modelBox(assets[4], c, 0, 0, 10, 10, 0.99);
        const qint64 ann = f.project->users().ensure(QStringLiteral("ann"));
        LabelingQueue::Options o;
        o.limit = 3;
        const auto entries = LabelingQueue::rank(DatasetSnapshot::load(f.project->connection()), o);
        EvaluationStore store(f.project->connection());
        const qint64 q = store.saveQueue(QStringLiteral("next"), S::LeastConfidence, {}, entries);
        QCOMPARE(store.queues().size(), 1);
        QCOMPARE(store.items(q).size(), 3);
        QCOMPARE(store.items(q).first().assetId, assets[3]);

        AssetFilter filter;
        filter.labelingQueue = q;
        filter.sort = AssetFilter::Sort::QueueRank;
        QList<qint64> listed;
        for (const Asset &a : f.project->assets().list(filter))
            listed.append(a.id);
        QCOMPARE(listed, (QList<qint64> { assets[3], assets[1], assets[4] }));
        QCOMPARE(f.project->assets().count(filter), qint64(3));

        AssetListModel model;
        QAbstractItemModelTester tester(&model);
        model.setProject(f.project.get());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0), AssetListModel::AssetIdRole).toLongLong(), assets[3]);
        QCOMPARE(model.data(model.index(2, 0), AssetListModel::AssetIdRole).toLongLong(), assets[4]);

        QCOMPARE(store.assign(q, ann), 3);
        QCOMPARE(store.queue(q)->assignee, std::optional<qint64>(ann));
        QCOMPARE(f.project->assets().byId(assets[1])->assignee, std::optional<qint64>(ann));
        QVERIFY(!f.project->assets().byId(assets[0])->assignee);
        QVERIFY(!f.project->audit().entries(QStringLiteral("labeling_queue"), q).isEmpty());
        AssetFilter mine;
        mine.assignee = ann;
        QCOMPARE(f.project->assets().count(mine), qint64(3));
        model.setProject(nullptr);
        store.removeQueue(q);
        QVERIFY(store.items(q).isEmpty());
    }

    void resultsAndHashes()
    {
        rwb::evaluation::test::Fixture f;
        EvaluationStore store(f.project->connection());
        QVERIFY(!store.latestResult(QStringLiteral("evaluation")));
        store.saveResult(QStringLiteral("evaluation"), QStringLiteral("m1"), {}, { { QStringLiteral("AP"), 0.1 } });
        store.saveResult(QStringLiteral("evaluation"), QStringLiteral("m2"), {}, { { QStringLiteral("AP"), 0.2 } });
        QCOMPARE(store.latestResult(QStringLiteral("evaluation"))->value(QStringLiteral("AP")).toDouble(), 0.2);
        QCOMPARE(store.latestResult(QStringLiteral("evaluation"), QStringLiteral("m1"))
                     ->value(QStringLiteral("AP"))
                     .toDouble(),
            0.1);

        const qint64 a = f.addAsset();
        const qint64 b = f.addAsset();
        QImage img(64, 48, QImage::Format_RGB32);
        img.fill(Qt::white);
        for (int x = 0; x < 32; ++x)
            for (int y = 0; y < 48; ++y)
                img.setPixel(x, y, qRgb(x * 8, y * 5, 0));
        QVERIFY(img.save(f.dir.filePath(QStringLiteral("asset1.png"))));
        QStringList unreadable;
        const auto hashes = store.hashImages(DatasetSnapshot::load(f.project->connection()), f.dir.path(), &unreadable);
        QCOMPARE(hashes.size(), 1);
        QVERIFY(hashes.contains(a));
        QCOMPARE(unreadable.size(), 1);
        QVERIFY(unreadable.first().endsWith(QLatin1String("asset2.png")));
        // the cache answers without the file; a changed SHA-256 invalidates it
        QFile::remove(f.dir.filePath(QStringLiteral("asset1.png")));
        QCOMPARE(store.cachedHashes().value(a), hashes.value(a));
        // (the file was replaced and relocated: only the store's relocation changes the hash)
        f.project->connection().db().exec(QStringLiteral("UPDATE assets SET sha256 = 'ff' WHERE id = %1").arg(a));
        QVERIFY(store.cachedHashes().isEmpty());
        Q_UNUSED(b);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
