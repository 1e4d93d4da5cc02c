#include "addevidencecommand.h"

#include "../graphstore.h"

#include <QCoreApplication>

namespace rwb::knowledge {

AddEvidenceCommand::AddEvidenceCommand(project::Connection &connection, const Evidence &evidence, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_evidence(evidence)
{
    setText(QCoreApplication::translate("rwb::knowledge::Commands", "Add evidence (annotation %1)")
                .arg(evidence.annotationId));
}

void AddEvidenceCommand::redo()
{
    guarded([this] { GraphStore(connection()).addEvidence(m_evidence); });
}

void AddEvidenceCommand::undo()
{
    guarded([this] { GraphStore(connection()).removeEvidence(m_evidence.id); }, false);
}

} // namespace rwb::knowledge
