#pragma once

#include "graphdata.h"

namespace rwb::knowledge {

/// Writes the graph as GraphML with data keys Gephi reads (key, type, labels, colour,
/// confidence) and yEd's ShapeNode graphics, so the graph opens labelled and coloured in both.
class GraphMlWriter
{
public:
    static QByteArray write(const GraphData &graph);
};

} // namespace rwb::knowledge
