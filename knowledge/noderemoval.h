#pragma once

#include "edge.h"
#include "evidence.h"
#include "node.h"

#include <QList>

namespace rwb::knowledge {

/// Everything removing a node takes with it, so that undo can put it back with the same ids.
struct NodeRemoval
{
    Node node;
    QList<Edge> edges; ///< edges that started or ended at the node
    QList<Evidence> evidence; ///< of the node and of those edges
    QList<qint64> labelClasses; ///< label classes that were mapped to the node
};

/// Everything removing an edge takes with it.
struct EdgeRemoval
{
    Edge edge;
    QList<Evidence> evidence;
};

} // namespace rwb::knowledge
