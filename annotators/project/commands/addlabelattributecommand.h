#pragma once

#include "../labelattribute.h"
#include "storecommand.h"

namespace rwb::project {

/// Adds an attribute to a class (or to every class); undo removes it.
class AddLabelAttributeCommand : public StoreCommand
{
public:
    AddLabelAttributeCommand(Connection &connection, const LabelAttribute &attribute, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 attributeId() const { return m_attribute.id; }

private:
    LabelAttribute m_attribute;
};

} // namespace rwb::project
