#include "removeannotationcommand.h"

#include "../connection.h"
#include "../relationstore.h"
#include "../storeerror.h"

#include <QCoreApplication>

namespace rwb::project {

RemoveAnnotationCommand::RemoveAnnotationCommand(Connection &connection, qint64 annotationId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_id(annotationId)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Delete annotation"));
}

void RemoveAnnotationCommand::redo()
{
    guarded([this] { m_removed = AnnotationStore(connection()).remove(m_id); });
}

void RemoveAnnotationCommand::undo()
{
    guarded(
        [this] {
            Transaction tx(connection().db());
            Annotation a = m_removed.annotation;
            AnnotationStore(connection()).add(a);
            RelationStore relations(connection());
            for (Relation r : m_removed.relations)
                relations.add(r);
            tx.commit();
        },
        false);
}

} // namespace rwb::project
