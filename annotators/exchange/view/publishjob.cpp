#include "publishjob.h"

#include "exchange/publishedversion.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/storeerror.h"

namespace rwb::exchange {

using namespace rwb::project;

PublishJob::PublishJob(const QString &projectPath, const QString &package, const QString &target,
    std::optional<qint64> userId, QObject *parent)
    : Job(tr("Publish %1 to %2").arg(package, target), parent)
    , m_projectPath(projectPath)
    , m_package(package)
    , m_target(target)
    , m_userId(userId)
{ }

void PublishJob::run()
{
    setStatusText(tr("Publishing…"));
    m_result = Publisher::publish(m_package, m_target);
    if (!m_result.error.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, m_result.error);
    Database db;
    db.open(m_projectPath, Database::Mode::ReadWrite);
    db.configureForWriting();
    Connection connection(std::move(db), m_userId, nullptr);
    PublishedVersion v { 0, m_result.name, m_result.version, m_target, m_result.location, m_result.manifestSha256, {},
        m_userId };
    PublishedVersion::record(connection, v);
    setStatusText(tr("Version %1 of %2 published").arg(m_result.version).arg(m_result.name));
}

} // namespace rwb::exchange
