#include "editannotationcommand.h"
#include "../project.h"
#include <QUndoStack>

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

QString EditAnnotationCommand::editEach(QUndoStack *stack, Project &project, const QSet<qint64> &ids,
    const std::function<void(Annotation &)> &change, const QString &text)
{
    if (!stack || ids.isEmpty())
        return {};
    QString error;
    stack->beginMacro(text);
    for (qint64 id : ids) {
        const std::optional<Annotation> before = project.annotations().byId(id);
        if (!before)
            continue;
        Annotation after = *before;
        change(after);
        if (after == *before)
            continue;
        const QString problem = pushTo(stack, new EditAnnotationCommand(project.connection(), *before, after));
        if (error.isEmpty())
            error = problem;
    }
    stack->endMacro();
    return error;
}

} // namespace rwb::project
