#pragma once

#include "project/jobs/job.h"

#include <QList>
#include <QString>

#include <optional>

namespace rwb::project {
class KnowledgeLinkProvider;
class LabelSchema;
class Project;
} // namespace rwb::project

namespace rwb::document {

/// Knowledge-driven pre-annotation: every name of every link target (labels and aliases, both
/// languages) and every user-supplied term is matched over all document assets in one pass
/// (Gazetteer) and proposed as a span (state proposed, source rule, source_ref "gazetteer")
/// with the target's class and link. A span that exists already with the same page, offsets and
/// class is not proposed again, so running it twice adds nothing.
class PreAnnotationJob : public project::Job
{
    Q_OBJECT
public:
    struct Term
    {
        QString text;
        std::optional<qint64> classId;
        QString target; ///< knowledge link target, may be empty
        QString targetLabel;
    };

    /// The targets of \a provider are read here (on the calling thread).
    PreAnnotationJob(project::Project &project, const project::KnowledgeLinkProvider *provider,
        const QList<Term> &terms = {}, QObject *parent = nullptr);

    qint64 proposedCount() const { return m_proposed; }

    /// Reads a user's term list (UTF-8): one term a line, optionally a tab and the name of the
    /// label class its spans get; empty lines and lines starting with '#' are skipped. Nullopt
    /// with \a error naming the file (and line) when it cannot be read or names an unknown class.
    static std::optional<QList<Term>> readTerms(
        const QString &path, const project::LabelSchema &schema, QString *error);

protected:
    void run() override;

private:
    QString m_projectPath;
    std::optional<qint64> m_userId;
    QList<Term> m_terms;
    QList<std::pair<qint64, QString>> m_assets; ///< id, absolute path
    qint64 m_proposed = 0;
};

} // namespace rwb::document
