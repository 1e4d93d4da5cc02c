// The knowledge graph workspace, driven headless: canvas editing with the mouse and keys
// (create, connect by drag, move, delete, undo), search, the query panel's highlight, the
// validation report's jump, the node/edge table models, the inspector, evidence, layouts, and
// the node positions migration.
#include "knowledge/commands/addedgecommand.h"
#include "knowledge/commands/addnodecommand.h"
#include "knowledge/graphqueries.h"
#include "knowledge/graphsnapshot.h"
#include "knowledge/graphstore.h"
#include "knowledge/knowledgemigrations.h"
#include "knowledge/nodepositions.h"
#include "knowledge/validationreportmodel.h"
#include "knowledge/view/edgetablemodel.h"
#include "knowledge/view/evidencepanel.h"
#include "knowledge/view/graphcanvas.h"
#include "knowledge/view/graphinspector.h"
#include "knowledge/view/knowledgeworkspace.h"
#include "knowledge/view/nodetablemodel.h"
#include "knowledge/view/querypanel.h"
#include "knowledge/view/validationpanel.h"
#include "project/commands/storecommand.h"
#include "project/migrator.h"
#include "project/project.h"
#include "project/statement.h"
#include "sample/sampleproject.h"
#include "widgets/searchlineedit.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rwb::knowledge;
using rwb::project::Project;

class TestKgView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<KnowledgeWorkspace> m_ws;
    qint64 m_annotation = 0;

    GraphStore store() { return GraphStore(m_project->connection()); }
    qint64 typeId(const QString &name)
    {
        const Ontology o = store().ontology();
        if (const NodeType *t = o.nodeType(name))
            return t->id;
        if (const RelationType *r = o.relationType(name))
            return r->id;
        return 0;
    }
    qint64 addNode(const QString &key, const QString &type, const QString &en, const QString &zh = {},
        const QStringList &aliasesZh = {})
    {
        Node n;
        n.key = key;
        n.typeId = typeId(type);
        n.labelEn = en;
        n.labelZh = zh;
        n.aliasesZh = aliasesZh;
        auto *c = new AddNodeCommand(m_project->connection(), n);
        rwb::project::StoreCommand::pushTo(m_stack.get(), c);
        return c->nodeId();
    }
    qint64 addEdge(const QString &type, qint64 from, qint64 to)
    {
        Edge e;
        e.typeId = typeId(type);
        e.fromId = from;
        e.toId = to;
        auto *c = new AddEdgeCommand(m_project->connection(), e);
        rwb::project::StoreCommand::pushTo(m_stack.get(), c);
        return c->edgeId();
    }
    GraphCanvas *canvas() { return m_ws->canvas(); }
    QPoint viewOf(qint64 nodeId) { return canvas()->toView(canvas()->position(nodeId)).toPoint(); }
    /// A node type chooser and relation chooser that pick by name, without menus.
    void chooseTypes(const QString &nodeType, const QString &relation)
    {
        const qint64 t = typeId(nodeType);
        const qint64 r = typeId(relation);
        canvas()->setNodeTypeChooser([t](const QList<NodeType> &, const QPoint &) { return std::optional<qint64>(t); });
        canvas()->setRelationChooser([r](const QList<RelationType> &candidates, const QPoint &) {
            for (const RelationType &c : candidates)
                if (c.id == r)
                    return std::optional<qint64>(r);
            return std::optional<qint64>();
        });
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(canvas(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(canvas(), (from + to) / 2);
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, modifiers, to);
    }

private slots:
    void initTestCase()
    {
        registerMigrations();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_project = Project::create(m_dir.filePath(QStringLiteral("v%1.rwb").arg(++n)), {}, QStringLiteral("tester"));
        m_stack = std::make_unique<QUndoStack>();
        // A small image with one labelled region, for evidence.
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::gray);
        const QString file = m_dir.filePath(QStringLiteral("strip%1.png").arg(n));
        QVERIFY(image.save(file));
        rwb::project::Asset a;
        a.uri = file;
        a.sha256 = QStringLiteral("beef%1").arg(n);
        a.width = 200;
        a.height = 100;
        const qint64 asset = m_project->assets().add(a);
        rwb::project::LabelClass c;
        c.name = QStringLiteral("rolled_in_scale");
        c.titleEn = QStringLiteral("Rolled-in scale");
        const qint64 cls = m_project->labels().addClass(c);
        rwb::project::Annotation ann;
        ann.assetId = asset;
        ann.classId = cls;
        ann.kind = QStringLiteral("box");
        ann.geometry = { { QStringLiteral("x"), 50 }, { QStringLiteral("y"), 20 }, { QStringLiteral("w"), 30 },
            { QStringLiteral("h"), 20 } };
        ann.extent = QRectF(50, 20, 30, 20);
        m_annotation = m_project->annotations().add(ann);
        m_ws = std::make_unique<KnowledgeWorkspace>();
        m_ws->setChinese(false);
        m_ws->resize(1400, 900);
        m_ws->setProject(m_project.get(), m_stack.get());
        m_ws->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
    }

    void cleanup()
    {
        m_ws.reset();
        m_stack.reset();
        m_project.reset();
    }

    void positionsMigration()
    {
        // A file of knowledge schema version 1 gets the positions table on opening.
        const QString path = m_project->path();
        const rwb::project::MigrationSet set = migrationSet();
        QCOMPARE(set.latestVersion(), 2);
        QCOMPARE(rwb::project::Migrator::storedVersion(m_project->db(), set), 2);
        m_project->db().exec("DROP TABLE kg_node_positions");
        rwb::project::Statement s = m_project->db().prepare("UPDATE meta SET value = '1' WHERE key = ?1");
        s.bind(1, set.versionKey());
        s.run();
        QCOMPARE(rwb::project::Migrator::storedVersion(m_project->db(), set), 1);
        cleanup();
        m_project = Project::open(path, QStringLiteral("tester"));
        QCOMPARE(rwb::project::Migrator::storedVersion(m_project->db(), set), 2);
        NodePositions::save(m_project->connection(), { { 7, QPointF(1.5, -2) } });
        QCOMPARE(NodePositions::load(m_project->connection()).value(7), QPointF(1.5, -2));
    }

    void createConnectDeleteUndo()
    {
        chooseTypes(QStringLiteral("Cause"), QStringLiteral("causes"));
        canvas()->setScale(1.0);
        canvas()->centerOn(QPointF(0, 0));
        const QPoint a = canvas()->toView(QPointF(-200, 0)).toPoint();
        const QPoint b = canvas()->toView(QPointF(200, 0)).toPoint();

        // Double-click on empty canvas: a node of the chosen type where the click was.
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, a);
        QCOMPARE(store().nodeCount(), 1);
        const qint64 first = store().nodes().first().id;
        QVERIFY((canvas()->position(first) - QPointF(-200, 0)).manhattanLength() < 2);
        QCOMPARE(NodePositions::load(m_project->connection()).size(), 1);
        chooseTypes(QStringLiteral("Defect"), QStringLiteral("causes"));
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, b);
        QCOMPARE(store().nodeCount(), 2);
        qint64 second = 0;
        for (const Node &n : store().nodes())
            if (n.id != first)
                second = n.id;
        QCOMPARE(store().node(second)->typeId, typeId(QStringLiteral("Defect")));
        QCOMPARE(m_ws->graph()->nodeCount(), 2);

        // Shift+drag from the cause to the defect: an edge of the chosen relation.
        drag(viewOf(first), viewOf(second), Qt::ShiftModifier);
        QCOMPARE(store().edgeCount(), 1);
        const Edge e = store().edges().first();
        QCOMPARE(e.fromId, first);
        QCOMPARE(e.toId, second);
        QCOMPARE(e.typeId, typeId(QStringLiteral("causes")));
        QCOMPARE(canvas()->selectedEdges(), QSet<qint64> { e.id });

        // Domain and range filter the relations offered: a Defect cannot cause a Remedy.
        const QList<RelationType> backwards = canvas()->relationCandidates(second, first);
        for (const RelationType &r : backwards)
            QVERIFY(r.name != QLatin1String("part_of"));
        QVERIFY(!canvas()->relationCandidates(first, second).isEmpty());

        // Delete the selected node with the key: its edge goes too; undo brings both back.
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, viewOf(first));
        QCOMPARE(canvas()->selectedNodes(), QSet<qint64> { first });
        QTest::keyClick(canvas(), Qt::Key_Delete);
        QCOMPARE(store().nodeCount(), 1);
        QCOMPARE(store().edgeCount(), 0);
        QCOMPARE(m_ws->graph()->nodeCount(), 1);
        m_stack->undo();
        QCOMPARE(store().nodeCount(), 2);
        QCOMPARE(store().edgeCount(), 1);
        QCOMPARE(m_ws->graph()->edgeCount(), 1);
        QVERIFY((canvas()->position(first) - QPointF(-200, 0)).manhattanLength() < 2);
        m_stack->undo(); // the edge
        QCOMPARE(store().edgeCount(), 0);
        m_stack->undo(); // the second node (with its position, one step)
        QCOMPARE(store().nodeCount(), 1);
        m_stack->redo();
        QCOMPARE(store().nodeCount(), 2);
    }

    void importIsUndoable()
    {
        const QString file = m_dir.filePath(QStringLiteral("chain.ttl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("@prefix rwb: <https://resonance-workbench.org/ontology#> .\n"
                "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                "@prefix kg: <urn:rwb:graph:> .\n"
                "kg:scale a rwb:Cause ; rdfs:label \"Scale\"@en ; rwb:causes kg:pit .\n"
                "kg:pit a rwb:Defect ; rdfs:label \"Pit\"@en .\n");
        f.close();
        const int index = m_stack->index();
        const GraphImporter::Report r = m_ws->importGraph(file);
        QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_stack->index(), index + 1);
        QCOMPARE(m_ws->graph()->nodeCount(), 2);
        QCOMPARE(m_ws->graph()->edgeCount(), 1);
        const qint64 pit = store().nodeByKey(QStringLiteral("pit"))->id;
        QVERIFY(r.nodeIds.contains(pit));
        m_stack->undo();
        QCOMPARE(store().nodeCount(), 0);
        QCOMPARE(m_ws->graph()->nodeCount(), 0);
        m_stack->redo();
        QCOMPARE(m_ws->graph()->nodeCount(), 2);
        QCOMPARE(store().nodeByKey(QStringLiteral("pit"))->id, pit);

        // A broken file: a message naming it, nothing on the stack.
        const QString broken = m_dir.filePath(QStringLiteral("broken.ttl"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("kg:x a ;;\n");
        b.close();
        const GraphImporter::Report bad = m_ws->importGraph(broken);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.errors.join(QLatin1Char('\n')).contains(QLatin1String("broken.ttl")),
            qPrintable(bad.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_stack->index(), index + 1);
    }

    void moveAndRubberBand()
    {
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("Alpha"));
        const qint64 b = addNode(QStringLiteral("b"), QStringLiteral("Cause"), QStringLiteral("Beta"));
        const qint64 c = addNode(QStringLiteral("c"), QStringLiteral("Cause"), QStringLiteral("Gamma"));
        canvas()->setStoredPositions({ { a, QPointF(0, 0) }, { b, QPointF(300, 0) }, { c, QPointF(0, 300) } });
        canvas()->setScale(1.0);
        canvas()->centerOn(QPointF(150, 150));

        // Drag a node: one undo step, stored.
        const int before = m_stack->count();
        drag(viewOf(a), viewOf(a) + QPoint(40, 20));
        QCOMPARE(m_stack->count(), before + 1);
        QVERIFY((NodePositions::load(m_project->connection()).value(a) - QPointF(40, 20)).manhattanLength() < 2);
        m_stack->undo();
        QVERIFY((canvas()->position(a) - QPointF(0, 0)).manhattanLength() < 2);

        // Rubber band over a and b; Ctrl+click adds c, Ctrl+click again removes it.
        const QPoint topLeft = canvas()->toView(QPointF(-100, -60)).toPoint();
        const QPoint bottomRight = canvas()->toView(QPointF(400, 60)).toPoint();
        drag(topLeft, bottomRight);
        QCOMPARE(canvas()->selectedNodes(), (QSet<qint64> { a, b }));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ControlModifier, viewOf(c));
        QCOMPARE(canvas()->selectedNodes(), (QSet<qint64> { a, b, c }));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ControlModifier, viewOf(c));
        QCOMPARE(canvas()->selectedNodes(), (QSet<qint64> { a, b }));
        // Moving the selection moves both.
        drag(viewOf(b), viewOf(b) + QPoint(0, 50));
        QVERIFY((canvas()->position(a) - QPointF(0, 50)).manhattanLength() < 2);
        QVERIFY((canvas()->position(b) - QPointF(300, 50)).manhattanLength() < 2);
    }

    void searchSelectsAndCentres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("english label") << QStringLiteral("chatter marks") << QStringLiteral("chatter");
        QTest::newRow("chinese label") << QStringLiteral("振纹") << QStringLiteral("chatter");
        QTest::newRow("chinese alias") << QStringLiteral("氧化铁皮压入") << QStringLiteral("scale");
        QTest::newRow("case") << QStringLiteral("ROLL WEAR") << QStringLiteral("wear");
    }

    void searchSelectsAndCentres()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const qint64 chatter = addNode(QStringLiteral("chatter"), QStringLiteral("Defect"),
            QStringLiteral("Chatter marks"), QStringLiteral("振纹"));
        const qint64 scale = addNode(QStringLiteral("scale"), QStringLiteral("Defect"),
            QStringLiteral("Rolled-in scale"), QStringLiteral("压入氧化铁皮"), { QStringLiteral("氧化铁皮压入") });
        const qint64 wear = addNode(QStringLiteral("wear"), QStringLiteral("Cause"), QStringLiteral("Roll wear"));
        canvas()->setStoredPositions(
            { { chatter, QPointF(0, 0) }, { scale, QPointF(2000, 0) }, { wear, QPointF(0, 2000) } });
        const qint64 expected = store().nodeByKey(key)->id;
        m_ws->searchBox()->setText(text);
        QTest::keyClick(m_ws->searchBox(), Qt::Key_Return);
        QVERIFY(canvas()->selectedNodes().contains(expected));
        QVERIFY((canvas()->center() - canvas()->position(expected)).manhattanLength() < 1);
        QVERIFY(canvas()->scale() >= GraphCanvas::LabelScale);
        // The inspector shows the hit when it is the only one.
        if (canvas()->selectedNodes().size() == 1)
            QCOMPARE(m_ws->inspector()->nodeId(), expected);
    }

    void queryPanelHighlights()
    {
        const qint64 furnace
            = addNode(QStringLiteral("furnace"), QStringLiteral("Cause"), QStringLiteral("Furnace temperature low"));
        const qint64 descale
            = addNode(QStringLiteral("descale"), QStringLiteral("FailureMode"), QStringLiteral("Scale not removed"));
        const qint64 scale
            = addNode(QStringLiteral("scale"), QStringLiteral("Defect"), QStringLiteral("Rolled-in scale"));
        const qint64 other = addNode(QStringLiteral("other"), QStringLiteral("Cause"), QStringLiteral("Unrelated"));
        const qint64 e1 = addEdge(QStringLiteral("causes"), furnace, descale);
        const qint64 e2 = addEdge(QStringLiteral("causes"), descale, scale);
        QVERIFY(e1 > 0 && e2 > 0);
        // Selecting the defect makes it the query's start.
        canvas()->setSelection({ scale });
        QueryPanel *q = m_ws->queryPanel();
        q->setQuery(QueryPanel::Query::RootCauses);
        QCOMPARE(q->run(), 1);
        QCOMPARE(canvas()->highlightedNodes(), (QSet<qint64> { furnace, descale, scale }));
        QCOMPARE(canvas()->highlightedEdges(), (QSet<qint64> { e1, e2 }));
        QVERIFY(!canvas()->highlightedNodes().contains(other));
        QVERIFY(q->results()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Furnace temperature low")));
        // Choosing a result centres on its root.
        q->results()->setCurrentItem(q->results()->topLevelItem(0));
        QVERIFY((canvas()->center() - canvas()->position(furnace)).manhattanLength() < 1);

        q->setStartNode(furnace);
        q->setQuery(QueryPanel::Query::Impact);
        QCOMPARE(q->run(), 2);
        QCOMPARE(canvas()->highlightedNodes(), (QSet<qint64> { furnace, descale, scale }));

        q->setQuery(QueryPanel::Query::ShortestPath);
        q->setStartNode(scale);
        q->setEndNode(furnace);
        QCOMPARE(q->run(), 1);
        QCOMPARE(canvas()->highlightedEdges(), (QSet<qint64> { e1, e2 }));

        q->setQuery(QueryPanel::Query::Neighbours);
        q->setStartNode(descale);
        q->setDepth(1);
        QCOMPARE(q->run(), 2);
        QCOMPARE(canvas()->highlightedNodes(), (QSet<qint64> { furnace, descale, scale }));
    }

    void validationEntrySelects()
    {
        const qint64 lonely = addNode(QStringLiteral("lonely"), QStringLiteral("Cause"), QStringLiteral("Lonely"));
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("A"));
        const qint64 b = addNode(QStringLiteral("b"), QStringLiteral("Defect"), QStringLiteral("B"));
        const qint64 edge = addEdge(QStringLiteral("causes"), a, b); // without evidence
        canvas()->setStoredPositions({ { lonely, QPointF(0, 0) }, { a, QPointF(500, 500) }, { b, QPointF(900, 500) } });
        ValidationPanel *v = m_ws->validationPanel();
        m_ws->findChild<QDockWidget *>(QStringLiteral("kgValidationDock"))->raise();
        QTest::qWait(20);
        QVERIFY(v->validate() >= 2);
        int orphanRow = -1;
        int evidenceRow = -1;
        for (int row = 0; row < v->model()->rowCount(); ++row) {
            const ValidationIssue issue = v->model()->issue(row);
            if (issue.rule == ValidationIssue::Rule::Orphan && issue.nodeId == lonely)
                orphanRow = row;
            if (issue.rule == ValidationIssue::Rule::MissingEvidence && issue.edgeId == edge)
                evidenceRow = row;
        }
        QVERIFY(orphanRow >= 0);
        QVERIFY(evidenceRow >= 0);
        // A click on the entry in the report's view.
        v->view()->scrollTo(v->model()->index(orphanRow, 2));
        const QRect cell = v->view()->visualRect(v->model()->index(orphanRow, 2));
        QTest::mouseClick(v->view()->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(canvas()->selectedNodes(), QSet<qint64> { lonely });
        QVERIFY((canvas()->center() - QPointF(0, 0)).manhattanLength() < 1);
        v->activateRow(evidenceRow);
        QCOMPARE(canvas()->selectedEdges(), QSet<qint64> { edge });
        QVERIFY((canvas()->center() - QPointF(700, 500)).manhattanLength() < 1);
    }

    void tableModels()
    {
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("Roll wear"));
        const qint64 b = addNode(QStringLiteral("b"), QStringLiteral("Defect"), QStringLiteral("Chatter marks"));
        const qint64 e = addEdge(QStringLiteral("causes"), a, b);
        NodeTableModel nodes;
        QAbstractItemModelTester nodeTester(&nodes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        nodes.setEditing(&m_project->connection(), m_stack.get());
        QCOMPARE(nodes.rowCount(), 2);
        const int row = nodes.rowOf(a);
        QCOMPARE(nodes.index(row, NodeTableModel::LabelEnColumn).data().toString(), QStringLiteral("Roll wear"));
        // Bulk edits: Chinese label, aliases (either separator), type by title.
        QVERIFY(nodes.setData(nodes.index(row, NodeTableModel::LabelZhColumn), QStringLiteral("轧辊磨损")));
        QVERIFY(nodes.setData(nodes.index(row, NodeTableModel::AliasesZhColumn), QStringLiteral("辊面磨损；磨辊")));
        QVERIFY(nodes.setData(nodes.index(row, NodeTableModel::TypeColumn), QStringLiteral("Failure mode")));
        QVERIFY(!nodes.setData(nodes.index(row, NodeTableModel::TypeColumn), QStringLiteral("no such type")));
        QVERIFY(!nodes.setData(nodes.index(row, NodeTableModel::KeyColumn), QStringLiteral("-bad key")));
        const Node stored = *store().node(a);
        QCOMPARE(stored.labelZh, QStringLiteral("轧辊磨损"));
        QCOMPARE(stored.aliasesZh, (QStringList { QStringLiteral("辊面磨损"), QStringLiteral("磨辊") }));
        QCOMPARE(stored.typeId, typeId(QStringLiteral("FailureMode")));
        m_stack->undo();
        QCOMPARE(store().node(a)->typeId, typeId(QStringLiteral("Cause")));
        // The workspace's own table followed the undo.
        QCOMPARE(m_ws->nodeModel()->rowCount(), 2);
        nodes.reload();
        QCOMPARE(nodes.index(nodes.rowOf(a), NodeTableModel::TypeColumn).data(Qt::EditRole).toString(),
            QStringLiteral("Cause"));

        EdgeTableModel edges;
        QAbstractItemModelTester edgeTester(&edges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        edges.setEditing(&m_project->connection(), m_stack.get());
        QCOMPARE(edges.rowCount(), 1);
        QCOMPARE(edges.index(0, EdgeTableModel::FromColumn).data().toString(), QStringLiteral("Roll wear"));
        QVERIFY(edges.setData(edges.index(0, EdgeTableModel::ConfidenceColumn), QStringLiteral("0.8")));
        QCOMPARE(store().edge(e)->confidence, std::optional<double>(0.8));
        QVERIFY(!edges.setData(edges.index(0, EdgeTableModel::ConfidenceColumn), QStringLiteral("1.5")));
        QVERIFY(edges.setData(edges.index(0, EdgeTableModel::RelationColumn), QStringLiteral("contributes_to")));
        QCOMPARE(store().edge(e)->typeId, typeId(QStringLiteral("contributes_to")));
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(store().edge(e)->confidence, std::optional<double>());
    }

    void inspectorEdits()
    {
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("Roll wear"));
        const qint64 b = addNode(QStringLiteral("b"), QStringLiteral("Defect"), QStringLiteral("Chatter marks"));
        const qint64 e = addEdge(QStringLiteral("causes"), a, b);
        canvas()->setSelection({ a });
        GraphInspector *inspector = m_ws->inspector();
        QCOMPARE(inspector->nodeId(), a);
        QCOMPARE(inspector->labelEnEdit()->text(), QStringLiteral("Roll wear"));
        inspector->labelZhEdit()->setText(QStringLiteral("轧辊磨损"));
        emit inspector->labelZhEdit()->editingFinished();
        QCOMPARE(store().node(a)->labelZh, QStringLiteral("轧辊磨损"));
        m_stack->undo();
        QCOMPARE(store().node(a)->labelZh, QString());
        QCOMPARE(inspector->labelZhEdit()->text(), QString()); // refreshed after the undo

        canvas()->setSelection({}, { e });
        QCOMPARE(inspector->edgeId(), e);
        inspector->confidenceEdit()->setValue(0.65);
        emit inspector->confidenceEdit()->editingFinished();
        QCOMPARE(store().edge(e)->confidence, std::optional<double>(0.65));
    }

    void evidenceAcrossModalities()
    {
        const qint64 scale
            = addNode(QStringLiteral("scale"), QStringLiteral("Defect"), QStringLiteral("Rolled-in scale"));
        canvas()->setSelection({ scale });
        EvidencePanel *panel = m_ws->evidencePanel();
        QCOMPARE(panel->list()->count(), 0);
        QVERIFY(panel->linkAnnotation(m_annotation, QStringLiteral("typical")).isEmpty());
        QCOMPARE(panel->list()->count(), 1);
        QCOMPARE(panel->count(QStringLiteral("image")), 1);
        QVERIFY(panel->countsText().contains(QStringLiteral("Images: 1")));
        QVERIFY(!panel->list()->item(0)->icon().isNull());
        QVERIFY(panel->list()->item(0)->text().contains(QStringLiteral("typical")));
        QVERIFY(!panel->linkAnnotation(m_annotation).isEmpty()); // linked only once
        QSignalSpy open(m_ws.get(), &KnowledgeWorkspace::openAssetRequested);
        panel->openEvidenceAsset(0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_project->annotations().byId(m_annotation)->assetId);
        // The canvas shows the evidence count; the graph reloaded after the link.
        QCOMPARE(m_ws->graph()->nodeEvidence(m_ws->graph()->nodeIndex(scale)), 1);
        m_stack->undo();
        QCOMPARE(panel->list()->count(), 0);
    }

    void filterFocusExpand()
    {
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("A"));
        const qint64 b = addNode(QStringLiteral("b"), QStringLiteral("FailureMode"), QStringLiteral("B"));
        const qint64 c = addNode(QStringLiteral("c"), QStringLiteral("Defect"), QStringLiteral("C"));
        addEdge(QStringLiteral("causes"), a, b);
        addEdge(QStringLiteral("causes"), b, c);
        QCOMPARE(canvas()->visibleNodeCount(), 3);
        canvas()->setHiddenTypes({ typeId(QStringLiteral("Defect")) });
        QCOMPARE(canvas()->visibleNodeCount(), 2);
        canvas()->setHiddenTypes({});
        canvas()->setSelection({ a });
        canvas()->focusOnSelection();
        QCOMPARE(canvas()->visibleNodeCount(), 1);
        canvas()->expandSelection();
        QCOMPARE(canvas()->focusNodes(), (QSet<qint64> { a, b }));
        QCOMPARE(canvas()->visibleNodeCount(), 2);
        canvas()->showAll();
        QCOMPARE(canvas()->visibleNodeCount(), 3);
    }

    void graphvizLayout_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("dot") << int(GraphLayout::Engine::Dot);
        QTest::newRow("sfdp") << int(GraphLayout::Engine::Sfdp);
        QTest::newRow("neato") << int(GraphLayout::Engine::Neato);
    }

    void graphvizLayout()
    {
        QFETCH(int, engine);
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(
                addNode(QStringLiteral("n%1").arg(i), QStringLiteral("Cause"), QStringLiteral("Node %1").arg(i)));
        for (int i = 0; i + 1 < ids.size(); ++i)
            addEdge(QStringLiteral("causes"), ids[i], ids[i + 1]);
        QHash<qint64, QPointF> same;
        for (qint64 id : ids)
            same.insert(id, QPointF(0, 0));
        canvas()->setStoredPositions(same);
        QSignalSpy done(canvas(), &GraphCanvas::layoutFinished);
        const int steps = m_stack->count();
        canvas()->runLayout(GraphLayout::Engine(engine), true, true);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toString(), QString());
        QCOMPARE(m_stack->count(), steps + 1);
        // Spread out, and stored.
        QSet<QPair<int, int>> distinct;
        for (qint64 id : ids)
            distinct.insert({ qRound(canvas()->position(id).x()), qRound(canvas()->position(id).y()) });
        QCOMPARE(distinct.size(), ids.size());
        if (GraphLayout::Engine(engine) == GraphLayout::Engine::Dot) {
            // Layered left to right along the chain.
            for (int i = 0; i + 1 < ids.size(); ++i)
                QVERIFY(canvas()->position(ids[i]).x() < canvas()->position(ids[i + 1]).x());
        }
        QCOMPARE(NodePositions::load(m_project->connection()).size(), ids.size());
        m_stack->undo();
        QCOMPARE(canvas()->position(ids[3]), QPointF(0, 0));
    }

    void levelOfDetailPaints()
    {
        // Low zoom draws dots without labels; the frame differs from a high-zoom one.
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("Roll wear"));
        canvas()->setStoredPositions({ { a, QPointF(0, 0) } });
        canvas()->centerOn(QPointF(0, 0));
        QImage low(canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        QImage high(canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        canvas()->setScale(0.1);
        {
            QPainter p(&low);
            canvas()->paintScene(p, canvas()->rect());
        }
        canvas()->setScale(2.0);
        {
            QPainter p(&high);
            canvas()->paintScene(p, canvas()->rect());
        }
        QVERIFY(low != high);
        // The node's colour is at the centre at both zooms.
        const QColor cause(store().ontology().nodeType(QStringLiteral("Cause"))->color);
        const QPoint mid(canvas()->width() / 2, canvas()->height() / 2);
        QCOMPARE(QColor(low.pixel(mid)).rgb() & 0xffffff, cause.rgb() & 0xffffff);
        QVERIFY(!canvas()->minimapRect().isEmpty());
    }
    void overlappedLabelsAreLeftOut()
    {
        // Boxes side by side, one above the other, and one lying almost on another: every label
        // but the covered one is drawn.
        const qint64 a = addNode(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("Roll wear"));
        const qint64 b = addNode(QStringLiteral("b"), QStringLiteral("Cause"), QStringLiteral("Guide wear"));
        const qint64 c = addNode(QStringLiteral("c"), QStringLiteral("Defect"), QStringLiteral("Scratch"));
        const qint64 d = addNode(QStringLiteral("d"), QStringLiteral("Defect"), QStringLiteral("Dent"));
        canvas()->setStoredPositions(
            { { a, QPointF(0, 0) }, { b, QPointF(250, 0) }, { c, QPointF(0, 40) }, { d, QPointF(3, 2) } });
        canvas()->setScale(1.0);
        canvas()->centerOn(QPointF(100, 20));
        QImage frame(canvas()->size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter p(&frame);
            canvas()->paintScene(p, canvas()->rect());
        }
        QCOMPARE(canvas()->lastLabelCount(), 3);
        // Apart, all four are labelled.
        canvas()->setStoredPositions(
            { { a, QPointF(0, 0) }, { b, QPointF(250, 0) }, { c, QPointF(0, 40) }, { d, QPointF(250, 40) } });
        {
            QPainter p(&frame);
            canvas()->paintScene(p, canvas()->rect());
        }
        QCOMPARE(canvas()->lastLabelCount(), 4);
    }

    void sampleProjectGraph()
    {
        // The bundled sample carries causal chains of the hot strip mill with evidence.
        QTemporaryDir dir;
        const QString path = rwb::sample::SampleProject::create(dir.path(), { true, 20260302 });
        cleanup();
        m_project = Project::open(path, QStringLiteral("tester"));
        m_stack = std::make_unique<QUndoStack>();
        const std::optional<Node> scale = store().nodeByKey(QStringLiteral("rolled_in_scale"));
        QVERIFY(scale);
        QCOMPARE(scale->labelZh, QStringLiteral("压入氧化铁皮"));
        const GraphSnapshot g = GraphSnapshot::load(m_project->connection());
        const GraphQueries::Paths chains = GraphQueries(g).rootCauses(g.nodeIndex(scale->id), 6);
        QCOMPARE(int(chains.paths.size()), 2);
        QVERIFY(!store().evidenceForNode(scale->id).isEmpty());
        const auto cls = m_project->labels().classByName(QStringLiteral("rolled_in_scale"));
        QVERIFY(cls);
        QCOMPARE(store().labelClassesOf(scale->id), QList<qint64> { cls->id });
        // The workspace shows its evidence: image regions here, signal ranges for roll chatter.
        m_ws = std::make_unique<KnowledgeWorkspace>();
        m_ws->setChinese(true);
        m_ws->setProject(m_project.get(), m_stack.get());
        QVERIFY(m_ws->showRootCauses(QStringLiteral("rolled_in_scale")));
        QVERIFY(m_ws->evidencePanel()->count(QStringLiteral("image")) >= 1);
        QCOMPARE(m_ws->canvas()->highlightedNodes().size(), 5);
        QVERIFY(m_ws->showRootCauses(QStringLiteral("roll_chatter")));
        QVERIFY(m_ws->evidencePanel()->count(QStringLiteral("timeseries")) >= 1);
        QVERIFY(!m_ws->evidencePanel()->list()->item(0)->icon().isNull());
        QTRY_VERIFY(!m_ws->isBusy());
    }
};

QTEST_MAIN(TestKgView)
#include "tst_kgview.moc"
