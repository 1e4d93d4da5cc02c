#pragma once

#include "../labelschema.h"
#include "storecommand.h"

namespace rwb::project {

/// Removes an unused label class with its own attributes; undo restores both with their ids.
class RemoveLabelClassCommand : public StoreCommand
{
public:
    RemoveLabelClassCommand(Connection &connection, qint64 classId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    LabelClass m_class;
    QList<LabelAttribute> m_attributes;
};

} // namespace rwb::project
