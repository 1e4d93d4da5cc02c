#include "removeedgecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

RemoveEdgeCommand::RemoveEdgeCommand(project::Connection &connection, qint64 edgeId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_edgeId(edgeId)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Remove edge %1").arg(edgeId));
}

void RemoveEdgeCommand::redo()
{
    guarded([this] { m_removal = GraphStore(connection()).removeEdge(m_edgeId); });
}

void RemoveEdgeCommand::undo()
{
    guarded([this] { GraphStore(connection()).restore(m_removal); }, false);
}

} // namespace rwb::knowledge
