#include "graphdata.h"

#include "../graphstore.h"

namespace rwb::knowledge {

GraphData GraphData::read(const GraphStore &store)
{
    return { store.ontology(), store.nodes(), store.edges(), store.allEvidence() };
}

} // namespace rwb::knowledge
