#pragma once

#include "job.h"

#include <QStringList>

namespace rwb::project {

class Project;

/// Imports files into a project: expands folders (recursively) and glob patterns, hashes
/// each file (SHA-256), skips files whose content is already in the project, reads each
/// file's header with the registered AssetProbe, and inserts the assets in batches on its
/// own connection. Unreadable or unknown files are listed as errors; the rest is imported.
class ImportJob : public Job
{
    Q_OBJECT
public:
    struct Duplicate
    {
        QString file;
        QString existingUri; ///< the asset with the same content
    };

    ImportJob(const Project &project, const QStringList &inputs, QObject *parent = nullptr);

    qint64 importedCount() const { return m_imported; }
    QList<Duplicate> duplicates() const { return m_duplicates; }
    QList<qint64> importedIds() const { return m_importedIds; }

    /// The files \a inputs name: files as given, folders walked recursively (files with a
    /// registered suffix only), globs ('*', '?', '[') expanded. Sorted, without repeats.
    static QStringList expandInputs(const QStringList &inputs, QList<JobError> *errors = nullptr);
    /// SHA-256 of a file in lower-case hex; empty with \a error set on failure.
    static QString sha256(const QString &path, QString *error = nullptr);

signals:
    /// A batch of \a count assets is in the project (emitted on the job's thread), so that
    /// views can show them while a long import goes on.
    void batchCommitted(int count);

protected:
    void run() override;

private:
    QString m_projectPath;
    std::optional<qint64> m_userId;
    QStringList m_inputs;
    qint64 m_imported = 0;
    QList<Duplicate> m_duplicates;
    QList<qint64> m_importedIds;
};

} // namespace rwb::project
