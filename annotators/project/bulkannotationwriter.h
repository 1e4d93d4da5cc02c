#pragma once

#include "annotation.h"
#include "statement.h"

#include <QByteArray>
#include <QSet>

#include <memory>
#include <vector>

namespace rwb::project {

class Connection;
class Transaction;

/// Fast path for jobs that write many annotations (model runs, imports, rules): one
/// transaction per batch, one audit entry per batch (the id range) rather than one per row,
/// rows inserted many to a statement with ids assigned by the writer (it holds the write lock
/// for the whole batch). Extents go to the pending table rather than the R*Tree (an R*Tree
/// insert costs more than the rest of the row); window queries already see them, and
/// SpatialIndexJob moves them into the R*Tree afterwards. Call finish() at the end; a writer
/// destroyed without finish() rolls back the batch in flight and keeps the batches already
/// committed.
class BulkAnnotationWriter
{
public:
    explicit BulkAnnotationWriter(Connection &connection, int batchSize = 20000);
    ~BulkAnnotationWriter();

    /// Queues \a a and sets its id (or keeps the id it has).
    qint64 add(Annotation &a);
    /// Commits the batch in flight.
    void commit();
    void finish() { commit(); }
    qint64 written() const { return m_written; }

private:
    /// One row, serialised when queued; the text stays alive until its statement has run
    /// because it is bound without a copy.
    struct Row
    {
        qint64 id;
        qint64 assetId;
        std::optional<qint64> classId;
        QByteArray kind;
        QByteArray geometry;
        QByteArray attributes;
        const char *source;
        QByteArray sourceRef;
        std::optional<double> confidence;
        const char *state;
        std::optional<qint64> author;
        qint64 revision;
        qint64 zOrder;
        qint64 flags;
        QByteArray created;
        QByteArray modified;
        qint64 x0, x1, y0, y1;
    };

    void begin();
    void flush();
    void bindRow(Statement &insert, Statement &extent, int slot, const Row &row);

    Connection &m_connection;
    int m_batchSize;
    int m_inBatch = 0;
    qint64 m_written = 0;
    qint64 m_nextId = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    QByteArray m_now;
    QString m_lastKindText;
    QByteArray m_lastKind;
    Statement m_insertMany;
    Statement m_extentMany;
    Statement m_insertOne;
    Statement m_extentOne;
    std::vector<Row> m_rows;
    std::unique_ptr<Transaction> m_tx;
    QSet<qint64> m_assets;
};

} // namespace rwb::project
