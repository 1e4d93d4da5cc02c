#include "removerelationcommand.h"

#include "../relationstore.h"

#include <QCoreApplication>

namespace rwb::project {

RemoveRelationCommand::RemoveRelationCommand(Connection &connection, qint64 relationId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_id(relationId)
{
    setText(QCoreApplication::translate("rwb::project::Commands", "Delete relation"));
}

void RemoveRelationCommand::redo()
{
    guarded([this] { m_relation = RelationStore(connection()).remove(m_id); });
}

void RemoveRelationCommand::undo()
{
    guarded(
        [this] {
            Relation r = m_relation;
            RelationStore(connection()).add(r);
        },
        false);
}

} // namespace rwb::project
