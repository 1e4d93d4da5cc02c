#include "assetstore.h"

#include "auditlog.h"
#include "connection.h"
#include "jsonutil.h"
#include "projectsignals.h"
#include "statement.h"

#include <QCoreApplication>

namespace rwb::project {

namespace {

constexpr const char *kColumns = "id, kind, uri, sha256, byte_size, media_type, width, height, bit_depth, pages,"
                                 " channels, samples, metadata, status, assignee, reviewer, review_comment, split,"
                                 " added, modified";

Asset readAsset(const Statement &s)
{
    Asset a;
    a.id = s.int64(0);
    a.kind = assetKindFromString(s.text(1)).value_or(AssetKind::Image);
    a.uri = s.text(2);
    a.sha256 = s.text(3);
    a.byteSize = s.int64(4);
    a.mediaType = s.text(5);
    a.width = s.optionalInt64(6);
    a.height = s.optionalInt64(7);
    a.bitDepth = s.optionalInt64(8);
    a.pages = s.optionalInt64(9);
    a.channels = s.optionalInt64(10);
    a.samples = s.optionalInt64(11);
    a.metadata = json::parseObject(s.utf8(12));
    a.status = assetStatusFromString(s.text(13)).value_or(AssetStatus::Todo);
    a.assignee = s.optionalInt64(14);
    a.reviewer = s.optionalInt64(15);
    a.reviewComment = s.text(16);
    a.split = splitFromString(s.text(17)).value_or(Split::None);
    a.added = s.text(18);
    a.modified = s.text(19);
    return a;
}

/// WHERE clause and its bound values for a filter (values bound from ?1 on).
struct Where
{
    QString sql;
    QList<QVariant> values;
};

Where whereFor(const AssetFilter &f)
{
    QStringList parts;
    QList<QVariant> values;
    auto add = [&](const QString &clause, const QVariant &value) {
        values.append(value);
        parts.append(QString(clause).replace(QLatin1String("?"), QStringLiteral("?%1").arg(values.size())));
    };
    if (f.kind)
        add(QStringLiteral("kind = ?"), toString(*f.kind));
    if (f.status)
        add(QStringLiteral("status = ?"), toString(*f.status));
    if (f.split)
        add(QStringLiteral("split = ?"), toString(*f.split));
    if (f.assignee)
        add(QStringLiteral("assignee = ?"), *f.assignee);
    if (f.classId)
        add(QStringLiteral("id IN (SELECT asset_id FROM annotations WHERE class_id = ?)"), *f.classId);
    if (f.withOpenProposals)
        parts.append(QStringLiteral("id IN (SELECT asset_id FROM annotations WHERE state = 'proposed')"));
    if (!f.uriContains.isEmpty())
        add(QStringLiteral("instr(lower(uri), lower(?)) > 0"), f.uriContains);
    if (f.labelingQueue)
        add(QStringLiteral("id IN (SELECT asset_id FROM labeling_queue_items WHERE queue_id = ?)"), *f.labelingQueue);
    return { parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND ")), values };
}

QString orderFor(const AssetFilter &f)
{
    QString column;
    switch (f.sort) {
    case AssetFilter::Sort::Id:
        column = QStringLiteral("id");
        break;
    case AssetFilter::Sort::Uri:
        column = QStringLiteral("uri");
        break;
    case AssetFilter::Sort::Status:
        column = QStringLiteral("status");
        break;
    case AssetFilter::Sort::Modified:
        column = QStringLiteral("modified");
        break;
    case AssetFilter::Sort::QueueRank:
        // Assets outside the queue (no filter on it) come last, in id order.
        column = QStringLiteral("ifnull((SELECT q.rank FROM labeling_queue_items q WHERE q.queue_id = %1"
                                " AND q.asset_id = assets.id), 9223372036854775807)")
                     .arg(f.labelingQueue.value_or(0));
        break;
    }
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    if (column == QLatin1String("id"))
        return QStringLiteral(" ORDER BY id") + dir;
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", id") + dir;
}

void bindAll(Statement &s, const QList<QVariant> &values)
{
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values[i]);
}

} // namespace

AssetStore::AssetStore(Connection &connection)
    : m_connection(connection)
{ }

qint64 AssetStore::add(Asset &a)
{
    a.added = a.modified = Connection::now();
    Statement s = m_connection.db().prepare(
        "INSERT INTO assets (kind, uri, sha256, byte_size, media_type, width, height, bit_depth, pages, channels,"
        " samples, metadata, status, assignee, reviewer, review_comment, split, added, modified)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    s.bind(1, toString(a.kind)).bind(2, a.uri).bind(3, a.sha256).bind(4, a.byteSize).bindOptional(5, a.mediaType);
    s.bind(6, a.width).bind(7, a.height).bind(8, a.bitDepth).bind(9, a.pages).bind(10, a.channels).bind(11, a.samples);
    s.bind(12, json::compact(a.metadata)).bind(13, toString(a.status)).bind(14, a.assignee).bind(15, a.reviewer);
    s.bindOptional(16, a.reviewComment).bind(17, toString(a.split)).bind(18, a.added).bind(19, a.modified);
    s.run();
    a.id = m_connection.db().lastInsertId();
    return a.id;
}

void AssetStore::update(const Asset &a)
{
    const std::optional<Asset> before = byId(a.id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::AssetStore", "Asset %1 does not exist").arg(a.id));
    Transaction tx(m_connection.db());
    Asset after = *before;
    after.status = a.status;
    after.assignee = a.assignee;
    after.reviewer = a.reviewer;
    after.reviewComment = a.reviewComment;
    after.split = a.split;
    after.metadata = a.metadata;
    after.modified = Connection::now();
    Statement s = m_connection.db().prepare(
        "UPDATE assets SET status = ?2, assignee = ?3, reviewer = ?4, review_comment = ?5, split = ?6, metadata = ?7,"
        " modified = ?8 WHERE id = ?1");
    s.bind(1, a.id).bind(2, toString(after.status)).bind(3, after.assignee).bind(4, after.reviewer);
    s.bindOptional(5, after.reviewComment).bind(6, toString(after.split)).bind(7, json::compact(after.metadata));
    s.bind(8, after.modified).run();
    AuditLog(m_connection)
        .record(QStringLiteral("asset"), a.id, QStringLiteral("update"), before->toJson(), after.toJson());
    tx.commit();
    if (m_connection.notifier())
        emit m_connection.notifier()->assetChanged(a.id);
}

void AssetStore::setUri(qint64 id, const QString &uri)
{
    const std::optional<Asset> before = byId(id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::AssetStore", "Asset %1 does not exist").arg(id));
    Transaction tx(m_connection.db());
    Asset after = *before;
    after.uri = uri;
    after.modified = Connection::now();
    Statement s = m_connection.db().prepare("UPDATE assets SET uri = ?2, modified = ?3 WHERE id = ?1");
    s.bind(1, id).bind(2, uri).bind(3, after.modified).run();
    AuditLog(m_connection)
        .record(QStringLiteral("asset"), id, QStringLiteral("relocate"), before->toJson(), after.toJson());
    tx.commit();
    if (m_connection.notifier())
        emit m_connection.notifier()->assetChanged(id);
}

std::optional<Asset> AssetStore::byId(qint64 id) const
{
    Statement s
        = m_connection.db().prepare(QStringLiteral("SELECT %1 FROM assets WHERE id = ?1").arg(QLatin1String(kColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readAsset(s);
}

std::optional<qint64> AssetStore::idBySha256(const QString &sha256) const
{
    Statement s = m_connection.db().prepare("SELECT id FROM assets WHERE sha256 = ?1");
    s.bind(1, sha256);
    if (!s.step())
        return std::nullopt;
    return s.int64(0);
}

QList<Asset> AssetStore::list(const AssetFilter &filter, qint64 offset, qint64 limit) const
{
    const Where w = whereFor(filter);
    Statement s = m_connection.db().prepare(QStringLiteral("SELECT %1 FROM assets%2%3 LIMIT %4 OFFSET %5")
                                                .arg(QLatin1String(kColumns), w.sql, orderFor(filter))
                                                .arg(limit)
                                                .arg(offset));
    bindAll(s, w.values);
    QList<Asset> out;
    while (s.step())
        out.append(readAsset(s));
    return out;
}

QList<qint64> AssetStore::ids(const AssetFilter &filter) const
{
    const Where w = whereFor(filter);
    Statement s = m_connection.db().prepare(QStringLiteral("SELECT id FROM assets%1%2").arg(w.sql, orderFor(filter)));
    bindAll(s, w.values);
    QList<qint64> out;
    while (s.step())
        out.append(s.int64(0));
    return out;
}

qint64 AssetStore::count(const AssetFilter &filter) const
{
    const Where w = whereFor(filter);
    Statement s = m_connection.db().prepare(QStringLiteral("SELECT count(*) FROM assets%1").arg(w.sql));
    bindAll(s, w.values);
    s.step();
    return s.int64(0);
}

std::optional<qint64> AssetStore::nextWithStatus(
    const AssetFilter &filter, const QList<AssetStatus> &statuses, qint64 afterId) const
{
    if (statuses.isEmpty())
        return std::nullopt;
    AssetFilter f = filter;
    f.status.reset();
    Where w = whereFor(f);
    QStringList names;
    for (AssetStatus status : statuses) {
        w.values.append(toString(status));
        names.append(QStringLiteral("?%1").arg(w.values.size()));
    }
    w.values.append(afterId);
    const QString after = QStringLiteral("?%1").arg(w.values.size());
    const QString statusClause = QStringLiteral("status IN (%1)").arg(names.join(QLatin1Char(',')));
    const QString where
        = w.sql.isEmpty() ? QStringLiteral(" WHERE ") + statusClause : w.sql + QStringLiteral(" AND ") + statusClause;
    // Ids after the current one first, then from the start (the wrap), never the current one.
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT id FROM assets%1 AND id <> %2 ORDER BY id <= %2, id LIMIT 1").arg(where, after));
    bindAll(s, w.values);
    if (s.step())
        return s.int64(0);
    return std::nullopt;
}

QHash<AssetStatus, qint64> AssetStore::countByStatus() const
{
    return countGrouped<AssetStatus>("status", assetStatusFromString);
}

QHash<AssetKind, qint64> AssetStore::countByKind() const
{
    return countGrouped<AssetKind>("kind", assetKindFromString);
}

QHash<Split, qint64> AssetStore::countBySplit() const
{
    return countGrouped<Split>("split", splitFromString);
}

template<typename E>
QHash<E, qint64> AssetStore::countGrouped(const char *column, std::optional<E> (*parse)(const QString &)) const
{
    QHash<E, qint64> out;
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1, count(*) FROM assets GROUP BY 1").arg(QLatin1String(column)));
    while (s.step()) {
        if (const std::optional<E> value = parse(s.text(0)))
            out[*value] = s.int64(1);
    }
    return out;
}

} // namespace rwb::project
