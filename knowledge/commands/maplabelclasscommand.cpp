#include "maplabelclasscommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

MapLabelClassCommand::MapLabelClassCommand(
    project::Connection &connection, qint64 classId, std::optional<qint64> nodeId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_classId(classId)
    , m_nodeId(nodeId)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Map label class %1 to node %2")
                .arg(classId)
                .arg(nodeId.value_or(0)));
}

void MapLabelClassCommand::redo()
{
    guarded([this] { m_previous = GraphStore(connection()).mapLabelClass(m_classId, m_nodeId); });
}

void MapLabelClassCommand::undo()
{
    guarded([this] { GraphStore(connection()).mapLabelClass(m_classId, m_previous); }, false);
}

} // namespace rwb::knowledge
