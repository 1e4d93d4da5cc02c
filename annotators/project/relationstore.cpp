#include "relationstore.h"

#include "auditlog.h"
#include "connection.h"
#include "jsonutil.h"
#include "projectsignals.h"
#include "statement.h"

#include <QCoreApplication>

namespace rwb::project {

namespace {
Relation readRelation(const Statement &s)
{
    Relation r;
    r.id = s.int64(0);
    r.type = s.text(1);
    r.fromId = s.int64(2);
    r.toId = s.int64(3);
    r.attributes = json::parseObject(s.utf8(4));
    r.author = s.optionalInt64(5);
    r.created = s.text(6);
    return r;
}

bool annotationExists(Database &db, qint64 id)
{
    Statement s = db.prepare("SELECT 1 FROM annotations WHERE id = ?1");
    s.bind(1, id);
    return s.step();
}
} // namespace

RelationStore::RelationStore(Connection &connection)
    : m_connection(connection)
{ }

qint64 RelationStore::add(Relation &r)
{
    if (r.type.trimmed().isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument,
            QCoreApplication::translate("rwb::project::RelationStore", "a relation needs a type"));
    if (r.fromId == r.toId)
        throw StoreError(StoreError::Code::InvalidArgument,
            QCoreApplication::translate(
                "rwb::project::RelationStore", "a relation cannot link an annotation to itself"));
    for (qint64 end : { r.fromId, r.toId }) {
        if (!annotationExists(m_connection.db(), end))
            throw StoreError(StoreError::Code::NotFound,
                QCoreApplication::translate("rwb::project::RelationStore", "annotation %1 does not exist").arg(end));
    }
    if (r.created.isEmpty())
        r.created = Connection::now();
    if (!r.author)
        r.author = m_connection.userId();
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(
        "INSERT INTO annotation_relations (id, type, from_id, to_id, attributes, author, created)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (r.id > 0)
        s.bind(1, r.id);
    else
        s.bindNull(1);
    s.bind(2, r.type).bind(3, r.fromId).bind(4, r.toId).bind(5, json::compact(r.attributes)).bind(6, r.author);
    s.bind(7, r.created);
    s.run();
    r.id = m_connection.db().lastInsertId();
    AuditLog(m_connection).record(QStringLiteral("relation"), r.id, QStringLiteral("insert"), {}, r.toJson());
    tx.commit();
    if (m_connection.notifier())
        emit m_connection.notifier()->relationsChanged();
    return r.id;
}

Relation RelationStore::remove(qint64 id)
{
    const std::optional<Relation> before = byId(id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::RelationStore", "relation %1 does not exist").arg(id));
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare("DELETE FROM annotation_relations WHERE id = ?1");
    s.bind(1, id).run();
    AuditLog(m_connection).record(QStringLiteral("relation"), id, QStringLiteral("delete"), before->toJson(), {});
    tx.commit();
    if (m_connection.notifier())
        emit m_connection.notifier()->relationsChanged();
    return *before;
}

std::optional<Relation> RelationStore::byId(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        "SELECT id, type, from_id, to_id, attributes, author, created FROM annotation_relations WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRelation(s);
}

QList<Relation> RelationStore::forAnnotation(qint64 annotationId) const
{
    Statement s = m_connection.db().prepare(
        "SELECT id, type, from_id, to_id, attributes, author, created FROM annotation_relations"
        " WHERE from_id = ?1 OR to_id = ?1 ORDER BY id");
    s.bind(1, annotationId);
    QList<Relation> out;
    while (s.step())
        out.append(readRelation(s));
    return out;
}

QList<Relation> RelationStore::forAsset(qint64 assetId) const
{
    Statement s = m_connection.db().prepare(
        "SELECT r.id, r.type, r.from_id, r.to_id, r.attributes, r.author, r.created FROM annotation_relations r"
        " JOIN annotations a ON a.id = r.from_id WHERE a.asset_id = ?1 ORDER BY r.id");
    s.bind(1, assetId);
    QList<Relation> out;
    while (s.step())
        out.append(readRelation(s));
    return out;
}

} // namespace rwb::project
