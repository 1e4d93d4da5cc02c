#include "connection.h"

#include <QDateTime>

namespace rwb::project {

Connection::Connection(Database db, std::optional<qint64> userId, ProjectSignals *notifier)
    : m_db(std::move(db))
    , m_userId(userId)
    , m_notifier(notifier)
{ }

QString Connection::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace rwb::project
