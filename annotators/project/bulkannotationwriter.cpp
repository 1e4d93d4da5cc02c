#include "bulkannotationwriter.h"

#include "annotationrow.h"
#include "auditlog.h"
#include "connection.h"
#include "jsonutil.h"
#include "projectsignals.h"

namespace rwb::project {

namespace {
// Rows per multi-row INSERT: amortises the statement overhead (most of the per-row cost
// once the R*Tree is out of the way) while staying far below SQLite's variable limit.
constexpr int RowsPerStatement = 64;
constexpr int ColumnsPerRow = 16;
constexpr int ExtentColumns = 6;

QByteArray multiRowSql(const char *head, int columns, int rows)
{
    QByteArray sql(head);
    sql += " VALUES ";
    int parameter = 1;
    for (int r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (int c = 0; c < columns; ++c) {
            if (c)
                sql += ',';
            sql += '?' + QByteArray::number(parameter++);
        }
        sql += ')';
    }
    return sql;
}

constexpr const char *InsertHead
    = "INSERT INTO annotations (id, asset_id, class_id, kind, geometry, attributes, source, source_ref, confidence,"
      " state, author, revision, z_order, flags, created, modified)";
constexpr const char *ExtentHead = "INSERT OR REPLACE INTO annotation_extent_pending (id, asset_id, x0, x1, y0, y1)";
} // namespace

BulkAnnotationWriter::BulkAnnotationWriter(Connection &connection, int batchSize)
    : m_connection(connection)
    , m_batchSize(qMax(1, batchSize))
    , m_insertMany(connection.db().prepare(multiRowSql(InsertHead, ColumnsPerRow, RowsPerStatement).constData()))
    , m_extentMany(connection.db().prepare(multiRowSql(ExtentHead, ExtentColumns, RowsPerStatement).constData()))
    , m_insertOne(connection.db().prepare(multiRowSql(InsertHead, ColumnsPerRow, 1).constData()))
    , m_extentOne(connection.db().prepare(multiRowSql(ExtentHead, ExtentColumns, 1).constData()))
{
    m_rows.reserve(RowsPerStatement);
}

BulkAnnotationWriter::~BulkAnnotationWriter() = default;

void BulkAnnotationWriter::begin()
{
    m_tx = std::make_unique<Transaction>(m_connection.db());
    m_now = Connection::now().toUtf8();
    m_firstId = 0;
    m_inBatch = 0;
    // The batch holds the write lock from here on, so nobody else can take these ids.
    Statement maxId = m_connection.db().prepare("SELECT coalesce(max(id), 0) FROM annotations");
    maxId.step();
    m_nextId = maxId.int64(0) + 1;
}

qint64 BulkAnnotationWriter::add(Annotation &a)
{
    if (!m_tx)
        begin();
    if (a.id > 0)
        m_nextId = qMax(m_nextId, a.id + 1);
    else
        a.id = m_nextId++;
    if (!a.author)
        a.author = m_connection.userId();
    if (a.kind != m_lastKindText) {
        m_lastKindText = a.kind;
        m_lastKind = a.kind.toUtf8();
    }
    const annotationrow::IntExtent e = annotationrow::intExtent(a.extent);
    m_rows.push_back(Row { a.id, a.assetId, a.classId, m_lastKind, json::compact(a.geometry),
        json::compact(a.attributes), annotationrow::sourceKey(a.source),
        a.sourceRef.isEmpty() ? QByteArray() : a.sourceRef.toUtf8(), a.confidence, annotationrow::stateKey(a.state),
        a.author, a.revision, a.zOrder, a.flags, a.created.isEmpty() ? m_now : a.created.toUtf8(),
        a.modified.isEmpty() ? m_now : a.modified.toUtf8(), e.x0, e.x1, e.y0, e.y1 });
    if (a.created.isEmpty())
        a.created = QString::fromUtf8(m_now);
    if (a.modified.isEmpty())
        a.modified = a.created;
    if (!m_firstId)
        m_firstId = a.id;
    m_lastId = a.id;
    m_assets.insert(a.assetId);
    ++m_written;
    if (int(m_rows.size()) == RowsPerStatement)
        flush();
    if (++m_inBatch >= m_batchSize)
        commit();
    return a.id;
}

void BulkAnnotationWriter::bindRow(Statement &insert, Statement &extent, int slot, const Row &row)
{
    const int p = slot * ColumnsPerRow;
    insert.bind(p + 1, row.id).bind(p + 2, row.assetId).bind(p + 3, row.classId).bindStatic(p + 4, row.kind);
    insert.bindStatic(p + 5, row.geometry).bindStatic(p + 6, row.attributes).bind(p + 7, row.source);
    insert.bindStatic(p + 8, row.sourceRef).bind(p + 9, row.confidence).bind(p + 10, row.state);
    insert.bind(p + 11, row.author).bind(p + 12, row.revision).bind(p + 13, row.zOrder).bind(p + 14, row.flags);
    insert.bindStatic(p + 15, row.created).bindStatic(p + 16, row.modified);
    const int q = slot * ExtentColumns;
    extent.bind(q + 1, row.id).bind(q + 2, row.assetId).bind(q + 3, row.x0).bind(q + 4, row.x1);
    extent.bind(q + 5, row.y0).bind(q + 6, row.y1);
}

void BulkAnnotationWriter::flush()
{
    if (int(m_rows.size()) == RowsPerStatement) {
        for (int i = 0; i < RowsPerStatement; ++i)
            bindRow(m_insertMany, m_extentMany, i, m_rows[size_t(i)]);
        m_insertMany.run();
        m_extentMany.run();
    } else {
        for (const Row &row : m_rows) {
            bindRow(m_insertOne, m_extentOne, 0, row);
            m_insertOne.run();
            m_extentOne.run();
        }
    }
    m_rows.clear();
}

void BulkAnnotationWriter::commit()
{
    if (!m_tx)
        return;
    flush();
    AuditLog(m_connection)
        .record(QStringLiteral("annotation"), std::nullopt, QStringLiteral("bulk_insert"), {},
            { { QStringLiteral("count"), m_inBatch }, { QStringLiteral("first_id"), m_firstId },
                { QStringLiteral("last_id"), m_lastId } });
    m_tx->commit();
    m_tx.reset();
    if (m_connection.notifier()) {
        for (qint64 asset : std::as_const(m_assets))
            emit m_connection.notifier()->annotationsChanged(asset);
    }
    m_assets.clear();
}

} // namespace rwb::project
