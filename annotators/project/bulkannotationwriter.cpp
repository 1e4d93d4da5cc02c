#include "bulkannotationwriter.h"

#include "annotationrow.h"
#include "auditlog.h"
#include "connection.h"
#include "projectsignals.h"

#include <QJsonArray>

namespace rwb::project {

BulkAnnotationWriter::BulkAnnotationWriter(Connection &connection, int batchSize)
    : m_connection(connection)
    , m_batchSize(qMax(1, batchSize))
    , m_insert(connection.db().prepare(annotationrow::Insert))
    , m_extent(connection.db().prepare(annotationrow::InsertExtent))
{ }

BulkAnnotationWriter::~BulkAnnotationWriter() = default;

void BulkAnnotationWriter::begin()
{
    m_tx = std::make_unique<Transaction>(m_connection.db());
    m_now = Connection::now();
    m_firstId = 0;
    m_inBatch = 0;
}

qint64 BulkAnnotationWriter::add(Annotation &a)
{
    if (!m_tx)
        begin();
    if (a.created.isEmpty())
        a.created = m_now;
    if (a.modified.isEmpty())
        a.modified = m_now;
    if (!a.author)
        a.author = m_connection.userId();
    annotationrow::bind(m_insert, a);
    m_insert.run();
    a.id = m_connection.db().lastInsertId();
    annotationrow::bindExtent(m_extent, a.id, a);
    m_extent.run();
    if (!m_firstId)
        m_firstId = a.id;
    m_lastId = a.id;
    m_assets.insert(a.assetId);
    ++m_written;
    if (++m_inBatch >= m_batchSize)
        commit();
    return a.id;
}

void BulkAnnotationWriter::commit()
{
    if (!m_tx)
        return;
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
