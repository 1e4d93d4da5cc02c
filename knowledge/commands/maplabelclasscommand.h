#pragma once

#include "../node.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Maps a label class to a node (defect class ↔ Defect node) or unmaps it (no node).
class MapLabelClassCommand : public project::StoreCommand
{
public:
    MapLabelClassCommand(
        project::Connection &connection, qint64 classId, std::optional<qint64> nodeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_classId;
    std::optional<qint64> m_nodeId;
    std::optional<qint64> m_previous;
};

} // namespace rwb::knowledge
