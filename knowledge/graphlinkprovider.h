#pragma once

#include "graphsnapshot.h"

#include "project/knowledgelinkprovider.h"

#include <QHash>

#include <optional>

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// Link targets from the knowledge graph, for the annotators (document spans link to nodes):
/// every node, with its labels and aliases in both languages; completion through
/// GraphQueries::search. A target's id is "node:<key>" (keys are stable across exports and
/// edits). Linking records the annotation as evidence of the node (AddEvidenceCommand) and
/// unlinking removes that evidence. A node's label class is the class mapped to the node, else
/// the one whose name matches the node type's ("failure_mode" for FailureMode).
///
/// The graph is read into a snapshot on first use and again when nodes or label classes change
/// (checked by a cheap count/max query), so the provider can stay installed while the graph is
/// edited.
class GraphLinkProvider : public project::KnowledgeLinkProvider
{
public:
    explicit GraphLinkProvider(project::Connection &connection);

    QList<project::KnowledgeTarget> targets() const override;
    std::optional<project::KnowledgeTarget> target(const QString &id) const override;
    QList<project::KnowledgeTarget> complete(const QString &prefix, int limit = 20) const override;
    void addLinkCommands(project::Connection &connection, qint64 annotationId, const QString &oldTarget,
        const QString &newTarget, QUndoCommand *parent) const override;

    static QString targetId(const QString &nodeKey);
    /// The node key in \a targetId, empty when it is not a node target.
    static QString nodeKey(const QString &targetId);

private:
    void refresh() const;
    project::KnowledgeTarget targetAt(int index) const;

    project::Connection &m_connection;
    mutable std::optional<GraphSnapshot> m_graph;
    mutable QString m_stamp;
    mutable QHash<QString, int> m_byKey;
    mutable QHash<qint64, qint64> m_nodeClass; ///< node id → label class
    mutable QHash<qint64, qint64> m_typeClass; ///< node type id → label class
    mutable QList<project::KnowledgeTarget> m_targets;
};

} // namespace rwb::knowledge
