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
    /// Points asset \a id at \a uri (the file moved; its content is the same); audited.
    void setUri(qint64 id, const QString &uri);

    std::optional<Asset> byId(qint64 id) const;
    std::optional<qint64> idBySha256(const QString &sha256) const;
    QList<Asset> list(const AssetFilter &filter, qint64 offset = 0, qint64 limit = -1) const;
    QList<qint64> ids(const AssetFilter &filter) const;
    qint64 count(const AssetFilter &filter = {}) const;
    /// The first asset after \a afterId (in id order, wrapping round to the start) that matches
    /// \a filter and has one of \a statuses; \a filter's own status is ignored. Nullopt when none
    /// but \a afterId itself does ("next unfinished", "next needs review").
    std::optional<qint64> nextWithStatus(
        const AssetFilter &filter, const QList<AssetStatus> &statuses, qint64 afterId) const;
    QHash<AssetStatus, qint64> countByStatus() const;
    QHash<AssetKind, qint64> countByKind() const;
    QHash<Split, qint64> countBySplit() const;

private:
    template<typename E>
    QHash<E, qint64> countGrouped(const char *column, std::optional<E> (*parse)(const QString &)) const;
    Connection &m_connection;
};

} // namespace rwb::project
