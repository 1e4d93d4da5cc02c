// The knowledge graph store: migrations, starter ontology, records, audit, undo commands.
#include "knowledge/commands/addedgecommand.h"
#include "knowledge/commands/addevidencecommand.h"
#include "knowledge/commands/addnodecommand.h"
#include "knowledge/commands/addnodetypecommand.h"
#include "knowledge/commands/addrelationtypecommand.h"
#include "knowledge/commands/editedgecommand.h"
#include "knowledge/commands/editnodecommand.h"
#include "knowledge/commands/editnodetypecommand.h"
#include "knowledge/commands/editrelationtypecommand.h"
#include "knowledge/commands/maplabelclasscommand.h"
#include "knowledge/commands/removeedgecommand.h"
#include "knowledge/commands/removeevidencecommand.h"
#include "knowledge/commands/removenodecommand.h"
#include "knowledge/commands/removenodetypecommand.h"
#include "knowledge/commands/removerelationtypecommand.h"
#include "knowledge/graphstore.h"
#include "knowledge/knowledgemigrations.h"
#include "project/jsonutil.h"
#include "project/project.h"
#include "project/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rwb::knowledge;
using rwb::project::Database;
using rwb::project::Migrator;
using rwb::project::Project;
using rwb::project::StoreError;

class TestKgStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QUndoStack m_stack;
    qint64 m_annotation = 0;
    qint64 m_class = 0;

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
    Node node(const QString &key, const QString &type, const QString &en, const QString &zh = {})
    {
        Node n;
        n.key = key;
        n.typeId = typeId(type);
        n.labelEn = en;
        n.labelZh = zh;
        return n;
    }
    Edge edge(const QString &type, qint64 from, qint64 to)
    {
        Edge e;
        e.typeId = typeId(type);
        e.fromId = from;
        e.toId = to;
        return e;
    }
    QList<QString> tableNames()
    {
        rwb::project::Statement s = m_project->db().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'kg_%' ORDER BY name");
        QList<QString> out;
        while (s.step())
            out.append(s.text(0));
        return out;
    }
    /// The whole graph as JSON, to compare states before and after undo.
    QByteArray dump()
    {
        GraphStore g = store();
        QJsonArray a;
        for (const Node &n : g.nodes())
            a.append(n.toJson());
        for (const Edge &e : g.edges())
            a.append(e.toJson());
        for (const Evidence &e : g.allEvidence())
            a.append(e.toJson());
        for (const NodeType &t : g.nodeTypes())
            a.append(t.toJson());
        for (const RelationType &t : g.relationTypes())
            a.append(t.toJson());
        const auto c = m_project->labels().classById(m_class);
        a.append(c ? rwb::project::json::optional(c->knowledgeNode) : QJsonValue());
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    }
    /// redo → state A, undo → original, redo → state A again.
    void checkUndo(QUndoCommand *command)
    {
        const QByteArray before = dump();
        const QString error = rwb::project::StoreCommand::pushTo(&m_stack, command);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray after = dump();
        QVERIFY(after != before);
        m_stack.undo();
        QCOMPARE(dump(), before);
        m_stack.redo();
        QCOMPARE(dump(), after);
    }

private slots:
    void initTestCase() { registerMigrations(); }

    void init()
    {
        m_stack.clear();
        static int n = 0;
        m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.rwb").arg(++n)), {}, QStringLiteral("tester"));
        rwb::project::Asset a;
        a.uri = QStringLiteral("strip.png");
        a.sha256 = QStringLiteral("feed%1").arg(n);
        const qint64 asset = m_project->assets().add(a);
        rwb::project::LabelClass c;
        c.name = QStringLiteral("scratch");
        m_class = m_project->labels().addClass(c);
        rwb::project::Annotation ann;
        ann.assetId = asset;
        ann.classId = m_class;
        ann.kind = QStringLiteral("box");
        ann.geometry = { { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 1 }, { QStringLiteral("w"), 5 },
            { QStringLiteral("h"), 5 } };
        ann.extent = QRectF(1, 1, 5, 5);
        m_annotation = m_project->annotations().add(ann);
    }

    void starterOntologyIsConsistent()
    {
        const Ontology o = Ontology::starter();
        QVERIFY2(o.problems().isEmpty(), qPrintable(o.problems().join(QLatin1Char('\n'))));
        for (const char *name : { "Equipment", "Component", "Process", "ProcessParameter", "Material", "Sensor",
                 "Measurement", "Defect", "FailureMode", "Cause", "Symptom", "Remedy" }) {
            const NodeType *t = o.nodeType(QString::fromLatin1(name));
            QVERIFY2(t, name);
            QVERIFY(!t->nameZh.isEmpty() && !t->nameEn.isEmpty() && !t->icon.isEmpty());
        }
        for (const char *name :
            { "causes", "indicates", "part_of", "affects", "measured_by", "mitigated_by", "occurs_in" })
            QVERIFY2(o.relationType(QString::fromLatin1(name)), name);
        QVERIFY(o.relationType(QStringLiteral("causes"))->causal);
        QVERIFY(o.relationType(QStringLiteral("causes"))->requiresEvidence);
        QCOMPARE(o.relationType(QStringLiteral("part_of"))->cardinality, RelationType::Cardinality::ManyToOne);
        // The JSON form reads back the same.
        const Ontology back = Ontology::fromJson(QJsonDocument(o.toJson()).toJson(), QStringLiteral("x.json"));
        QCOMPARE(back.nodeTypes, o.nodeTypes);
        QCOMPARE(back.relationTypes, o.relationTypes);
    }

    void badOntologyFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format") << QByteArray("{\"format\":\"x\"}") << QStringLiteral("not an ontology");
        QTest::newRow("duplicate") << QByteArray(
            "{\"format\":\"rwb-ontology\",\"nodeTypes\":[{\"name\":\"A\"},{\"name\":\"A\"}]}")
                                   << QStringLiteral("defined twice");
        QTest::newRow("unknown domain") << QByteArray(
            "{\"format\":\"rwb-ontology\",\"relationTypes\":[{\"name\":\"r\",\"domain\":[\"Nope\"]}]}")
                                        << QStringLiteral("unknown node type \"Nope\"");
        QTest::newRow("bad colour") << QByteArray(
            "{\"format\":\"rwb-ontology\",\"nodeTypes\":[{\"name\":\"A\",\"color\":\"blurple\"}]}")
                                    << QStringLiteral("invalid colour");
    }
    void badOntologyFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        try {
            Ontology::fromJson(json, QStringLiteral("mine.json"));
            QFAIL("accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(needle), qPrintable(e.message()));
            QVERIFY(e.message().contains(QLatin1String("mine.json")));
        }
    }

    void migration1CreatesGraphTablesInOldProject()
    {
        // A project written before the knowledge module existed: core tables only.
        const QString file = m_dir.filePath(QStringLiteral("old.rwb"));
        {
            Database db;
            db.open(file, Database::Mode::Create);
            db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Project::ApplicationId));
            Migrator::migrate(db, Migrator::coreSet());
            db.exec("INSERT INTO meta (key, value) VALUES ('project_id', 'old'), ('name', 'Old project')");
            QCOMPARE(Migrator::storedVersion(db, migrationSet()), 0);
        }
        auto p = Project::open(file, QStringLiteral("tester"));
        QCOMPARE(Migrator::storedVersion(p->db(), migrationSet()), migrationSet().latestVersion());
        m_project = std::move(p);
        QCOMPARE(tableNames(),
            (QList<QString> { QStringLiteral("kg_edges"), QStringLiteral("kg_evidence"),
                QStringLiteral("kg_node_positions"), QStringLiteral("kg_node_types"), QStringLiteral("kg_nodes"),
                QStringLiteral("kg_relation_types") }));
        // The starter ontology arrives with the first store, once.
        QCOMPARE(store().nodeTypes().size(), Ontology::starter().nodeTypes.size());
        QCOMPARE(store().relationTypes().size(), Ontology::starter().relationTypes.size());
        // The schema's own rules hold: an edge confidence outside 0…1 and evidence for both a node and an edge.
        Node x = node({}, QStringLiteral("Defect"), QStringLiteral("x"));
        const qint64 n = store().addNode(x);
        QVERIFY_THROWS_EXCEPTION(StoreError,
            m_project->db().exec(QStringLiteral("INSERT INTO kg_edges (type_id, from_id, to_id, confidence, created,"
                                                " modified) VALUES (%1, %2, %2, 1.5, 'now', 'now')")
                                     .arg(typeId(QStringLiteral("causes")))
                                     .arg(n)));
        QVERIFY_THROWS_EXCEPTION(StoreError,
            m_project->db().exec(QStringLiteral("INSERT INTO kg_evidence (node_id, edge_id, annotation_id, created)"
                                                " VALUES (%1, %1, 1, 'now')")
                                     .arg(n)));
    }

    void starterOntologyInstalledOnceAndEditable()
    {
        const int types = store().nodeTypes().size();
        NodeType defect = *store().ontology().nodeType(QStringLiteral("Defect"));
        store().removeRelationType(typeId(QStringLiteral("similar_to")));
        // Reopening does not bring the removed type back.
        const QString file = m_project->path();
        m_project.reset();
        m_project = Project::open(file, QStringLiteral("tester"));
        QCOMPARE(store().nodeTypes().size(), types);
        QVERIFY(!store().ontology().relationType(QStringLiteral("similar_to")));
        // A rename follows into the domains and ranges of relation types.
        NodeType renamed = defect;
        renamed.name = QStringLiteral("SurfaceDefect");
        store().updateNodeType(renamed);
        const Ontology o = store().ontology();
        QVERIFY(o.relationType(QStringLiteral("causes"))->range.contains(QStringLiteral("SurfaceDefect")));
        QVERIFY(!o.relationType(QStringLiteral("causes"))->range.contains(QStringLiteral("Defect")));
        QVERIFY(o.problems().isEmpty());
        QVERIFY(!m_project->audit().entries(QStringLiteral("kg_node_type"), renamed.id).isEmpty());
    }

    void nodeRulesAndAudit()
    {
        GraphStore g = store();
        Node scratch = node(
            QStringLiteral("scratch"), QStringLiteral("Defect"), QStringLiteral("Scratch"), QStringLiteral("划痕"));
        scratch.aliasesZh = { QStringLiteral("刮伤") };
        scratch.properties = { { QStringLiteral("severity"), QStringLiteral("severe") } };
        const qint64 id = g.addNode(scratch);
        QCOMPARE(*g.node(id), scratch);
        QCOMPARE(g.nodeByKey(QStringLiteral("scratch"))->id, id);
        const auto entries = m_project->audit().entries(QStringLiteral("kg_node"), id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].action, QStringLiteral("insert"));
        QCOMPARE(entries[0].after.value(QLatin1String("label_zh")).toString(), QStringLiteral("划痕"));
        // An empty key becomes n<id>.
        Node anon = node({}, QStringLiteral("Cause"), QStringLiteral("roll damage"));
        QCOMPARE(g.nodeByKey(QStringLiteral("n%1").arg(g.addNode(anon)))->labelEn, QStringLiteral("roll damage"));
        // Refused: duplicate key, bad key, unknown type, property of the wrong type.
        Node dup = node(QStringLiteral("scratch"), QStringLiteral("Defect"), QStringLiteral("again"));
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addNode(dup));
        Node bad = node(QStringLiteral("has space"), QStringLiteral("Defect"), QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addNode(bad));
        Node untyped = node(QStringLiteral("u"), QStringLiteral("NoSuchType"), QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addNode(untyped));
        Node wrongProp = node(QStringLiteral("w"), QStringLiteral("Defect"), QStringLiteral("x"));
        wrongProp.properties = { { QStringLiteral("severity"), QStringLiteral("catastrophic") } };
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addNode(wrongProp));
        QCOMPARE(g.nodeCount(), 2);
        // A type in use cannot be removed.
        QVERIFY_THROWS_EXCEPTION(StoreError, g.removeNodeType(typeId(QStringLiteral("Defect"))));
    }

    void edgeAndEvidenceRules()
    {
        GraphStore g = store();
        Node a = node(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("A"));
        Node b = node(QStringLiteral("b"), QStringLiteral("Defect"), QStringLiteral("B"));
        g.addNode(a);
        g.addNode(b);
        Edge e = edge(QStringLiteral("causes"), a.id, b.id);
        e.confidence = 0.8;
        g.addEdge(e);
        QCOMPARE(*g.edge(e.id), e);
        Edge dangling = edge(QStringLiteral("causes"), a.id, 9999);
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addEdge(dangling));
        Edge overconfident = edge(QStringLiteral("causes"), a.id, b.id);
        overconfident.confidence = 2;
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addEdge(overconfident));
        QVERIFY_THROWS_EXCEPTION(StoreError, g.removeRelationType(typeId(QStringLiteral("causes"))));

        Evidence ev;
        ev.edgeId = e.id;
        ev.annotationId = m_annotation;
        ev.note = QStringLiteral("roll mark visible");
        g.addEvidence(ev);
        QCOMPARE(g.evidenceForEdge(e.id).size(), 1);
        Evidence again = ev;
        again.id = 0;
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addEvidence(again));
        Evidence both;
        both.edgeId = e.id;
        both.nodeId = a.id;
        both.annotationId = m_annotation;
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addEvidence(both));
        Evidence missing;
        missing.nodeId = a.id;
        missing.annotationId = 424242;
        QVERIFY_THROWS_EXCEPTION(StoreError, g.addEvidence(missing));
        QCOMPARE(m_project->audit().entries(QStringLiteral("kg_evidence")).size(), 1);
    }

    void undoEveryCommand()
    {
        Node a = node(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("A"), QStringLiteral("甲"));
        auto *addA = new AddNodeCommand(m_project->connection(), a);
        checkUndo(addA);
        a = *store().nodeByKey(QStringLiteral("a"));
        Node b = node(QStringLiteral("b"), QStringLiteral("Defect"), QStringLiteral("B"));
        auto *addB = new AddNodeCommand(m_project->connection(), b);
        checkUndo(addB);
        b = *store().node(addB->nodeId());
        QCOMPARE(b.key, QStringLiteral("b")); // redo re-created it with the same id

        Node a2 = a;
        a2.labelEn = QStringLiteral("A edited");
        a2.aliasesEn = { QStringLiteral("alpha") };
        checkUndo(new EditNodeCommand(m_project->connection(), a, a2));

        Edge e = edge(QStringLiteral("causes"), a.id, b.id);
        auto *addE = new AddEdgeCommand(m_project->connection(), e);
        checkUndo(addE);
        e = *store().edge(addE->edgeId());
        Edge e2 = e;
        e2.confidence = 0.5;
        checkUndo(new EditEdgeCommand(m_project->connection(), e, e2));

        Evidence ev;
        ev.edgeId = e.id;
        ev.annotationId = m_annotation;
        auto *addEv = new AddEvidenceCommand(m_project->connection(), ev);
        checkUndo(addEv);
        Evidence nodeEv;
        nodeEv.nodeId = a.id;
        nodeEv.annotationId = m_annotation;
        checkUndo(new AddEvidenceCommand(m_project->connection(), nodeEv));
        checkUndo(new MapLabelClassCommand(m_project->connection(), m_class, a.id));
        // Removing a node takes its edges, their evidence and the mapping; undo restores them.
        checkUndo(new RemoveNodeCommand(m_project->connection(), a.id));
        QVERIFY(!store().edge(e.id));
        QVERIFY(!m_project->labels().classById(m_class)->knowledgeNode);
        m_stack.undo();
        QCOMPARE(store().evidenceForEdge(e.id).size(), 1);
        QCOMPARE(m_project->labels().classById(m_class)->knowledgeNode, std::optional<qint64>(a.id));
    }

    void undoRemovalsAndOntologyCommands()
    {
        GraphStore g = store();
        Node a = node(QStringLiteral("a"), QStringLiteral("Cause"), QStringLiteral("A"));
        Node b = node(QStringLiteral("b"), QStringLiteral("Defect"), QStringLiteral("B"));
        g.addNode(a);
        g.addNode(b);
        Edge e = edge(QStringLiteral("causes"), a.id, b.id);
        g.addEdge(e);
        Evidence ev;
        ev.edgeId = e.id;
        ev.annotationId = m_annotation;
        g.addEvidence(ev);
        checkUndo(new RemoveEvidenceCommand(m_project->connection(), ev.id));
        m_stack.undo();
        checkUndo(new RemoveEdgeCommand(m_project->connection(), e.id));
        m_stack.undo();
        QCOMPARE(store().evidenceForEdge(e.id).size(), 1);

        NodeType t;
        t.name = QStringLiteral("Operator");
        t.nameZh = QStringLiteral("操作员");
        auto *addT = new AddNodeTypeCommand(m_project->connection(), t);
        checkUndo(addT);
        t = *store().nodeType(addT->typeId());
        NodeType t2 = t;
        t2.color = QStringLiteral("#123456");
        checkUndo(new EditNodeTypeCommand(m_project->connection(), t, t2));
        checkUndo(new RemoveNodeTypeCommand(m_project->connection(), t.id));
        m_stack.undo();

        RelationType r;
        r.name = QStringLiteral("operates");
        r.domain = { QStringLiteral("Operator") };
        r.range = { QStringLiteral("Equipment") };
        auto *addR = new AddRelationTypeCommand(m_project->connection(), r);
        checkUndo(addR);
        r = *store().relationType(addR->typeId());
        RelationType r2 = r;
        r2.cardinality = RelationType::Cardinality::OneToOne;
        checkUndo(new EditRelationTypeCommand(m_project->connection(), r, r2));
        checkUndo(new RemoveRelationTypeCommand(m_project->connection(), r.id));

        // A failing command reports its error and is dropped.
        const int count = m_stack.count();
        const QString error = rwb::project::StoreCommand::pushTo(
            &m_stack, new RemoveNodeTypeCommand(m_project->connection(), typeId(QStringLiteral("Cause"))));
        QVERIFY(error.contains(QLatin1String("used by")));
        QCOMPARE(m_stack.count(), count);
    }
};

QTEST_GUILESS_MAIN(TestKgStore)
#include "tst_kgstore.moc"
