#include "editnodetypecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

EditNodeTypeCommand::EditNodeTypeCommand(
    project::Connection &connection, const NodeType &before, const NodeType &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Edit node type %1").arg(after.name));
}

void EditNodeTypeCommand::redo()
{
    guarded([this] { GraphStore(connection()).updateNodeType(m_after); });
}

void EditNodeTypeCommand::undo()
{
    guarded([this] { GraphStore(connection()).updateNodeType(m_before); }, false);
}

} // namespace rwb::knowledge
