#include "addlabelattributecommand.h"

#include "../labelschema.h"

#include <QCoreApplication>

namespace rwb::project {

AddLabelAttributeCommand::AddLabelAttributeCommand(
    Connection &connection, const LabelAttribute &attribute, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_attribute(attribute)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Add attribute %1").arg(attribute.name));
}

void AddLabelAttributeCommand::redo()
{
    guarded([this] { LabelSchema(connection()).addAttribute(m_attribute); });
}

void AddLabelAttributeCommand::undo()
{
    guarded([this] { LabelSchema(connection()).removeAttribute(m_attribute.id); }, false);
}

} // namespace rwb::project
