#include "addnodecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

AddNodeCommand::AddNodeCommand(project::Connection &connection, const Node &node, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_node(node)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Add node %1").arg(node.label(false)));
}

void AddNodeCommand::redo()
{
    guarded([this] { GraphStore(connection()).addNode(m_node); });
}

void AddNodeCommand::undo()
{
    guarded([this] { GraphStore(connection()).removeNode(m_node.id); }, false);
}

} // namespace rwb::knowledge
