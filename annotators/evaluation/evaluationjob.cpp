#include "evaluationjob.h"

#include "evaluationstore.h"

#include "project/connection.h"
#include "project/database.h"
#include "project/project.h"

#include <QCoreApplication>

namespace rwb::evaluation {

namespace {
QString jobTitle(const EvaluationJob::Request &r)
{
    if (!r.evaluation.modelId.isEmpty())
        return QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Evaluating model run %1")
            .arg(r.evaluation.modelId);
    if (r.diagnose)
        return QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Diagnosing the dataset");
    if (r.queue)
        return QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Building a labeling queue");
    return QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Comparing annotators");
}
} // namespace

EvaluationJob::EvaluationJob(const project::Project &project, Request request, QObject *parent)
    : Job(jobTitle(request), parent)
    , m_projectPath(project.path())
    , m_folder(project.folder().path())
    , m_userId(project.userId())
    , m_request(std::move(request))
{ }

std::shared_ptr<const EvaluationJob::Result> EvaluationJob::result() const
{
    return state() == State::Finished ? m_result : nullptr;
}

void EvaluationJob::run()
{
    project::Database db;
    db.open(m_projectPath, project::Database::Mode::ReadWrite);
    db.configureForWriting();
    project::Connection connection(std::move(db), m_userId, nullptr);
    EvaluationStore store(connection);

    auto r = std::make_shared<Result>();
    setStatusText(QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Reading the project"));
    r->data = DatasetSnapshot::load(connection);
    const bool evaluate = !m_request.evaluation.modelId.isEmpty();
    const bool needHashes
        = m_request.diagnose || (m_request.queue && m_request.queue->strategy == LabelingQueue::Strategy::Diversity);
    qint64 images = 0;
    if (needHashes) {
        for (const auto &a : r->data.assets)
            images += a.kind == project::AssetKind::Image ? 1 : 0;
    }
    // One unit per step, one per image to hash (cached ones are skipped at once).
    const qint64 steps = 1 + (evaluate ? 1 : 0) + (m_request.diagnose ? 1 : 0) + (m_request.queue ? 1 : 0)
        + (m_request.agreement ? 1 : 0);
    setTotal(steps + images);
    advance();
    if (isCancelRequested())
        return;

    if (evaluate) {
        setStatusText(
            QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Matching predictions to ground truth"));
        r->evaluation = ModelEvaluation::run(r->data, m_request.evaluation);
        advance();
        if (isCancelRequested())
            return;
    }

    QHash<qint64, quint64> hashes;
    if (needHashes) {
        setStatusText(QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Hashing images"));
        const qint64 base = done();
        hashes = store.hashImages(r->data, m_folder, &r->unreadable, [&](qint64 n, qint64 total) {
            setDone(base + (images - total) + n);
            return !isCancelRequested();
        });
        setDone(base + images);
        if (isCancelRequested())
            return;
    }

    if (m_request.diagnose) {
        setStatusText(QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Computing diagnostics"));
        DatasetDiagnostics::Options o;
        o.hashes = hashes;
        o.duplicateDistance = m_request.duplicateDistance;
        o.evaluation = r->evaluation ? &*r->evaluation : nullptr;
        o.loadKnowledge(connection);
        r->diagnostics = DatasetDiagnostics::compute(r->data, o);
        for (const QString &path : std::as_const(r->unreadable))
            r->diagnostics->problems.append(
                QCoreApplication::translate("rwb::evaluation::EvaluationJob", "%1: cannot be read, not hashed")
                    .arg(path));
        advance();
        if (isCancelRequested())
            return;
    }

    if (m_request.agreement) {
        r->agreement = AnnotatorAgreement::compare(r->data, m_request.agreement->first, m_request.agreement->second);
        advance();
        if (isCancelRequested())
            return;
    }

    std::optional<LabelingQueue::Options> queue = m_request.queue;
    if (queue) {
        setStatusText(QCoreApplication::translate("rwb::evaluation::EvaluationJob", "Ranking assets"));
        if (queue->modelId.isEmpty())
            queue->modelId = m_request.evaluation.modelId;
        queue->evaluation = r->evaluation ? &*r->evaluation : nullptr;
        queue->hashes = hashes;
        if (queue->strategy == LabelingQueue::Strategy::Weakness) {
            DatasetDiagnostics::Options k;
            k.loadKnowledge(connection);
            for (const auto &e : std::as_const(k.evidence)) {
                if (e.nodeId)
                    ++queue->evidencePerNode[*e.nodeId];
            }
        }
        r->queue = LabelingQueue::rank(r->data, *queue);
        advance();
        if (isCancelRequested())
            return;
    }

    // Writes last, so that a cancel before this point leaves the project as it was.
    if (queue) {
        const QString name = m_request.queueName.isEmpty()
            ? QStringLiteral("%1 %2").arg(LabelingQueue::toString(queue->strategy), project::Connection::now())
            : m_request.queueName;
        r->queueId = store.saveQueue(name, queue->strategy, queue->modelId, r->queue);
    }
    if (m_request.save && r->evaluation)
        store.saveResult(QStringLiteral("evaluation"), m_request.evaluation.modelId,
            { { QStringLiteral("iou"), m_request.evaluation.iou },
                { QStringLiteral("score"), m_request.evaluation.scoreThreshold } },
            r->evaluation->toJson());
    if (m_request.save && r->diagnostics)
        store.saveResult(QStringLiteral("diagnostics"), m_request.evaluation.modelId, {}, r->diagnostics->toJson());
    m_result = std::move(r);
}

} // namespace rwb::evaluation
