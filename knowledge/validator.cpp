#include "validator.h"

#include <QHash>

#include <algorithm>

namespace rwb::knowledge {

QString ValidationIssue::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Domain:
        return QStringLiteral("domain");
    case Rule::Range:
        return QStringLiteral("range");
    case Rule::Cardinality:
        return QStringLiteral("cardinality");
    case Rule::CausalCycle:
        return QStringLiteral("causal-cycle");
    case Rule::Orphan:
        return QStringLiteral("orphan");
    case Rule::DuplicateLabel:
        return QStringLiteral("duplicate-label");
    case Rule::MissingEvidence:
        return QStringLiteral("missing-evidence");
    case Rule::DanglingEvidence:
        return QStringLiteral("dangling-evidence");
    case Rule::DanglingEdge:
        return QStringLiteral("dangling-edge");
    }
    return {};
}

Validator::Validator(const GraphSnapshot &graph)
    : m_graph(graph)
{ }

QString Validator::nodeName(int n) const
{
    return QStringLiteral("%1 (%2)").arg(m_graph.label(n, false), m_graph.nodeKey(n));
}

QString Validator::edgeName(int e) const
{
    const RelationType *r = m_graph.ontology().relationType(m_graph.edgeType(e));
    const QString from = m_graph.edgeFrom(e) >= 0 ? m_graph.nodeKey(m_graph.edgeFrom(e)) : QStringLiteral("?");
    const QString to = m_graph.edgeTo(e) >= 0 ? m_graph.nodeKey(m_graph.edgeTo(e)) : QStringLiteral("?");
    return QStringLiteral("%1 —%2→ %3").arg(from, r ? r->name : QStringLiteral("?"), to);
}

QList<ValidationIssue> Validator::run() const
{
    QList<ValidationIssue> out;
    out += domainAndRange();
    out += cardinality();
    out += causalCycles();
    out += orphans();
    out += duplicateLabels();
    out += evidenceRules();
    return out;
}

QList<ValidationIssue> Validator::domainAndRange() const
{
    using Rule = ValidationIssue::Rule;
    QList<ValidationIssue> out;
    const Ontology &o = m_graph.ontology();
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        const int from = m_graph.edgeFrom(e);
        const int to = m_graph.edgeTo(e);
        if (from < 0 || to < 0) {
            out.append({ ValidationIssue::Severity::Error, Rule::DanglingEdge,
                tr("edge %1 leads to a node that does not exist").arg(m_graph.edgeId(e)), 0, m_graph.edgeId(e) });
            continue;
        }
        const RelationType *r = o.relationType(m_graph.edgeType(e));
        if (!r)
            continue;
        const NodeType *ft = o.nodeType(m_graph.nodeType(from));
        const NodeType *tt = o.nodeType(m_graph.nodeType(to));
        // An undirected relation may be drawn either way round.
        auto fits = [&](const NodeType *a, const NodeType *b) {
            return (r->domain.isEmpty() || (a && r->domain.contains(a->name)))
                && (r->range.isEmpty() || (b && r->range.contains(b->name)));
        };
        if (!r->directed && (fits(ft, tt) || fits(tt, ft)))
            continue;
        if (!r->domain.isEmpty() && (!ft || !r->domain.contains(ft->name)))
            out.append({ ValidationIssue::Severity::Error, Rule::Domain,
                tr("%1: a %2 cannot be the source of \"%3\" (allowed: %4)")
                    .arg(
                        edgeName(e), ft ? ft->name : QStringLiteral("?"), r->name, r->domain.join(QLatin1String(", "))),
                m_graph.nodeId(from), m_graph.edgeId(e) });
        if (!r->range.isEmpty() && (!tt || !r->range.contains(tt->name)))
            out.append({ ValidationIssue::Severity::Error, Rule::Range,
                tr("%1: a %2 cannot be the target of \"%3\" (allowed: %4)")
                    .arg(edgeName(e), tt ? tt->name : QStringLiteral("?"), r->name, r->range.join(QLatin1String(", "))),
                m_graph.nodeId(to), m_graph.edgeId(e) });
    }
    return out;
}

QList<ValidationIssue> Validator::cardinality() const
{
    QList<ValidationIssue> out;
    for (int n = 0; n < m_graph.nodeCount(); ++n) {
        // Edges of one type beyond the first, leaving (to-one) or entering (one-to) the node.
        for (const bool outgoing : { true, false }) {
            QHash<qint64, int> firstOfType;
            auto [b, e] = outgoing ? m_graph.outEdges(n) : m_graph.inEdges(n);
            for (const int *it = b; it != e; ++it) {
                const RelationType *r = m_graph.ontology().relationType(m_graph.edgeType(*it));
                if (!r || !(outgoing ? r->singleTarget() : r->singleSource()))
                    continue;
                const auto first = firstOfType.constFind(r->id);
                if (first == firstOfType.constEnd()) {
                    firstOfType.insert(r->id, *it);
                    continue;
                }
                out.append({ ValidationIssue::Severity::Error, ValidationIssue::Rule::Cardinality,
                    (outgoing ? tr("%1: \"%2\" is %3, but %4 already has %5")
                              : tr("%1: \"%2\" is %3, but %4 is already reached by %5"))
                        .arg(edgeName(*it), r->name, RelationType::toString(r->cardinality), nodeName(n),
                            edgeName(*first)),
                    m_graph.nodeId(n), m_graph.edgeId(*it) });
            }
        }
    }
    return out;
}

QList<ValidationIssue> Validator::causalCycles() const
{
    // Tarjan's strongly connected components over causal edges, iteratively.
    const int n = m_graph.nodeCount();
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0), component(size_t(n), -1);
    std::vector<char> onStack(size_t(n), 0);
    std::vector<int> stack;
    struct Frame
    {
        int node;
        const int *it;
        const int *end;
    };
    std::vector<Frame> call;
    int counter = 0;
    int components = 0;
    std::vector<std::vector<int>> cycles;
    for (int start = 0; start < n; ++start) {
        if (index[size_t(start)] >= 0)
            continue;
        auto enter = [&](int v) {
            index[size_t(v)] = low[size_t(v)] = counter++;
            stack.push_back(v);
            onStack[size_t(v)] = 1;
            auto [b, e] = m_graph.outEdges(v);
            call.push_back({ v, b, e });
        };
        enter(start);
        while (!call.empty()) {
            Frame &f = call.back();
            if (f.it != f.end) {
                const int e = *f.it++;
                if (!m_graph.edgeCausal(e))
                    continue;
                const int w = m_graph.edgeTo(e);
                if (index[size_t(w)] < 0)
                    enter(w);
                else if (onStack[size_t(w)])
                    low[size_t(f.node)] = std::min(low[size_t(f.node)], index[size_t(w)]);
                continue;
            }
            const int v = f.node;
            call.pop_back();
            if (!call.empty())
                low[size_t(call.back().node)] = std::min(low[size_t(call.back().node)], low[size_t(v)]);
            if (low[size_t(v)] == index[size_t(v)]) {
                std::vector<int> members;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    component[size_t(w)] = components;
                    members.push_back(w);
                } while (w != v);
                ++components;
                bool selfLoop = false;
                if (members.size() == 1) {
                    auto [b, e] = m_graph.outEdges(v);
                    selfLoop
                        = std::any_of(b, e, [&](int x) { return m_graph.edgeCausal(x) && m_graph.edgeTo(x) == v; });
                }
                if (members.size() > 1 || selfLoop) {
                    std::sort(members.begin(), members.end());
                    cycles.push_back(members);
                }
            }
        }
    }
    std::sort(cycles.begin(), cycles.end());
    QList<ValidationIssue> out;
    for (const std::vector<int> &members : cycles) {
        QStringList names;
        for (int m : members)
            names.append(m_graph.nodeKey(m));
        // Name one causal edge inside the cycle, so the report can jump to it.
        qint64 edge = 0;
        for (int m : members) {
            auto [b, e] = m_graph.outEdges(m);
            for (const int *it = b; it != e && !edge; ++it) {
                if (m_graph.edgeCausal(*it) && component[size_t(m_graph.edgeTo(*it))] == component[size_t(m)])
                    edge = m_graph.edgeId(*it);
            }
            if (edge)
                break;
        }
        out.append({ ValidationIssue::Severity::Error, ValidationIssue::Rule::CausalCycle,
            tr("causal cycle through %1").arg(names.join(QLatin1String(", "))), m_graph.nodeId(members.front()),
            edge });
    }
    return out;
}

QList<ValidationIssue> Validator::orphans() const
{
    QList<ValidationIssue> out;
    for (int n = 0; n < m_graph.nodeCount(); ++n) {
        auto [ob, oe] = m_graph.outEdges(n);
        auto [ib, ie] = m_graph.inEdges(n);
        if (ob == oe && ib == ie)
            out.append({ ValidationIssue::Severity::Warning, ValidationIssue::Rule::Orphan,
                tr("%1 is not connected to anything").arg(nodeName(n)), m_graph.nodeId(n), 0 });
    }
    return out;
}

QList<ValidationIssue> Validator::duplicateLabels() const
{
    QList<ValidationIssue> out;
    QHash<QString, int> firstNode; // folded label or alias → first node that has it
    for (int n = 0; n < m_graph.nodeCount(); ++n) {
        QStringList names { m_graph.labelEn(n), m_graph.labelZh(n) };
        names += m_graph.aliases(n);
        QSet<QString> seenHere;
        for (const QString &name : std::as_const(names)) {
            const QString folded = name.trimmed().toCaseFolded();
            if (folded.isEmpty() || seenHere.contains(folded))
                continue;
            seenHere.insert(folded);
            const auto it = firstNode.constFind(folded);
            if (it == firstNode.constEnd()) {
                firstNode.insert(folded, n);
                continue;
            }
            out.append({ ValidationIssue::Severity::Warning, ValidationIssue::Rule::DuplicateLabel,
                tr("%1 and %2 are both called \"%3\"").arg(nodeName(n), nodeName(*it), name.trimmed()),
                m_graph.nodeId(n), 0 });
        }
    }
    return out;
}

QList<ValidationIssue> Validator::evidenceRules() const
{
    QList<ValidationIssue> out;
    for (int e = 0; e < m_graph.edgeCount(); ++e) {
        const RelationType *r = m_graph.ontology().relationType(m_graph.edgeType(e));
        if (r && r->requiresEvidence && m_graph.edgeEvidence(e) == 0)
            out.append({ ValidationIssue::Severity::Warning, ValidationIssue::Rule::MissingEvidence,
                tr("%1 has no evidence; every \"%2\" edge needs at least one").arg(edgeName(e), r->name),
                m_graph.edgeFrom(e) >= 0 ? m_graph.nodeId(m_graph.edgeFrom(e)) : 0, m_graph.edgeId(e) });
    }
    for (const GraphSnapshot::DanglingEvidence &d : m_graph.danglingEvidence())
        out.append({ ValidationIssue::Severity::Warning, ValidationIssue::Rule::DanglingEvidence,
            tr("evidence %1 refers to annotation %2, which no longer exists").arg(d.evidenceId).arg(d.annotationId),
            d.nodeId, d.edgeId });
    return out;
}

} // namespace rwb::knowledge
