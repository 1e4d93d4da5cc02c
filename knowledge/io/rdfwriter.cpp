#include "rdfwriter.h"

#include "rdfvocabulary.h"

#include <serd/serd.h>

#include <QHash>
#include <QJsonValue>
#include <QLocale>

namespace rwb::knowledge {

namespace {

size_t appendToArray(const void *buf, size_t len, void *stream)
{
    static_cast<QByteArray *>(stream)->append(static_cast<const char *>(buf), qsizetype(len));
    return len;
}

const uint8_t *u8(const QByteArray &s)
{
    return reinterpret_cast<const uint8_t *>(s.constData());
}

/// Keeps the UTF-8 of every node alive until the statement is written.
class Emitter
{
public:
    Emitter(SerdWriter *writer)
        : m_writer(writer)
    { }

    void iri(const QByteArray &s, const QByteArray &p, const QByteArray &o)
    {
        const SerdNode sn = serd_node_from_string(SERD_URI, u8(s));
        const SerdNode pn = serd_node_from_string(SERD_URI, u8(p));
        const SerdNode on = serd_node_from_string(SERD_URI, u8(o));
        serd_writer_write_statement(m_writer, 0, nullptr, &sn, &pn, &on, nullptr, nullptr);
    }
    void literal(const QByteArray &s, const QByteArray &p, const QByteArray &text, const QByteArray &lang = {},
        const QByteArray &datatype = {})
    {
        const SerdNode sn = serd_node_from_string(SERD_URI, u8(s));
        const SerdNode pn = serd_node_from_string(SERD_URI, u8(p));
        const SerdNode on = serd_node_from_string(SERD_LITERAL, u8(text));
        const SerdNode ln = serd_node_from_string(SERD_LITERAL, u8(lang));
        const SerdNode dn = serd_node_from_string(SERD_URI, u8(datatype));
        serd_writer_write_statement(
            m_writer, 0, nullptr, &sn, &pn, &on, datatype.isEmpty() ? nullptr : &dn, lang.isEmpty() ? nullptr : &ln);
    }
    void value(const QByteArray &s, const QByteArray &p, const QJsonValue &v)
    {
        static const QByteArray xsd(rdf::Xsd);
        if (v.isBool())
            literal(s, p, v.toBool() ? "true" : "false", {}, xsd + "boolean");
        else if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && qAbs(v.toDouble()) < 1e15)
            literal(s, p, QByteArray::number(qint64(v.toDouble())), {}, xsd + "integer");
        else if (v.isDouble())
            literal(s, p, QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest), {}, xsd + "double");
        else if (v.isString())
            literal(s, p, v.toString().toUtf8());
    }

private:
    SerdWriter *m_writer;
};

} // namespace

QByteArray RdfWriter::write(const GraphData &graph, Syntax syntax, const QString &baseIri)
{
    const QByteArray base = baseIri.isEmpty() ? QByteArray(rdf::DefaultBase) : baseIri.toUtf8();
    const QByteArray rdfNs(rdf::Rdf), rdfs(rdf::Rdfs), skos(rdf::Skos), prov(rdf::Prov), onto(rdf::Ontology),
        prop(rdf::Property), xsd(rdf::Xsd);
    QByteArray out;
    SerdEnv *env = serd_env_new(nullptr);
    const SerdSyntax serdSyntax = syntax == Syntax::Turtle ? SERD_TURTLE : SERD_NTRIPLES;
    const SerdStyle style
        = syntax == Syntax::Turtle ? SerdStyle(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : SerdStyle(0);
    SerdWriter *writer = serd_writer_new(serdSyntax, style, env, nullptr, appendToArray, &out);
    if (syntax == Syntax::Turtle) {
        const QList<std::pair<QByteArray, QByteArray>> prefixes { { "rdf", rdfNs }, { "rdfs", rdfs }, { "skos", skos },
            { "prov", prov }, { "xsd", xsd }, { "rwb", onto }, { "rwbp", prop }, { "kg", base } };
        for (const auto &[name, iri] : prefixes) {
            const SerdNode n = serd_node_from_string(SERD_LITERAL, u8(name));
            const SerdNode i = serd_node_from_string(SERD_URI, u8(iri));
            serd_writer_set_prefix(writer, &n, &i);
        }
    }
    Emitter w(writer);
    const QByteArray type = rdfNs + "type";
    const QByteArray label = rdfs + "label";
    const QByteArray comment = rdfs + "comment";

    QHash<qint64, QByteArray> typeIri;
    for (const NodeType &t : graph.ontology.nodeTypes) {
        const QByteArray iri = onto + t.name.toUtf8();
        typeIri.insert(t.id, iri);
        w.iri(iri, type, rdfs + "Class");
        if (!t.nameEn.isEmpty())
            w.literal(iri, label, t.nameEn.toUtf8(), "en");
        if (!t.nameZh.isEmpty())
            w.literal(iri, label, t.nameZh.toUtf8(), "zh");
    }
    QHash<qint64, QByteArray> relationIri;
    for (const RelationType &r : graph.ontology.relationTypes) {
        const QByteArray iri = onto + r.name.toUtf8();
        relationIri.insert(r.id, iri);
        w.iri(iri, type, rdfNs + "Property");
        if (!r.nameEn.isEmpty())
            w.literal(iri, label, r.nameEn.toUtf8(), "en");
        if (!r.nameZh.isEmpty())
            w.literal(iri, label, r.nameZh.toUtf8(), "zh");
    }

    auto annotationIri = [&](qint64 id) { return base + "annotation-" + QByteArray::number(id); };
    auto evidenceIri = [&](qint64 id) { return base + "evidence-" + QByteArray::number(id); };
    QHash<qint64, QList<const Evidence *>> nodeEvidence, edgeEvidence;
    for (const Evidence &e : graph.evidence) {
        if (e.nodeId)
            nodeEvidence[*e.nodeId].append(&e);
        else if (e.edgeId)
            edgeEvidence[*e.edgeId].append(&e);
    }
    auto writeEvidence = [&](const QByteArray &subject, const QList<const Evidence *> &list) {
        for (const Evidence *e : list)
            w.iri(subject, prov + "wasDerivedFrom", annotationIri(e->annotationId));
        for (const Evidence *e : list)
            w.iri(subject, prov + "qualifiedDerivation", evidenceIri(e->id));
    };

    QHash<qint64, QByteArray> nodeIri;
    nodeIri.reserve(graph.nodes.size());
    for (const Node &n : graph.nodes)
        nodeIri.insert(n.id, base + n.key.toUtf8());
    // Direct edges are written with their source node, so a node reads as one block.
    QHash<qint64, QList<const Edge *>> edgesFrom;
    for (const Edge &e : graph.edges)
        edgesFrom[e.fromId].append(&e);
    for (const Node &n : graph.nodes) {
        const QByteArray iri = nodeIri.value(n.id);
        w.iri(iri, type, typeIri.value(n.typeId, onto + "Node"));
        if (!n.labelEn.isEmpty())
            w.literal(iri, label, n.labelEn.toUtf8(), "en");
        if (!n.labelZh.isEmpty())
            w.literal(iri, label, n.labelZh.toUtf8(), "zh");
        for (const QString &a : n.aliasesEn)
            w.literal(iri, skos + "altLabel", a.toUtf8(), "en");
        for (const QString &a : n.aliasesZh)
            w.literal(iri, skos + "altLabel", a.toUtf8(), "zh");
        for (auto it = n.properties.begin(); it != n.properties.end(); ++it)
            w.value(iri, prop + it.key().toUtf8(), it.value());
        for (const Edge *e : edgesFrom.value(n.id))
            w.iri(iri, relationIri.value(e->typeId), nodeIri.value(e->toId));
        writeEvidence(iri, nodeEvidence.value(n.id));
    }
    for (const Edge &e : graph.edges) {
        const QByteArray iri = base + "edge-" + QByteArray::number(e.id);
        w.iri(iri, type, rdfNs + "Statement");
        w.iri(iri, rdfNs + "subject", nodeIri.value(e.fromId));
        w.iri(iri, rdfNs + "predicate", relationIri.value(e.typeId));
        w.iri(iri, rdfNs + "object", nodeIri.value(e.toId));
        if (e.confidence)
            w.literal(iri, onto + "confidence", QByteArray::number(*e.confidence, 'g', QLocale::FloatingPointShortest),
                {}, xsd + "double");
        for (auto it = e.properties.begin(); it != e.properties.end(); ++it)
            w.value(iri, prop + it.key().toUtf8(), it.value());
        writeEvidence(iri, edgeEvidence.value(e.id));
    }
    for (const Evidence &e : graph.evidence) {
        const QByteArray iri = evidenceIri(e.id);
        w.iri(iri, type, prov + "Derivation");
        w.iri(iri, prov + "entity", annotationIri(e.annotationId));
        if (!e.note.isEmpty())
            w.literal(iri, comment, e.note.toUtf8());
    }
    serd_writer_finish(writer);
    serd_writer_free(writer);
    serd_env_free(env);
    return out;
}

} // namespace rwb::knowledge
