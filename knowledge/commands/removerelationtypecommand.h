#pragma once

#include "../relationtype.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Removes an unused relation type; undo re-creates it with the same id.
class RemoveRelationTypeCommand : public project::StoreCommand
{
public:
    RemoveRelationTypeCommand(project::Connection &connection, qint64 typeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_typeId;
    RelationType m_type;
};

} // namespace rwb::knowledge
