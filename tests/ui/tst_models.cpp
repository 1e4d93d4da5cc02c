// Item models over a real project file, every one under QAbstractItemModelTester.
#include "project/database.h"
#include "project/models/assetlistmodel.h"
#include "project/models/labelclassmodel.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb::project;

namespace {

/// Adds \a count assets named a000.png… in one transaction; every third is done, every
/// fifth a document; returns their ids.
QList<qint64> addAssets(Project &project, int count)
{
    QList<qint64> ids;
    Transaction tx(project.db());
    for (int i = 0; i < count; ++i) {
        Asset a;
        a.kind = i % 5 == 4 ? AssetKind::Document : AssetKind::Image;
        a.uri = QStringLiteral("images/a%1.%2").arg(i, 3, 10, QLatin1Char('0')).arg(i % 5 == 4 ? "pdf" : "png");
        a.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        a.byteSize = 1000 + i;
        a.status = i % 3 == 2 ? AssetStatus::Done : AssetStatus::Todo;
        a.split = i % 2 ? Split::Train : Split::Val;
        ids.append(project.assets().add(a));
    }
    tx.commit();
    return ids;
}

LabelClass makeClass(
    const QString &name, std::optional<qint64> parent, const QString &zh = {}, const QString &shortcut = {})
{
    LabelClass c;
    c.name = name;
    c.titleEn = name;
    c.titleZh = zh;
    c.parentId = parent;
    c.shortcut = shortcut;
    c.color = QStringLiteral("#3cb44b");
    return c;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private slots:
    void init()
    {
        static int n = 0;
        m_project = Project::create(
            m_dir.filePath(QStringLiteral("m%1.rwb").arg(++n)), QStringLiteral("models"), QStringLiteral("tester"));
    }

    void cleanup() { m_project.reset(); }

    void assetPaging()
    {
        const QList<qint64> ids = addAssets(*m_project, 450);
        AssetListModel model;
        model.setProject(m_project.get());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), AssetListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AssetListModel::PageSize);

        // The tester fetches more itself whenever it runs; the model stays consistent.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.columnCount(), int(AssetListModel::ColumnCount));

        const QModelIndex first = model.index(0, AssetListModel::NameColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("a000.png"));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("images/a000.png"));
        QCOMPARE(first.data(AssetListModel::AssetIdRole).toLongLong(), ids.first());
        QCOMPARE(model.index(4, AssetListModel::KindColumn).data().toString(), displayName(AssetKind::Document));
        QCOMPARE(model.index(2, AssetListModel::StatusColumn).data().toString(), displayName(AssetStatus::Done));
        QCOMPARE(model.index(1, AssetListModel::SplitColumn).data().toString(), displayName(Split::Train));
        QCOMPARE(model.index(0, AssetListModel::AnnotationsColumn).data().toLongLong(), 0);
        QVERIFY(!model.index(0, AssetListModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.rowOfAsset(ids.last()), 449);
        QCOMPARE(model.assetAt(449)->id, ids.last());
        QVERIFY(!model.headerData(AssetListModel::NameColumn, Qt::Horizontal).toString().isEmpty());
    }

    void filters()
    {
        addAssets(*m_project, 450);
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());

        AssetFilter done;
        done.status = AssetStatus::Done;
        model.setFilter(done);
        QCOMPARE(model.totalCount(), 150);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(AssetListModel::StatusRole).toInt(), int(AssetStatus::Done));

        AssetFilter documents;
        documents.kind = AssetKind::Document;
        documents.uriContains = QStringLiteral("A00"); // case-insensitive: a004.pdf, a009.pdf
        model.setFilter(documents);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("a009.pdf"));

        model.setFilter({});
        QCOMPARE(model.totalCount(), 450);
        QVERIFY(model.rowCount() >= AssetListModel::PageSize);
    }

    void sorting()
    {
        addAssets(*m_project, 30);
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());
        const QPersistentModelIndex tracked = model.index(3, 0);
        const QString trackedName = tracked.data().toString();
        model.sort(AssetListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.filter().sort, AssetFilter::Sort::Uri);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a029.pdf"));
        QVERIFY(tracked.isValid());
        QCOMPARE(tracked.data().toString(), trackedName); // selections survive a resort
        QCOMPARE(tracked.row(), 26);
        model.sort(AssetListModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(AssetListModel::StatusRole).toInt(), int(AssetStatus::Done));
    }

    void sortingPagedList()
    {
        addAssets(*m_project, 450);
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());
        const int loaded = model.rowCount();
        model.sort(AssetListModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(model.rowCount() >= loaded); // as many rows loaded as before
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a449.pdf"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(449, 0).data().toString(), QStringLiteral("a000.png"));
    }

    void followsEdits()
    {
        const QList<qint64> ids = addAssets(*m_project, 12);
        AssetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get());

        // An edit that keeps the asset in the list changes its row in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Asset a = *m_project->assets().byId(ids[0]);
        a.status = AssetStatus::NeedsReview;
        m_project->assets().update(a);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, AssetListModel::StatusColumn).data().toString(), displayName(AssetStatus::NeedsReview));

        // Annotations are counted.
        Annotation ann;
        ann.assetId = ids[1];
        ann.kind = QString::fromLatin1(shape::Box);
        m_project->annotations().add(ann);
        QCOMPARE(model.index(1, AssetListModel::AnnotationsColumn).data().toLongLong(), 1);

        // An asset that leaves the filtered list goes away.
        AssetFilter todo;
        todo.status = AssetStatus::Todo;
        model.setFilter(todo);
        const int before = model.rowCount();
        a = *m_project->assets().byId(ids[1]);
        a.status = AssetStatus::Done;
        m_project->assets().update(a);
        QTRY_COMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOfAsset(ids[1]), -1);

        // New assets appear once announced (imports write on their own connection).
        Asset extra;
        extra.uri = QStringLiteral("zz.png");
        extra.sha256 = QStringLiteral("extra");
        m_project->assets().add(extra);
        emit m_project->notifier()->assetsAdded(1);
        QTRY_COMPARE(model.rowCount(), before);
        QVERIFY(model.rowOfAsset(extra.id) >= 0);

        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void labelClassTree()
    {
        LabelSchema &schema = m_project->labels();
        LabelClass defect = makeClass(QStringLiteral("defect"), std::nullopt, QStringLiteral("缺陷"));
        schema.addClass(defect);
        LabelClass scratch
            = makeClass(QStringLiteral("scratch"), defect.id, QStringLiteral("划痕"), QStringLiteral("1"));
        schema.addClass(scratch);
        LabelClass inclusion = makeClass(QStringLiteral("inclusion"), defect.id, QStringLiteral("夹杂"));
        schema.addClass(inclusion);
        LabelClass fine = makeClass(QStringLiteral("fine_scratch"), scratch.id);
        schema.addClass(fine);
        LabelClass other = makeClass(QStringLiteral("other"), std::nullopt);
        schema.addClass(other);

        LabelClassModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChineseTitles(false);
        model.setProject(m_project.get());
        QCOMPARE(model.classCount(), 5);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex defectIndex = model.indexOfClass(defect.id);
        QVERIFY(defectIndex.isValid());
        QCOMPARE(defectIndex.parent(), QModelIndex());
        QCOMPARE(model.rowCount(defectIndex), 2);
        const QModelIndex scratchIndex = model.indexOfClass(scratch.id);
        QCOMPARE(scratchIndex.parent(), defectIndex);
        QCOMPARE(model.rowCount(scratchIndex), 1);
        QCOMPARE(model.index(0, 0, scratchIndex).data(LabelClassModel::ClassIdRole).toLongLong(), fine.id);
        QCOMPARE(model.indexOfClass(fine.id).parent(), scratchIndex);

        QCOMPARE(scratchIndex.data().toString(), QStringLiteral("scratch"));
        QCOMPARE(scratchIndex.data(Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#3cb44b")));
        QCOMPARE(
            model.indexOfClass(scratch.id, LabelClassModel::ShortcutColumn).data().toString(), QStringLiteral("1"));
        QVERIFY(scratchIndex.data(LabelClassModel::SearchTextRole).toString().contains(QStringLiteral("划痕")));

        // Titles follow the language; classes without a Chinese title keep their name.
        model.setChineseTitles(true);
        QCOMPARE(scratchIndex.data().toString(), QStringLiteral("划痕"));
        QCOMPARE(model.indexOfClass(fine.id).data().toString(), QStringLiteral("fine_scratch"));

        const QList<QPair<LabelClass, int>> flat = model.flattened();
        QCOMPARE(flat.size(), 5);
        QCOMPARE(flat[0].first.id, defect.id);
        QCOMPARE(flat[0].second, 0);
        QCOMPARE(flat[1].first.id, inclusion.id); // siblings by sort order, then name
        QCOMPARE(flat[2].first.id, scratch.id);
        QCOMPARE(flat[3].first.id, fine.id);
        QCOMPARE(flat[3].second, 2);
        QCOMPARE(flat[4].first.id, other.id);

        // Schema edits reload the tree.
        LabelClass pit = makeClass(QStringLiteral("pitted_surface"), other.id, QStringLiteral("麻点"));
        schema.addClass(pit);
        QCOMPARE(model.classCount(), 6);
        QCOMPARE(model.rowCount(model.indexOfClass(other.id)), 1);
        schema.removeClass(pit.id);
        QCOMPARE(model.classCount(), 5);
        QVERIFY(!model.indexOfClass(pit.id).isValid());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
