#pragma once

#include "annotation.h"
#include "statement.h"

#include <QSet>

#include <memory>

namespace rwb::project {

class Connection;
class Transaction;

/// Fast path for jobs that write many annotations (model runs, imports, rules): prepared
/// statements reused, one transaction per batch, one audit entry per batch (the id range),
/// not one per row. Call finish() at the end; a writer destroyed without finish() rolls
/// back the batch in flight and keeps the batches already committed.
class BulkAnnotationWriter
{
public:
    explicit BulkAnnotationWriter(Connection &connection, int batchSize = 20000);
    ~BulkAnnotationWriter();

    /// Queues \a a; sets its id.
    qint64 add(Annotation &a);
    /// Commits the batch in flight.
    void commit();
    void finish() { commit(); }
    qint64 written() const { return m_written; }

private:
    void begin();
    Connection &m_connection;
    int m_batchSize;
    int m_inBatch = 0;
    qint64 m_written = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    QString m_now;
    Statement m_insert;
    Statement m_extent;
    std::unique_ptr<Transaction> m_tx;
    QSet<qint64> m_assets;
};

} // namespace rwb::project
