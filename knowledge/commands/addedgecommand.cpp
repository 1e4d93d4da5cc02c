#include "addedgecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

AddEdgeCommand::AddEdgeCommand(project::Connection &connection, const Edge &edge, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_edge(edge)
{
    setText(
        QCoreApplication::translate("rwb::knowledge::Commands", "Add edge %1 → %2").arg(edge.fromId).arg(edge.toId));
}

void AddEdgeCommand::redo()
{
    guarded([this] { GraphStore(connection()).addEdge(m_edge); });
}

void AddEdgeCommand::undo()
{
    guarded([this] { GraphStore(connection()).removeEdge(m_edge.id); }, false);
}

} // namespace rwb::knowledge
