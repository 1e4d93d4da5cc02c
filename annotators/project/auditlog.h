#pragma once

#include "auditentry.h"

#include <QList>

namespace rwb::project {

class Connection;

/// The audit log: every store writes one entry per change in the same transaction as the
/// change itself.
class AuditLog
{
public:
    explicit AuditLog(Connection &connection);

    void record(const QString &entity, std::optional<qint64> entityId, const QString &action, const QJsonObject &before,
        const QJsonObject &after);
    /// Newest first. \a entity empty: every entity.
    QList<AuditEntry> entries(
        const QString &entity = {}, std::optional<qint64> entityId = std::nullopt, int limit = 100) const;
    qint64 count() const;

private:
    Connection &m_connection;
};

} // namespace rwb::project
