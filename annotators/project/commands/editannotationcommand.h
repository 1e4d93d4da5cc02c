#pragma once

#include "../annotation.h"
#include "storecommand.h"

#include <QSet>

#include <functional>

class QUndoStack;

namespace rwb::project {

class Project;

/// Replaces an annotation's content (geometry, class, attributes, state, …). Successive
/// edits of one annotation made with \c merge (a drag) become one undo step.
class EditAnnotationCommand : public StoreCommand
{
public:
    enum { Id = 0x5201 };

    EditAnnotationCommand(Connection &connection, const Annotation &before, const Annotation &after, bool merge = false,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_merge ? Id : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    /// Applies \a change to each of the annotations \a ids (as stored in \a project) as one undo
    /// step named \a text; annotations it leaves as they were get no command. Returns the store
    /// error met, if any (what every annotator's "edit the selection" does).
    static QString editEach(QUndoStack *stack, Project &project, const QSet<qint64> &ids,
        const std::function<void(Annotation &)> &change, const QString &text);

private:
    Annotation m_before;
    Annotation m_after;
    bool m_merge;
};

} // namespace rwb::project
