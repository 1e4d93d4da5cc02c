#include "editedgecommand.h"

#include "../graphstore.h"
#include "project/connection.h"

#include <QCoreApplication>

namespace rwb::knowledge {

EditEdgeCommand::EditEdgeCommand(
    project::Connection &connection, const Edge &before, const Edge &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    m_after.modified = project::Connection::now();
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Edit edge %1").arg(after.id));
}

void EditEdgeCommand::redo()
{
    guarded([this] { GraphStore(connection()).updateEdge(m_after, false); });
}

void EditEdgeCommand::undo()
{
    guarded([this] { GraphStore(connection()).updateEdge(m_before, false); }, false);
}

} // namespace rwb::knowledge
