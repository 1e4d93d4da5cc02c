#pragma once

#include "../labelattribute.h"
#include "storecommand.h"

namespace rwb::project {

/// Removes an attribute; undo restores it with its id.
class RemoveLabelAttributeCommand : public StoreCommand
{
public:
    RemoveLabelAttributeCommand(Connection &connection, qint64 attributeId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    LabelAttribute m_attribute;
};

} // namespace rwb::project
