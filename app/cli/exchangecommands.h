#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rwb::project {
class Job;
}

namespace rwb::cli {

/// `resonance-cli export | import-dataset | publish`: datasets from scripts. Kept apart from
/// Cli so the exchange commands live in one file; Cli::run() hands these commands over.
class ExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(rwb::cli::ExchangeCommands)
public:
    ExchangeCommands(const QString &command, const QStringList &args, bool json, const QString &user);
    /// True for the commands handled here.
    static bool handles(const QString &command);
    /// Returns the exit code; throws project::StoreError for Cli to report.
    int run();
    static QString help();

private:
    int exportDataset();
    int importDataset();
    int publish();
    int finishJob(project::Job &job, const QString &label);
    int usage(const QString &problem) const;

    QString m_command;
    QStringList m_args;
    bool m_json;
    QString m_user;
};

} // namespace rwb::cli
