#include "annotationstore.h"

#include "annotationrow.h"
#include "auditlog.h"
#include "connection.h"
#include "jsonutil.h"
#include "projectsignals.h"
#include "relationstore.h"
#include "statement.h"

#include <QCoreApplication>

namespace rwb::project {

namespace {
/// The annotation columns with the extent joined from the R*Tree, or from the pending table
/// while a bulk write's extents wait for indexing (the extent is not a column of the row).
constexpr const char *SelectWithExtent
    = "SELECT a.id, a.asset_id, a.class_id, a.kind, a.geometry, a.attributes, a.source, a.source_ref, a.confidence,"
      " a.state, a.author, a.revision, a.z_order, a.flags, a.created, a.modified, coalesce(e.x0, p.x0),"
      " coalesce(e.x1, p.x1), coalesce(e.y0, p.y0), coalesce(e.y1, p.y1)"
      " FROM annotations a LEFT JOIN annotation_extent e ON e.id = a.id"
      " LEFT JOIN annotation_extent_pending p ON p.asset_id = a.asset_id AND p.id = a.id";

Annotation readWithExtent(const Statement &s)
{
    Annotation a = annotationrow::read(s);
    if (!s.isNull(16))
        a.extent = QRectF(QPointF(s.real(16), s.real(18)), QPointF(s.real(17), s.real(19)));
    return a;
}
} // namespace

AnnotationStore::AnnotationStore(Connection &connection)
    : m_connection(connection)
{ }

void AnnotationStore::notify(qint64 assetId)
{
    if (m_connection.notifier())
        emit m_connection.notifier()->annotationsChanged(assetId);
}

void AnnotationStore::writeExtent(const Annotation &a)
{
    Statement s = m_connection.db().prepare(annotationrow::InsertExtent);
    annotationrow::bindExtent(s, a.id, a);
    s.run();
    // An edited bulk-written row may still have a pending extent; the R*Tree one now wins.
    Statement pending
        = m_connection.db().prepare("DELETE FROM annotation_extent_pending WHERE asset_id = ?1 AND id = ?2");
    pending.bind(1, a.assetId).bind(2, a.id).run();
}

qint64 AnnotationStore::add(Annotation &a)
{
    if (a.kind.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument,
            QCoreApplication::translate(
                "rwb::project::AnnotationStore", "an annotation needs a kind (box, polygon, range, …)"));
    const QString now = Connection::now();
    if (a.created.isEmpty())
        a.created = now;
    a.modified = now;
    if (!a.author)
        a.author = m_connection.userId();
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(annotationrow::Insert);
    annotationrow::bind(s, a);
    s.run();
    a.id = m_connection.db().lastInsertId();
    writeExtent(a);
    AuditLog(m_connection).record(QStringLiteral("annotation"), a.id, QStringLiteral("insert"), {}, a.toJson());
    tx.commit();
    notify(a.assetId);
    return a.id;
}

int AnnotationStore::update(Annotation &a)
{
    const std::optional<Annotation> before = byId(a.id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::AnnotationStore", "annotation %1 does not exist").arg(a.id));
    a.revision = before->revision + 1;
    a.modified = Connection::now();
    a.created = before->created;
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(
        "UPDATE annotations SET asset_id = ?2, class_id = ?3, kind = ?4, geometry = ?5, attributes = ?6, source = ?7,"
        " source_ref = ?8, confidence = ?9, state = ?10, author = ?11, revision = ?12, z_order = ?13, flags = ?14,"
        " created = ?15, modified = ?16 WHERE id = ?1");
    annotationrow::bind(s, a);
    s.run();
    writeExtent(a);
    AuditLog(m_connection)
        .record(QStringLiteral("annotation"), a.id, QStringLiteral("update"), before->toJson(), a.toJson());
    tx.commit();
    notify(a.assetId);
    return a.revision;
}

AnnotationStore::Removed AnnotationStore::remove(qint64 id)
{
    const std::optional<Annotation> before = byId(id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::AnnotationStore", "annotation %1 does not exist").arg(id));
    Removed removed { *before, RelationStore(m_connection).forAnnotation(id) };
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare("DELETE FROM annotations WHERE id = ?1");
    s.bind(1, id).run();
    AuditLog(m_connection).record(QStringLiteral("annotation"), id, QStringLiteral("delete"), before->toJson(), {});
    tx.commit();
    notify(before->assetId);
    return removed;
}

std::optional<Annotation> AnnotationStore::byId(qint64 id) const
{
    Statement s = m_connection.db().prepare(QStringLiteral("%1 WHERE a.id = ?1").arg(QLatin1String(SelectWithExtent)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readWithExtent(s);
}

QList<Annotation> AnnotationStore::forAsset(qint64 assetId) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("%1 WHERE a.asset_id = ?1 ORDER BY a.z_order, a.id").arg(QLatin1String(SelectWithExtent)));
    s.bind(1, assetId);
    QList<Annotation> out;
    while (s.step())
        out.append(readWithExtent(s));
    return out;
}

QList<qint64> AnnotationStore::idsInWindow(qint64 assetId, const QRectF &window) const
{
    const QRectF w = window.normalized();
    Statement s = m_connection.db().prepare(
        "SELECT id FROM annotation_extent WHERE asset_lo <= ?1 AND asset_hi >= ?1 AND x1 >= ?2 AND x0 <= ?3"
        " AND y1 >= ?4 AND y0 <= ?5"
        " UNION ALL SELECT id FROM annotation_extent_pending WHERE asset_id = ?1 AND x1 >= ?2 AND x0 <= ?3"
        " AND y1 >= ?4 AND y0 <= ?5");
    s.bind(1, assetId).bind(2, w.left()).bind(3, w.right()).bind(4, w.top()).bind(5, w.bottom());
    QList<qint64> out;
    while (s.step())
        out.append(s.int64(0));
    return out;
}

qint64 AnnotationStore::pendingExtentCount() const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM annotation_extent_pending");
    s.step();
    return s.int64(0);
}

int AnnotationStore::indexPendingExtents(int limit)
{
    Transaction tx(m_connection.db());
    // Asset order keeps consecutive R*Tree inserts close together (fewer node reads).
    Statement move
        = m_connection.db().prepare("INSERT OR REPLACE INTO annotation_extent (id, asset_lo, asset_hi, x0, x1, y0, y1)"
                                    " SELECT id, asset_id, asset_id, x0, x1, y0, y1 FROM annotation_extent_pending"
                                    " ORDER BY asset_id, id LIMIT ?1");
    move.bind(1, qint64(limit)).run();
    const int moved = m_connection.db().changes();
    Statement drop = m_connection.db().prepare(
        "DELETE FROM annotation_extent_pending WHERE (asset_id, id) IN"
        " (SELECT asset_id, id FROM annotation_extent_pending ORDER BY asset_id, id LIMIT ?1)");
    drop.bind(1, qint64(moved)).run();
    tx.commit();
    return moved;
}

qint64 AnnotationStore::count() const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM annotations");
    s.step();
    return s.int64(0);
}

qint64 AnnotationStore::countForAsset(qint64 assetId) const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM annotations WHERE asset_id = ?1");
    s.bind(1, assetId);
    s.step();
    return s.int64(0);
}

QHash<qint64, qint64> AnnotationStore::countByClass() const
{
    Statement s = m_connection.db().prepare("SELECT class_id, count(*) FROM annotations WHERE class_id IS NOT NULL AND "
                                            "state != 'rejected' GROUP BY class_id");
    QHash<qint64, qint64> out;
    while (s.step())
        out.insert(s.int64(0), s.int64(1));
    return out;
}

QHash<AnnotationState, qint64> AnnotationStore::countByState() const
{
    Statement s = m_connection.db().prepare("SELECT state, count(*) FROM annotations GROUP BY state");
    QHash<AnnotationState, qint64> out;
    while (s.step()) {
        if (auto st = annotationStateFromString(s.text(0)))
            out.insert(*st, s.int64(1));
    }
    return out;
}

} // namespace rwb::project
