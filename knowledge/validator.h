#pragma once

#include "graphsnapshot.h"
#include "validationissue.h"

#include <QCoreApplication>
#include <QList>

namespace rwb::knowledge {

/// Checks a graph snapshot against its ontology and the knowledge rules: domain and range,
/// cardinality, cycles in causal relations, orphan nodes, duplicate labels and aliases,
/// evidence required by the relation type, evidence whose annotation is gone.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::Validator)
public:
    explicit Validator(const GraphSnapshot &graph);

    /// Every issue, in rule order, then by node/edge.
    QList<ValidationIssue> run() const;

    QList<ValidationIssue> domainAndRange() const;
    QList<ValidationIssue> cardinality() const;
    QList<ValidationIssue> causalCycles() const;
    QList<ValidationIssue> orphans() const;
    QList<ValidationIssue> duplicateLabels() const;
    QList<ValidationIssue> evidenceRules() const;

private:
    QString nodeName(int n) const;
    QString edgeName(int e) const;

    const GraphSnapshot &m_graph;
};

} // namespace rwb::knowledge
