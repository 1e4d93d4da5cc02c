#include "editannotationcommand.h"

#include "../annotationstore.h"

#include <QCoreApplication>

namespace rwb::project {

EditAnnotationCommand::EditAnnotationCommand(
    Connection &connection, const Annotation &before, const Annotation &after, bool merge, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
    , m_merge(merge)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Edit %1").arg(shape::displayName(after.kind)));
}

void EditAnnotationCommand::redo()
{
    guarded([this] { AnnotationStore(connection()).update(m_after); });
}

void EditAnnotationCommand::undo()
{
    guarded([this] { AnnotationStore(connection()).update(m_before); }, false);
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditAnnotationCommand *>(other);
    if (!next || !next->m_merge || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace rwb::project
