#include "bulkannotationwriter.h"

#include "annotationrow.h"
#include "auditlog.h"
#include "connection.h"
#include "jsonutil.h"
#include "projectsignals.h"

#include <sqlite3.h>

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

// Serialised text per row is about 150 bytes (geometry, attributes, kind).
constexpr qsizetype TextPerRow = 256;

/// Runs \a statement and resets it, keeping its bindings: every parameter is bound again
/// before the next run, so clearing them would only cost time.
void runKeepingBindings(Statement &statement)
{
    while (statement.step()) { }
    sqlite3_reset(statement.handle());
}

void bindOptional(sqlite3_stmt *s, int index, const std::optional<qint64> &value)
{
    if (value)
        sqlite3_bind_int64(s, index, *value);
    else
        sqlite3_bind_null(s, index);
}
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
    m_text.reserve(RowsPerStatement * TextPerRow);
}

BulkAnnotationWriter::~BulkAnnotationWriter() = default;

void BulkAnnotationWriter::begin()
{
    m_tx = std::make_unique<Transaction>(m_connection.db());
    m_nowText = Connection::now();
    m_now = m_nowText.toUtf8();
    m_firstId = 0;
    m_inBatch = 0;
    // The batch holds the write lock from here on, so nobody else can take these ids.
    Statement maxId = m_connection.db().prepare("SELECT coalesce(max(id), 0) FROM annotations");
    maxId.step();
    m_nextId = maxId.int64(0) + 1;
}

BulkAnnotationWriter::Text BulkAnnotationWriter::append(const QByteArray &utf8)
{
    const Text text { m_text.size(), utf8.size() };
    m_text.append(utf8);
    return text;
}

BulkAnnotationWriter::Text BulkAnnotationWriter::append(const QString &value)
{
    // Time-stamps and references are ASCII: write them straight into the buffer.
    const qsizetype at = m_text.size();
    m_text.resize(at + value.size());
    char *out = m_text.data() + at;
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) {
            m_text.resize(at);
            return append(value.toUtf8());
        }
        *out++ = char(c.unicode());
    }
    return { at, value.size() };
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
    Text sourceRef;
    if (!a.sourceRef.isEmpty()) {
        if (a.sourceRef != m_lastSourceRefText) {
            m_lastSourceRefText = a.sourceRef;
            m_lastSourceRef = a.sourceRef.toUtf8();
        }
        sourceRef = append(m_lastSourceRef);
    }
    const Text kind = append(m_lastKind);
    const qsizetype geometryAt = m_text.size();
    json::appendCompact(m_text, a.geometry);
    const Text geometry { geometryAt, m_text.size() - geometryAt };
    if (a.attributes != m_lastAttributes) {
        m_lastAttributes = a.attributes;
        m_lastAttributesJson = json::compact(a.attributes);
    }
    const Text attributes = append(m_lastAttributesJson);
    const Text created = a.created.isEmpty() ? Text { Text::Now } : append(a.created);
    const Text modified = a.modified.isEmpty() ? Text { Text::Now } : append(a.modified);
    const annotationrow::IntExtent e = annotationrow::intExtent(a.extent);
    m_rows.push_back(Row { a.id, a.assetId, a.classId, kind, geometry, attributes, annotationrow::sourceKey(a.source),
        sourceRef, a.confidence, annotationrow::stateKey(a.state), a.author, a.revision, a.zOrder, a.flags, created,
        modified, e.x0, e.x1, e.y0, e.y1 });
    if (a.created.isEmpty())
        a.created = m_nowText;
    if (a.modified.isEmpty())
        a.modified = a.created;
    if (!m_firstId)
        m_firstId = a.id;
    m_lastId = a.id;
    if (a.assetId != m_lastAsset) {
        m_assets.insert(a.assetId);
        m_lastAsset = a.assetId;
    }
    ++m_written;
    if (int(m_rows.size()) == RowsPerStatement)
        flush();
    if (++m_inBatch >= m_batchSize)
        commit();
    return a.id;
}

void BulkAnnotationWriter::bindText(Statement &statement, int index, const Text &text) const
{
    if (text.at == Text::Null)
        sqlite3_bind_null(statement.handle(), index);
    else if (text.at == Text::Now)
        sqlite3_bind_text(statement.handle(), index, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    else
        sqlite3_bind_text(statement.handle(), index, m_text.constData() + text.at, int(text.size), SQLITE_STATIC);
}

void BulkAnnotationWriter::bindRow(Statement &insert, Statement &extent, int slot, const Row &row)
{
    sqlite3_stmt *s = insert.handle();
    const int p = slot * ColumnsPerRow;
    sqlite3_bind_int64(s, p + 1, row.id);
    sqlite3_bind_int64(s, p + 2, row.assetId);
    bindOptional(s, p + 3, row.classId);
    bindText(insert, p + 4, row.kind);
    bindText(insert, p + 5, row.geometry);
    bindText(insert, p + 6, row.attributes);
    sqlite3_bind_text(s, p + 7, row.source, -1, SQLITE_STATIC);
    bindText(insert, p + 8, row.sourceRef);
    if (row.confidence)
        sqlite3_bind_double(s, p + 9, *row.confidence);
    else
        sqlite3_bind_null(s, p + 9);
    sqlite3_bind_text(s, p + 10, row.state, -1, SQLITE_STATIC);
    bindOptional(s, p + 11, row.author);
    sqlite3_bind_int64(s, p + 12, row.revision);
    sqlite3_bind_int64(s, p + 13, row.zOrder);
    sqlite3_bind_int64(s, p + 14, row.flags);
    bindText(insert, p + 15, row.created);
    bindText(insert, p + 16, row.modified);
    sqlite3_stmt *x = extent.handle();
    const int q = slot * ExtentColumns;
    sqlite3_bind_int64(x, q + 1, row.id);
    sqlite3_bind_int64(x, q + 2, row.assetId);
    sqlite3_bind_int64(x, q + 3, row.x0);
    sqlite3_bind_int64(x, q + 4, row.x1);
    sqlite3_bind_int64(x, q + 5, row.y0);
    sqlite3_bind_int64(x, q + 6, row.y1);
}

void BulkAnnotationWriter::flush()
{
    if (int(m_rows.size()) == RowsPerStatement) {
        for (int i = 0; i < RowsPerStatement; ++i)
            bindRow(m_insertMany, m_extentMany, i, m_rows[size_t(i)]);
        runKeepingBindings(m_insertMany);
        runKeepingBindings(m_extentMany);
    } else {
        for (const Row &row : m_rows) {
            bindRow(m_insertOne, m_extentOne, 0, row);
            runKeepingBindings(m_insertOne);
            runKeepingBindings(m_extentOne);
        }
    }
    m_rows.clear();
    m_text.resize(0); // keeps the capacity
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
    m_lastAsset.reset();
}

} // namespace rwb::project
