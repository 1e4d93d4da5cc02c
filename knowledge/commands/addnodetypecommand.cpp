#include "addnodetypecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

AddNodeTypeCommand::AddNodeTypeCommand(project::Connection &connection, const NodeType &type, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_type(type)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Add node type %1").arg(type.name));
}

void AddNodeTypeCommand::redo()
{
    guarded([this] { GraphStore(connection()).addNodeType(m_type); });
}

void AddNodeTypeCommand::undo()
{
    guarded([this] { GraphStore(connection()).removeNodeType(m_type.id); }, false);
}

} // namespace rwb::knowledge
