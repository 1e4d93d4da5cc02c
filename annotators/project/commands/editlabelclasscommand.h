#pragma once

#include "../labelclass.h"
#include "storecommand.h"

namespace rwb::project {

/// Changes a label class (name, titles, colour, shortcut, parent, applicable kinds/shapes).
class EditLabelClassCommand : public StoreCommand
{
public:
    EditLabelClassCommand(
        Connection &connection, const LabelClass &before, const LabelClass &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabelClass m_before;
    LabelClass m_after;
};

} // namespace rwb::project
