#pragma once

#include "project/commands/storecommand.h"

#include <QHash>
#include <QPointF>

namespace rwb::knowledge {

/// Moves nodes on the graph canvas (a drag, a layout); undo puts them back. A node without
/// a position before (placed by a layout only) loses it again on undo.
class MoveNodesCommand : public project::StoreCommand
{
public:
    MoveNodesCommand(project::Connection &connection, const QHash<qint64, QPointF> &before,
        const QHash<qint64, QPointF> &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QHash<qint64, QPointF> m_before;
    QHash<qint64, QPointF> m_after;
};

} // namespace rwb::knowledge
