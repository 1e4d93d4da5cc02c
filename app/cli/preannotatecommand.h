#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace rwb::project {
class Job;
}

namespace rwb::cli {

/// `resonance-cli preannotate PROJECT.rwb --model M [--backend B] [--threads N] [--rerun]
/// [--status S] [--split S] [--uri TEXT] [--batch N]`: runs a model over the project's images
/// as a PreannotateJob with a progress line, then prints a summary (or JSON).
class PreannotateCommand
{
    Q_DECLARE_TR_FUNCTIONS(rwb::cli::PreannotateCommand)
public:
    PreannotateCommand(const QStringList &args, bool json, const QString &user, std::atomic<project::Job *> &running);
    /// Exit code (exitcode.h); throws project::StoreError for a refused project.
    int run();
    static QString helpLine();

private:
    QStringList m_args;
    bool m_json;
    QString m_user;
    std::atomic<project::Job *> &m_running;
};

} // namespace rwb::cli
