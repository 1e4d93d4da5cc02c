#pragma once

#include "graphdata.h"

namespace rwb::knowledge {

/// Writes the graph as JSON-LD 1.1 with a @context: the same triples as RdfWriter (labels as
/// language maps, aliases as skos:altLabel, edges both as node properties and as
/// rdf:Statement objects, evidence as PROV-O).
class JsonLdWriter
{
public:
    static QByteArray write(const GraphData &graph, const QString &base = {});
};

} // namespace rwb::knowledge
