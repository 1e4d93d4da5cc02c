#include "thumbnailproxymodel.h"

#include "thumbnailcache.h"

#include "project/models/assetlistmodel.h"
#include "project/project.h"

#include <QIcon>

namespace rwb::project {

ThumbnailProxyModel::ThumbnailProxyModel(ThumbnailCache *cache, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_cache(cache)
{
    connect(m_cache, &ThumbnailCache::thumbnailReady, this, &ThumbnailProxyModel::onThumbnailReady);
}

void ThumbnailProxyModel::setAssetModel(AssetListModel *model)
{
    m_assets = model;
    setSourceModel(model);
}

QVariant ThumbnailProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != AssetListModel::NameColumn || !m_assets)
        return QIdentityProxyModel::data(index, role);
    const qint64 id = index.data(AssetListModel::AssetIdRole).toLongLong();
    const auto kind = AssetKind(index.data(AssetListModel::KindRole).toInt());
    const QString uri = index.data(AssetListModel::UriRole).toString();
    const Project *project = m_assets->project();
    // An icon, not a pixmap: views then fit it into their icon size instead of growing rows.
    return QIcon(m_cache->thumbnail(id, kind, project ? project->resolve(uri) : uri));
}

void ThumbnailProxyModel::onThumbnailReady(qint64 assetId)
{
    if (!m_assets)
        return;
    const QModelIndex source = m_assets->indexOfAsset(assetId);
    if (!source.isValid())
        return;
    const QModelIndex proxy = mapFromSource(source);
    emit dataChanged(proxy, proxy, { Qt::DecorationRole });
}

} // namespace rwb::project
