#pragma once

#include "../edge.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Adds an edge; undo removes it.
class AddEdgeCommand : public project::StoreCommand
{
public:
    AddEdgeCommand(project::Connection &connection, const Edge &edge, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 edgeId() const { return m_edge.id; }

private:
    Edge m_edge;
};

} // namespace rwb::knowledge
