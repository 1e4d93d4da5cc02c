#pragma once

#include <QIdentityProxyModel>

namespace rwb::project {

class AssetListModel;
class Project;
class ThumbnailCache;

/// Adds thumbnails (DecorationRole of the first column) to an AssetListModel. Views ask only
/// for the items they paint, so thumbnails load lazily, for what is on screen.
class ThumbnailProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    ThumbnailProxyModel(ThumbnailCache *cache, QObject *parent = nullptr);

    void setAssetModel(AssetListModel *model);
    AssetListModel *assetModel() const { return m_assets; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onThumbnailReady(qint64 assetId);

    ThumbnailCache *m_cache;
    AssetListModel *m_assets = nullptr;
};

} // namespace rwb::project
