#include "editnodecommand.h"

#include "../graphstore.h"
#include "project/connection.h"

#include <QCoreApplication>

namespace rwb::knowledge {

EditNodeCommand::EditNodeCommand(
    project::Connection &connection, const Node &before, const Node &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    m_after.modified = project::Connection::now();
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Edit node %1").arg(after.label(false)));
}

void EditNodeCommand::redo()
{
    guarded([this] { GraphStore(connection()).updateNode(m_after, false); });
}

void EditNodeCommand::undo()
{
    guarded([this] { GraphStore(connection()).updateNode(m_before, false); }, false);
}

} // namespace rwb::knowledge
