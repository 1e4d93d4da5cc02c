#include "removenodecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

RemoveNodeCommand::RemoveNodeCommand(project::Connection &connection, qint64 nodeId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_nodeId(nodeId)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Remove node %1").arg(nodeId));
}

void RemoveNodeCommand::redo()
{
    guarded([this] { m_removal = GraphStore(connection()).removeNode(m_nodeId); });
}

void RemoveNodeCommand::undo()
{
    guarded([this] { GraphStore(connection()).restore(m_removal); }, false);
}

} // namespace rwb::knowledge
