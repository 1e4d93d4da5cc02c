#include "graphsnapshot.h"

#include "graphstore.h"
#include "project/connection.h"
#include "project/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rwb::knowledge {

using project::Statement;

namespace {

void appendAliases(QStringList &out, const QByteArray &json)
{
    if (json.isEmpty() || json == "[]")
        return;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        out.append(v.toString());
}

int indexIn(const std::vector<qint64> &ids, qint64 id)
{
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    return it != ids.end() && *it == id ? int(it - ids.begin()) : -1;
}

} // namespace

GraphSnapshot GraphSnapshot::load(project::Connection &connection)
{
    GraphSnapshot g;
    g.m_ontology = GraphStore(connection).ontology();
    project::Database &db = connection.db();
    {
        Statement count = db.prepare("SELECT count(*) FROM kg_nodes");
        count.step();
        const size_t n = size_t(count.int64(0));
        g.m_nodeIds.reserve(n);
        g.m_nodeTypes.reserve(n);
        g.m_keys.reserve(n);
        g.m_labelsEn.reserve(n);
        g.m_labelsZh.reserve(n);
        g.m_aliases.reserve(n);
    }
    Statement nodes
        = db.prepare("SELECT id, type_id, key, label_en, label_zh, aliases_en, aliases_zh FROM kg_nodes ORDER BY id");
    while (nodes.step()) {
        g.m_nodeIds.push_back(nodes.int64(0));
        g.m_nodeTypes.push_back(nodes.int64(1));
        g.m_keys.push_back(nodes.text(2));
        g.m_labelsEn.push_back(nodes.text(3));
        g.m_labelsZh.push_back(nodes.text(4));
        QStringList aliases;
        appendAliases(aliases, nodes.utf8(5));
        appendAliases(aliases, nodes.utf8(6));
        g.m_aliases.push_back(std::move(aliases));
    }
    g.m_nodeEvidence.assign(g.m_nodeIds.size(), 0);
    {
        Statement count = db.prepare("SELECT count(*) FROM kg_edges");
        count.step();
        const size_t n = size_t(count.int64(0));
        g.m_edgeIds.reserve(n);
        g.m_edgeTypes.reserve(n);
        g.m_edgeFrom.reserve(n);
        g.m_edgeTo.reserve(n);
    }
    Statement edges = db.prepare("SELECT id, type_id, from_id, to_id FROM kg_edges ORDER BY id");
    while (edges.step()) {
        g.m_edgeIds.push_back(edges.int64(0));
        g.m_edgeTypes.push_back(edges.int64(1));
        g.m_edgeFrom.push_back(indexIn(g.m_nodeIds, edges.int64(2)));
        g.m_edgeTo.push_back(indexIn(g.m_nodeIds, edges.int64(3)));
    }
    g.m_edgeEvidence.assign(g.m_edgeIds.size(), 0);
    Statement evidence = db.prepare("SELECT node_id, edge_id, count(*) FROM kg_evidence GROUP BY node_id, edge_id");
    while (evidence.step()) {
        if (!evidence.isNull(0)) {
            const int n = indexIn(g.m_nodeIds, evidence.int64(0));
            if (n >= 0)
                g.m_nodeEvidence[size_t(n)] = evidence.int32(2);
        } else {
            const int e = indexIn(g.m_edgeIds, evidence.int64(1));
            if (e >= 0)
                g.m_edgeEvidence[size_t(e)] = evidence.int32(2);
        }
    }
    Statement dangling = db.prepare("SELECT v.id, ifnull(v.node_id, 0), ifnull(v.edge_id, 0), v.annotation_id"
                                    " FROM kg_evidence v LEFT JOIN annotations a ON a.id = v.annotation_id"
                                    " WHERE a.id IS NULL ORDER BY v.id");
    while (dangling.step())
        g.m_dangling.push_back({ dangling.int64(0), dangling.int64(1), dangling.int64(2), dangling.int64(3) });
    g.finish();
    return g;
}

GraphSnapshot GraphSnapshot::build(const Ontology &ontology, const QList<Node> &nodes, const QList<Edge> &edges,
    const QHash<qint64, int> &edgeEvidence, const QHash<qint64, int> &nodeEvidence)
{
    GraphSnapshot g;
    g.m_ontology = ontology;
    QList<Node> sortedNodes = nodes;
    std::sort(sortedNodes.begin(), sortedNodes.end(), [](const Node &a, const Node &b) { return a.id < b.id; });
    for (const Node &n : std::as_const(sortedNodes)) {
        g.m_nodeIds.push_back(n.id);
        g.m_nodeTypes.push_back(n.typeId);
        g.m_keys.push_back(n.key);
        g.m_labelsEn.push_back(n.labelEn);
        g.m_labelsZh.push_back(n.labelZh);
        g.m_aliases.push_back(n.aliasesEn + n.aliasesZh);
        g.m_nodeEvidence.push_back(nodeEvidence.value(n.id));
    }
    QList<Edge> sortedEdges = edges;
    std::sort(sortedEdges.begin(), sortedEdges.end(), [](const Edge &a, const Edge &b) { return a.id < b.id; });
    for (const Edge &e : std::as_const(sortedEdges)) {
        g.m_edgeIds.push_back(e.id);
        g.m_edgeTypes.push_back(e.typeId);
        g.m_edgeFrom.push_back(indexIn(g.m_nodeIds, e.fromId));
        g.m_edgeTo.push_back(indexIn(g.m_nodeIds, e.toId));
        g.m_edgeEvidence.push_back(edgeEvidence.value(e.id));
    }
    g.finish();
    return g;
}

void GraphSnapshot::finish()
{
    const size_t n = m_nodeIds.size();
    const size_t m = m_edgeIds.size();
    // Causal flags by relation type id.
    QHash<qint64, bool> causal;
    for (const RelationType &r : std::as_const(m_ontology.relationTypes))
        causal.insert(r.id, r.causal);
    m_edgeCausal.resize(m);
    for (size_t e = 0; e < m; ++e)
        m_edgeCausal[e] = causal.value(m_edgeTypes[e]) ? 1 : 0;
    // Compressed rows: count, prefix sums, fill. Edges to missing nodes (-1) are left out.
    m_outOffsets.assign(n + 1, 0);
    m_inOffsets.assign(n + 1, 0);
    for (size_t e = 0; e < m; ++e) {
        if (m_edgeFrom[e] < 0 || m_edgeTo[e] < 0)
            continue;
        ++m_outOffsets[size_t(m_edgeFrom[e]) + 1];
        ++m_inOffsets[size_t(m_edgeTo[e]) + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        m_outOffsets[i + 1] += m_outOffsets[i];
        m_inOffsets[i + 1] += m_inOffsets[i];
    }
    m_outEdges.resize(size_t(m_outOffsets[n]));
    m_inEdges.resize(size_t(m_inOffsets[n]));
    std::vector<int> outFill(m_outOffsets.begin(), m_outOffsets.end() - 1);
    std::vector<int> inFill(m_inOffsets.begin(), m_inOffsets.end() - 1);
    for (size_t e = 0; e < m; ++e) {
        if (m_edgeFrom[e] < 0 || m_edgeTo[e] < 0)
            continue;
        m_outEdges[size_t(outFill[size_t(m_edgeFrom[e])]++)] = int(e);
        m_inEdges[size_t(inFill[size_t(m_edgeTo[e])]++)] = int(e);
    }
    // Search text: folded once here so that a search folds only the query (piece by piece, so
    // the offsets hold even where folding changes a string's length).
    qsizetype total = 0;
    for (size_t i = 0; i < n; ++i) {
        total += m_labelsEn[i].size() + m_labelsZh[i].size() + m_keys[i].size() + 3;
        for (const QString &a : std::as_const(m_aliases[i]))
            total += a.size() + 1;
    }
    m_searchText.clear();
    m_searchText.reserve(total);
    m_searchStart.resize(n + 1);
    const QChar sep(QLatin1Char('\n'));
    for (size_t i = 0; i < n; ++i) {
        m_searchStart[i] = int(m_searchText.size());
        m_searchText += m_labelsEn[i].toCaseFolded();
        m_searchText += sep;
        m_searchText += m_labelsZh[i].toCaseFolded();
        m_searchText += sep;
        for (const QString &a : std::as_const(m_aliases[i])) {
            m_searchText += a.toCaseFolded();
            m_searchText += sep;
        }
    }
    m_searchStart[n] = int(m_searchText.size());
}

int GraphSnapshot::nodeIndex(qint64 id) const
{
    return indexIn(m_nodeIds, id);
}

int GraphSnapshot::edgeIndex(qint64 id) const
{
    return indexIn(m_edgeIds, id);
}

QString GraphSnapshot::label(int index, bool zh) const
{
    const QString &preferred = zh ? labelZh(index) : labelEn(index);
    if (!preferred.isEmpty())
        return preferred;
    const QString &other = zh ? labelEn(index) : labelZh(index);
    return other.isEmpty() ? nodeKey(index) : other;
}

std::pair<const int *, const int *> GraphSnapshot::outEdges(int n) const
{
    const int *base = m_outEdges.data();
    return { base + m_outOffsets[size_t(n)], base + m_outOffsets[size_t(n) + 1] };
}

std::pair<const int *, const int *> GraphSnapshot::inEdges(int n) const
{
    const int *base = m_inEdges.data();
    return { base + m_inOffsets[size_t(n)], base + m_inOffsets[size_t(n) + 1] };
}

} // namespace rwb::knowledge
