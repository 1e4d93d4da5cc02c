#pragma once

#include "graphdata.h"

#include <QByteArray>
#include <QString>

namespace rwb::knowledge {

/// Writes the graph as RDF through Serd: nodes typed with their ontology class, labels as
/// rdfs:label with @zh/@en, aliases as skos:altLabel, each edge as a direct triple plus an
/// rdf:Statement carrying its id, confidence and properties, evidence as PROV-O derivations
/// (prov:wasDerivedFrom the annotation, prov:qualifiedDerivation with the note). The node
/// types and relation types come first, as rdfs:Class and rdf:Property with their names.
class RdfWriter
{
public:
    enum class Syntax { Turtle, NTriples };

    static QByteArray write(const GraphData &graph, Syntax syntax, const QString &base = {});
};

} // namespace rwb::knowledge
