// Graph snapshot queries against brute force on random graphs; validation cases; the report
// model; a snapshot of the project file follows undo and redo.
#include "knowledge/commands/addedgecommand.h"
#include "knowledge/commands/removenodecommand.h"
#include "knowledge/graphqueries.h"
#include "knowledge/graphsnapshot.h"
#include "knowledge/graphstore.h"
#include "knowledge/knowledgemigrations.h"
#include "knowledge/validationreportmodel.h"
#include "knowledge/validator.h"
#include "project/project.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <set>

using namespace rwb::knowledge;

namespace {

/// A small ontology: two node types, a causal and a plain relation.
Ontology smallOntology()
{
    Ontology o;
    NodeType a;
    a.id = 1;
    a.name = QStringLiteral("Cause");
    NodeType b;
    b.id = 2;
    b.name = QStringLiteral("Defect");
    o.nodeTypes = { a, b };
    RelationType causes;
    causes.id = 10;
    causes.name = QStringLiteral("causes");
    causes.causal = true;
    causes.requiresEvidence = true;
    causes.domain = { QStringLiteral("Cause") };
    causes.range = { QStringLiteral("Defect"), QStringLiteral("Cause") };
    RelationType related;
    related.id = 11;
    related.name = QStringLiteral("related");
    related.directed = false;
    related.symmetric = true;
    RelationType partOf;
    partOf.id = 12;
    partOf.name = QStringLiteral("part_of");
    partOf.cardinality = RelationType::Cardinality::ManyToOne;
    o.relationTypes = { causes, related, partOf };
    return o;
}

Node makeNode(qint64 id, qint64 type, const QString &en, const QString &zh = {}, const QStringList &aliases = {})
{
    Node n;
    n.id = id;
    n.key = QStringLiteral("k%1").arg(id);
    n.typeId = type;
    n.labelEn = en;
    n.labelZh = zh;
    n.aliasesZh = aliases;
    return n;
}

Edge makeEdge(qint64 id, qint64 type, qint64 from, qint64 to)
{
    Edge e;
    e.id = id;
    e.typeId = type;
    e.fromId = from;
    e.toId = to;
    return e;
}

struct RandomGraph
{
    QList<Node> nodes;
    QList<Edge> edges;
};

RandomGraph randomGraph(QRandomGenerator &rng, int nodes, int edges)
{
    static const QStringList syllables { QStringLiteral("roll"), QStringLiteral("Scale"), QStringLiteral("划"),
        QStringLiteral("痕"), QStringLiteral("crack"), QStringLiteral("氧化"), QStringLiteral("ÉTÉ"),
        QStringLiteral("pit") };
    RandomGraph g;
    for (int i = 0; i < nodes; ++i) {
        QString en, zh;
        for (int s = 0; s < 2; ++s) {
            en += syllables[rng.bounded(int(syllables.size()))];
            zh += syllables[rng.bounded(int(syllables.size()))];
        }
        QStringList aliases;
        if (rng.bounded(3) == 0)
            aliases.append(syllables[rng.bounded(int(syllables.size()))] + QStringLiteral("x"));
        // Ids with gaps, so that indexes and ids differ.
        g.nodes.append(makeNode(3 * i + 7, 1 + rng.bounded(2), en, zh, aliases));
    }
    for (int i = 0; i < edges; ++i) {
        const qint64 from = g.nodes[rng.bounded(nodes)].id;
        const qint64 to = g.nodes[rng.bounded(nodes)].id;
        g.edges.append(makeEdge(2 * i + 5, rng.bounded(3) == 0 ? 11 : 10, from, to));
    }
    return g;
}

/// Brute force: all maximal simple backward causal paths, straight from the edge list.
void brutePaths(const GraphSnapshot &g, int node, int depth, int maxDepth, std::vector<int> &path,
    std::vector<int> &visited, std::set<std::vector<int>> &out)
{
    bool extended = false;
    if (depth < maxDepth) {
        for (int e = 0; e < g.edgeCount(); ++e) {
            if (!g.edgeCausal(e) || g.edgeTo(e) != node)
                continue;
            const int from = g.edgeFrom(e);
            if (std::find(visited.begin(), visited.end(), from) != visited.end())
                continue;
            extended = true;
            path.push_back(e);
            visited.push_back(from);
            brutePaths(g, from, depth + 1, maxDepth, path, visited, out);
            visited.pop_back();
            path.pop_back();
        }
    }
    if (!extended && !path.empty())
        out.insert(path);
}

/// All-pairs distances by Floyd–Warshall: causal-forward, directed, undirected.
std::vector<std::vector<int>> distances(const GraphSnapshot &g, bool causalOnly, bool directed)
{
    const int n = g.nodeCount();
    const int inf = 1 << 20;
    std::vector<std::vector<int>> d(size_t(n), std::vector<int>(size_t(n), inf));
    for (int i = 0; i < n; ++i)
        d[size_t(i)][size_t(i)] = 0;
    for (int e = 0; e < g.edgeCount(); ++e) {
        if (causalOnly && !g.edgeCausal(e))
            continue;
        const int a = g.edgeFrom(e), b = g.edgeTo(e);
        d[size_t(a)][size_t(b)] = std::min(d[size_t(a)][size_t(b)], a == b ? 0 : 1);
        if (!directed)
            d[size_t(b)][size_t(a)] = std::min(d[size_t(b)][size_t(a)], a == b ? 0 : 1);
    }
    for (int k = 0; k < n; ++k)
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                d[size_t(i)][size_t(j)]
                    = std::min(d[size_t(i)][size_t(j)], d[size_t(i)][size_t(k)] + d[size_t(k)][size_t(j)]);
    return d;
}

QList<ValidationIssue::Rule> rules(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue::Rule> out;
    for (const ValidationIssue &i : issues)
        out.append(i.rule);
    return out;
}

} // namespace

class TestKgGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { registerMigrations(); }

    void queriesMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::newRow("sparse") << 1u << 30 << 35;
        QTest::newRow("dense") << 2u << 15 << 45;
        QTest::newRow("tree-like") << 3u << 40 << 39;
        QTest::newRow("self loops and multi-edges") << 4u << 6 << 30;
        QTest::newRow("no edges") << 5u << 10 << 0;
    }
    void queriesMatchBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QRandomGenerator rng(seed);
        const RandomGraph rg = randomGraph(rng, nodes, edges);
        const GraphSnapshot g = GraphSnapshot::build(smallOntology(), rg.nodes, rg.edges);
        const GraphQueries q(g);
        QCOMPARE(g.nodeCount(), nodes);
        const auto causal = distances(g, true, true);
        const auto directed = distances(g, false, true);
        const auto undirected = distances(g, false, false);
        for (int n = 0; n < nodes; ++n) {
            for (int depth : { 1, 3, 6 }) {
                std::set<std::vector<int>> expected;
                std::vector<int> path, visited { n };
                brutePaths(g, n, 0, depth, path, visited, expected);
                const GraphQueries::Paths got = q.rootCauses(n, depth);
                QVERIFY(!got.truncated);
                const std::set<std::vector<int>> gotSet(got.paths.begin(), got.paths.end());
                QCOMPARE(gotSet.size(), got.paths.size()); // no duplicates
                QVERIFY2(gotSet == expected, qPrintable(QStringLiteral("node %1 depth %2").arg(n).arg(depth)));
                // Impact: exactly the nodes at causal distance 1…depth.
                std::vector<std::pair<int, int>> expectImpact;
                for (int m = 0; m < nodes; ++m) {
                    const int d = causal[size_t(n)][size_t(m)];
                    if (m != n && d <= depth)
                        expectImpact.emplace_back(m, d);
                }
                std::sort(expectImpact.begin(), expectImpact.end(),
                    [](auto a, auto b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
                QVERIFY(q.impact(n, depth) == expectImpact);
                std::vector<std::pair<int, int>> expectNear;
                for (int m = 0; m < nodes; ++m) {
                    if (undirected[size_t(n)][size_t(m)] <= depth)
                        expectNear.emplace_back(m, undirected[size_t(n)][size_t(m)]);
                }
                std::sort(expectNear.begin(), expectNear.end(),
                    [](auto a, auto b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
                QVERIFY(q.neighbours(n, depth) == expectNear);
            }
            for (int m = 0; m < nodes; ++m) {
                for (bool dir : { true, false }) {
                    const GraphQueries::Path p = q.shortestPath(n, m, dir);
                    const int d = (dir ? directed : undirected)[size_t(n)][size_t(m)];
                    if (n == m || d >= (1 << 20)) {
                        QVERIFY(p.empty());
                        continue;
                    }
                    QCOMPARE(int(p.size()), d);
                    // The path is a real walk from n to m.
                    int at = n;
                    for (int e : p) {
                        if (g.edgeFrom(e) == at)
                            at = g.edgeTo(e);
                        else {
                            QVERIFY(!dir && g.edgeTo(e) == at);
                            at = g.edgeFrom(e);
                        }
                    }
                    QCOMPARE(at, m);
                }
            }
        }
        // Search: every query against a case-insensitive scan of every string.
        for (const QString &query : { QStringLiteral("ROLL"), QStringLiteral("划痕"), QStringLiteral("été"),
                 QStringLiteral("crackroll"), QStringLiteral("x"), QStringLiteral("zzz") }) {
            std::set<int> expected;
            for (int n = 0; n < nodes; ++n) {
                QStringList all { g.labelEn(n), g.labelZh(n) };
                all += g.aliases(n);
                for (const QString &s : all) {
                    if (s.contains(query, Qt::CaseInsensitive))
                        expected.insert(n);
                }
            }
            std::set<int> got;
            int lastRank = 0;
            for (const GraphQueries::Hit &h : q.search(query)) {
                QVERIFY(h.rank >= lastRank);
                lastRank = h.rank;
                got.insert(h.node);
            }
            QVERIFY2(got == expected, qPrintable(query));
        }
    }

    void searchRanksAndLimits()
    {
        const GraphSnapshot g = GraphSnapshot::build(smallOntology(),
            { makeNode(1, 2, QStringLiteral("Scratch"), QStringLiteral("划痕"), { QStringLiteral("刮伤") }),
                makeNode(2, 2, QStringLiteral("Scratches on roll"), QStringLiteral("辊面划痕")),
                makeNode(3, 1, QStringLiteral("Deep scratch"), QStringLiteral("深划痕")) },
            {});
        const GraphQueries q(g);
        const auto hits = q.search(QStringLiteral("scratch"));
        QCOMPARE(int(hits.size()), 3);
        QCOMPARE(hits[0], (GraphQueries::Hit { 0, 0 }));
        QCOMPARE(hits[1], (GraphQueries::Hit { 1, 1 }));
        QCOMPARE(hits[2], (GraphQueries::Hit { 2, 2 }));
        QCOMPARE(q.search(QStringLiteral("刮伤")).front().node, 0);
        QCOMPARE(int(q.search(QStringLiteral("划痕"), 2).size()), 2);
        QVERIFY(q.search(QStringLiteral("  ")).empty());
    }

    void rootCausesTruncateAtLimit()
    {
        // A complete causal DAG on 12 nodes has far more than 10 backward chains from its sink.
        QList<Node> nodes;
        QList<Edge> edges;
        for (int i = 1; i <= 12; ++i)
            nodes.append(makeNode(i, 1, QStringLiteral("n%1").arg(i)));
        int id = 1;
        for (int i = 1; i <= 12; ++i)
            for (int j = i + 1; j <= 12; ++j)
                edges.append(makeEdge(id++, 10, i, j));
        const GraphSnapshot g = GraphSnapshot::build(smallOntology(), nodes, edges);
        const GraphQueries::Paths p = GraphQueries(g).rootCauses(g.nodeIndex(12), 11, 10);
        QVERIFY(p.truncated);
        QCOMPARE(int(p.paths.size()), 10);
        QCOMPARE(GraphQueries(g).rootOf(GraphQueries(g).rootCauses(g.nodeIndex(2), 6).paths.front()), g.nodeIndex(1));
    }

    void validationCases_data()
    {
        using R = ValidationIssue::Rule;
        QTest::addColumn<QList<Node>>("nodes");
        QTest::addColumn<QList<Edge>>("edges");
        QTest::addColumn<QList<R>>("expected");
        QTest::addColumn<qint64>("firstNode");
        QTest::addColumn<qint64>("firstEdge");
        const Node c1 = makeNode(1, 1, QStringLiteral("roll damage"));
        const Node c2 = makeNode(2, 1, QStringLiteral("guide misalignment"));
        const Node d1 = makeNode(3, 2, QStringLiteral("scratch"), QStringLiteral("划痕"));
        const Node d2 = makeNode(4, 2, QStringLiteral("pit"));
        QTest::newRow("clean (evidence given)") << QList<Node> { c1, d1 } << QList<Edge> { makeEdge(100, 10, 1, 3) }
                                                << QList<R> {} << qint64(0) << qint64(0);
        QTest::newRow("domain") << QList<Node> { d1, d2 } << QList<Edge> { makeEdge(7, 10, 3, 4) }
                                << QList<R> { R::Domain, R::MissingEvidence } << qint64(3) << qint64(7);
        QTest::newRow("range") << QList<Node> { c1, d1 }
                               << QList<Edge> { makeEdge(8, 12, 1, 3), makeEdge(100, 10, 3, 1) }
                               << QList<R> { R::Domain } << qint64(3) << qint64(100);
        QTest::newRow("undirected either way")
            << QList<Node> { c1, d1 } << QList<Edge> { makeEdge(9, 11, 3, 1) } << QList<R> {} << qint64(0) << qint64(0);
        QTest::newRow("cardinality many-to-one")
            << QList<Node> { c1, c2, d1 } << QList<Edge> { makeEdge(20, 12, 1, 2), makeEdge(21, 12, 1, 3) }
            << QList<R> { R::Cardinality } << qint64(1) << qint64(21);
        QTest::newRow("causal cycle") << QList<Node> { c1, c2 }
                                      << QList<Edge> { makeEdge(100, 10, 1, 2), makeEdge(101, 10, 2, 1) }
                                      << QList<R> { R::CausalCycle } << qint64(1) << qint64(100);
        QTest::newRow("causal self loop") << QList<Node> { c1 } << QList<Edge> { makeEdge(100, 10, 1, 1) }
                                          << QList<R> { R::CausalCycle } << qint64(1) << qint64(100);
        QTest::newRow("orphan") << QList<Node> { c1 } << QList<Edge> {} << QList<R> { R::Orphan } << qint64(1)
                                << qint64(0);
        QTest::newRow("duplicate alias") << QList<Node> { c1,
            makeNode(5, 1, QStringLiteral("other"), {}, { QStringLiteral("Roll Damage") }) }
                                         << QList<Edge> { makeEdge(9, 11, 1, 5) } << QList<R> { R::DuplicateLabel }
                                         << qint64(5) << qint64(0);
        QTest::newRow("missing evidence") << QList<Node> { c2, d1 } << QList<Edge> { makeEdge(30, 10, 2, 3) }
                                          << QList<R> { R::MissingEvidence } << qint64(2) << qint64(30);
        QTest::newRow("edge to a missing node")
            << QList<Node> { c1, d1 } << QList<Edge> { makeEdge(9, 11, 1, 3), makeEdge(31, 11, 1, 99) }
            << QList<R> { R::DanglingEdge } << qint64(0) << qint64(31);
    }
    void validationCases()
    {
        QFETCH(QList<Node>, nodes);
        QFETCH(QList<Edge>, edges);
        QFETCH(QList<ValidationIssue::Rule>, expected);
        QFETCH(qint64, firstNode);
        QFETCH(qint64, firstEdge);
        // Edges with id ≥ 100 have evidence.
        QHash<qint64, int> evidence;
        for (const Edge &e : edges) {
            if (e.id >= 100)
                evidence.insert(e.id, 1);
        }
        const GraphSnapshot g = GraphSnapshot::build(smallOntology(), nodes, edges, evidence);
        const QList<ValidationIssue> issues = Validator(g).run();
        QCOMPARE(rules(issues), expected);
        if (!issues.isEmpty()) {
            QCOMPARE(issues.front().nodeId, firstNode);
            QCOMPARE(issues.front().edgeId, firstEdge);
            QVERIFY(!issues.front().message.isEmpty());
        }
    }

    void reportModel()
    {
        ValidationReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const GraphSnapshot g = GraphSnapshot::build(smallOntology(),
            { makeNode(1, 1, QStringLiteral("a")), makeNode(2, 1, QStringLiteral("b")) },
            { makeEdge(5, 10, 1, 2), makeEdge(6, 10, 2, 1) });
        model.setIssues(Validator(g).run());
        QCOMPARE(model.rowCount(), 3); // a cycle, two edges without evidence
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, ValidationReportModel::RuleColumn).data().toString(), QStringLiteral("causal-cycle"));
        QCOMPARE(model.index(1, 0).data(ValidationReportModel::EdgeIdRole).toLongLong(), 5);
        QCOMPARE(model.index(1, 0).data(ValidationReportModel::NodeIdRole).toLongLong(), 1);
        model.setIssues({});
        QCOMPARE(model.rowCount(), 0);
    }

    void snapshotOfProjectFollowsUndo()
    {
        QTemporaryDir dir;
        auto project = rwb::project::Project::create(dir.filePath(QStringLiteral("g.rwb")), {}, QStringLiteral("t"));
        GraphStore store(project->connection());
        const Ontology o = store.ontology();
        Node roll;
        roll.key = QStringLiteral("roll_damage");
        roll.typeId = o.nodeType(QStringLiteral("Cause"))->id;
        roll.labelEn = QStringLiteral("Roll surface damage");
        roll.labelZh = QStringLiteral("辊面损伤");
        roll.aliasesZh = { QStringLiteral("辊子损伤") };
        Node scratch;
        scratch.key = QStringLiteral("scratch");
        scratch.typeId = o.nodeType(QStringLiteral("Defect"))->id;
        scratch.labelEn = QStringLiteral("Scratch");
        scratch.labelZh = QStringLiteral("划痕");
        store.addNode(roll);
        store.addNode(scratch);
        QUndoStack stack;
        Edge e;
        e.typeId = o.relationType(QStringLiteral("causes"))->id;
        e.fromId = roll.id;
        e.toId = scratch.id;
        stack.push(new AddEdgeCommand(project->connection(), e));
        GraphSnapshot g = GraphSnapshot::load(project->connection());
        // Loaded from the file, it equals one built from the records.
        const GraphSnapshot built = GraphSnapshot::build(o, store.nodes(), store.edges());
        QCOMPARE(g.searchText(), built.searchText());
        QCOMPARE(g.edgeCount(), 1);
        QCOMPARE(GraphQueries(g).rootCauses(g.nodeIndex(scratch.id), 6).paths.size(), size_t(1));
        QCOMPARE(GraphQueries(g).search(QStringLiteral("辊子")).front().node, g.nodeIndex(roll.id));
        QCOMPARE(rules(Validator(g).run()), (QList<ValidationIssue::Rule> { ValidationIssue::Rule::MissingEvidence }));
        stack.push(new RemoveNodeCommand(project->connection(), roll.id));
        g = GraphSnapshot::load(project->connection());
        QCOMPARE(g.nodeCount(), 1);
        QCOMPARE(g.edgeCount(), 0);
        stack.undo();
        stack.undo();
        g = GraphSnapshot::load(project->connection());
        QCOMPARE(g.nodeCount(), 2);
        QCOMPARE(g.edgeCount(), 0);
        QCOMPARE(rules(Validator(g).run()),
            (QList<ValidationIssue::Rule> { ValidationIssue::Rule::Orphan, ValidationIssue::Rule::Orphan }));
        stack.redo();
        g = GraphSnapshot::load(project->connection());
        QCOMPARE(g.edgeCount(), 1);
        QVERIFY(GraphQueries(g).impact(g.nodeIndex(roll.id), 3)
            == (std::vector<std::pair<int, int>> { { g.nodeIndex(scratch.id), 1 } }));
    }
};

QTEST_GUILESS_MAIN(TestKgGraph)
#include "tst_kggraph.moc"
