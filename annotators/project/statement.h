#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace rwb::project {

class Database;

/// A prepared statement. Bind indexes start at 1, column indexes at 0 (as in SQLite).
class Statement
{
public:
    Statement(Database *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &utf8Text);
    Statement &bind(int index, const char *utf8Text);
    /// Binds without copying: \a utf8Text must stay alive and unchanged until the statement
    /// is reset (bulk writers bind thousands of values per step).
    Statement &bindStatic(int index, const QByteArray &utf8Text);
    Statement &bindBlob(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bind(int index, const std::optional<qint64> &value);
    Statement &bind(int index, const std::optional<double> &value);
    /// Binds a null for a null/empty QString.
    Statement &bindOptional(int index, const QString &value);
    Statement &bind(int index, const QVariant &value);

    /// Steps once. Returns true while a row is available.
    bool step();
    /// Steps until done, for statements without results.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;
    QVariant value(int column) const;

    /// The SQLite statement, for writers that bind thousands of values per step through the
    /// C API directly.
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace rwb::project
