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
    /// Text of a row queued for the next statement: a slice of m_text, the batch time-stamp or
    /// NULL. Slices are offsets because m_text may grow while rows are queued; they are turned
    /// into pointers (bound without a copy) only when the statement runs.
    struct Text
    {
        enum : qsizetype { Null = -1, Now = -2 };
        qsizetype at = Null;
        qsizetype size = 0;
    };
    /// One row, serialised when queued.
    struct Row
    {
        qint64 id;
        qint64 assetId;
        std::optional<qint64> classId;
        Text kind;
        Text geometry;
        Text attributes;
        const char *source;
        Text sourceRef;
        std::optional<double> confidence;
        const char *state;
        std::optional<qint64> author;
        qint64 revision;
        qint64 zOrder;
        qint64 flags;
        Text created;
        Text modified;
        qint64 x0, x1, y0, y1;
    };

    void begin();
    void flush();
    void bindRow(Statement &insert, Statement &extent, int slot, const Row &row);
    void bindText(Statement &statement, int index, const Text &text) const;
    Text append(const QByteArray &utf8);
    Text append(const QString &text);

    Connection &m_connection;
    int m_batchSize;
    int m_inBatch = 0;
    qint64 m_written = 0;
    qint64 m_nextId = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    QByteArray m_now;
    QString m_nowText;
    QString m_lastKindText;
    QByteArray m_lastKind;
    QString m_lastSourceRefText;
    /// Jobs usually give every row the same attributes: those are serialised once.
    QJsonObject m_lastAttributes;
    QByteArray m_lastAttributesJson = QByteArrayLiteral("{}");
    QByteArray m_lastSourceRef;
    /// The serialised text of the rows in m_rows (JSON, kinds, references, time-stamps), one
    /// buffer reused for every statement instead of several allocations per row.
    QByteArray m_text;
    Statement m_insertMany;
    Statement m_extentMany;
    Statement m_insertOne;
    Statement m_extentOne;
    std::vector<Row> m_rows;
    std::unique_ptr<Transaction> m_tx;
    QSet<qint64> m_assets;
    std::optional<qint64> m_lastAsset;
};

} // namespace rwb::project
