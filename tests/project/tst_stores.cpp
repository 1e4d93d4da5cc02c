// Stores: filters, R*Tree queries, label schema JSON, bulk writes, import job.
#include "project/assetprobe.h"
#include "project/bulkannotationwriter.h"
#include "project/jobs/importjob.h"
#include "project/jobs/spatialindexjob.h"
#include "project/jsonutil.h"
#include "project/project.h"
#include "project/walcheckpointer.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rwb::project;

namespace {
/// Accepts *.dat files whose first byte is 'D'; reports the rest as unreadable.
class FakeProbe : public AssetProbe
{
public:
    QStringList suffixes() const override { return { QStringLiteral("dat") }; }
    ProbeResult probe(const QString &path) const override
    {
        ProbeResult r;
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        if (!f.read(1).startsWith('D'))
            r.error = QStringLiteral("bad magic");
        r.width = 7;
        return r;
    }
};

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private slots:
    void init()
    {
        static int n = 0;
        m_project = Project::create(m_dir.filePath(QStringLiteral("s%1.rwb").arg(++n)), {}, QStringLiteral("tester"));
    }

    void assetFilters()
    {
        LabelClass c;
        c.name = QStringLiteral("scratch");
        m_project->labels().addClass(c);
        for (int i = 0; i < 30; ++i) {
            Asset a;
            a.kind = i % 3 == 0 ? AssetKind::Document : AssetKind::Image;
            a.uri = QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0'));
            a.sha256 = QString::number(i);
            a.status = i % 2 ? AssetStatus::Done : AssetStatus::Todo;
            a.split = i < 10 ? Split::Train : Split::Test;
            m_project->assets().add(a);
            if (i % 5 == 0) {
                Annotation ann;
                ann.assetId = a.id;
                ann.classId = c.id;
                ann.kind = QStringLiteral("box");
                m_project->annotations().add(ann);
            }
        }
        AssetFilter f;
        QCOMPARE(m_project->assets().count(f), 30);
        f.kind = AssetKind::Document;
        QCOMPARE(m_project->assets().count(f), 10);
        f.status = AssetStatus::Done;
        QCOMPARE(m_project->assets().count(f), 5);
        AssetFilter byClass;
        byClass.classId = c.id;
        QCOMPARE(m_project->assets().count(byClass), 6);
        byClass.split = Split::Train;
        QCOMPARE(m_project->assets().count(byClass), 2);
        AssetFilter page;
        page.sort = AssetFilter::Sort::Uri;
        page.descending = true;
        const QList<Asset> second = m_project->assets().list(page, 10, 5);
        QCOMPARE(second.size(), 5);
        QCOMPARE(second.first().uri, QStringLiteral("f19"));
        QCOMPARE(m_project->assets().countByStatus().value(AssetStatus::Done), 15);
    }

    void nextWithStatusWrapsAndFilters()
    {
        QList<qint64> ids;
        const AssetStatus statuses[] = { AssetStatus::Todo, AssetStatus::Done, AssetStatus::NeedsReview,
            AssetStatus::InProgress, AssetStatus::Done, AssetStatus::NeedsReview };
        for (int i = 0; i < 6; ++i) {
            Asset a;
            a.kind = i == 5 ? AssetKind::Document : AssetKind::Image;
            a.uri = QStringLiteral("n%1").arg(i);
            a.sha256 = QStringLiteral("n%1").arg(i);
            a.status = statuses[i];
            ids.append(m_project->assets().add(a));
        }
        AssetStore &store = m_project->assets();
        const QList<AssetStatus> unfinished { AssetStatus::Todo, AssetStatus::InProgress };
        QCOMPARE(store.nextWithStatus({}, unfinished, ids[0]), std::optional<qint64>(ids[3]));
        QCOMPARE(store.nextWithStatus({}, unfinished, ids[3]), std::optional<qint64>(ids[0])); // wraps
        QCOMPARE(store.nextWithStatus({}, { AssetStatus::NeedsReview }, ids[2]), std::optional<qint64>(ids[5]));
        AssetFilter images;
        images.kind = AssetKind::Image;
        images.status = AssetStatus::Done; // ignored: the statuses asked for decide
        QCOMPARE(store.nextWithStatus(images, { AssetStatus::NeedsReview }, ids[2]), std::nullopt);
        QCOMPARE(store.nextWithStatus(images, { AssetStatus::NeedsReview }, 0), std::optional<qint64>(ids[2]));
        QCOMPARE(store.nextWithStatus({}, { AssetStatus::Rejected }, 0), std::nullopt);
        QCOMPARE(store.nextWithStatus({}, {}, 0), std::nullopt);

        // setUri moves the asset and is audited.
        const qint64 auditBefore = m_project->audit().count();
        store.setUri(ids[1], QStringLiteral("moved/n1"));
        QCOMPARE(store.byId(ids[1])->uri, QStringLiteral("moved/n1"));
        QCOMPARE(m_project->audit().count(), auditBefore + 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.setUri(999999, QStringLiteral("x")));
    }

    void duplicateHashIsRefused()
    {
        Asset a;
        a.uri = QStringLiteral("a");
        a.sha256 = QStringLiteral("same");
        m_project->assets().add(a);
        Asset b = a;
        b.uri = QStringLiteral("b");
        QVERIFY_THROWS_EXCEPTION(StoreError, m_project->assets().add(b));
        QCOMPARE(m_project->assets().count(), 1);
    }

    void windowQueryIsPerAsset()
    {
        Asset a1, a2;
        a1.uri = QStringLiteral("1");
        a1.sha256 = QStringLiteral("1");
        a2.uri = QStringLiteral("2");
        a2.sha256 = QStringLiteral("2");
        m_project->assets().add(a1);
        m_project->assets().add(a2);
        Annotation x;
        x.assetId = a1.id;
        x.kind = QStringLiteral("polygon");
        x.extent = QRectF(100.4, 100.6, 10, 10);
        m_project->annotations().add(x);
        Annotation y = x;
        y.id = 0;
        y.assetId = a2.id;
        m_project->annotations().add(y);
        QCOMPARE(m_project->annotations().idsInWindow(a1.id, QRectF(0, 0, 101, 101)), QList<qint64> { x.id });
        QCOMPARE(m_project->annotations().idsInWindow(a2.id, QRectF(105, 105, 1, 1)), QList<qint64> { y.id });
        QVERIFY(m_project->annotations().idsInWindow(a1.id, QRectF(0, 0, 50, 50)).isEmpty());
        // Extents round outwards: a window touching the fractional edge still finds it.
        QCOMPARE(m_project->annotations().idsInWindow(a1.id, QRectF(110.5, 110.7, 1, 1)), QList<qint64> { x.id });
    }

    void labelSchemaJsonRoundTrip()
    {
        LabelClass defect;
        defect.name = QStringLiteral("defect");
        defect.titleZh = QStringLiteral("缺陷");
        m_project->labels().addClass(defect);
        LabelClass scratch;
        scratch.name = QStringLiteral("scratch");
        scratch.parentId = defect.id;
        scratch.shapes = { QStringLiteral("polyline") };
        scratch.assetKinds = { AssetKind::Image };
        m_project->labels().addClass(scratch);
        LabelAttribute sev;
        sev.classId = scratch.id;
        sev.name = QStringLiteral("severity");
        sev.type = AttributeType::Enum;
        sev.options = { QStringLiteral("轻微"), QStringLiteral("严重") };
        sev.defaultValue = QStringLiteral("轻微");
        m_project->labels().addAttribute(sev);
        const QJsonObject json = m_project->labels().toJson();

        auto other = Project::create(m_dir.filePath(QStringLiteral("other%1.rwb").arg(qintptr(this))), {});
        const auto r = other->labels().importJson(json);
        QCOMPARE(r.classesAdded, 2);
        QCOMPARE(r.attributesAdded, 1);
        const auto imported = other->labels().classByName(QStringLiteral("scratch"));
        QVERIFY(imported);
        QCOMPARE(other->labels().classById(*imported->parentId)->titleZh, QStringLiteral("缺陷"));
        QCOMPARE(imported->shapes, QStringList { QStringLiteral("polyline") });
        QCOMPARE(other->labels().attributesFor(imported->id).first().defaultValue.toString(), QStringLiteral("轻微"));
        // Importing again updates instead of duplicating.
        QCOMPARE(other->labels().importJson(json).classesUpdated, 2);
        QCOMPARE(other->labels().classes().size(), 2);
    }

    void badSchemaChangesNothing()
    {
        QJsonObject bad { { QStringLiteral("classes"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("ok") } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("child") },
                    { QStringLiteral("parent"), QStringLiteral("missing") } } } } };
        try {
            m_project->labels().importJson(bad);
            QFAIL("imported a schema with an unknown parent");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("missing")));
        }
        QVERIFY(m_project->labels().classes().isEmpty());
    }

    void bulkWriterBatches()
    {
        Asset a;
        a.uri = QStringLiteral("big");
        a.sha256 = QStringLiteral("big");
        m_project->assets().add(a);
        {
            BulkAnnotationWriter writer(m_project->connection(), 100);
            for (int i = 0; i < 250; ++i) {
                Annotation ann;
                ann.assetId = a.id;
                ann.kind = QStringLiteral("point");
                ann.extent = QRectF(i, i, 0, 0);
                writer.add(ann);
            }
            writer.finish();
            QCOMPARE(writer.written(), 250);
        }
        QCOMPARE(m_project->annotations().countForAsset(a.id), 250);
        QCOMPARE(m_project->audit().entries(QStringLiteral("annotation"), std::nullopt, 10).size(), 3);
        {
            // Destroyed without finish(): the open batch rolls back, committed ones stay.
            BulkAnnotationWriter writer(m_project->connection(), 100);
            for (int i = 0; i < 150; ++i) {
                Annotation ann;
                ann.assetId = a.id;
                ann.kind = QStringLiteral("point");
                writer.add(ann);
            }
        }
        QCOMPARE(m_project->annotations().countForAsset(a.id), 350);
    }

    void bulkWriterRowsMatchSingleInserts()
    {
        Asset a;
        a.uri = QStringLiteral("fields");
        a.sha256 = QStringLiteral("fields");
        m_project->assets().add(a);
        const qint64 cls = m_project->labels().classes().isEmpty() ? 0 : m_project->labels().classes().first().id;
        QList<Annotation> written;
        {
            // 64 + 64 + 3: both the multi-row statement and the single-row remainder run.
            BulkAnnotationWriter writer(m_project->connection(), 1000);
            for (int i = 0; i < 131; ++i) {
                Annotation ann;
                ann.assetId = a.id;
                if (cls)
                    ann.classId = cls;
                ann.kind = i % 2 ? QStringLiteral("polygon") : QStringLiteral("box");
                ann.geometry = { { QStringLiteral("x"), i + 0.5 },
                    { QStringLiteral("note"), QStringLiteral("裂纹 \"%1\"").arg(i) } };
                // Runs of equal attributes (serialised once) and changes, across statements.
                ann.attributes = { { QStringLiteral("severity"), i / 5 } };
                if (i % 9 == 0) {
                    ann.created = QStringLiteral("2020-01-%1T08:00:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
                    ann.modified = QStringLiteral("2021-02-03T04:05:06.789Z");
                }
                ann.source = i % 3 ? AnnotationSource::Model : AnnotationSource::Rule;
                ann.sourceRef = i % 3 ? QStringLiteral("yolo-v8") : QString();
                ann.state = i % 2 ? AnnotationState::Proposed : AnnotationState::Rejected;
                ann.confidence = i / 131.0;
                ann.zOrder = i;
                ann.flags = i % 4;
                ann.extent = QRectF(i, 2 * i, 3.5, 4);
                writer.add(ann);
                written.append(ann);
            }
            writer.finish();
        }
        for (const Annotation &expected : std::as_const(written)) {
            const std::optional<Annotation> stored = m_project->annotations().byId(expected.id);
            QVERIFY(stored);
            QCOMPARE(stored->kind, expected.kind);
            QCOMPARE(stored->geometry, expected.geometry);
            QCOMPARE(stored->attributes, expected.attributes);
            QVERIFY(stored->source == expected.source);
            QCOMPARE(stored->sourceRef, expected.sourceRef);
            QVERIFY(stored->state == expected.state);
            QCOMPARE(stored->confidence, expected.confidence);
            QCOMPARE(stored->zOrder, expected.zOrder);
            QCOMPARE(stored->flags, expected.flags);
            QCOMPARE(stored->created, expected.created);
            if (!expected.modified.isEmpty() && expected.modified != expected.created)
                QCOMPARE(stored->modified, expected.modified);
            // Extents are stored rounded outwards.
            QCOMPARE(stored->extent,
                QRectF(QPointF(expected.extent.left(), expected.extent.top()),
                    QPointF(std::ceil(expected.extent.right()), expected.extent.bottom())));
        }
    }

    void pendingExtentsAreQueryableAndIndexed()
    {
        Asset a;
        a.uri = QStringLiteral("pending");
        a.sha256 = QStringLiteral("pending");
        m_project->assets().add(a);
        QList<qint64> ids;
        {
            BulkAnnotationWriter writer(m_project->connection(), 50);
            for (int i = 0; i < 200; ++i) {
                Annotation ann;
                ann.assetId = a.id;
                ann.kind = QStringLiteral("box");
                ann.extent = QRectF(10 * i, 0, 5, 5);
                ids.append(writer.add(ann));
            }
            writer.finish();
        }
        AnnotationStore &store = m_project->annotations();
        QCOMPARE(store.pendingExtentCount(), 200);
        // Found before indexing, with their extent.
        QCOMPARE(store.idsInWindow(a.id, QRectF(100, 0, 15, 5)), (QList<qint64> { ids[10], ids[11] }));
        QCOMPARE(store.byId(ids[3])->extent, QRectF(30, 0, 5, 5));
        // An edit moves its row to the R*Tree: found once, at the new place.
        Annotation moved = *store.byId(ids[0]);
        moved.extent = QRectF(5000, 5000, 1, 1);
        store.update(moved);
        QCOMPARE(store.pendingExtentCount(), 199);
        QCOMPARE(store.idsInWindow(a.id, QRectF(4999, 4999, 3, 3)), QList<qint64> { ids[0] });
        QVERIFY(store.idsInWindow(a.id, QRectF(0, 0, 2, 2)).isEmpty());
        // A removed row leaves no pending extent behind.
        store.remove(ids[1]);
        QCOMPARE(store.pendingExtentCount(), 198);

        SpatialIndexJob job(*m_project);
        QCOMPARE(job.execute(), Job::State::Finished);
        QCOMPARE(job.done(), 198);
        QCOMPARE(store.pendingExtentCount(), 0);
        QCOMPARE(store.idsInWindow(a.id, QRectF(100, 0, 15, 5)), (QList<qint64> { ids[10], ids[11] }));
        QCOMPARE(store.byId(ids[3])->extent, QRectF(30, 0, 5, 5));
        QCOMPARE(store.idsInWindow(a.id, QRectF(0, 0, 2000, 5)).size(), 198);
    }

    void compactJsonParsesBack_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addRow("numbers") << QJsonObject { { QStringLiteral("int"), 42 }, { QStringLiteral("neg"), -7 },
            { QStringLiteral("big"), qint64(1) << 60 }, { QStringLiteral("frac"), 0.1 },
            { QStringLiteral("tiny"), 1e-300 }, { QStringLiteral("huge"), 1e300 } };
        QTest::addRow("strings") << QJsonObject { { QStringLiteral("quote\"key"), QStringLiteral("a\\b\n\t\u0001") },
            { QStringLiteral("cjk"), QStringLiteral("轧辊磨损 — résumé 😀") }, { QStringLiteral("empty"), QString() } };
        QTest::addRow("long") << QJsonObject { { QString(150, QLatin1Char('k')),
            QString(70, QLatin1Char('v')) + QStringLiteral("\"mid\\dle\"") + QString(100, QLatin1Char('w')) } };
        QTest::addRow("nested") << QJsonObject { { QStringLiteral("points"),
                                                     QJsonArray { QJsonArray { 1, 2.5 }, QJsonArray { -3, 4 } } },
            { QStringLiteral("flags"), QJsonArray { true, false, QJsonValue() } },
            { QStringLiteral("inner"), QJsonObject { { QStringLiteral("k"), QJsonObject {} } } } };
    }

    void compactJsonParsesBack()
    {
        QFETCH(QJsonObject, object);
        const QByteArray text = json::compact(object);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
        QCOMPARE(doc.object(), object);
        // Same bytes as Qt's own compact writer where Qt writes numbers the same way.
        if (QTest::currentDataTag() != QByteArray("numbers"))
            QCOMPARE(text, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    void walCheckpointsRunOffTheCommittingThread()
    {
        WalCheckpointer checkpointer(m_project->path(), 10);
        checkpointer.attach(m_project->db());
        Asset a;
        a.uri = QStringLiteral("wal");
        a.sha256 = QStringLiteral("wal");
        m_project->assets().add(a);
        for (int i = 0; i < 200; ++i) {
            Annotation ann;
            ann.assetId = a.id;
            ann.kind = QStringLiteral("point");
            m_project->annotations().add(ann);
        }
        QTRY_VERIFY(checkpointer.checkpointCount() > 0);
        checkpointer.detach(m_project->db());
    }

    void importJobSkipsDuplicatesAndReportsFailures()
    {
        AssetProbeRegistry::add(std::make_shared<FakeProbe>());
        QTemporaryDir data;
        QDir(data.path()).mkpath(QStringLiteral("sub"));
        write(data.filePath(QStringLiteral("a.dat")), "D1");
        write(data.filePath(QStringLiteral("sub/b.dat")), "D2");
        write(data.filePath(QStringLiteral("sub/copy.dat")), "D1");
        write(data.filePath(QStringLiteral("broken.dat")), "X");
        write(data.filePath(QStringLiteral("notes.xyz")), "ignored in folders");
        ImportJob job(*m_project, { data.path(), data.filePath(QStringLiteral("missing.dat")) });
        QSignalSpy batches(&job, &ImportJob::batchCommitted);
        QCOMPARE(job.execute(), Job::State::Finished);
        QCOMPARE(job.importedCount(), 2);
        int announced = 0;
        for (const QList<QVariant> &batch : std::as_const(batches))
            announced += batch.at(0).toInt();
        QCOMPARE(announced, 2);
        QCOMPARE(job.duplicates().size(), 1);
        QCOMPARE(job.errors().size(), 2);
        QStringList subjects;
        for (const JobError &e : job.errors())
            subjects.append(QFileInfo(e.subject).fileName());
        subjects.sort();
        QCOMPARE(subjects, (QStringList { QStringLiteral("broken.dat"), QStringLiteral("missing.dat") }));
        QCOMPARE(m_project->assets().count(), 2);
        QCOMPARE(*m_project->assets().list({}).first().width, 7);
        // A second import of the same folder adds nothing.
        ImportJob again(*m_project, { data.path() });
        again.execute();
        QCOMPARE(again.importedCount(), 0);
        QCOMPARE(again.duplicates().size(), 3);
        // Globs.
        QCOMPARE(ImportJob::expandInputs({ data.filePath(QStringLiteral("sub/*.dat")) }).size(), 2);
    }

    void cancelledImportKeepsWholeAssets()
    {
        AssetProbeRegistry::add(std::make_shared<FakeProbe>());
        QTemporaryDir data;
        for (int i = 0; i < 50; ++i)
            write(data.filePath(QStringLiteral("f%1.dat").arg(i)), "D" + QByteArray::number(i));
        ImportJob job(*m_project, { data.path() });
        int seen = 0;
        connect(&job, &Job::statusTextChanged, &job, [&] {
            if (++seen == 10)
                job.cancel();
        });
        QCOMPARE(job.execute(), Job::State::Cancelled);
        QVERIFY(job.importedCount() > 0 && job.importedCount() < 50);
        QCOMPARE(m_project->assets().count(), job.importedCount());
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
