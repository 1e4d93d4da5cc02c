#pragma once

#include "../labelattribute.h"
#include "storecommand.h"

namespace rwb::project {

/// Changes an attribute (type, options, default, …).
class EditLabelAttributeCommand : public StoreCommand
{
public:
    EditLabelAttributeCommand(Connection &connection, const LabelAttribute &before, const LabelAttribute &after,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabelAttribute m_before;
    LabelAttribute m_after;
};

} // namespace rwb::project
