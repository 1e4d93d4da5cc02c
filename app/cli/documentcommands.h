#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace rwb::project {
class Job;
}

namespace rwb::cli {

/// `resonance-cli doc export|import|ocr|preannotate …`: the document annotator's exchange
/// formats (JSONL, CoNLL, brat), OCR of scanned pages and knowledge-driven pre-annotation from
/// scripts. Kept apart from Cli like KgCommands; Cli::run() hands over "doc".
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(rwb::cli::DocumentCommands)
public:
    DocumentCommands(const QStringList &args, bool json, const QString &user, std::atomic<project::Job *> &running);
    /// Returns the exit code; throws project::StoreError for Cli to report.
    int run();
    static QString help();

private:
    int exportDocuments(const QString &projectPath, QStringList args);
    int importDocuments(const QString &projectPath, QStringList args);
    int ocr(const QString &projectPath, QStringList args);
    int preannotate(const QString &projectPath, QStringList args);
    int usage(const QString &problem) const;

    QStringList m_args;
    bool m_json;
    QString m_user;
    std::atomic<project::Job *> &m_running;
};

} // namespace rwb::cli
