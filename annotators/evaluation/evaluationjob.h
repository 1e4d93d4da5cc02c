#pragma once

#include "annotatoragreement.h"
#include "datasetdiagnostics.h"
#include "datasetsnapshot.h"
#include "labelingqueue.h"
#include "modelevaluation.h"

#include "project/jobs/job.h"

#include <memory>
#include <optional>

namespace rwb::project {
class Project;
}

namespace rwb::evaluation {

/// Evaluation, diagnostics, agreement and queue building of one project as a cancellable job
/// (the GUI runs it on the JobManager, the CLI with execute()). It reads the project once on its
/// own connection, hashes images (progress per file, cached as it goes) only where diagnostics
/// or the diversity queue need them, and writes (stored results, the new queue) only at the end
/// and only when not cancelled, each in one transaction: a cancelled job leaves nothing half
/// written, just the hash cache filled a little further.
class EvaluationJob : public project::Job
{
    Q_OBJECT
public:
    struct Request
    {
        /// Evaluate this run (empty modelId: no evaluation).
        ModelEvaluation::Options evaluation;
        bool diagnose = false;
        int duplicateDistance = 4;
        /// Build and store a labeling queue with these options (modelId and evaluation are
        /// filled in by the job).
        std::optional<LabelingQueue::Options> queue;
        QString queueName;
        /// Compare these two users' annotations.
        std::optional<std::pair<qint64, qint64>> agreement;
        /// Store the evaluation and diagnostics results for the dataset card.
        bool save = false;
    };
    struct Result
    {
        DatasetSnapshot data;
        std::optional<ModelEvaluation> evaluation;
        std::optional<DatasetDiagnostics> diagnostics;
        std::optional<AnnotatorAgreement::Report> agreement;
        std::optional<qint64> queueId;
        QList<LabelingQueue::Entry> queue;
        QStringList unreadable; ///< image files that could not be hashed
    };

    EvaluationJob(const project::Project &project, Request request, QObject *parent = nullptr);

    const Request &request() const { return m_request; }
    /// The outcome once the job has finished (null before, and after a cancel or failure).
    std::shared_ptr<const Result> result() const;

protected:
    void run() override;

private:
    QString m_projectPath;
    QString m_folder;
    std::optional<qint64> m_userId;
    Request m_request;
    std::shared_ptr<const Result> m_result;
};

} // namespace rwb::evaluation
