#pragma once

#include "../edge.h"
#include "../evidence.h"
#include "../node.h"
#include "../ontology.h"

#include <QList>

namespace rwb::knowledge {

class GraphStore;

/// The whole graph with its ontology, as the exporters write it: everything ordered by id.
struct GraphData
{
    Ontology ontology;
    QList<Node> nodes;
    QList<Edge> edges;
    QList<Evidence> evidence;

    static GraphData read(const GraphStore &store);
};

} // namespace rwb::knowledge
