// Every edit command: redo writes, undo restores exactly, redo again; merges; audit rows.
#include "project/commands/addannotationcommand.h"
#include "project/commands/addlabelattributecommand.h"
#include "project/commands/addlabelclasscommand.h"
#include "project/commands/addrelationcommand.h"
#include "project/commands/editannotationcommand.h"
#include "project/commands/editassetcommand.h"
#include "project/commands/editlabelattributecommand.h"
#include "project/commands/editlabelclasscommand.h"
#include "project/commands/removeannotationcommand.h"
#include "project/commands/removelabelattributecommand.h"
#include "project/commands/removelabelclasscommand.h"
#include "project/commands/removerelationcommand.h"
#include "project/project.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rwb::project;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUndoStack m_stack;
    qint64 m_asset = 0;
    qint64 m_class = 0;

    Annotation box(double x)
    {
        Annotation a;
        a.assetId = m_asset;
        a.classId = m_class;
        a.kind = QStringLiteral("box");
        a.geometry = { { QStringLiteral("x"), x }, { QStringLiteral("y"), 5 }, { QStringLiteral("w"), 10 },
            { QStringLiteral("h"), 10 } };
        a.extent = QRectF(x, 5, 10, 10);
        return a;
    }

private slots:
    void init()
    {
        m_stack.clear();
        static int n = 0;
        m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.rwb").arg(++n)), {}, QStringLiteral("tester"));
        Asset a;
        a.uri = QStringLiteral("strip.png");
        a.sha256 = QStringLiteral("feed");
        m_asset = m_project->assets().add(a);
        LabelClass c;
        c.name = QStringLiteral("scratch");
        m_class = m_project->labels().addClass(c);
    }

    void addAnnotation()
    {
        auto *cmd = new AddAnnotationCommand(m_project->connection(), box(1));
        m_stack.push(cmd);
        const qint64 id = cmd->annotationId();
        QVERIFY(id > 0);
        const Annotation stored = *m_project->annotations().byId(id);
        QCOMPARE(stored.extent, QRectF(1, 5, 10, 10));
        m_stack.undo();
        QVERIFY(!m_project->annotations().byId(id));
        QVERIFY(m_project->annotations().idsInWindow(m_asset, QRectF(0, 0, 100, 100)).isEmpty());
        m_stack.redo();
        QCOMPARE(m_project->annotations().byId(id)->geometry, stored.geometry);
    }

    void editAnnotationMergesDrags()
    {
        Annotation a = box(1);
        m_project->annotations().add(a);
        Annotation moved = a;
        for (int step = 1; step <= 5; ++step) {
            Annotation before = *m_project->annotations().byId(a.id);
            moved = box(1 + step * 10);
            moved.id = a.id;
            m_stack.push(new EditAnnotationCommand(m_project->connection(), before, moved, true));
        }
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_project->annotations().byId(a.id)->extent.left(), 51.0);
        QCOMPARE(m_project->annotations().byId(a.id)->revision, 6);
        m_stack.undo();
        QCOMPARE(m_project->annotations().byId(a.id)->extent.left(), 1.0);
        QCOMPARE(m_project->annotations().idsInWindow(m_asset, QRectF(50, 0, 5, 100)), QList<qint64>());
        m_stack.redo();
        QCOMPARE(m_project->annotations().byId(a.id)->geometry.value(QStringLiteral("x")).toDouble(), 51.0);
        // A non-merging edit is its own step.
        Annotation relabel = *m_project->annotations().byId(a.id);
        relabel.state = AnnotationState::Rejected;
        m_stack.push(new EditAnnotationCommand(m_project->connection(), *m_project->annotations().byId(a.id), relabel));
        QCOMPARE(m_stack.count(), 2);
    }

    void removeAnnotationRestoresRelations()
    {
        Annotation a = box(1);
        Annotation b = box(40);
        m_project->annotations().add(a);
        m_project->annotations().add(b);
        Relation r;
        r.type = QStringLiteral("causes");
        r.fromId = a.id;
        r.toId = b.id;
        m_project->relations().add(r);
        m_stack.push(new RemoveAnnotationCommand(m_project->connection(), a.id));
        QVERIFY(!m_project->annotations().byId(a.id));
        QVERIFY(m_project->relations().forAnnotation(b.id).isEmpty());
        m_stack.undo();
        QCOMPARE(m_project->annotations().byId(a.id)->geometry, a.geometry);
        QCOMPARE(m_project->relations().forAnnotation(b.id).size(), 1);
        QCOMPARE(m_project->relations().forAnnotation(b.id).first().id, r.id);
        QCOMPARE(m_project->annotations().idsInWindow(m_asset, QRectF(0, 0, 5, 100)), QList<qint64> { a.id });
    }

    void editAssetStatus()
    {
        const Asset before = *m_project->assets().byId(m_asset);
        m_stack.push(EditAssetCommand::setStatus(m_project->connection(), before, AssetStatus::Done));
        QVERIFY(m_project->assets().byId(m_asset)->status == AssetStatus::Done);
        Asset review = *m_project->assets().byId(m_asset);
        Asset rejected = review;
        rejected.status = AssetStatus::Rejected;
        rejected.reviewComment = QStringLiteral("两处划痕漏标");
        rejected.split = Split::Val;
        m_stack.push(new EditAssetCommand(m_project->connection(), review, rejected));
        QCOMPARE(m_project->assets().byId(m_asset)->reviewComment, QStringLiteral("两处划痕漏标"));
        m_stack.undo();
        m_stack.undo();
        const Asset back = *m_project->assets().byId(m_asset);
        QVERIFY(back.status == AssetStatus::Todo);
        QVERIFY(back.split == Split::None);
        QVERIFY(back.reviewComment.isEmpty());
    }

    void labelClassCommands()
    {
        LabelClass c;
        c.name = QStringLiteral("inclusion");
        c.titleZh = QStringLiteral("夹杂");
        c.color = QStringLiteral("#3cb44b");
        auto *add = new AddLabelClassCommand(m_project->connection(), c);
        m_stack.push(add);
        const qint64 id = add->classId();
        QCOMPARE(m_project->labels().classById(id)->titleZh, QStringLiteral("夹杂"));

        LabelClass edited = *m_project->labels().classById(id);
        edited.color = QStringLiteral("#000000");
        edited.parentId = m_class;
        m_stack.push(new EditLabelClassCommand(m_project->connection(), *m_project->labels().classById(id), edited));
        QCOMPARE(m_project->labels().classById(id)->parentId, std::optional<qint64>(m_class));

        LabelAttribute own;
        own.classId = id;
        own.name = QStringLiteral("size");
        own.type = AttributeType::Enum;
        own.options = { QStringLiteral("small"), QStringLiteral("large") };
        m_project->labels().addAttribute(own);

        m_stack.push(new RemoveLabelClassCommand(m_project->connection(), id));
        QVERIFY(!m_project->labels().classById(id));
        QVERIFY(!m_project->labels().attributeById(own.id));
        m_stack.undo(); // restore
        QCOMPARE(m_project->labels().classById(id)->color, QStringLiteral("#000000"));
        QCOMPARE(m_project->labels().attributeById(own.id)->options, own.options);
        m_stack.undo(); // un-edit
        QCOMPARE(m_project->labels().classById(id)->color, QStringLiteral("#3cb44b"));
        QVERIFY(!m_project->labels().classById(id)->parentId);
        m_stack.undo(); // un-add
        QVERIFY(!m_project->labels().classByName(QStringLiteral("inclusion")));
        m_stack.redo();
        QCOMPARE(m_project->labels().classByName(QStringLiteral("inclusion"))->id, id);
    }

    void removingAUsedClassIsRefused()
    {
        Annotation a = box(1);
        m_project->annotations().add(a);
        StoreCommand::takeLastError();
        m_stack.push(new RemoveLabelClassCommand(m_project->connection(), m_class));
        QCOMPARE(m_stack.count(), 0); // obsolete: dropped
        QVERIFY(StoreCommand::takeLastError().contains(QStringLiteral("1 annotation")));
        QVERIFY(m_project->labels().classById(m_class));
    }

    void attributeCommands()
    {
        LabelAttribute a;
        a.name = QStringLiteral("severity");
        a.type = AttributeType::Enum;
        a.options = { QStringLiteral("minor"), QStringLiteral("severe") };
        a.defaultValue = QStringLiteral("minor");
        auto *add = new AddLabelAttributeCommand(m_project->connection(), a);
        m_stack.push(add);
        const qint64 id = add->attributeId();
        LabelAttribute edited = *m_project->labels().attributeById(id);
        edited.options.append(QStringLiteral("moderate"));
        m_stack.push(
            new EditLabelAttributeCommand(m_project->connection(), *m_project->labels().attributeById(id), edited));
        QCOMPARE(m_project->labels().attributeById(id)->options.size(), 3);
        m_stack.push(new RemoveLabelAttributeCommand(m_project->connection(), id));
        QVERIFY(!m_project->labels().attributeById(id));
        m_stack.undo();
        QCOMPARE(m_project->labels().attributeById(id)->options.size(), 3);
        QCOMPARE(m_project->labels().attributeById(id)->defaultValue.toString(), QStringLiteral("minor"));
        m_stack.undo();
        QCOMPARE(m_project->labels().attributeById(id)->options.size(), 2);
        m_stack.undo();
        QVERIFY(!m_project->labels().attributeById(id));
    }

    void invalidAttributeDefaultIsRefused()
    {
        LabelAttribute a;
        a.name = QStringLiteral("severity");
        a.type = AttributeType::Enum;
        a.options = { QStringLiteral("minor") };
        a.defaultValue = QStringLiteral("huge");
        m_stack.push(new AddLabelAttributeCommand(m_project->connection(), a));
        QCOMPARE(m_stack.count(), 0);
        QVERIFY(StoreCommand::takeLastError().contains(QStringLiteral("minor")));
    }

    void relationCommands()
    {
        Annotation a = box(1);
        Annotation b = box(40);
        m_project->annotations().add(a);
        m_project->annotations().add(b);
        Relation r;
        r.type = QStringLiteral("indicates");
        r.fromId = a.id;
        r.toId = b.id;
        auto *add = new AddRelationCommand(m_project->connection(), r);
        m_stack.push(add);
        const qint64 id = add->relationId();
        QVERIFY(m_project->relations().byId(id));
        m_stack.push(new RemoveRelationCommand(m_project->connection(), id));
        QVERIFY(!m_project->relations().byId(id));
        m_stack.undo();
        QCOMPARE(m_project->relations().byId(id)->type, QStringLiteral("indicates"));
        m_stack.undo();
        QVERIFY(!m_project->relations().byId(id));
    }

    void everyEditIsAudited()
    {
        const qint64 before = m_project->audit().count();
        m_stack.push(new AddAnnotationCommand(m_project->connection(), box(3)));
        m_stack.undo();
        const QList<AuditEntry> entries = m_project->audit().entries(QStringLiteral("annotation"));
        QCOMPARE(m_project->audit().count(), before + 2);
        QCOMPARE(entries[0].action, QStringLiteral("delete"));
        QCOMPARE(entries[1].action, QStringLiteral("insert"));
        QCOMPARE(entries[0].before.value(QStringLiteral("kind")).toString(), QStringLiteral("box"));
        QCOMPARE(entries[0].userId, m_project->userId());
        QVERIFY(!entries[0].at.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
