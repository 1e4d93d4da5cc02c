#include "database.h"

#include "statement.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace rwb::project {

namespace {

StoreError::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::Code::NotSqlite;
    case SQLITE_CORRUPT:
        return StoreError::Code::Damaged;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::Code::ReadOnly;
    case SQLITE_CANTOPEN:
        return StoreError::Code::NotFound;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Code::Busy;
    case SQLITE_FULL:
        return StoreError::Code::DiskFull;
    case SQLITE_CONSTRAINT:
        return StoreError::Code::Constraint;
    default:
        return StoreError::Code::Generic;
    }
}

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::open(const QString &path, Mode mode)
{
    // Memory statistics take a global mutex on every allocation; nothing here reads them.
    // Only possible before SQLite initialises, hence once, before the first open.
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
    close();
    m_path = path;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw StoreError(
            codeFor(rc), QCoreApplication::translate("rwb::project::Database", "Cannot open %1: %2").arg(path, detail));
    }
    m_db = db;
    sqlite3_busy_timeout(m_db, 5000);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::configureForReading()
{
    exec("PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
}

void Database::configureForWriting()
{
    // WAL: readers never block the writer, and a crash loses at most the edit in flight.
    // synchronous=NORMAL is durable across application crashes in WAL mode; a power cut can
    // lose the last transactions but never corrupts the file.
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    configureForReading();
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw StoreError(codeFor(sqlite3_extended_errcode(m_db)),
            QCoreApplication::translate("rwb::project::Database", "%1: %2").arg(m_path, detail));
    }
}

void Database::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, QString::fromUtf8(sql).left(80));
    return Statement(this, stmt);
}

Statement Database::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

void Database::raise(int rc, const QString &context) const
{
    QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    if ((rc & 0xff) == SQLITE_FULL)
        detail = QCoreApplication::translate("rwb::project::Database", "the disk is full (%1)").arg(detail);
    else if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        detail = QCoreApplication::translate("rwb::project::Database", "the file is damaged (%1)").arg(detail);
    const QString msg = context.isEmpty()
        ? QCoreApplication::translate("rwb::project::Database", "%1: %2").arg(m_path, detail)
        : QCoreApplication::translate("rwb::project::Database", "%1: %2 [%3]").arg(m_path, detail, context);
    throw StoreError(codeFor(rc), msg);
}

Transaction::Transaction(Database &db, bool immediate)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    // Inside an outer transaction, a savepoint lets this unit roll back alone.
    m_db.exec(m_nested ? "SAVEPOINT rwb_nested" : (immediate ? "BEGIN IMMEDIATE" : "BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction()) {
        try {
            m_db.exec(m_nested ? "ROLLBACK TO rwb_nested; RELEASE rwb_nested" : "ROLLBACK");
        } catch (const StoreError &) {
            // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE rwb_nested" : "COMMIT");
    m_done = true;
}

} // namespace rwb::project
