#pragma once

#include "../relation.h"
#include "storecommand.h"

namespace rwb::project {

/// Adds a relation between two annotations; undo removes it.
class AddRelationCommand : public StoreCommand
{
public:
    AddRelationCommand(Connection &connection, const Relation &relation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 relationId() const { return m_relation.id; }

private:
    Relation m_relation;
};

} // namespace rwb::project
