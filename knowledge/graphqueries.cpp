#include "graphqueries.h"

#include <algorithm>
#include <deque>

namespace rwb::knowledge {

GraphQueries::GraphQueries(const GraphSnapshot &graph)
    : m_graph(graph)
{ }

std::vector<GraphQueries::Hit> GraphQueries::search(const QString &text, int limit) const
{
    std::vector<Hit> hits;
    const QString needle = text.trimmed().toCaseFolded();
    if (needle.isEmpty() || m_graph.nodeCount() == 0)
        return hits;
    const QString &hay = m_graph.searchText();
    const QChar sep(QLatin1Char('\n'));
    // One scan over the whole text; a hit maps to its node by binary search on the starts.
    qsizetype from = 0;
    int lastNode = -1;
    while (true) {
        const qsizetype at = hay.indexOf(needle, from);
        if (at < 0)
            break;
        const int *starts = m_graph.searchStarts();
        const int node = int(std::upper_bound(starts, starts + m_graph.nodeCount() + 1, int(at)) - starts) - 1;
        if (node != lastNode) {
            // Rank: look at every string of this node.
            int rank = 2;
            const QStringView block(
                hay.constData() + m_graph.searchStart(node), m_graph.searchStart(node + 1) - m_graph.searchStart(node));
            qsizetype s = 0;
            while (s < block.size()) {
                qsizetype e = block.indexOf(sep, s);
                if (e < 0)
                    e = block.size();
                const QStringView piece = block.mid(s, e - s);
                if (piece == needle)
                    rank = 0;
                else if (rank > 1 && piece.startsWith(needle))
                    rank = 1;
                s = e + 1;
            }
            hits.push_back({ node, rank });
            lastNode = node;
        }
        from = m_graph.searchStart(node + 1);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.rank < b.rank; });
    if (limit > 0 && hits.size() > size_t(limit))
        hits.resize(size_t(limit));
    return hits;
}

GraphQueries::Paths GraphQueries::rootCauses(int node, int maxDepth, int maxPaths) const
{
    Paths out;
    if (node < 0 || node >= m_graph.nodeCount() || maxDepth <= 0)
        return out;
    // Depth-first with an explicit stack of (in-edge cursor) per level, so deep graphs do
    // not recurse; onPath marks the nodes of the current chain (paths stay simple).
    std::vector<char> onPath(size_t(m_graph.nodeCount()), 0);
    Path path;
    struct Frame
    {
        const int *it;
        const int *end;
        int node;
        bool extended;
    };
    std::vector<Frame> stack;
    auto push = [&](int n) {
        auto [b, e] = m_graph.inEdges(n);
        stack.push_back({ b, e, n, false });
        onPath[size_t(n)] = 1;
    };
    push(node);
    while (!stack.empty()) {
        Frame &f = stack.back();
        bool descended = false;
        if (int(path.size()) < maxDepth) {
            while (f.it != f.end) {
                const int e = *f.it++;
                if (!m_graph.edgeCausal(e) || onPath[size_t(m_graph.edgeFrom(e))])
                    continue;
                f.extended = true;
                path.push_back(e);
                push(m_graph.edgeFrom(e));
                descended = true;
                break;
            }
        }
        if (descended)
            continue;
        // This chain ends here: emit it when this node had no way on.
        const Frame done = stack.back();
        if (!done.extended && !path.empty()) {
            if (int(out.paths.size()) >= maxPaths) {
                out.truncated = true;
                return out;
            }
            out.paths.push_back(path);
        }
        onPath[size_t(done.node)] = 0;
        stack.pop_back();
        if (!path.empty())
            path.pop_back();
    }
    return out;
}

int GraphQueries::rootOf(const Path &path) const
{
    return path.empty() ? -1 : m_graph.edgeFrom(path.back());
}

std::vector<std::pair<int, int>> GraphQueries::impact(int node, int maxDepth) const
{
    std::vector<std::pair<int, int>> out;
    if (node < 0 || node >= m_graph.nodeCount())
        return out;
    std::vector<int> dist(size_t(m_graph.nodeCount()), -1);
    std::deque<int> queue { node };
    dist[size_t(node)] = 0;
    while (!queue.empty()) {
        const int n = queue.front();
        queue.pop_front();
        if (dist[size_t(n)] >= maxDepth)
            continue;
        auto [b, e] = m_graph.outEdges(n);
        for (const int *it = b; it != e; ++it) {
            if (!m_graph.edgeCausal(*it))
                continue;
            const int to = m_graph.edgeTo(*it);
            if (dist[size_t(to)] < 0) {
                dist[size_t(to)] = dist[size_t(n)] + 1;
                out.emplace_back(to, dist[size_t(to)]);
                queue.push_back(to);
            }
        }
    }
    std::sort(out.begin(), out.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    return out;
}

GraphQueries::Path GraphQueries::shortestPath(int from, int to, bool directed) const
{
    Path path;
    const int n = m_graph.nodeCount();
    if (from < 0 || to < 0 || from >= n || to >= n || from == to)
        return path;
    std::vector<int> via(size_t(n), -1); // edge that reached the node
    std::vector<char> seen(size_t(n), 0);
    std::deque<int> queue { from };
    seen[size_t(from)] = 1;
    while (!queue.empty() && !seen[size_t(to)]) {
        const int v = queue.front();
        queue.pop_front();
        auto visit = [&](int e, int next) {
            if (!seen[size_t(next)]) {
                seen[size_t(next)] = 1;
                via[size_t(next)] = e;
                queue.push_back(next);
            }
        };
        auto [ob, oe] = m_graph.outEdges(v);
        for (const int *it = ob; it != oe; ++it)
            visit(*it, m_graph.edgeTo(*it));
        if (!directed) {
            auto [ib, ie] = m_graph.inEdges(v);
            for (const int *it = ib; it != ie; ++it)
                visit(*it, m_graph.edgeFrom(*it));
        }
    }
    if (!seen[size_t(to)])
        return path;
    for (int v = to; v != from;) {
        const int e = via[size_t(v)];
        path.push_back(e);
        v = m_graph.edgeTo(e) == v ? m_graph.edgeFrom(e) : m_graph.edgeTo(e);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<std::pair<int, int>> GraphQueries::neighbours(int node, int k) const
{
    std::vector<std::pair<int, int>> out;
    if (node < 0 || node >= m_graph.nodeCount())
        return out;
    std::vector<int> dist(size_t(m_graph.nodeCount()), -1);
    std::deque<int> queue { node };
    dist[size_t(node)] = 0;
    out.emplace_back(node, 0);
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        if (dist[size_t(v)] >= k)
            continue;
        auto reach = [&](int next) {
            if (dist[size_t(next)] < 0) {
                dist[size_t(next)] = dist[size_t(v)] + 1;
                out.emplace_back(next, dist[size_t(next)]);
                queue.push_back(next);
            }
        };
        auto [ob, oe] = m_graph.outEdges(v);
        for (const int *it = ob; it != oe; ++it)
            reach(m_graph.edgeTo(*it));
        auto [ib, ie] = m_graph.inEdges(v);
        for (const int *it = ib; it != ie; ++it)
            reach(m_graph.edgeFrom(*it));
    }
    std::sort(out.begin(), out.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    return out;
}

} // namespace rwb::knowledge
