#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace rwb::project {

class Statement;

/// One SQLite connection. Not shared between threads: every thread opens its own
/// (ARCHITECTURE.md, "Jobs"). This is the only place that knows SQLite pragmas; a second
/// backend would replace this class and the SQLite-only parts of the migrations.
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    /// Opens \a path. Throws StoreError with a user-facing message on failure.
    void open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Runs one or more statements without results.
    void exec(const QString &sql);
    void exec(const char *sql);
    Statement prepare(const char *sql);
    Statement prepare(const QString &sql);

    qint64 lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

    /// Applies the connection settings used by every read-write connection
    /// (WAL, foreign keys, busy timeout, cache size).
    void configureForWriting();
    void configureForReading();

    /// Throws a StoreError for SQLite result code \a rc, naming the file.
    [[noreturn]] void raise(int rc, const QString &context = {}) const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/// Scoped transaction: commits on commit(), rolls back when left without committing.
/// Nests as a savepoint inside an open transaction.
class Transaction
{
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace rwb::project
