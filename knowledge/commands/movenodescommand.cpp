#include "movenodescommand.h"

#include "../nodepositions.h"

#include <QCoreApplication>

namespace rwb::knowledge {

MoveNodesCommand::MoveNodesCommand(project::Connection &connection, const QHash<qint64, QPointF> &before,
    const QHash<qint64, QPointF> &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Move %n node(s)", nullptr, int(after.size())));
}

void MoveNodesCommand::redo()
{
    guarded([this] { NodePositions::save(connection(), m_after); });
}

void MoveNodesCommand::undo()
{
    guarded(
        [this] {
            QList<qint64> unplaced;
            for (auto it = m_after.begin(); it != m_after.end(); ++it)
                if (!m_before.contains(it.key()))
                    unplaced.append(it.key());
            NodePositions::remove(connection(), unplaced);
            NodePositions::save(connection(), m_before);
        },
        false);
}

} // namespace rwb::knowledge
