#include "removenodetypecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

RemoveNodeTypeCommand::RemoveNodeTypeCommand(project::Connection &connection, qint64 typeId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_typeId(typeId)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Remove node type %1").arg(typeId));
}

void RemoveNodeTypeCommand::redo()
{
    guarded([this] { m_type = GraphStore(connection()).removeNodeType(m_typeId); });
}

void RemoveNodeTypeCommand::undo()
{
    guarded([this] { GraphStore(connection()).addNodeType(m_type); }, false);
}

} // namespace rwb::knowledge
