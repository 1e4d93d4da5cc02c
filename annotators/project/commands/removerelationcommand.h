#pragma once

#include "../relation.h"
#include "storecommand.h"

namespace rwb::project {

/// Removes a relation; undo restores it with its id.
class RemoveRelationCommand : public StoreCommand
{
public:
    RemoveRelationCommand(Connection &connection, qint64 relationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    Relation m_relation;
};

} // namespace rwb::project
