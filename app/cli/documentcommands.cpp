#include "documentcommands.h"

#include "terminal.h"

#include "exitcode.h"
#include "progressline.h"

#include "document/bratformat.h"
#include "document/conllformat.h"
#include "document/documenttext.h"
#include "document/exchangedocument.h"
#include "document/exchangeimporter.h"
#include "document/jsonlformat.h"
#include "document/ocrjob.h"
#include "document/preannotationjob.h"
#include "knowledge/graphlinkprovider.h"
#include "project/assetfilter.h"
#include "project/project.h"
#include "project/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>

namespace rwb::cli {

using project::StoreError;

namespace {

/// Runs \a job with a progress line; Ctrl+C cancels it (Cli's handler cancels \a running).
project::Job::State execute(project::Job &job, ProgressLine &progress, std::atomic<project::Job *> &running)
{
    QObject::connect(&job, &project::Job::progressChanged, &job,
        [&](qint64 done, qint64 total) { progress.update(done, total, job.statusText()); });
    running.store(&job);
    const project::Job::State state = job.execute();
    running.store(nullptr);
    progress.finish();
    return state;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Code::NotFound, DocumentCommands::tr("%1: cannot be read (%2)").arg(path, f.errorString()));
    return f.readAll();
}

enum class Format { Jsonl, Conll, Brat };

std::optional<Format> parseFormat(const QString &name)
{
    if (name == QLatin1String("jsonl"))
        return Format::Jsonl;
    if (name == QLatin1String("conll"))
        return Format::Conll;
    if (name == QLatin1String("brat"))
        return Format::Brat;
    return std::nullopt;
}

/// The document assets, or only \a assetArg's; throws when it names no document.
QList<project::Asset> documentAssets(project::Project &p, const QString &assetArg)
{
    if (!assetArg.isEmpty()) {
        bool ok = false;
        const qint64 id = assetArg.toLongLong(&ok);
        const std::optional<project::Asset> a = ok ? p.assets().byId(id) : std::nullopt;
        if (!a || a->kind != project::AssetKind::Document)
            throw StoreError(
                StoreError::Code::NotFound, DocumentCommands::tr("no document asset %1 in %2").arg(assetArg, p.path()));
        return { *a };
    }
    project::AssetFilter filter;
    filter.kind = project::AssetKind::Document;
    return p.assets().list(filter);
}

} // namespace

DocumentCommands::DocumentCommands(
    const QStringList &args, bool json, const QString &user, std::atomic<project::Job *> &running)
    : m_args(args)
    , m_json(json)
    , m_user(user)
    , m_running(running)
{ }

QString DocumentCommands::help()
{
    return tr("Document commands:\n"
              "  doc export PROJECT.rwb --format jsonl|conll|brat OUT [--asset ID]\n"
              "                          spans and relations of the documents (brat: OUT is a folder)\n"
              "  doc import PROJECT.rwb --format jsonl|conll|brat IN [--asset ID]\n"
              "                          onto the documents of the same name (or ID); each all or nothing\n"
              "  doc ocr PROJECT.rwb [--asset ID]         recognize PDF pages without text (chi_sim+eng)\n"
              "  doc preannotate PROJECT.rwb [--terms FILE]\n"
              "                          propose spans for every label and alias of the knowledge graph and\n"
              "                          the terms of FILE (one a line: TERM or TERM<TAB>CLASS; # comments)\n");
}

int DocumentCommands::usage(const QString &problem) const
{
    err(tr("resonance-cli doc: %1").arg(problem));
    err(help());
    return Usage;
}

int DocumentCommands::run()
{
    if (m_args.size() < 2)
        return usage(tr("doc needs an action and a project"));
    const QString action = m_args[0];
    const QString projectPath = m_args[1];
    const QStringList rest = m_args.mid(2);
    if (action == QLatin1String("export"))
        return exportDocuments(projectPath, rest);
    if (action == QLatin1String("import"))
        return importDocuments(projectPath, rest);
    if (action == QLatin1String("ocr"))
        return ocr(projectPath, rest);
    if (action == QLatin1String("preannotate"))
        return preannotate(projectPath, rest);
    return usage(tr("unknown action \"%1\"").arg(action));
}

int DocumentCommands::exportDocuments(const QString &projectPath, QStringList args)
{
    const QString formatName = takeOption(args, QStringLiteral("--format"));
    const QString assetArg = takeOption(args, QStringLiteral("--asset"));
    const std::optional<Format> format = parseFormat(formatName);
    if (!format)
        return usage(tr("export needs --format jsonl, conll or brat"));
    if (args.size() != 1)
        return usage(tr("export needs one output file (brat: a folder)"));
    const QString outPath = args[0];
    auto p = project::Project::open(projectPath, m_user);
    const QList<project::Asset> assets = documentAssets(*p, assetArg);
    ProgressLine progress(tr("Exporting"), !m_json);
    QList<document::ExchangeDocument> docs;
    QStringList failed;
    int spans = 0;
    int relations = 0;
    QSet<QString> names;
    for (const project::Asset &a : assets) {
        progress.update(docs.size() + failed.size(), assets.size(), a.uri);
        const QString path = p->resolve(a.uri);
        QString error;
        const std::optional<document::DocumentText> text
            = document::DocumentText::load(path, a.id, &p->connection(), &error);
        if (!text) {
            failed.append(tr("%1: %2").arg(a.uri, error));
            continue;
        }
        // brat writes a file pair per document: names must differ.
        QString name = QFileInfo(a.uri).fileName();
        if (names.contains(name))
            name = QStringLiteral("%1_%2").arg(a.id).arg(name);
        names.insert(name);
        docs.append(document::ExchangeDocument::fromProject(p->connection(), a.id, name, *text));
        spans += int(docs.last().spans.size());
        relations += int(docs.last().relations.size());
    }
    progress.finish();
    if (*format == Format::Jsonl)
        writeAtomically(outPath, document::JsonlFormat::write(docs));
    else if (*format == Format::Conll)
        writeAtomically(outPath, document::ConllFormat::write(docs));
    else {
        if (!QDir().mkpath(outPath))
            throw StoreError(StoreError::Code::Generic, tr("%1: the folder cannot be made").arg(outPath));
        const QDir dir(outPath);
        for (const document::ExchangeDocument &d : std::as_const(docs)) {
            writeAtomically(dir.filePath(d.name + QStringLiteral(".txt")), document::BratFormat::writeText(d));
            writeAtomically(dir.filePath(d.name + QStringLiteral(".ann")), document::BratFormat::writeAnnotations(d));
        }
    }
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("documents"), int(docs.size()) }, { QStringLiteral("spans"), spans },
            { QStringLiteral("relations"), relations },
            { QStringLiteral("failed"), QJsonArray::fromStringList(failed) }, { QStringLiteral("output"), outPath } });
    } else {
        out(tr("Exported %n document(s)", nullptr, int(docs.size())) + QLatin1String(", ")
            + tr("%n span(s)", nullptr, spans) + QLatin1String(", ") + tr("%n relation(s)", nullptr, relations)
            + QStringLiteral(" → ") + outPath);
    }
    for (const QString &f : std::as_const(failed))
        err(tr("  failed: %1").arg(f));
    return failed.isEmpty() ? Ok : Partial;
}

int DocumentCommands::importDocuments(const QString &projectPath, QStringList args)
{
    const QString formatName = takeOption(args, QStringLiteral("--format"));
    const QString assetArg = takeOption(args, QStringLiteral("--asset"));
    const std::optional<Format> format = parseFormat(formatName);
    if (!format)
        return usage(tr("import needs --format jsonl, conll or brat"));
    if (args.size() != 1)
        return usage(tr("import needs one input file (brat: a folder or an .ann file)"));
    const QString inPath = args[0];
    // Read everything first: a bad file changes nothing.
    QList<document::ExchangeDocument> docs;
    QString error;
    if (*format == Format::Brat) {
        QStringList anns;
        if (QFileInfo(inPath).isDir()) {
            for (const QString &f : QDir(inPath).entryList({ QStringLiteral("*.ann") }, QDir::Files, QDir::Name))
                anns.append(QDir(inPath).filePath(f));
        } else {
            anns.append(inPath);
        }
        if (anns.isEmpty())
            throw StoreError(StoreError::Code::NotFound, tr("%1: no .ann files").arg(inPath));
        for (const QString &ann : std::as_const(anns)) {
            const QFileInfo info(ann);
            const QString txt = info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt"));
            const std::optional<document::ExchangeDocument> d
                = document::BratFormat::read(info.completeBaseName(), readAll(txt), readAll(ann), &error);
            if (!d)
                throw StoreError(StoreError::Code::Generic, tr("%1: %2").arg(ann, error));
            docs.append(*d);
        }
    } else {
        const QByteArray data = readAll(inPath);
        docs = *format == Format::Jsonl ? document::JsonlFormat::read(data, &error)
                                        : document::ConllFormat::read(data, &error);
        if (!error.isEmpty())
            throw StoreError(StoreError::Code::Generic, tr("%1: %2").arg(inPath, error));
    }
    auto p = project::Project::open(projectPath, m_user);
    const QList<project::Asset> assets = documentAssets(*p, assetArg);
    if (!assetArg.isEmpty() && docs.size() != 1)
        return usage(tr("--asset needs a file with one document; %1 has %2").arg(inPath).arg(docs.size()));
    ProgressLine progress(tr("Importing"), !m_json);
    int spans = 0;
    int relations = 0;
    int done = 0;
    QStringList failed;
    for (int i = 0; i < docs.size(); ++i) {
        const document::ExchangeDocument &d = docs.at(i);
        progress.update(i, docs.size(), d.name);
        // The asset of the same file name; CoNLL has no names, so its documents go in order.
        std::optional<project::Asset> asset;
        if (!assetArg.isEmpty())
            asset = assets.first();
        for (const project::Asset &a : assets) {
            if (asset)
                break;
            const QFileInfo info(a.uri);
            if (d.name == info.fileName() || d.name == info.completeBaseName()
                || d.name == QStringLiteral("%1_%2").arg(a.id).arg(info.fileName()))
                asset = a;
        }
        if (!asset && *format == Format::Conll && i < assets.size())
            asset = assets.at(i);
        if (!asset) {
            failed.append(tr("%1: no document of this name in the project").arg(d.name));
            continue;
        }
        const std::optional<document::DocumentText> text
            = document::DocumentText::load(p->resolve(asset->uri), asset->id, &p->connection(), &error);
        if (!text) {
            failed.append(tr("%1: %2").arg(asset->uri, error));
            continue;
        }
        const document::ExchangeImporter::Result r
            = document::ExchangeImporter::apply(p->connection(), asset->id, d, *text);
        if (!r.error.isEmpty()) {
            failed.append(tr("%1: %2").arg(d.name, r.error));
            continue;
        }
        ++done;
        spans += r.spans;
        relations += r.relations;
    }
    progress.finish();
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("documents"), done }, { QStringLiteral("spans"), spans },
            { QStringLiteral("relations"), relations },
            { QStringLiteral("failed"), QJsonArray::fromStringList(failed) } });
    } else {
        out(tr("Imported %n document(s)", nullptr, done) + QLatin1String(", ") + tr("%n span(s)", nullptr, spans)
            + QLatin1String(", ") + tr("%n relation(s)", nullptr, relations));
    }
    for (const QString &f : std::as_const(failed))
        err(tr("  failed: %1").arg(f));
    if (done == 0 && !failed.isEmpty())
        return Failed;
    return failed.isEmpty() ? Ok : Partial;
}

int DocumentCommands::ocr(const QString &projectPath, QStringList args)
{
    const QString assetArg = takeOption(args, QStringLiteral("--asset"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    auto p = project::Project::open(projectPath, m_user);
    int pages = 0;
    int documents = 0;
    QStringList failed;
    bool cancelled = false;
    for (const project::Asset &a : documentAssets(*p, assetArg)) {
        if (QFileInfo(a.uri).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
            continue;
        document::OcrJob job(*p, a.id);
        ProgressLine progress(tr("OCR %1").arg(QFileInfo(a.uri).fileName()), !m_json);
        const project::Job::State state = execute(job, progress, m_running);
        for (const project::JobError &e : job.errors())
            failed.append(tr("%1: %2").arg(e.subject, e.message));
        if (state == project::Job::State::Failed)
            failed.append(tr("%1: %2").arg(a.uri, job.failureMessage()));
        ++documents;
        pages += int(job.recognizedPages().size());
        if (!m_json)
            out(tr("%1: %n page(s) recognized", nullptr, int(job.recognizedPages().size())).arg(a.uri));
        if (state == project::Job::State::Cancelled) {
            cancelled = true;
            break;
        }
    }
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("documents"), documents }, { QStringLiteral("pages"), pages },
            { QStringLiteral("cancelled"), cancelled },
            { QStringLiteral("failed"), QJsonArray::fromStringList(failed) } });
    else
        out(tr("OCR: %n page(s) recognized", nullptr, pages) + QLatin1String(" ")
            + tr("in %n PDF(s)", nullptr, documents));
    for (const QString &f : std::as_const(failed))
        err(tr("  failed: %1").arg(f));
    if (cancelled) {
        err(tr("OCR cancelled; the pages recognized before are kept."));
        return Cancelled;
    }
    return failed.isEmpty() ? Ok : Partial;
}

int DocumentCommands::preannotate(const QString &projectPath, QStringList args)
{
    const QString termsPath = takeOption(args, QStringLiteral("--terms"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    auto p = project::Project::open(projectPath, m_user);
    QList<document::PreAnnotationJob::Term> terms;
    if (!termsPath.isEmpty()) {
        QString error;
        const std::optional<QList<document::PreAnnotationJob::Term>> read
            = document::PreAnnotationJob::readTerms(termsPath, p->labels(), &error);
        if (!read)
            throw StoreError(StoreError::Code::NotFound, error);
        terms = *read;
    }
    const knowledge::GraphLinkProvider graph(p->connection());
    document::PreAnnotationJob job(*p, &graph, terms);
    ProgressLine progress(tr("Pre-annotating"), !m_json);
    const project::Job::State state = execute(job, progress, m_running);
    const qint64 nodes = graph.targets().size();
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("proposed"), job.proposedCount() }, { QStringLiteral("nodes"), nodes },
            { QStringLiteral("terms"), int(terms.size()) },
            { QStringLiteral("cancelled"), state == project::Job::State::Cancelled },
            { QStringLiteral("error"), job.failureMessage() } });
    else
        out(tr("Proposed %n span(s)", nullptr, int(job.proposedCount())) + QLatin1String(" ")
            + tr("from %n knowledge node(s)", nullptr, int(nodes)) + QLatin1String(" ")
            + tr("and %n term(s).", nullptr, int(terms.size())));
    for (const project::JobError &e : job.errors())
        err(tr("  failed: %1: %2").arg(e.subject, e.message));
    if (state == project::Job::State::Failed) {
        err(job.failureMessage());
        return Failed;
    }
    if (state == project::Job::State::Cancelled)
        return Cancelled;
    return job.errors().isEmpty() ? Ok : Partial;
}

} // namespace rwb::cli
