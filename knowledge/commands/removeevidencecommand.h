#pragma once

#include "../evidence.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Unlinks a piece of evidence; undo links it again with the same id.
class RemoveEvidenceCommand : public project::StoreCommand
{
public:
    RemoveEvidenceCommand(project::Connection &connection, qint64 evidenceId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_evidenceId;
    Evidence m_evidence;
};

} // namespace rwb::knowledge
