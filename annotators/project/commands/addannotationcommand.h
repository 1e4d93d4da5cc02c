#pragma once

#include "../annotation.h"
#include "storecommand.h"

namespace rwb::project {

/// Adds an annotation; undo removes it (the id stays the same on redo).
class AddAnnotationCommand : public StoreCommand
{
public:
    AddAnnotationCommand(Connection &connection, const Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    Annotation m_annotation;
};

} // namespace rwb::project
