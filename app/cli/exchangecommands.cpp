#include "exchangecommands.h"

#include "terminal.h"

#include "exitcode.h"
#include "progressline.h"

#include "exchange/exportjob.h"
#include "exchange/imageformat.h"
#include "exchange/importdatasetjob.h"
#include "exchange/packagebuilder.h"
#include "exchange/publishedversion.h"
#include "exchange/publisher.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rwb::cli {

using namespace rwb::exchange;

ExchangeCommands::ExchangeCommands(const QString &command, const QStringList &args, bool json, const QString &user)
    : m_command(command)
    , m_args(args)
    , m_json(json)
    , m_user(user)
{ }

bool ExchangeCommands::handles(const QString &command)
{
    return command == QLatin1String("export") || command == QLatin1String("import-dataset")
        || command == QLatin1String("publish");
}

QString ExchangeCommands::help()
{
    return tr("\nDatasets:\n"
              "  export PROJECT --format coco|yolo|yolo-segment|yolo-obb|voc|labelme|cvat|masks|package OUT\n"
              "         [--status accepted,done] [--classes a,b] [--from DATE] [--to DATE] [--images link|copy|none]\n"
              "         package only: [--name N] [--version N] [--formats coco,yolo] [--split 0.8,0.1,0.1]\n"
              "         [--seed N] [--group sequence|folder|none] [--resplit] [--licence L] [--purpose TEXT]\n"
              "  import-dataset PROJECT --format coco|yolo|voc|labelme|cvat IN [--map from=to,…] [--no-new-classes]\n"
              "  publish PROJECT PACKAGE --to folder:PATH|git:URL\n");
}

int ExchangeCommands::usage(const QString &problem) const
{
    err(tr("resonance-cli: %1").arg(problem));
    err(help());
    return Usage;
}

int ExchangeCommands::run()
{
    if (m_command == QLatin1String("export"))
        return exportDataset();
    if (m_command == QLatin1String("import-dataset"))
        return importDataset();
    return publish();
}

int ExchangeCommands::finishJob(project::Job &job, const QString &label)
{
    ProgressLine progress(label, !m_json);
    QObject::connect(&job, &project::Job::progressChanged, &job,
        [&](qint64 done, qint64 total) { progress.update(done, total, job.statusText()); });
    const project::Job::State state = job.execute();
    progress.finish();
    for (const auto &e : job.errors())
        err(tr("  %1: %2").arg(e.subject, e.message));
    if (state == project::Job::State::Failed) {
        err(job.failureMessage());
        return Failed;
    }
    if (state == project::Job::State::Cancelled)
        return Cancelled;
    return Ok;
}

static std::optional<DatasetSelection> selectionFrom(QStringList &args, QString *problem)
{
    DatasetSelection s;
    QString statuses;
    for (qsizetype i = 0; i < args.size(); ++i)
        if (args[i] == QLatin1String("--status") && i + 1 < args.size()) {
            statuses = args[i + 1];
            args.remove(i, 2);
            break;
        }
    for (const QString &name : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = project::assetStatusFromString(name.trimmed());
        if (!status) {
            *problem = ExchangeCommands::tr("unknown status \"%1\"").arg(name);
            return std::nullopt;
        }
        s.statuses.append(*status);
    }
    auto value = [&](const char *option) {
        for (qsizetype i = 0; i < args.size(); ++i)
            if (args[i] == QLatin1String(option) && i + 1 < args.size()) {
                const QString v = args[i + 1];
                args.remove(i, 2);
                return v;
            }
        return QString();
    };
    s.classes = value("--classes").split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.from = value("--from");
    s.to = value("--to");
    return s;
}

int ExchangeCommands::exportDataset()
{
    QStringList args = m_args;
    const QString format = takeOption(args, QStringLiteral("--format"));
    QString problem;
    const auto selection = selectionFrom(args, &problem);
    if (!selection)
        return usage(problem);
    const QString imagesName = takeOption(args, QStringLiteral("--images"));
    const auto images = DatasetWriter::imagesFromName(imagesName.isEmpty() ? QStringLiteral("link") : imagesName);
    if (!images)
        return usage(tr("--images must be link, copy or none"));
    if (format == QLatin1String("package")) {
        PackageOptions options;
        options.selection = *selection;
        options.images = *images;
        options.name = takeOption(args, QStringLiteral("--name"));
        if (const QString v = takeOption(args, QStringLiteral("--version")); !v.isEmpty())
            options.version = v.toInt();
        if (const QString f = takeOption(args, QStringLiteral("--formats")); !f.isEmpty())
            options.formats = f.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (const QString split = takeOption(args, QStringLiteral("--split")); !split.isEmpty()) {
            const QStringList r = split.split(QLatin1Char(','));
            if (r.size() != 3)
                return usage(tr("--split needs three ratios: train,val,test"));
            options.splits.train = r[0].toDouble();
            options.splits.val = r[1].toDouble();
            options.splits.test = r[2].toDouble();
        }
        if (const QString seed = takeOption(args, QStringLiteral("--seed")); !seed.isEmpty())
            options.splits.seed = seed.toULongLong();
        if (const QString group = takeOption(args, QStringLiteral("--group")); !group.isEmpty()) {
            const auto g = DatasetSplitter::groupingFromName(group);
            if (!g)
                return usage(tr("--group must be sequence, folder or none"));
            options.splits.grouping = *g;
        }
        options.splits.resplit = !takeOption(args, QStringLiteral("--resplit"), true).isEmpty();
        if (const QString l = takeOption(args, QStringLiteral("--licence")); !l.isEmpty())
            options.licence = l;
        options.purpose = takeOption(args, QStringLiteral("--purpose"));
        if (args.size() != 2)
            return usage(tr("export needs a project and an output folder"));
        auto p = project::Project::open(args[0], m_user); // refuses a bad project with a clear message
        PackageBuilder job(p->path(), options, args[1]);
        const int code = finishJob(job, tr("Packaging"));
        if (code == Ok) {
            if (m_json)
                std::fputs(QJsonDocument(job.manifest()).toJson(QJsonDocument::Indented).constData(), stdout);
            else
                out(tr("Package %1 written: %2 assets.")
                        .arg(args[1])
                        .arg(job.manifest()
                                 .value(QLatin1String("counts"))
                                 .toObject()
                                 .value(QLatin1String("assets"))
                                 .toInteger()));
        }
        return code;
    }
    if (!ImageFormat::exportNames().contains(format))
        return usage(
            tr("--format must be one of %1, package").arg(ImageFormat::exportNames().join(QStringLiteral(", "))));
    if (args.size() != 2)
        return usage(tr("export needs a project and an output folder"));
    auto p = project::Project::open(args[0], m_user);
    ExportJob job(p->path(), format, *selection, args[1], *images);
    const int code = finishJob(job, tr("Exporting"));
    if (code == Ok) {
        if (m_json)
            std::fputs(QJsonDocument(QJsonObject { { QStringLiteral("images"), job.imageCount() },
                                         { QStringLiteral("labels"), job.labelCount() },
                                         { QStringLiteral("warnings"), QJsonArray::fromStringList(job.warnings()) } })
                           .toJson(QJsonDocument::Indented)
                           .constData(),
                stdout);
        else
            out(tr("Exported %1 images with %2 labels to %3.")
                    .arg(job.imageCount())
                    .arg(job.labelCount())
                    .arg(args[1]));
    }
    return code;
}

int ExchangeCommands::importDataset()
{
    QStringList args = m_args;
    const QString format = takeOption(args, QStringLiteral("--format"));
    ImportDatasetJob::Options options;
    for (const QString &pair : takeOption(args, QStringLiteral("--map")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(tr("--map takes from=to pairs separated by commas"));
        options.mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    options.addUnknownClasses = takeOption(args, QStringLiteral("--no-new-classes"), true).isEmpty();
    if (!ImageFormat::importNames().contains(format))
        return usage(tr("--format must be one of %1").arg(ImageFormat::importNames().join(QStringLiteral(", "))));
    if (args.size() != 2)
        return usage(tr("import-dataset needs a project and a dataset file or folder"));
    auto p = project::Project::open(args[0], m_user);
    ImportDatasetJob job(p->path(), format, args[1], options, p->userId());
    const int code = finishJob(job, tr("Importing"));
    if (code != Ok)
        return code;
    out(tr("Imported %1 images with %2 labels; %3 failed.")
            .arg(job.importedImages())
            .arg(job.importedLabels())
            .arg(job.errors().size()));
    if (!job.addedClasses().isEmpty())
        out(tr("New classes: %1").arg(job.addedClasses().join(QStringLiteral(", "))));
    return job.errors().isEmpty() ? Ok : Partial;
}

int ExchangeCommands::publish()
{
    QStringList args = m_args;
    const QString target = takeOption(args, QStringLiteral("--to"));
    if (target.isEmpty() || args.size() != 2)
        return usage(tr("publish needs a project, a package folder and --to folder:PATH or git:URL"));
    auto p = project::Project::open(args[0], m_user);
    const Publisher::Result r = Publisher::publish(args[1], target);
    if (!r.error.isEmpty()) {
        err(r.error);
        return Failed;
    }
    PublishedVersion v { 0, r.name, r.version, target, r.location, r.manifestSha256, {}, {} };
    PublishedVersion::record(p->connection(), v);
    out(tr("Published %1 version %2 to %3 (%4).").arg(r.name).arg(r.version).arg(target, r.location));
    return Ok;
}

} // namespace rwb::cli
