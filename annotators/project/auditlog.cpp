#include "auditlog.h"

#include "connection.h"
#include "jsonutil.h"
#include "statement.h"

namespace rwb::project {

AuditLog::AuditLog(Connection &connection)
    : m_connection(connection)
{ }

void AuditLog::record(const QString &entity, std::optional<qint64> entityId, const QString &action,
    const QJsonObject &before, const QJsonObject &after)
{
    Statement s = m_connection.db().prepare("INSERT INTO audit (at, user_id, entity, entity_id, action, before, after) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, Connection::now()).bind(2, m_connection.userId()).bind(3, entity).bind(4, entityId).bind(5, action);
    if (before.isEmpty())
        s.bindNull(6);
    else
        s.bind(6, json::compact(before));
    if (after.isEmpty())
        s.bindNull(7);
    else
        s.bind(7, json::compact(after));
    s.run();
}

QList<AuditEntry> AuditLog::entries(const QString &entity, std::optional<qint64> entityId, int limit) const
{
    Statement s = m_connection.db().prepare(
        "SELECT id, at, user_id, entity, entity_id, action, before, after FROM audit"
        " WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) ORDER BY id DESC LIMIT ?3");
    s.bindOptional(1, entity).bind(2, entityId).bind(3, qint64(limit));
    QList<AuditEntry> out;
    while (s.step()) {
        AuditEntry e;
        e.id = s.int64(0);
        e.at = s.text(1);
        e.userId = s.optionalInt64(2);
        e.entity = s.text(3);
        e.entityId = s.optionalInt64(4);
        e.action = s.text(5);
        e.before = json::parseObject(s.utf8(6));
        e.after = json::parseObject(s.utf8(7));
        out.append(e);
    }
    return out;
}

qint64 AuditLog::count() const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM audit");
    s.step();
    return s.int64(0);
}

} // namespace rwb::project
