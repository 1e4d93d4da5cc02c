#include "evaluationcommands.h"

#include "terminal.h"

#include "exitcode.h"
#include "progressline.h"

#include "evaluation/annotatoragreement.h"
#include "evaluation/datasetdiagnostics.h"
#include "evaluation/datasetsnapshot.h"
#include "evaluation/evaluationjob.h"
#include "evaluation/evaluationstore.h"
#include "evaluation/labelingqueue.h"
#include "evaluation/modelevaluation.h"
#include "knowledge/graphstore.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/project.h"
#include "project/statement.h"
#include "project/userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rwb::cli {

using namespace rwb::evaluation;
using project::Statement;

namespace {
bool number(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}
} // namespace

EvaluationCommands::EvaluationCommands(const QString &command, const QStringList &args, bool json, const QString &user)
    : m_command(command)
    , m_args(args)
    , m_json(json)
    , m_user(user)
{ }

bool EvaluationCommands::handles(const QString &command)
{
    return command == QLatin1String("evaluate") || command == QLatin1String("diagnose")
        || command == QLatin1String("queue") || command == QLatin1String("agreement");
}

QString EvaluationCommands::help()
{
    return tr("Evaluation commands:\n"
              "  evaluate PROJECT.rwb --model ID [--iou 0.5] [--score 0.5] [--iou-type bbox|segm] [--save]\n"
              "                          the run's proposals against accepted labels (COCO AP, P/R/F1)\n"
              "  diagnose PROJECT.rwb [--model ID] [--distance 4] [--save]\n"
              "                          class balance, sizes, duplicates and split leaks, label errors, coverage\n"
              "  queue PROJECT.rwb --strategy least-confidence|margin|entropy|weakness|diversity\n"
              "        [--model ID] [--limit 100] [--name NAME] [--assign USER]   store a labeling queue\n"
              "  agreement PROJECT.rwb USER_A USER_B       F1, Cohen's kappa, Krippendorff's alpha\n");
}

std::shared_ptr<const EvaluationJob::Result> EvaluationCommands::runJob(
    const project::Project &project, const EvaluationJob::Request &request) const
{
    EvaluationJob job(project, request);
    ProgressLine progress(job.title(), !m_json);
    QObject::connect(
        &job, &project::Job::progressChanged, &job, [&](qint64 done, qint64 total) { progress.update(done, total); });
    const project::Job::State state = job.execute();
    progress.finish();
    if (state != project::Job::State::Finished) {
        err(tr("%1: %2").arg(project.path(), job.failureMessage()));
        return nullptr;
    }
    return job.result();
}

int EvaluationCommands::usage(const QString &problem) const
{
    err(tr("resonance-cli %1: %2").arg(m_command, problem));
    err(help());
    return Usage;
}

int EvaluationCommands::run()
{
    if (m_args.isEmpty())
        return usage(tr("a project is needed"));
    const QString projectPath = m_args.first();
    const QStringList rest = m_args.mid(1);
    if (m_command == QLatin1String("evaluate"))
        return evaluate(projectPath, rest);
    if (m_command == QLatin1String("diagnose"))
        return diagnose(projectPath, rest);
    if (m_command == QLatin1String("queue"))
        return queue(projectPath, rest);
    return agreement(projectPath, rest);
}

int EvaluationCommands::evaluate(const QString &projectPath, QStringList args)
{
    ModelEvaluation::Options o;
    o.modelId = takeOption(args, QStringLiteral("--model"));
    const QString iou = takeOption(args, QStringLiteral("--iou"));
    const QString score = takeOption(args, QStringLiteral("--score"));
    const QString type = takeOption(args, QStringLiteral("--iou-type"));
    const bool save = !takeOption(args, QStringLiteral("--save"), true).isEmpty();
    if (o.modelId.isEmpty())
        return usage(tr("--model ID is needed"));
    if (!iou.isEmpty() && (!number(iou, &o.iou) || o.iou <= 0 || o.iou > 1))
        return usage(tr("--iou must be a number in (0, 1]"));
    if (!score.isEmpty() && (!number(score, &o.scoreThreshold) || o.scoreThreshold < 0 || o.scoreThreshold > 1))
        return usage(tr("--score must be a number in [0, 1]"));
    if (type == QLatin1String("segm"))
        o.iouType = CocoEvaluator::IouType::Segm;
    else if (!type.isEmpty() && type != QLatin1String("bbox"))
        return usage(tr("--iou-type is bbox or segm"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    auto p = project::Project::open(projectPath, m_user);
    EvaluationJob::Request request;
    request.evaluation = o;
    request.save = save;
    const auto result = runJob(*p, request);
    if (!result)
        return Failed;
    const DatasetSnapshot &data = result->data;
    if (!data.modelRuns().contains(o.modelId)) {
        QStringList runs = data.modelRuns().keys();
        runs.sort();
        err(tr("%1: no annotations of model run \"%2\" (runs in the project: %3)")
                .arg(projectPath, o.modelId, runs.isEmpty() ? tr("none") : runs.join(QStringLiteral(", "))));
        return NotFound;
    }
    const ModelEvaluation &ev = *result->evaluation;
    if (m_json)
        printJson(ev.toJson());
    else
        std::fputs(ev.toText().toLocal8Bit().constData(), stdout);
    const bool nothing = !ev.detection && !ev.tags && !ev.seriesEvents && !ev.spansExact;
    if (nothing)
        err(tr("%1: nothing to evaluate: %2").arg(projectPath, ev.problems.join(QLatin1Char(' '))));
    return nothing ? Failed : Ok;
}

int EvaluationCommands::diagnose(const QString &projectPath, QStringList args)
{
    const QString model = takeOption(args, QStringLiteral("--model"));
    const QString distance = takeOption(args, QStringLiteral("--distance"));
    const bool save = !takeOption(args, QStringLiteral("--save"), true).isEmpty();
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    DatasetDiagnostics::Options o; // only its duplicate distance: the job fills in the rest
    if (!distance.isEmpty()) {
        bool ok = false;
        o.duplicateDistance = distance.toInt(&ok);
        if (!ok || o.duplicateDistance < 0 || o.duplicateDistance > 64)
            return usage(tr("--distance must be a number of bits, 0 to 64"));
    }
    auto p = project::Project::open(projectPath, m_user);
    EvaluationJob::Request request;
    request.evaluation.modelId = model;
    request.diagnose = true;
    request.duplicateDistance = o.duplicateDistance;
    request.save = save;
    const auto result = runJob(*p, request);
    if (!result)
        return Failed;
    const DatasetDiagnostics &d = *result->diagnostics;
    const QStringList &unreadable = result->unreadable;
    if (m_json)
        printJson(d.toJson());
    else
        std::fputs(d.toText().toLocal8Bit().constData(), stdout);
    return unreadable.isEmpty() ? Ok : Partial;
}

int EvaluationCommands::queue(const QString &projectPath, QStringList args)
{
    const QString strategyText = takeOption(args, QStringLiteral("--strategy"));
    const QString model = takeOption(args, QStringLiteral("--model"));
    const QString limit = takeOption(args, QStringLiteral("--limit"));
    const QString assign = takeOption(args, QStringLiteral("--assign"));
    QString name = takeOption(args, QStringLiteral("--name"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    const auto strategy
        = LabelingQueue::strategyFromString(strategyText.isEmpty() ? QStringLiteral("least-confidence") : strategyText);
    if (!strategy)
        return usage(tr("unknown strategy \"%1\"").arg(strategyText));
    LabelingQueue::Options o;
    o.strategy = *strategy;
    o.modelId = model;
    if (!limit.isEmpty()) {
        bool ok = false;
        o.limit = limit.toInt(&ok);
        if (!ok || o.limit <= 0)
            return usage(tr("--limit must be a positive number"));
    }
    auto p = project::Project::open(projectPath, m_user);
    std::optional<qint64> assignee;
    if (!assign.isEmpty()) {
        Statement s = p->connection().db().prepare("SELECT id FROM users WHERE name = ?1");
        s.bind(1, assign);
        if (!s.step()) {
            err(tr("%1: no user \"%2\"").arg(projectPath, assign));
            return NotFound;
        }
        assignee = s.int64(0);
    }
    if (o.strategy == LabelingQueue::Strategy::Weakness && model.isEmpty())
        return usage(tr("the weakness strategy needs --model ID (its AP and recall per class)"));
    EvaluationJob::Request request;
    request.evaluation.modelId = model;
    if (o.strategy != LabelingQueue::Strategy::Weakness)
        request.evaluation.modelId.clear(); // only the weakness strategy needs the evaluation
    request.queue = o;
    request.queueName = name;
    auto result = runJob(*p, request);
    if (!result)
        return Failed;
    const DatasetSnapshot &data = result->data;
    const QList<LabelingQueue::Entry> &entries = result->queue;
    const qint64 id = *result->queueId;
    EvaluationStore store(p->connection());
    if (name.isEmpty())
        name = store.queue(id)->name;
    int assigned = 0;
    if (assignee)
        assigned = store.assign(id, *assignee);
    if (m_json) {
        QJsonArray items;
        int rank = 0;
        for (const auto &e : entries) {
            const project::Asset *a = data.asset(e.assetId);
            items.append(QJsonObject { { QStringLiteral("rank"), ++rank }, { QStringLiteral("asset"), e.assetId },
                { QStringLiteral("uri"), a ? a->uri : QString() }, { QStringLiteral("score"), e.score },
                { QStringLiteral("reason"), e.reason } });
        }
        printJson(QJsonObject { { QStringLiteral("queue"), id }, { QStringLiteral("name"), name },
            { QStringLiteral("strategy"), LabelingQueue::toString(o.strategy) },
            { QStringLiteral("assigned"), assigned }, { QStringLiteral("items"), items } });
    } else {
        out(tr("Queue %1 \"%2\": %n asset(s)", nullptr, int(entries.size())).arg(id).arg(name));
        int rank = 0;
        for (const auto &e : entries) {
            const project::Asset *a = data.asset(e.assetId);
            out(QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(++rank)
                    .arg(a ? a->uri : QString::number(e.assetId))
                    .arg(e.score, 0, 'f', 3)
                    .arg(e.reason));
        }
        if (assignee)
            out(tr("%n asset(s) assigned to %1", nullptr, assigned).arg(assign));
    }
    return Ok;
}

int EvaluationCommands::agreement(const QString &projectPath, QStringList args)
{
    if (args.size() != 2)
        return usage(tr("agreement needs two user names"));
    auto p = project::Project::open(projectPath, m_user);
    qint64 ids[2] = { 0, 0 };
    for (int i = 0; i < 2; ++i) {
        Statement s = p->connection().db().prepare("SELECT id FROM users WHERE name = ?1");
        s.bind(1, args[i]);
        if (!s.step()) {
            err(tr("%1: no user \"%2\"").arg(projectPath, args[i]));
            return NotFound;
        }
        ids[i] = s.int64(0);
    }
    const auto r = AnnotatorAgreement::compare(DatasetSnapshot::load(p->connection()), ids[0], ids[1]);
    if (m_json)
        printJson(r.toJson());
    else
        std::fputs(r.toText().toLocal8Bit().constData(), stdout);
    return Ok;
}

} // namespace rwb::cli
