#include "editrelationtypecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

EditRelationTypeCommand::EditRelationTypeCommand(
    project::Connection &connection, const RelationType &before, const RelationType &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Edit relation type %1").arg(after.name));
}

void EditRelationTypeCommand::redo()
{
    guarded([this] { GraphStore(connection()).updateRelationType(m_after); });
}

void EditRelationTypeCommand::undo()
{
    guarded([this] { GraphStore(connection()).updateRelationType(m_before); }, false);
}

} // namespace rwb::knowledge
