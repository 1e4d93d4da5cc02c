#pragma once

#include "../evidence.h"
#include "project/commands/storecommand.h"

namespace rwb::knowledge {

/// Links an annotation as evidence to a node or an edge; undo unlinks it.
class AddEvidenceCommand : public project::StoreCommand
{
public:
    AddEvidenceCommand(project::Connection &connection, const Evidence &evidence, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 evidenceId() const { return m_evidence.id; }

private:
    Evidence m_evidence;
};

} // namespace rwb::knowledge
