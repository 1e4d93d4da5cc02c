#pragma once

#include "graphsnapshot.h"

#include <vector>

namespace rwb::knowledge {

/// Queries over a GraphSnapshot. Nodes and edges are snapshot indexes.
class GraphQueries
{
public:
    explicit GraphQueries(const GraphSnapshot &graph);

    struct Hit
    {
        int node;
        int rank; ///< 0 a label or alias equals the query, 1 starts with it, 2 contains it
        bool operator==(const Hit &other) const = default;
    };
    /// Nodes whose label or alias (either language) contains \a text, ignoring case; best
    /// rank first, then by node. At most \a limit hits (≤ 0: all).
    std::vector<Hit> search(const QString &text, int limit = 0) const;

    /// A chain of edges. For root causes the first edge enters the start node and each next
    /// one enters the previous edge's source; for other queries it runs from start to end.
    using Path = std::vector<int>;
    struct Paths
    {
        std::vector<Path> paths;
        bool truncated = false; ///< more than the limit existed
    };
    /// Every chain backwards along causal relations from \a node: simple paths that stop at
    /// a node with no further (unvisited) cause or after \a maxDepth edges.
    Paths rootCauses(int node, int maxDepth, int maxPaths = 100000) const;
    /// Nodes reachable forwards along causal relations within \a maxDepth edges, with their
    /// distance (the start node excluded), by distance then node.
    std::vector<std::pair<int, int>> impact(int node, int maxDepth) const;
    /// The fewest edges from \a from to \a to (empty when unreachable or equal); \a directed
    /// false walks edges both ways.
    Path shortestPath(int from, int to, bool directed = false) const;
    /// Nodes within \a k edges (either direction) with their distance, the start included at 0.
    std::vector<std::pair<int, int>> neighbours(int node, int k) const;

    /// The node at the far end of a root-cause path (its deepest cause).
    int rootOf(const Path &path) const;

private:
    const GraphSnapshot &m_graph;
};

} // namespace rwb::knowledge
