#include "removeevidencecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

RemoveEvidenceCommand::RemoveEvidenceCommand(project::Connection &connection, qint64 evidenceId, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_evidenceId(evidenceId)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Remove evidence %1").arg(evidenceId));
}

void RemoveEvidenceCommand::redo()
{
    guarded([this] { m_evidence = GraphStore(connection()).removeEvidence(m_evidenceId); });
}

void RemoveEvidenceCommand::undo()
{
    guarded([this] { GraphStore(connection()).addEvidence(m_evidence); }, false);
}

} // namespace rwb::knowledge
