#pragma once

#include "exchange/publisher.h"

#include "project/jobs/job.h"

#include <optional>

namespace rwb::exchange {

/// Publishes a package (Publisher) off the GUI thread and records the version in the project's
/// published versions. A refusal (version already published, remote refused, damaged package)
/// fails the job with the Publisher's message; nothing is recorded then.
class PublishJob : public project::Job
{
    Q_OBJECT
public:
    PublishJob(const QString &projectPath, const QString &package, const QString &target,
        std::optional<qint64> userId = std::nullopt, QObject *parent = nullptr);

    Publisher::Result result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_projectPath;
    QString m_package;
    QString m_target;
    std::optional<qint64> m_userId;
    Publisher::Result m_result;
};

} // namespace rwb::exchange
