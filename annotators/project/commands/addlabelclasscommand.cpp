#include "addlabelclasscommand.h"

#include "../labelschema.h"

#include <QCoreApplication>

namespace rwb::project {

AddLabelClassCommand::AddLabelClassCommand(Connection &connection, const LabelClass &labelClass, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_class(labelClass)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Add label class %1").arg(labelClass.name));
}

void AddLabelClassCommand::redo()
{
    guarded([this] { LabelSchema(connection()).addClass(m_class); });
}

void AddLabelClassCommand::undo()
{
    guarded([this] { LabelSchema(connection()).removeClass(m_class.id); }, false);
}

} // namespace rwb::project
