#pragma once

#include "../edge.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Changes an edge (type, ends, properties, confidence).
class EditEdgeCommand : public project::StoreCommand
{
public:
    EditEdgeCommand(
        project::Connection &connection, const Edge &before, const Edge &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Edge m_before;
    Edge m_after;
};

} // namespace rwb::knowledge
