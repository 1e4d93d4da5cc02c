#include "preannotatecommand.h"

#include "exitcode.h"
#include "progressline.h"

#include "assist/dnnbackends.h"
#include "assist/preannotatejob.h"
#include "project/project.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rwb::cli {

using assist::PreannotateJob;

namespace {
void print(FILE *to, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), to);
    std::fflush(to);
}
} // namespace

PreannotateCommand::PreannotateCommand(
    const QStringList &args, bool json, const QString &user, std::atomic<project::Job *> &running)
    : m_args(args)
    , m_json(json)
    , m_user(user)
    , m_running(running)
{ }

QString PreannotateCommand::helpLine()
{
    return tr("  preannotate PROJECT.rwb --model M   run a model (manifest .json, .onnx, or a name in the project's\n"
              "                          models/ folder) over the images: proposals to review\n"
              "                          [--backend cpu|opencl|cuda|cuda/cuda_fp16|auto] [--threads N] [--batch N]\n"
              "                          [--rerun] [--status S] [--split S] [--uri TEXT] [--ids 1,2,3]\n");
}

int PreannotateCommand::run()
{
    QString project;
    PreannotateJob::Options options;
    auto fail = [this](const QString &problem) {
        print(stderr, tr("resonance-cli preannotate: %1").arg(problem));
        print(stderr, helpLine());
        return Usage;
    };
    for (int i = 0; i < m_args.size(); ++i) {
        const QString a = m_args[i];
        auto value = [&](QString *out) {
            if (i + 1 >= m_args.size())
                return false;
            *out = m_args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--rerun")) {
            options.rerun = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            if (!value(&v))
                return fail(tr("option %1 needs a value").arg(a));
            bool ok = true;
            if (a == QLatin1String("--model"))
                options.model = v;
            else if (a == QLatin1String("--backend"))
                options.backend = v;
            else if (a == QLatin1String("--threads"))
                options.threads = v.toInt(&ok);
            else if (a == QLatin1String("--batch"))
                options.batchSize = v.toInt(&ok);
            else if (a == QLatin1String("--uri"))
                options.filter.uriContains = v;
            else if (a == QLatin1String("--status")) {
                options.filter.status = project::assetStatusFromString(v);
                ok = options.filter.status.has_value();
            } else if (a == QLatin1String("--split")) {
                options.filter.split = project::splitFromString(v);
                ok = options.filter.split.has_value();
            } else if (a == QLatin1String("--ids")) {
                for (const QString &id : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    options.assetIds.append(id.trimmed().toLongLong(&ok));
                    if (!ok)
                        break;
                }
            } else
                return fail(tr("unknown option %1").arg(a));
            if (!ok || options.threads < 1 || options.threads > 64 || options.batchSize < 1)
                return fail(tr("bad value \"%1\" for %2").arg(v, a));
        } else if (project.isEmpty()) {
            project = a;
        } else {
            return fail(tr("unexpected argument \"%1\"").arg(a));
        }
    }
    if (project.isEmpty() || options.model.isEmpty())
        return fail(tr("needs a project and --model"));

    auto p = project::Project::open(project, m_user);
    // A bare name refers to the models that came with the project (the sample's models/ folder).
    if (!QFileInfo::exists(options.model)) {
        const QDir models(p->folder().absoluteFilePath(QStringLiteral("models")));
        for (const QString &candidate : { options.model + QStringLiteral(".json"), options.model }) {
            if (QFileInfo::exists(models.absoluteFilePath(candidate))) {
                options.model = models.absoluteFilePath(candidate);
                break;
            }
        }
    }

    PreannotateJob job(*p, options);
    ProgressLine progress(tr("Pre-annotating"), !m_json);
    QObject::connect(&job, &project::Job::progressChanged,
        [&](qint64 done, qint64 total) { progress.update(done, total, job.statusText()); });
    m_running.store(&job);
    const project::Job::State state = job.execute();
    m_running.store(nullptr);
    progress.finish();
    const PreannotateJob::Summary s = job.summary();
    if (state == project::Job::State::Failed) {
        print(stderr, job.failureMessage());
        return Failed;
    }
    if (!s.backendNote.isEmpty())
        print(stderr, s.backendNote);
    for (const project::JobError &e : job.errors())
        print(stderr, QStringLiteral("%1: %2").arg(e.subject, e.message));
    const double perImage = s.processed ? s.seconds / s.processed : 0;
    if (m_json) {
        const QJsonObject o { { QStringLiteral("model"), options.model }, { QStringLiteral("backend"), s.backend },
            { QStringLiteral("images"), s.assets }, { QStringLiteral("skipped"), s.skipped },
            { QStringLiteral("processed"), s.processed }, { QStringLiteral("proposals"), s.proposals },
            { QStringLiteral("duplicates"), s.duplicates }, { QStringLiteral("failed"), s.failed },
            { QStringLiteral("seconds"), s.seconds }, { QStringLiteral("forwardSeconds"), s.forwardSeconds },
            { QStringLiteral("cancelled"), state == project::Job::State::Cancelled } };
        print(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        print(stdout,
            tr("%1 images: %2 run, %3 already done by this model, %4 failed; %5 proposals (%6 left out as repeats of "
               "existing labels); %7 s (%8 ms per image) on %9")
                .arg(s.assets)
                .arg(s.processed)
                .arg(s.skipped)
                .arg(s.failed)
                .arg(s.proposals)
                .arg(s.duplicates)
                .arg(s.seconds, 0, 'f', 1)
                .arg(perImage * 1000, 0, 'f', 0)
                .arg(s.backend));
    }
    if (state == project::Job::State::Cancelled)
        return Cancelled;
    return s.failed > 0 ? Partial : Ok;
}

} // namespace rwb::cli
