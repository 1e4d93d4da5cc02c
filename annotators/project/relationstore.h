#pragma once

#include "relation.h"

#include <QList>

namespace rwb::project {

class Connection;

/// Typed, directed relations between annotations.
class RelationStore
{
public:
    explicit RelationStore(Connection &connection);

    /// Inserts \a r (r.id > 0 re-creates it with that id). Both ends must exist and differ.
    qint64 add(Relation &r);
    Relation remove(qint64 id);
    std::optional<Relation> byId(qint64 id) const;
    /// Relations starting or ending at \a annotationId.
    QList<Relation> forAnnotation(qint64 annotationId) const;
    QList<Relation> forAsset(qint64 assetId) const;

private:
    Connection &m_connection;
};

} // namespace rwb::project
