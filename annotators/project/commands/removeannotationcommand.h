#pragma once

#include "../annotationstore.h"
#include "storecommand.h"

namespace rwb::project {

/// Removes an annotation; undo restores it with the same id and its relations.
class RemoveAnnotationCommand : public StoreCommand
{
public:
    RemoveAnnotationCommand(Connection &connection, qint64 annotationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    AnnotationStore::Removed m_removed;
};

} // namespace rwb::project
