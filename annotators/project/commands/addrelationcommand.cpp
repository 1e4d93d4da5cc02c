#include "addrelationcommand.h"

#include "../relationstore.h"

#include <QCoreApplication>

namespace rwb::project {

AddRelationCommand::AddRelationCommand(Connection &connection, const Relation &relation, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_relation(relation)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Add relation %1").arg(relation.type));
}

void AddRelationCommand::redo()
{
    guarded([this] { RelationStore(connection()).add(m_relation); });
}

void AddRelationCommand::undo()
{
    guarded([this] { RelationStore(connection()).remove(m_relation.id); }, false);
}

} // namespace rwb::project
