#pragma once

#include <QString>

#include <stdexcept>

namespace rwb::project {

/// Error raised by the project store. The message names the file and the problem and is
/// meant to be shown to the user as it is.
class StoreError : public std::runtime_error
{
public:
    enum class Code {
        Generic,
        NotFound, ///< the file or record does not exist
        NotSqlite, ///< the file is not an SQLite database
        NotProject, ///< an SQLite database, but not a Resonance project
        NewerSchema, ///< written by a newer Resonance Workbench
        Damaged, ///< the database is corrupt
        ReadOnly, ///< the file or its folder cannot be written
        Busy, ///< locked by another program
        DiskFull,
        Constraint, ///< the edit breaks a rule of the schema (duplicate name, class in use, …)
        InvalidArgument,
    };

    StoreError(Code code, const QString &message);

    Code code() const { return m_code; }
    QString message() const { return m_message; }

private:
    Code m_code;
    QString m_message;
};

} // namespace rwb::project
