#include "cli.h"

#include "terminal.h"

#include "documentcommands.h"
#include "evaluationcommands.h"
#include "exchangecommands.h" // exchange (issue 9)
#include "exitcode.h"
#include "kgcommands.h"
#include "progressline.h"

#include "assist/dnnbackends.h"
#include "evaluation/datasetstats.h"
#include "exchange/labelschemafile.h"
#include "preannotatecommand.h"
#include "project/assetrelocator.h"
#include "project/jobs/importjob.h"
#include "project/project.h"
#include "sample/sampleproject.h"
#include "timeseries/signalgroup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>

namespace rwb::cli {

using project::StoreError;

namespace {

std::atomic<project::Job *> runningJob { nullptr };

void onInterrupt(int)
{
    if (project::Job *job = runningJob.load())
        job->cancel();
}

int exitCodeFor(const StoreError &e)
{
    switch (e.code()) {
    case StoreError::Code::NotSqlite:
    case StoreError::Code::NotProject:
    case StoreError::Code::NewerSchema:
    case StoreError::Code::Damaged:
    case StoreError::Code::ReadOnly:
        return ProjectRefused;
    case StoreError::Code::NotFound:
        return NotFound;
    case StoreError::Code::InvalidArgument:
        return Usage;
    default:
        return Failed;
    }
}

QString helpText()
{
    return Cli::tr("Usage: resonance-cli [--json] [--user NAME] [--lang en|zh_CN] COMMAND ARGS...\n"
                   "\n"
                   "Commands:\n"
                   "  init PROJECT.rwb [--name NAME]        create a project\n"
                   "  import PROJECT.rwb INPUT...           import files, folders or globs (duplicates skipped)\n"
                   "  align PROJECT.rwb GROUP.rwbsig FILE... [--reference FILE] [--grid reference|union]\n"
                   "                          [--fill hold|linear] [--span all|overlap] [--start FILE=TIME,...]\n"
                   "                          [--offset FILE=SECONDS,...] [--rate FILE=HZ,...]\n"
                   "                          several signal files as one asset on one time axis\n"
                   "  info PROJECT.rwb                      project facts, counts, OpenCV DNN backends\n"
                   "  labels PROJECT.rwb list               list label classes and attributes\n"
                   "  labels PROJECT.rwb add NAME [--title-en T] [--title-zh T] [--color #rrggbb] [--shortcut K]\n"
                   "                          [--parent CLASS] [--kinds image,timeseries,document] [--shapes "
                   "box,polygon,...]\n"
                   "                          [--no-overlap | --overlap]  (may ranges/spans of the class overlap)\n"
                   "  labels PROJECT.rwb edit NAME [--name NEW] [same options as add]\n"
                   "  labels PROJECT.rwb remove NAME\n"
                   "  labels PROJECT.rwb attr-add NAME --type bool|int|float|enum|text [--options a,b] [--default V]\n"
                   "                          [--class CLASS] [--required] [--title-en T] [--title-zh T]\n"
                   "  labels PROJECT.rwb attr-edit NAME [--class CLASS] [same options as attr-add]\n"
                   "  labels PROJECT.rwb attr-remove NAME [--class CLASS]\n"
                   "  labels PROJECT.rwb export FILE.json | import FILE.json\n"
                   "  list PROJECT.rwb [--kind K] [--status S] [--class C] [--split S] [--offset N] [--limit N]\n"
                   "  stats PROJECT.rwb                     dataset composition\n"
                   "  check PROJECT.rwb                     full integrity check of the file\n"
                   "  relocate PROJECT.rwb FOLDER           point missing files at copies (same SHA-256) under FOLDER\n"
                   "  sample DIR                            create the sample project in DIR\n")
        + PreannotateCommand::helpLine()
        + Cli::tr(
            "\n"
            "Exit codes: 0 ok, 1 failed, 2 wrong arguments, 3 project refused (missing, not a project,\n"
            "damaged, newer version, read-only), 4 partly done (some inputs failed), 5 not found, 130 cancelled.\n");
}

/// Parses "--key value" and "--flag" options out of \a args; the rest stays positional.
struct Options
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString &key) const { return values.contains(key) || flags.contains(key); }
    QString value(const QString &key) const { return values.value(key); }
};

Options parseOptions(const QStringList &args, const QSet<QString> &flagNames, QString *error)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString key = a.mid(2);
            QString value;
            const int eq = key.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = key.mid(eq + 1);
                key = key.left(eq);
                o.values.insert(key, value);
            } else if (flagNames.contains(key)) {
                o.flags.insert(key);
            } else if (i + 1 < args.size()) {
                o.values.insert(key, args[++i]);
            } else {
                *error = Cli::tr("option --%1 needs a value").arg(key);
            }
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

QStringList splitList(const QString &s)
{
    QStringList out;
    for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

} // namespace

Cli::Cli(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    for (int i = 0; i < args.size();) {
        if (args[i] == QLatin1String("--json")) {
            m_json = true;
            args.removeAt(i);
        } else if (args[i] == QLatin1String("--user") && i + 1 < args.size()) {
            m_user = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--user="))) {
            m_user = args[i].mid(7);
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    if (!args.isEmpty())
        m_command = args.takeFirst();
    m_args = args;
}

int Cli::usage(const QString &problem)
{
    if (!problem.isEmpty())
        err(tr("resonance-cli: %1").arg(problem));
    err(helpText() + KgCommands::help() + EvaluationCommands::help() + ExchangeCommands::help()
        + DocumentCommands::help());
    return Usage;
}

int Cli::run()
{
    if (m_command.isEmpty() || m_command == QLatin1String("--help") || m_command == QLatin1String("-h")
        || m_command == QLatin1String("help")) {
        if (m_command.isEmpty())
            return usage(tr("no command given"));
        out(helpText() + KgCommands::help() + EvaluationCommands::help() + ExchangeCommands::help()
            + DocumentCommands::help());
        return Ok;
    }
    if (m_command == QLatin1String("--version")) {
        out(QStringLiteral("resonance-cli %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    std::signal(SIGINT, onInterrupt);
    try {
        if (m_command == QLatin1String("init"))
            return init();
        if (m_command == QLatin1String("import"))
            return import();
        if (m_command == QLatin1String("align"))
            return align();
        if (m_command == QLatin1String("info"))
            return info();
        if (m_command == QLatin1String("labels"))
            return labels();
        if (m_command == QLatin1String("list"))
            return list();
        if (m_command == QLatin1String("stats"))
            return stats();
        if (m_command == QLatin1String("sample"))
            return sample();
        if (m_command == QLatin1String("check"))
            return check();
        if (m_command == QLatin1String("relocate"))
            return relocate();
        if (m_command == QLatin1String("kg"))
            return KgCommands(m_args, m_json, m_user).run();
        if (EvaluationCommands::handles(m_command))
            return EvaluationCommands(m_command, m_args, m_json, m_user).run();
        if (ExchangeCommands::handles(m_command)) // exchange (issue 9)
            return ExchangeCommands(m_command, m_args, m_json, m_user).run();
        if (m_command == QLatin1String("preannotate"))
            return PreannotateCommand(m_args, m_json, m_user, runningJob).run();
        if (m_command == QLatin1String("doc"))
            return DocumentCommands(m_args, m_json, m_user, runningJob).run();
    } catch (const StoreError &e) {
        err(e.message());
        return exitCodeFor(e);
    }
    return usage(tr("unknown command \"%1\"").arg(m_command));
}

std::unique_ptr<project::Project> Cli::openProject(const QString &path)
{
    return project::Project::open(path, m_user);
}

int Cli::init()
{
    QString problem;
    const Options o = parseOptions(m_args, {}, &problem);
    if (!problem.isEmpty() || o.positional.size() != 1)
        return usage(problem.isEmpty() ? tr("init needs exactly one project path") : problem);
    QString path = o.positional[0];
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".rwb");
    auto p = project::Project::create(path, o.value(QStringLiteral("name")), m_user);
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("path"), p->path() }, { QStringLiteral("id"), p->id() },
            { QStringLiteral("name"), p->name() }, { QStringLiteral("schema_version"), p->schemaVersion() } });
    else
        out(tr("Created project \"%1\" at %2").arg(p->name(), p->path()));
    return Ok;
}

int Cli::import()
{
    if (m_args.size() < 2)
        return usage(tr("import needs a project and at least one file, folder or pattern"));
    auto p = openProject(m_args[0]);
    project::ImportJob job(*p, m_args.mid(1));
    ProgressLine progress(tr("Importing"), !m_json);
    QObject::connect(&job, &project::Job::progressChanged, &job,
        [&](qint64 done, qint64 total) { progress.update(done, total, job.statusText()); });
    runningJob.store(&job);
    const project::Job::State state = job.execute();
    runningJob.store(nullptr);
    progress.finish();

    const QList<project::JobError> errors = job.errors();
    if (m_json) {
        QJsonArray dup;
        for (const auto &d : job.duplicates())
            dup.append(
                QJsonObject { { QStringLiteral("file"), d.file }, { QStringLiteral("existing"), d.existingUri } });
        QJsonArray failed;
        for (const auto &e : errors)
            failed.append(
                QJsonObject { { QStringLiteral("file"), e.subject }, { QStringLiteral("error"), e.message } });
        printJson(QJsonObject { { QStringLiteral("imported"), job.importedCount() },
            { QStringLiteral("duplicates"), dup }, { QStringLiteral("failed"), failed },
            { QStringLiteral("cancelled"), state == project::Job::State::Cancelled },
            { QStringLiteral("error"), job.failureMessage() } });
    } else {
        out(tr("Imported %n file(s).", nullptr, int(job.importedCount())) + QLatin1Char(' ')
            + tr("%n duplicate(s) skipped.", nullptr, int(job.duplicates().size())) + QLatin1Char(' ')
            + tr("%n failed.", nullptr, int(errors.size())));
        for (const auto &d : job.duplicates())
            out(tr("  duplicate: %1 (same content as %2)")
                    .arg(d.file, d.existingUri.isEmpty() ? tr("another file of this import") : d.existingUri));
        for (const auto &e : errors)
            err(tr("  failed: %1: %2").arg(e.subject, e.message));
    }
    if (state == project::Job::State::Failed) {
        err(job.failureMessage());
        return Failed;
    }
    if (state == project::Job::State::Cancelled) {
        err(tr("Import cancelled; %n file(s) were imported before.", nullptr, int(job.importedCount())));
        return Cancelled;
    }
    return errors.isEmpty() ? Ok : Partial;
}

int Cli::align()
{
    QString problem;
    const Options o = parseOptions(m_args, {}, &problem);
    if (!problem.isEmpty())
        return usage(problem);
    if (o.positional.size() < 3)
        return usage(tr("align needs a project, the group file to write and at least one signal file"));
    if (QFileInfo(o.positional[1]).suffix() != timeseries::SignalGroup::suffix())
        return usage(tr("the group file must end in .%1").arg(timeseries::SignalGroup::suffix()));
    const QString projectPath = o.positional[0];
    const QString groupPath = QFileInfo(o.positional[1]).absoluteFilePath();

    timeseries::SignalGroup group;
    const QStringList files = o.positional.mid(2);
    for (const QString &f : files) {
        if (!QFileInfo(f).isFile()) {
            err(tr("%1: no such file").arg(f));
            return NotFound;
        }
        group.members.append({ QFileInfo(f).absoluteFilePath(), {}, std::nullopt, 0, std::nullopt });
    }
    // FILE=VALUE lists; FILE is the name as given or its file name.
    const auto memberIndex = [&](const QString &name) -> int {
        for (int i = 0; i < files.size(); ++i)
            if (files[i] == name || QFileInfo(files[i]).fileName() == name)
                return i;
        return -1;
    };
    struct PerFile
    {
        QString option;
        std::function<bool(timeseries::SignalGroup::Member &, const QString &)> apply;
    };
    const QList<PerFile> perFile {
        { QStringLiteral("start"),
            [](timeseries::SignalGroup::Member &m, const QString &v) {
                m.startNs = timeseries::SignalGroup::parseTime(v);
                return m.startNs.has_value();
            } },
        { QStringLiteral("offset"),
            [](timeseries::SignalGroup::Member &m, const QString &v) {
                bool ok = false;
                const double s = v.toDouble(&ok);
                m.offsetNs = qint64(std::llround(s * 1e9));
                return ok && std::isfinite(s);
            } },
        { QStringLiteral("rate"),
            [](timeseries::SignalGroup::Member &m, const QString &v) {
                bool ok = false;
                const double hz = v.toDouble(&ok);
                m.rateHz = hz;
                return ok && hz > 0 && std::isfinite(hz);
            } },
    };
    for (const PerFile &p : perFile) {
        if (!o.has(p.option))
            continue;
        for (const QString &item : o.value(p.option).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int eq = item.lastIndexOf(QLatin1Char('='));
            const int i = eq > 0 ? memberIndex(item.left(eq)) : -1;
            if (i < 0)
                return usage(tr("--%1 %2: name one of the files, as FILE=VALUE").arg(p.option, item));
            if (!p.apply(group.members[i], item.mid(eq + 1)))
                return usage(tr("--%1 %2: not a valid value").arg(p.option, item));
        }
    }
    if (o.has(QStringLiteral("reference"))) {
        group.reference = memberIndex(o.value(QStringLiteral("reference")));
        if (group.reference < 0)
            return usage(tr("--reference must name one of the files"));
    }
    if (o.has(QStringLiteral("grid"))) {
        const auto grid = timeseries::SignalGroup::gridFromName(o.value(QStringLiteral("grid")));
        if (!grid)
            return usage(tr("--grid is reference or union"));
        group.grid = *grid;
    }
    if (o.has(QStringLiteral("fill"))) {
        const auto fill = timeseries::SignalGroup::fillFromName(o.value(QStringLiteral("fill")));
        if (!fill)
            return usage(tr("--fill is hold or linear"));
        group.fill = *fill;
    }
    if (o.has(QStringLiteral("span"))) {
        const auto span = timeseries::SignalGroup::spanFromName(o.value(QStringLiteral("span")));
        if (!span)
            return usage(tr("--span is all or overlap"));
        group.span = *span;
    }
    openProject(projectPath); // refuses a bad project before anything is written
    if (QFileInfo::exists(groupPath)) {
        err(tr("%1 exists already; choose another name").arg(groupPath));
        return Failed;
    }
    if (!group.write(groupPath, &problem)) {
        err(problem);
        return Failed;
    }
    m_args = QStringList { projectPath, groupPath };
    const int code = import();
    if (code != Ok)
        QFile::remove(groupPath); // nothing imported: no stray group file
    return code;
}

int Cli::info()
{
    if (m_args.size() != 1)
        return usage(tr("info needs a project path"));
    auto p = openProject(m_args[0]);
    QJsonObject kinds;
    for (auto [kind, n] : p->assets().countByKind().asKeyValueRange())
        kinds.insert(project::toString(kind), n);
    QJsonArray backends;
    for (const auto &b : assist::availableDnnBackends())
        backends.append(b.name);
    const QJsonObject o { { QStringLiteral("path"), p->path() }, { QStringLiteral("id"), p->id() },
        { QStringLiteral("name"), p->name() }, { QStringLiteral("schema_version"), p->schemaVersion() },
        { QStringLiteral("user"), p->userName() }, { QStringLiteral("assets"), p->assets().count() },
        { QStringLiteral("assets_by_kind"), kinds }, { QStringLiteral("annotations"), p->annotations().count() },
        { QStringLiteral("label_classes"), qint64(p->labels().classes().size()) },
        { QStringLiteral("opencv"), assist::openCvVersion() }, { QStringLiteral("dnn_backends"), backends } };
    if (m_json) {
        printJson(o);
        return Ok;
    }
    out(tr("Project:        %1").arg(p->name()));
    out(tr("File:           %1").arg(p->path()));
    out(tr("Id:             %1").arg(p->id()));
    out(tr("Schema version: %1").arg(p->schemaVersion()));
    out(tr("Assets:         %1 (images %2, time series %3, documents %4)")
            .arg(p->assets().count())
            .arg(kinds.value(QLatin1String("image")).toInteger())
            .arg(kinds.value(QLatin1String("timeseries")).toInteger())
            .arg(kinds.value(QLatin1String("document")).toInteger()));
    out(tr("Annotations:    %1").arg(p->annotations().count()));
    out(tr("Label classes:  %1").arg(p->labels().classes().size()));
    QStringList names;
    for (const QJsonValue &b : backends)
        names.append(b.toString());
    out(tr("OpenCV %1, DNN backends: %2").arg(assist::openCvVersion(), names.join(QLatin1String(", "))));
    return Ok;
}

int Cli::labels()
{
    QString problem;
    const Options o = parseOptions(
        m_args, { QStringLiteral("required"), QStringLiteral("overlap"), QStringLiteral("no-overlap") }, &problem);
    if (!problem.isEmpty())
        return usage(problem);
    if (o.positional.size() < 2)
        return usage(tr("labels needs a project and an action (list, add, edit, remove, attr-add, attr-edit, "
                        "attr-remove, export, import)"));
    auto p = openProject(o.positional[0]);
    project::LabelSchema &schema = p->labels();
    const QString action = o.positional[1];
    const QString name = o.positional.value(2);

    auto classOption = [&](std::optional<qint64> &target) -> int {
        if (!o.has(QStringLiteral("class")))
            return Ok;
        const auto c = schema.classByName(o.value(QStringLiteral("class")));
        if (!c) {
            err(tr("No label class named \"%1\".").arg(o.value(QStringLiteral("class"))));
            return NotFound;
        }
        target = c->id;
        return Ok;
    };
    auto applyClassOptions = [&](project::LabelClass &c) -> int {
        if (o.has(QStringLiteral("name")))
            c.name = o.value(QStringLiteral("name"));
        if (o.has(QStringLiteral("title-en")))
            c.titleEn = o.value(QStringLiteral("title-en"));
        if (o.has(QStringLiteral("title-zh")))
            c.titleZh = o.value(QStringLiteral("title-zh"));
        if (o.has(QStringLiteral("color")))
            c.color = o.value(QStringLiteral("color"));
        if (o.has(QStringLiteral("shortcut")))
            c.shortcut = o.value(QStringLiteral("shortcut"));
        if (o.has(QStringLiteral("shapes")))
            c.shapes = splitList(o.value(QStringLiteral("shapes")));
        if (o.flags.contains(QStringLiteral("no-overlap")))
            c.allowOverlap = false;
        if (o.flags.contains(QStringLiteral("overlap")))
            c.allowOverlap = true;
        if (o.has(QStringLiteral("kinds"))) {
            c.assetKinds.clear();
            for (const QString &k : splitList(o.value(QStringLiteral("kinds")))) {
                const auto kind = project::assetKindFromString(k);
                if (!kind) {
                    err(tr("Unknown asset kind \"%1\" (image, timeseries, document).").arg(k));
                    return Usage;
                }
                c.assetKinds.append(*kind);
            }
        }
        if (o.has(QStringLiteral("parent"))) {
            const QString parent = o.value(QStringLiteral("parent"));
            if (parent.isEmpty()) {
                c.parentId.reset();
            } else {
                const auto pc = schema.classByName(parent);
                if (!pc) {
                    err(tr("No label class named \"%1\".").arg(parent));
                    return NotFound;
                }
                c.parentId = pc->id;
            }
        }
        return Ok;
    };
    auto applyAttributeOptions = [&](project::LabelAttribute &a) -> int {
        if (o.has(QStringLiteral("name")))
            a.name = o.value(QStringLiteral("name"));
        if (o.has(QStringLiteral("type"))) {
            const auto type = project::attributeTypeFromString(o.value(QStringLiteral("type")));
            if (!type) {
                err(tr("Unknown attribute type \"%1\" (bool, int, float, enum, text).")
                        .arg(o.value(QStringLiteral("type"))));
                return Usage;
            }
            a.type = *type;
        }
        if (o.has(QStringLiteral("options")))
            a.options = splitList(o.value(QStringLiteral("options")));
        if (o.has(QStringLiteral("title-en")))
            a.titleEn = o.value(QStringLiteral("title-en"));
        if (o.has(QStringLiteral("title-zh")))
            a.titleZh = o.value(QStringLiteral("title-zh"));
        if (o.flags.contains(QStringLiteral("required")))
            a.required = true;
        if (o.has(QStringLiteral("default"))) {
            const QString v = o.value(QStringLiteral("default"));
            switch (a.type) {
            case project::AttributeType::Bool:
                a.defaultValue = (v == QLatin1String("true") || v == QLatin1String("1"));
                break;
            case project::AttributeType::Int:
            case project::AttributeType::Float: {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok) {
                    err(tr("Default value \"%1\" is not a number.").arg(v));
                    return Usage;
                }
                a.defaultValue = d;
                break;
            }
            default:
                a.defaultValue = v;
            }
        }
        return Ok;
    };
    auto findAttribute = [&](std::optional<qint64> classId) -> std::optional<project::LabelAttribute> {
        for (const auto &a : schema.attributes()) {
            if (a.name == name && a.classId == classId)
                return a;
        }
        return std::nullopt;
    };

    if (action == QLatin1String("list")) {
        const QList<project::LabelClass> classes = schema.classes();
        const QList<project::LabelAttribute> attributes = schema.attributes();
        const QHash<qint64, qint64> counts = p->annotations().countByClass();
        if (m_json) {
            QJsonObject json = schema.toJson();
            QJsonArray withCounts;
            for (const auto &c : classes) {
                QJsonObject co = c.toJson();
                co[QStringLiteral("annotations")] = counts.value(c.id);
                withCounts.append(co);
            }
            json[QStringLiteral("classes")] = withCounts;
            printJson(json);
            return Ok;
        }
        QHash<qint64, QString> names;
        for (const auto &c : classes)
            names.insert(c.id, c.name);
        for (const auto &c : classes) {
            out(QStringLiteral("%1  %2  %3 / %4  %5%6  [%7]")
                    .arg(c.name, -20)
                    .arg(c.color)
                    .arg(c.titleEn, c.titleZh)
                    .arg(c.shortcut.isEmpty() ? QString() : tr("key %1 ").arg(c.shortcut))
                    .arg(c.parentId ? tr("under %1").arg(names.value(*c.parentId)) : QString())
                    .arg(counts.value(c.id)));
            for (const auto &a : attributes) {
                if (a.classId == c.id)
                    out(QStringLiteral("    - %1 (%2%3)")
                            .arg(a.name, project::toString(a.type),
                                a.options.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + a.options.join(QLatin1Char('|'))));
            }
        }
        for (const auto &a : attributes) {
            if (!a.classId)
                out(tr("* %1 (%2%3) on every class")
                        .arg(a.name, project::toString(a.type),
                            a.options.isEmpty() ? QString() : QStringLiteral(": ") + a.options.join(QLatin1Char('|'))));
        }
        return Ok;
    }
    if (action == QLatin1String("export")) {
        if (name.isEmpty())
            return usage(tr("labels export needs a file name"));
        exchange::LabelSchemaFile::write(schema, name);
        if (!m_json)
            out(tr("Wrote the label schema to %1").arg(name));
        return Ok;
    }
    if (action == QLatin1String("import")) {
        if (name.isEmpty())
            return usage(tr("labels import needs a file name"));
        const auto r = exchange::LabelSchemaFile::read(schema, name);
        if (m_json)
            printJson(QJsonObject { { QStringLiteral("classes_added"), r.classesAdded },
                { QStringLiteral("classes_updated"), r.classesUpdated },
                { QStringLiteral("attributes_added"), r.attributesAdded },
                { QStringLiteral("attributes_updated"), r.attributesUpdated } });
        else
            out(tr("Label schema imported: %n class(es) added, %1 updated;", nullptr, r.classesAdded)
                    .arg(r.classesUpdated)
                + QLatin1Char(' ')
                + tr("%n attribute(s) added, %1 updated.", nullptr, r.attributesAdded).arg(r.attributesUpdated));
        return Ok;
    }
    if (name.isEmpty())
        return usage(tr("labels %1 needs a name").arg(action));
    if (action == QLatin1String("add")) {
        project::LabelClass c;
        c.name = name;
        if (const int rc = applyClassOptions(c); rc != Ok)
            return rc;
        schema.addClass(c);
        if (m_json)
            printJson(c.toJson());
        else
            out(tr("Added label class \"%1\" (id %2)").arg(c.name).arg(c.id));
        return Ok;
    }
    if (action == QLatin1String("edit") || action == QLatin1String("remove")) {
        auto c = schema.classByName(name);
        if (!c) {
            err(tr("No label class named \"%1\".").arg(name));
            return NotFound;
        }
        if (action == QLatin1String("remove")) {
            schema.removeClass(c->id);
            if (!m_json)
                out(tr("Removed label class \"%1\"").arg(name));
            return Ok;
        }
        if (const int rc = applyClassOptions(*c); rc != Ok)
            return rc;
        schema.updateClass(*c);
        if (m_json)
            printJson(c->toJson());
        else
            out(tr("Updated label class \"%1\"").arg(c->name));
        return Ok;
    }
    if (action == QLatin1String("attr-add")) {
        project::LabelAttribute a;
        a.name = name;
        if (!o.has(QStringLiteral("type")))
            return usage(tr("attr-add needs --type"));
        if (const int rc = classOption(a.classId); rc != Ok)
            return rc;
        if (const int rc = applyAttributeOptions(a); rc != Ok)
            return rc;
        schema.addAttribute(a);
        if (m_json)
            printJson(a.toJson());
        else
            out(tr("Added attribute \"%1\" (id %2)").arg(a.name).arg(a.id));
        return Ok;
    }
    if (action == QLatin1String("attr-edit") || action == QLatin1String("attr-remove")) {
        std::optional<qint64> classId;
        if (const int rc = classOption(classId); rc != Ok)
            return rc;
        auto a = findAttribute(classId);
        if (!a) {
            err(tr("No attribute named \"%1\" here.").arg(name));
            return NotFound;
        }
        if (action == QLatin1String("attr-remove")) {
            schema.removeAttribute(a->id);
            if (!m_json)
                out(tr("Removed attribute \"%1\"").arg(name));
            return Ok;
        }
        if (const int rc = applyAttributeOptions(*a); rc != Ok)
            return rc;
        schema.updateAttribute(*a);
        if (m_json)
            printJson(a->toJson());
        else
            out(tr("Updated attribute \"%1\"").arg(a->name));
        return Ok;
    }
    return usage(tr("unknown labels action \"%1\"").arg(action));
}

int Cli::list()
{
    QString problem;
    const Options o = parseOptions(m_args, {}, &problem);
    if (!problem.isEmpty() || o.positional.size() != 1)
        return usage(problem.isEmpty() ? tr("list needs a project path") : problem);
    auto p = openProject(o.positional[0]);
    project::AssetFilter f;
    if (o.has(QStringLiteral("kind"))) {
        f.kind = project::assetKindFromString(o.value(QStringLiteral("kind")));
        if (!f.kind)
            return usage(tr("unknown kind \"%1\" (image, timeseries, document)").arg(o.value(QStringLiteral("kind"))));
    }
    if (o.has(QStringLiteral("status"))) {
        f.status = project::assetStatusFromString(o.value(QStringLiteral("status")));
        if (!f.status)
            return usage(tr("unknown status \"%1\" (todo, in_progress, done, needs_review, accepted, rejected)")
                             .arg(o.value(QStringLiteral("status"))));
    }
    if (o.has(QStringLiteral("split"))) {
        f.split = project::splitFromString(o.value(QStringLiteral("split")));
        if (!f.split)
            return usage(tr("unknown split \"%1\" (none, train, val, test)").arg(o.value(QStringLiteral("split"))));
    }
    if (o.has(QStringLiteral("class"))) {
        const auto c = p->labels().classByName(o.value(QStringLiteral("class")));
        if (!c) {
            err(tr("No label class named \"%1\".").arg(o.value(QStringLiteral("class"))));
            return NotFound;
        }
        f.classId = c->id;
    }
    bool ok = true;
    const qint64 offset = o.has(QStringLiteral("offset")) ? o.value(QStringLiteral("offset")).toLongLong(&ok) : 0;
    bool ok2 = true;
    const qint64 limit = o.has(QStringLiteral("limit")) ? o.value(QStringLiteral("limit")).toLongLong(&ok2) : -1;
    if (!ok || !ok2)
        return usage(tr("--offset and --limit take whole numbers"));
    const QList<project::Asset> assets = p->assets().list(f, offset, limit);
    if (m_json) {
        QJsonArray a;
        for (const auto &asset : assets)
            a.append(asset.toJson());
        printJson(a);
        return Ok;
    }
    for (const auto &asset : assets) {
        QString dims;
        if (asset.width && asset.height)
            dims = QStringLiteral("%1x%2").arg(*asset.width).arg(*asset.height);
        else if (asset.pages)
            dims = tr("%1 pages").arg(*asset.pages);
        else if (asset.channels)
            dims = tr("%1 ch x %2").arg(*asset.channels).arg(asset.samples.value_or(0));
        out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(asset.id, 6)
                .arg(project::toString(asset.kind), -10)
                .arg(project::toString(asset.status), -12)
                .arg(project::toString(asset.split), -5)
                .arg(dims, -14)
                .arg(asset.uri));
    }
    return Ok;
}

int Cli::stats()
{
    if (m_args.size() != 1)
        return usage(tr("stats needs a project path"));
    auto p = openProject(m_args[0]);
    const evaluation::DatasetStats st = evaluation::DatasetStats::compute(p->connection());
    if (m_json) {
        printJson(st.toJson());
        return Ok;
    }
    auto section = [this](const QString &title, const QMap<QString, qint64> &map) {
        out(title);
        for (auto it = map.begin(); it != map.end(); ++it)
            out(QStringLiteral("  %1 %2").arg(it.key(), -24).arg(it.value(), 8));
    };
    out(tr("Assets: %1 (%2 without annotations)").arg(st.assets).arg(st.assetsWithoutAnnotations));
    out(tr("Annotations: %1").arg(st.annotations));
    section(tr("Assets by kind:"), st.assetsByKind);
    section(tr("Assets by status:"), st.assetsByStatus);
    section(tr("Assets by split:"), st.assetsBySplit);
    section(tr("Annotations by class:"), st.annotationsByClass);
    section(tr("Annotations by state:"), st.annotationsByState);
    section(tr("Annotations by source:"), st.annotationsBySource);
    return Ok;
}

int Cli::check()
{
    if (m_args.size() != 1)
        return usage(tr("check needs a project path"));
    auto p = openProject(m_args[0]);
    const QStringList problems = p->integrityCheck();
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("ok"), problems.isEmpty() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } });
    else if (problems.isEmpty())
        out(tr("%1: no problems found").arg(p->path()));
    else
        for (const QString &problem : problems)
            err(tr("%1: %2").arg(p->path(), problem));
    return problems.isEmpty() ? Ok : ProjectRefused;
}

int Cli::relocate()
{
    if (m_args.size() != 2)
        return usage(tr("relocate needs a project path and a folder"));
    if (!QFileInfo(m_args[1]).isDir()) {
        err(tr("%1 is not a folder").arg(m_args[1]));
        return NotFound;
    }
    auto p = openProject(m_args[0]);
    const project::AssetRelocator::Result r = project::AssetRelocator::relocateMissing(*p, m_args[1]);
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("missing"), r.missing }, { QStringLiteral("relocated"), r.relocated },
            { QStringLiteral("mismatched"), QJsonArray::fromStringList(r.mismatched) },
            { QStringLiteral("stillMissing"), QJsonArray::fromStringList(r.stillMissing) } });
    else
        out(project::AssetRelocator::summary(r));
    return r.stillMissing.isEmpty() ? Ok : Partial;
}

int Cli::sample()
{
    QString problem;
    const Options o = parseOptions(m_args, { QStringLiteral("small") }, &problem);
    if (!problem.isEmpty() || o.positional.size() != 1)
        return usage(problem.isEmpty() ? tr("sample needs a folder") : problem);
    sample::SampleProject::Options options;
    options.small = o.flags.contains(QStringLiteral("small"));
    ProgressLine progress(tr("Making the sample project"), !m_json);
    const QString path = sample::SampleProject::create(o.positional[0], options,
        [&](int done, int total, const QString &step) { progress.update(done, total, step); });
    progress.finish();
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("project"), path } });
    else
        out(tr("Sample project created: %1").arg(path));
    return Ok;
}

} // namespace rwb::cli
