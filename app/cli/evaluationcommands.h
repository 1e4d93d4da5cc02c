#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include "evaluation/evaluationjob.h"

#include <memory>

namespace rwb::cli {

/// `resonance-cli evaluate | diagnose | queue | agreement`: model evaluation, dataset
/// diagnostics, targeted-labeling queues and annotator agreement from scripts. Kept apart from
/// Cli like KgCommands; Cli::run() hands these commands over.
class EvaluationCommands
{
    Q_DECLARE_TR_FUNCTIONS(rwb::cli::EvaluationCommands)
public:
    EvaluationCommands(const QString &command, const QStringList &args, bool json, const QString &user);
    static bool handles(const QString &command);
    /// Returns the exit code; throws project::StoreError for Cli to report.
    int run();
    static QString help();

private:
    int evaluate(const QString &projectPath, QStringList args);
    int diagnose(const QString &projectPath, QStringList args);
    int queue(const QString &projectPath, QStringList args);
    int agreement(const QString &projectPath, QStringList args);
    /// Runs an EvaluationJob on this thread with a progress line; null (message printed) on failure.
    std::shared_ptr<const evaluation::EvaluationJob::Result> runJob(
        const project::Project &project, const evaluation::EvaluationJob::Request &request) const;
    int usage(const QString &problem) const;

    QString m_command;
    QStringList m_args;
    bool m_json;
    QString m_user;
};

} // namespace rwb::cli
