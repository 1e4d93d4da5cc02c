#pragma once

#include "edge.h"
#include "node.h"
#include "ontology.h"

#include <QString>

#include <vector>

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// An immutable in-memory copy of the graph for fast queries and validation: nodes and edges
/// in flat arrays (index = position, sorted by id) and adjacency in compressed rows (CSR),
/// so a query touches a few contiguous arrays rather than the database.
class GraphSnapshot
{
public:
    /// Reads the whole graph from the project (a few sequential scans).
    static GraphSnapshot load(project::Connection &connection);
    /// Builds a snapshot from records (tests, importers). \a edgeEvidence / \a nodeEvidence:
    /// evidence count per edge / node id (missing: none).
    static GraphSnapshot build(const Ontology &ontology, const QList<Node> &nodes, const QList<Edge> &edges,
        const QHash<qint64, int> &edgeEvidence = {}, const QHash<qint64, int> &nodeEvidence = {});

    int nodeCount() const { return int(m_nodeIds.size()); }
    int edgeCount() const { return int(m_edgeIds.size()); }
    const Ontology &ontology() const { return m_ontology; }

    /// The index of node \a id, -1 when there is none.
    int nodeIndex(qint64 id) const;
    int edgeIndex(qint64 id) const;
    qint64 nodeId(int index) const { return m_nodeIds[size_t(index)]; }
    qint64 edgeId(int index) const { return m_edgeIds[size_t(index)]; }
    qint64 nodeType(int index) const { return m_nodeTypes[size_t(index)]; }
    const QString &nodeKey(int index) const { return m_keys[size_t(index)]; }
    const QString &labelEn(int index) const { return m_labelsEn[size_t(index)]; }
    const QString &labelZh(int index) const { return m_labelsZh[size_t(index)]; }
    /// Aliases of both languages.
    const QStringList &aliases(int index) const { return m_aliases[size_t(index)]; }
    /// The label to show: \a zh preferred language, falling back to the other, then the key.
    QString label(int index, bool zh) const;
    int nodeEvidence(int index) const { return m_nodeEvidence[size_t(index)]; }

    qint64 edgeType(int e) const { return m_edgeTypes[size_t(e)]; }
    int edgeFrom(int e) const { return m_edgeFrom[size_t(e)]; }
    int edgeTo(int e) const { return m_edgeTo[size_t(e)]; }
    bool edgeCausal(int e) const { return m_edgeCausal[size_t(e)] != 0; }
    int edgeEvidence(int e) const { return m_edgeEvidence[size_t(e)]; }

    /// Edges leaving / entering node \a n, as [begin, end) into outEdges() / inEdges().
    std::pair<const int *, const int *> outEdges(int n) const;
    std::pair<const int *, const int *> inEdges(int n) const;

    /// Evidence rows whose annotation no longer exists: (evidence id, node id or 0, edge id or 0).
    struct DanglingEvidence
    {
        qint64 evidenceId;
        qint64 nodeId;
        qint64 edgeId;
        qint64 annotationId;
    };
    const std::vector<DanglingEvidence> &danglingEvidence() const { return m_dangling; }

    /// Folded text of every label and alias, node by node, for substring search: node n's
    /// strings lie in [searchStart(n), searchStart(n + 1)), each ending in '\n'.
    const QString &searchText() const { return m_searchText; }
    int searchStart(int n) const { return m_searchStart[size_t(n)]; }
    const int *searchStarts() const { return m_searchStart.data(); }

private:
    void finish(); // builds the adjacency, the causal flags and the search text

    Ontology m_ontology;
    std::vector<qint64> m_nodeIds;
    std::vector<qint64> m_nodeTypes;
    std::vector<QString> m_keys;
    std::vector<QString> m_labelsEn;
    std::vector<QString> m_labelsZh;
    std::vector<QStringList> m_aliases;
    std::vector<int> m_nodeEvidence;
    std::vector<qint64> m_edgeIds;
    std::vector<qint64> m_edgeTypes;
    std::vector<int> m_edgeFrom;
    std::vector<int> m_edgeTo;
    std::vector<char> m_edgeCausal;
    std::vector<int> m_edgeEvidence;
    std::vector<int> m_outOffsets;
    std::vector<int> m_outEdges;
    std::vector<int> m_inOffsets;
    std::vector<int> m_inEdges;
    std::vector<DanglingEvidence> m_dangling;
    QString m_searchText;
    std::vector<int> m_searchStart;
};

} // namespace rwb::knowledge
