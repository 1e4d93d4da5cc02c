#include "userstore.h"

#include "auditlog.h"
#include "connection.h"
#include "statement.h"

#include <QJsonObject>

namespace rwb::project {

namespace {
User readUser(const Statement &s)
{
    return { s.int64(0), s.text(1), s.text(2), userRoleFromString(s.text(3)).value_or(UserRole::Annotator) };
}
} // namespace

UserStore::UserStore(Connection &connection)
    : m_connection(connection)
{ }

qint64 UserStore::ensure(const QString &name, UserRole role)
{
    if (auto u = byName(name))
        return u->id;
    Transaction tx(m_connection.db());
    Statement s
        = m_connection.db().prepare("INSERT INTO users (name, display_name, role, created) VALUES (?1, ?1, ?2, ?3)");
    s.bind(1, name).bind(2, toString(role)).bind(3, Connection::now()).run();
    const qint64 id = m_connection.db().lastInsertId();
    AuditLog(m_connection)
        .record(QStringLiteral("user"), id, QStringLiteral("insert"), {},
            { { QStringLiteral("name"), name }, { QStringLiteral("role"), toString(role) } });
    tx.commit();
    return id;
}

std::optional<User> UserStore::byId(qint64 id) const
{
    Statement s = m_connection.db().prepare("SELECT id, name, display_name, role FROM users WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readUser(s);
}

std::optional<User> UserStore::byName(const QString &name) const
{
    Statement s = m_connection.db().prepare("SELECT id, name, display_name, role FROM users WHERE name = ?1");
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return readUser(s);
}

QList<User> UserStore::all() const
{
    Statement s = m_connection.db().prepare("SELECT id, name, display_name, role FROM users ORDER BY name");
    QList<User> out;
    while (s.step())
        out.append(readUser(s));
    return out;
}

} // namespace rwb::project
