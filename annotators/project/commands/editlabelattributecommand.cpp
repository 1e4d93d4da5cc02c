#include "editlabelattributecommand.h"

#include "../labelschema.h"

#include <QCoreApplication>

namespace rwb::project {

EditLabelAttributeCommand::EditLabelAttributeCommand(
    Connection &connection, const LabelAttribute &before, const LabelAttribute &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Edit attribute %1").arg(after.name));
}

void EditLabelAttributeCommand::redo()
{
    guarded([this] { LabelSchema(connection()).updateAttribute(m_after); });
}

void EditLabelAttributeCommand::undo()
{
    guarded([this] { LabelSchema(connection()).updateAttribute(m_before); }, false);
}

} // namespace rwb::project
