#include "editlabelclasscommand.h"

#include "../labelschema.h"

#include <QCoreApplication>

namespace rwb::project {

EditLabelClassCommand::EditLabelClassCommand(
    Connection &connection, const LabelClass &before, const LabelClass &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Edit label class %1").arg(after.name));
}

void EditLabelClassCommand::redo()
{
    guarded([this] { LabelSchema(connection()).updateClass(m_after); });
}

void EditLabelClassCommand::undo()
{
    guarded([this] { LabelSchema(connection()).updateClass(m_before); }, false);
}

} // namespace rwb::project
