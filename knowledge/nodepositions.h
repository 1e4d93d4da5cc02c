#pragma once

#include <QHash>
#include <QPointF>

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// Where the graph editor draws each node (kg_node_positions): a view of the graph, so it is
/// neither exported nor audited, and it survives removing a node so that undo puts the node
/// back where it was.
class NodePositions
{
public:
    /// Every stored position by node id.
    static QHash<qint64, QPointF> load(project::Connection &connection);
    /// Stores \a positions (one transaction); nodes not named keep theirs.
    static void save(project::Connection &connection, const QHash<qint64, QPointF> &positions);
    /// Forgets the positions of \a nodeIds (the node is then placed by the next layout).
    static void remove(project::Connection &connection, const QList<qint64> &nodeIds);
};

} // namespace rwb::knowledge
