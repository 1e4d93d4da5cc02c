#pragma once

#include "database.h"

#include <QString>

#include <optional>

namespace rwb::project {

class ProjectSignals;

/// What a store needs to write: one SQLite connection (of this thread), the user the edits
/// are attributed to, and where to announce changes. The GUI thread uses the project's own
/// connection; every job opens its own with Project::openConnection().
class Connection
{
public:
    Connection(Database db, std::optional<qint64> userId, ProjectSignals *notifier);

    Database &db() { return m_db; }
    std::optional<qint64> userId() const { return m_userId; }
    void setUserId(std::optional<qint64> id) { m_userId = id; }
    /// May be null (tests, CLI).
    ProjectSignals *notifier() const { return m_notifier; }
    void setNotifier(ProjectSignals *notifier) { m_notifier = notifier; }

    /// UTC time stamp as stored in the project (ISO-8601 with milliseconds).
    static QString now();

private:
    Database m_db;
    std::optional<qint64> m_userId;
    ProjectSignals *m_notifier;
};

} // namespace rwb::project
