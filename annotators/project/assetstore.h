#pragma once

#include "asset.h"
#include "assetfilter.h"

#include <QHash>
#include <QList>

namespace rwb::project {

class Connection;

/// Assets of the project: add, look up, filter, and change their workflow fields.
class AssetStore
{
public:
    explicit AssetStore(Connection &connection);

    /// Inserts \a asset (its id, added and modified are set). Throws StoreError(Constraint)
    /// when an asset with the same SHA-256 exists.
    qint64 add(Asset &asset);
    /// Writes the editable fields (status, assignee, reviewer, comment, split, metadata) of
    /// an existing asset; audited.
    void update(const Asset &asset);

    std::optional<Asset> byId(qint64 id) const;
    std::optional<qint64> idBySha256(const QString &sha256) const;
    QList<Asset> list(const AssetFilter &filter, qint64 offset = 0, qint64 limit = -1) const;
    QList<qint64> ids(const AssetFilter &filter) const;
    qint64 count(const AssetFilter &filter = {}) const;
    QHash<AssetStatus, qint64> countByStatus() const;
    QHash<AssetKind, qint64> countByKind() const;
    QHash<Split, qint64> countBySplit() const;

private:
    template<typename E>
    QHash<E, qint64> countGrouped(const char *column, std::optional<E> (*parse)(const QString &)) const;
    Connection &m_connection;
};

} // namespace rwb::project
