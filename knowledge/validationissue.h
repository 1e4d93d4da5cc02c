#pragma once

#include <QString>

namespace rwb::knowledge {

/// One finding of graph validation; names the node and/or edge it is about (0: none).
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    enum class Rule {
        Domain, ///< the source node's type is not in the relation's domain
        Range, ///< the target node's type is not in the relation's range
        Cardinality, ///< more edges of a to-one / one-to relation than allowed
        CausalCycle, ///< nodes that cause each other in a circle
        Orphan, ///< a node without any edge
        DuplicateLabel, ///< two nodes share a label or alias
        MissingEvidence, ///< an edge of a relation that requires evidence has none
        DanglingEvidence, ///< evidence whose annotation no longer exists
        DanglingEdge, ///< an edge to a node that does not exist
    };

    Severity severity = Severity::Error;
    Rule rule = Rule::Domain;
    QString message;
    qint64 nodeId = 0;
    qint64 edgeId = 0;

    bool operator==(const ValidationIssue &other) const = default;
    /// The rule's stable name ("domain", "causal-cycle", …) for the CLI and JSON.
    static QString ruleName(Rule rule);
};

} // namespace rwb::knowledge
