#include "kgcommands.h"

#include "terminal.h"

#include "exitcode.h"

#include "knowledge/graphqueries.h"
#include "knowledge/graphsnapshot.h"
#include "knowledge/graphstore.h"
#include "knowledge/io/graphdata.h"
#include "knowledge/io/graphimporter.h"
#include "knowledge/io/graphmlwriter.h"
#include "knowledge/io/jsonldwriter.h"
#include "knowledge/io/neo4jcsv.h"
#include "knowledge/io/rdfreader.h"
#include "knowledge/io/rdfwriter.h"
#include "knowledge/validator.h"
#include "project/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rwb::cli {

using namespace rwb::knowledge;
using project::StoreError;

namespace {

/// A node given by key or by id.
int nodeArgument(const GraphSnapshot &g, const GraphStore &store, const QString &arg)
{
    if (const auto n = store.nodeByKey(arg))
        return g.nodeIndex(n->id);
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    return ok ? g.nodeIndex(id) : -1;
}

QJsonObject nodeJson(const GraphSnapshot &g, int n)
{
    const NodeType *t = g.ontology().nodeType(g.nodeType(n));
    return { { QStringLiteral("id"), g.nodeId(n) }, { QStringLiteral("key"), g.nodeKey(n) },
        { QStringLiteral("type"), t ? t->name : QString() }, { QStringLiteral("label_en"), g.labelEn(n) },
        { QStringLiteral("label_zh"), g.labelZh(n) } };
}

QString edgeText(const GraphSnapshot &g, int e)
{
    const RelationType *r = g.ontology().relationType(g.edgeType(e));
    return QStringLiteral("%1 —%2→ %3")
        .arg(g.nodeKey(g.edgeFrom(e)), r ? r->name : QStringLiteral("?"), g.nodeKey(g.edgeTo(e)));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Code::NotFound, KgCommands::tr("%1: cannot be read (%2)").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

KgCommands::KgCommands(const QStringList &args, bool json, const QString &user)
    : m_args(args)
    , m_json(json)
    , m_user(user)
{ }

QString KgCommands::help()
{
    return tr("Knowledge graph commands:\n"
              "  kg query PROJECT.rwb search TEXT [--limit N]      nodes by label or alias (zh/en)\n"
              "  kg query PROJECT.rwb root-causes NODE [--depth 6]  causal chains back from NODE (key or id)\n"
              "  kg query PROJECT.rwb impact NODE [--depth 6]       what NODE causes, with distances\n"
              "  kg query PROJECT.rwb path FROM TO [--directed]     shortest path\n"
              "  kg query PROJECT.rwb neighbours NODE [--k 1]       nodes within k steps\n"
              "  kg validate PROJECT.rwb                            the validation report\n"
              "  kg export PROJECT.rwb FILE [--format ttl|nt|jsonld|graphml|csv] [--base IRI]\n"
              "                          (csv: FILE is a folder that gets nodes.csv and edges.csv)\n"
              "  kg import PROJECT.rwb FILE [--edges EDGES.csv] [--format ttl|nt|csv] [--base IRI]\n"
              "                          [--unknown-types fail|add|skip]  (all or nothing)\n");
}

int KgCommands::usage(const QString &problem) const
{
    err(tr("resonance-cli kg: %1").arg(problem));
    err(help());
    return Usage;
}

int KgCommands::run()
{
    if (m_args.size() < 2)
        return usage(tr("kg needs an action and a project"));
    const QString action = m_args[0];
    const QString projectPath = m_args[1];
    const QStringList rest = m_args.mid(2);
    if (action == QLatin1String("query"))
        return query(projectPath, rest);
    if (action == QLatin1String("validate"))
        return validate(projectPath);
    if (action == QLatin1String("export"))
        return exportGraph(projectPath, rest);
    if (action == QLatin1String("import"))
        return importGraph(projectPath, rest);
    return usage(tr("unknown action \"%1\"").arg(action));
}

int KgCommands::query(const QString &projectPath, QStringList args)
{
    const QString depthText = takeOption(args, QStringLiteral("--depth"));
    const QString kText = takeOption(args, QStringLiteral("--k"));
    const QString limitText = takeOption(args, QStringLiteral("--limit"));
    const bool directed = !takeOption(args, QStringLiteral("--directed"), true).isEmpty();
    if (args.isEmpty())
        return usage(tr("query needs a kind: search, root-causes, impact, path, neighbours"));
    const QString kind = args.takeFirst();
    auto p = project::Project::open(projectPath, m_user);
    GraphStore store(p->connection());
    const GraphSnapshot g = GraphSnapshot::load(p->connection());
    const GraphQueries q(g);
    const int depth = depthText.isEmpty() ? 6 : depthText.toInt();
    auto node = [&](const QString &arg) {
        const int n = nodeArgument(g, store, arg);
        if (n < 0)
            throw StoreError(StoreError::Code::NotFound, tr("no node \"%1\" in %2").arg(arg, projectPath));
        return n;
    };
    if (kind == QLatin1String("search")) {
        if (args.size() != 1)
            return usage(tr("search needs one text"));
        QJsonArray a;
        for (const GraphQueries::Hit &h : q.search(args[0], limitText.isEmpty() ? 0 : limitText.toInt())) {
            if (m_json)
                a.append(nodeJson(g, h.node));
            else
                out(QStringLiteral("%1\t%2\t%3").arg(g.nodeKey(h.node), g.labelEn(h.node), g.labelZh(h.node)));
        }
        if (m_json)
            printJson(a);
        return Ok;
    }
    if (kind == QLatin1String("root-causes")) {
        if (args.size() != 1)
            return usage(tr("root-causes needs one node"));
        const GraphQueries::Paths paths = q.rootCauses(node(args[0]), depth);
        QJsonArray a;
        for (const GraphQueries::Path &path : paths.paths) {
            QStringList chain;
            QJsonArray edges;
            for (auto it = path.rbegin(); it != path.rend(); ++it) {
                chain.append(g.nodeKey(g.edgeFrom(*it)));
                edges.append(g.edgeId(*it));
            }
            chain.append(g.nodeKey(g.edgeTo(path.front())));
            if (m_json)
                a.append(QJsonObject { { QStringLiteral("root"), nodeJson(g, q.rootOf(path)) },
                    { QStringLiteral("chain"), QJsonArray::fromStringList(chain) },
                    { QStringLiteral("edges"), edges } });
            else
                out(chain.join(QStringLiteral(" → ")));
        }
        if (m_json)
            printJson(QJsonObject { { QStringLiteral("paths"), a }, { QStringLiteral("truncated"), paths.truncated } });
        else if (paths.truncated)
            err(tr("(more chains exist; only the first %1 are listed)").arg(paths.paths.size()));
        return Ok;
    }
    if (kind == QLatin1String("impact") || kind == QLatin1String("neighbours")) {
        if (args.size() != 1)
            return usage(tr("%1 needs one node").arg(kind));
        const auto list = kind == QLatin1String("impact")
            ? q.impact(node(args[0]), depth)
            : q.neighbours(node(args[0]), kText.isEmpty() ? 1 : kText.toInt());
        QJsonArray a;
        for (const auto &[n, d] : list) {
            if (m_json) {
                QJsonObject o = nodeJson(g, n);
                o[QLatin1String("distance")] = d;
                a.append(o);
            } else {
                out(QStringLiteral("%1\t%2\t%3").arg(d).arg(g.nodeKey(n), g.label(n, false)));
            }
        }
        if (m_json)
            printJson(a);
        return Ok;
    }
    if (kind == QLatin1String("path")) {
        if (args.size() != 2)
            return usage(tr("path needs two nodes"));
        const int from = node(args[0]), to = node(args[1]);
        const GraphQueries::Path path = q.shortestPath(from, to, directed);
        if (path.empty() && from != to) {
            err(tr("no path from %1 to %2").arg(args[0], args[1]));
            return NotFound;
        }
        QJsonArray a;
        for (int e : path) {
            if (m_json)
                a.append(QJsonObject {
                    { QStringLiteral("edge"), g.edgeId(e) }, { QStringLiteral("text"), edgeText(g, e) } });
            else
                out(edgeText(g, e));
        }
        if (m_json)
            printJson(a);
        return Ok;
    }
    return usage(tr("unknown query \"%1\"").arg(kind));
}

int KgCommands::validate(const QString &projectPath)
{
    auto p = project::Project::open(projectPath, m_user);
    const GraphSnapshot g = GraphSnapshot::load(p->connection());
    const QList<ValidationIssue> issues = Validator(g).run();
    QJsonArray a;
    int errors = 0;
    for (const ValidationIssue &i : issues) {
        const bool error = i.severity == ValidationIssue::Severity::Error;
        errors += error ? 1 : 0;
        if (m_json)
            a.append(QJsonObject {
                { QStringLiteral("severity"), error ? QStringLiteral("error") : QStringLiteral("warning") },
                { QStringLiteral("rule"), ValidationIssue::ruleName(i.rule) }, { QStringLiteral("message"), i.message },
                { QStringLiteral("node"), i.nodeId }, { QStringLiteral("edge"), i.edgeId } });
        else
            out(QStringLiteral("%1\t%2\t%3")
                    .arg(error ? tr("error") : tr("warning"), ValidationIssue::ruleName(i.rule), i.message));
    }
    if (m_json)
        printJson(a);
    return errors > 0 ? Failed : Ok;
}

int KgCommands::exportGraph(const QString &projectPath, QStringList args)
{
    QString format = takeOption(args, QStringLiteral("--format"));
    const QString base = takeOption(args, QStringLiteral("--base"));
    if (args.size() != 1)
        return usage(tr("export needs one output file"));
    const QString file = args[0];
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        format = suffix == QLatin1String("json") ? QStringLiteral("jsonld")
            : suffix.isEmpty()                   ? QStringLiteral("csv")
                                                 : suffix;
    }
    auto p = project::Project::open(projectPath, m_user);
    const GraphData d = GraphData::read(GraphStore(p->connection()));
    if (format == QLatin1String("ttl") || format == QLatin1String("turtle"))
        writeAtomically(file, RdfWriter::write(d, RdfWriter::Syntax::Turtle, base));
    else if (format == QLatin1String("nt"))
        writeAtomically(file, RdfWriter::write(d, RdfWriter::Syntax::NTriples, base));
    else if (format == QLatin1String("jsonld"))
        writeAtomically(file, JsonLdWriter::write(d, base));
    else if (format == QLatin1String("graphml"))
        writeAtomically(file, GraphMlWriter::write(d));
    else if (format == QLatin1String("csv")) {
        if (!QDir().mkpath(file))
            throw StoreError(StoreError::Code::Generic, tr("%1: cannot create the folder").arg(file));
        writeAtomically(QDir(file).filePath(QStringLiteral("nodes.csv")), Neo4jCsv::writeNodes(d));
        writeAtomically(QDir(file).filePath(QStringLiteral("edges.csv")), Neo4jCsv::writeEdges(d));
    } else {
        return usage(tr("unknown format \"%1\" (ttl, nt, jsonld, graphml, csv)").arg(format));
    }
    if (m_json)
        printJson(QJsonObject { { QStringLiteral("file"), file }, { QStringLiteral("format"), format },
            { QStringLiteral("nodes"), d.nodes.size() }, { QStringLiteral("edges"), d.edges.size() } });
    else
        out(tr("%1: %2 nodes, %3 edges (%4)").arg(file).arg(d.nodes.size()).arg(d.edges.size()).arg(format));
    return Ok;
}

int KgCommands::importGraph(const QString &projectPath, QStringList args)
{
    QString format = takeOption(args, QStringLiteral("--format"));
    QString edges = takeOption(args, QStringLiteral("--edges"));
    const QString base = takeOption(args, QStringLiteral("--base"));
    const QString unknownText = takeOption(args, QStringLiteral("--unknown-types"));
    if (args.size() != 1)
        return usage(tr("import needs one input file"));
    QString file = args[0];
    GraphImporter::UnknownTypes unknown = GraphImporter::UnknownTypes::Fail;
    if (unknownText == QLatin1String("add"))
        unknown = GraphImporter::UnknownTypes::Add;
    else if (unknownText == QLatin1String("skip"))
        unknown = GraphImporter::UnknownTypes::Skip;
    else if (!unknownText.isEmpty() && unknownText != QLatin1String("fail"))
        return usage(tr("--unknown-types is fail, add or skip"));
    if (QFileInfo(file).isDir()) {
        edges = QDir(file).filePath(QStringLiteral("edges.csv"));
        file = QDir(file).filePath(QStringLiteral("nodes.csv"));
        format = QStringLiteral("csv");
    }
    if (format.isEmpty())
        format = QFileInfo(file).suffix().toLower();
    ImportData data;
    if (format == QLatin1String("ttl") || format == QLatin1String("turtle"))
        data = RdfReader::readFile(file, RdfReader::Syntax::Turtle, base);
    else if (format == QLatin1String("nt"))
        data = RdfReader::readFile(file, RdfReader::Syntax::NTriples, base);
    else if (format == QLatin1String("csv"))
        data = Neo4jCsv::read(readAll(file), edges.isEmpty() ? QByteArray() : readAll(edges),
            QFileInfo(file).fileName(), QFileInfo(edges).fileName());
    else
        return usage(tr("unknown format \"%1\" (ttl, nt, csv)").arg(format));
    auto p = project::Project::open(projectPath, m_user);
    const GraphImporter::Report r = GraphImporter(p->connection()).run(data, unknown, QFileInfo(file).fileName());
    if (m_json) {
        printJson(QJsonObject { { QStringLiteral("ok"), r.ok }, { QStringLiteral("nodes_added"), r.nodesAdded },
            { QStringLiteral("nodes_matched"), r.nodesMatched }, { QStringLiteral("nodes_skipped"), r.nodesSkipped },
            { QStringLiteral("edges_added"), r.edgesAdded }, { QStringLiteral("edges_skipped"), r.edgesSkipped },
            { QStringLiteral("types_added"), QJsonArray::fromStringList(r.typesAdded) },
            { QStringLiteral("unknown_node_types"), QJsonArray::fromStringList(r.unknownNodeTypes) },
            { QStringLiteral("unknown_relation_types"), QJsonArray::fromStringList(r.unknownRelationTypes) },
            { QStringLiteral("evidence_added"), r.evidenceAdded },
            { QStringLiteral("evidence_missing"), QJsonArray::fromStringList(r.evidenceMissing) },
            { QStringLiteral("errors"), QJsonArray::fromStringList(r.errors) } });
    } else if (r.ok) {
        out(tr("%1 nodes added, %2 matched, %3 skipped; %4 edges added, %5 skipped")
                .arg(r.nodesAdded)
                .arg(r.nodesMatched)
                .arg(r.nodesSkipped)
                .arg(r.edgesAdded)
                .arg(r.edgesSkipped));
        if (!r.typesAdded.isEmpty())
            out(tr("types added to the ontology: %1").arg(r.typesAdded.join(QLatin1String(", "))));
        if (unknown == GraphImporter::UnknownTypes::Skip && !(r.unknownNodeTypes + r.unknownRelationTypes).isEmpty())
            out(tr("skipped unknown types: %1")
                    .arg((r.unknownNodeTypes + r.unknownRelationTypes).join(QLatin1String(", "))));
        if (r.evidenceAdded)
            out(tr("%1 pieces of evidence linked").arg(r.evidenceAdded));
        for (const QString &m : r.evidenceMissing)
            out(tr("evidence not linked, the project has no such annotation: %1").arg(m));
    }
    if (!r.ok) {
        for (const QString &e : r.errors)
            err(e);
        err(tr("nothing was imported"));
        return Failed;
    }
    return Ok;
}

} // namespace rwb::cli
