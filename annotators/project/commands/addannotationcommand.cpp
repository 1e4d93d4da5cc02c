#include "addannotationcommand.h"

#include "../annotationstore.h"

#include <QCoreApplication>

namespace rwb::project {

AddAnnotationCommand::AddAnnotationCommand(Connection &connection, const Annotation &annotation, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Add %1").arg(shape::displayName(annotation.kind)));
}

void AddAnnotationCommand::redo()
{
    guarded([this] { AnnotationStore(connection()).add(m_annotation); });
}

void AddAnnotationCommand::undo()
{
    guarded([this] { AnnotationStore(connection()).remove(m_annotation.id); }, false);
}

} // namespace rwb::project
