#include "editassetcommand.h"

#include "../assetstore.h"

#include <QCoreApplication>

namespace rwb::project {

EditAssetCommand::EditAssetCommand(
    Connection &connection, const Asset &before, const Asset &after, QUndoCommand *parent)
    : StoreCommand(connection, parent)
    , m_before(before)
    , m_after(after)
{
    if (before.status != after.status)
        setText(
            QCoreApplication::translate("rwb::project::Commands", "Set status to %1").arg(displayName(after.status)));
    else
        setText(QCoreApplication::translate("rwb::project::Commands", "Edit asset"));
}

EditAssetCommand *EditAssetCommand::setStatus(Connection &connection, const Asset &asset, AssetStatus status)
{
    Asset after = asset;
    after.status = status;
    return new EditAssetCommand(connection, asset, after);
}

void EditAssetCommand::redo()
{
    guarded([this] { AssetStore(connection()).update(m_after); });
}

void EditAssetCommand::undo()
{
    guarded([this] { AssetStore(connection()).update(m_before); }, false);
}

} // namespace rwb::project
