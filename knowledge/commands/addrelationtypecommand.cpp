#include "addrelationtypecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

AddRelationTypeCommand::AddRelationTypeCommand(
    project::Connection &connection, const RelationType &type, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_type(type)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Add relation type %1").arg(type.name));
}

void AddRelationTypeCommand::redo()
{
    guarded([this] { GraphStore(connection()).addRelationType(m_type); });
}

void AddRelationTypeCommand::undo()
{
    guarded([this] { GraphStore(connection()).removeRelationType(m_type.id); }, false);
}

} // namespace rwb::knowledge
