#include "removerelationtypecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

RemoveRelationTypeCommand::RemoveRelationTypeCommand(
    project::Connection &connection, qint64 typeId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_typeId(typeId)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Remove relation type %1").arg(typeId));
}

void RemoveRelationTypeCommand::redo()
{
    guarded([this] { m_type = GraphStore(connection()).removeRelationType(m_typeId); });
}

void RemoveRelationTypeCommand::undo()
{
    guarded([this] { GraphStore(connection()).addRelationType(m_type); }, false);
}

} // namespace rwb::knowledge
