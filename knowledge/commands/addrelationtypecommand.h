#pragma once

#include "../relationtype.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Adds a relation type to the ontology; undo removes it.
class AddRelationTypeCommand : public project::StoreCommand
{
public:
    AddRelationTypeCommand(project::Connection &connection, const RelationType &type, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 typeId() const { return m_type.id; }

private:
    RelationType m_type;
};

} // namespace rwb::knowledge
