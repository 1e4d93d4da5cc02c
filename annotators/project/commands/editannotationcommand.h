#pragma once

#include "../annotation.h"
#include "storecommand.h"

namespace rwb::project {

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

private:
    Annotation m_before;
    Annotation m_after;
    bool m_merge;
};

} // namespace rwb::project
