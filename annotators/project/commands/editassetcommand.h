#pragma once

#include "../asset.h"
#include "storecommand.h"

namespace rwb::project {

/// Changes an asset's workflow fields: status, assignee, reviewer and comment, split.
/// Consecutive status changes of one asset do not merge: each is a review decision.
class EditAssetCommand : public StoreCommand
{
public:
    EditAssetCommand(Connection &connection, const Asset &before, const Asset &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    /// Convenience: a command setting only the status of \a asset.
    static EditAssetCommand *setStatus(Connection &connection, const Asset &asset, AssetStatus status);

private:
    Asset m_before;
    Asset m_after;
};

} // namespace rwb::project
