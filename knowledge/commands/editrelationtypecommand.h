#pragma once

#include "../relationtype.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Changes a relation type (names, domain, range, cardinality, flags).
class EditRelationTypeCommand : public project::StoreCommand
{
public:
    EditRelationTypeCommand(project::Connection &connection, const RelationType &before, const RelationType &after,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    RelationType m_before;
    RelationType m_after;
};

} // namespace rwb::knowledge
