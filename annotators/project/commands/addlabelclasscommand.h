#pragma once

#include "../labelclass.h"
#include "storecommand.h"

namespace rwb::project {

/// Adds a label class; undo removes it (redo restores the same id).
class AddLabelClassCommand : public StoreCommand
{
public:
    AddLabelClassCommand(Connection &connection, const LabelClass &labelClass, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 classId() const { return m_class.id; }

private:
    LabelClass m_class;
};

} // namespace rwb::project
