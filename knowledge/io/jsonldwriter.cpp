#include "jsonldwriter.h"

#include "rdfvocabulary.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rwb::knowledge {

namespace {

QJsonObject ref(const QString &iri)
{
    return { { QStringLiteral("@id"), iri } };
}

QJsonObject languageMap(const QString &en, const QString &zh)
{
    QJsonObject o;
    if (!en.isEmpty())
        o[QLatin1String("en")] = en;
    if (!zh.isEmpty())
        o[QLatin1String("zh")] = zh;
    return o;
}

QJsonValue typed(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && qAbs(v.toDouble()) < 1e15)
        return QJsonObject { { QStringLiteral("@value"), QString::number(qint64(v.toDouble())) },
            { QStringLiteral("@type"), QStringLiteral("xsd:integer") } };
    if (v.isDouble())
        return QJsonObject { { QStringLiteral("@value"),
                                 QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest) },
            { QStringLiteral("@type"), QStringLiteral("xsd:double") } };
    return v;
}

} // namespace

QByteArray JsonLdWriter::write(const GraphData &graph, const QString &baseIri)
{
    const QString base = baseIri.isEmpty() ? QString::fromLatin1(rdf::DefaultBase) : baseIri;
    const QJsonObject context {
        { QStringLiteral("rdf"), QString::fromLatin1(rdf::Rdf) },
        { QStringLiteral("rdfs"), QString::fromLatin1(rdf::Rdfs) },
        { QStringLiteral("skos"), QString::fromLatin1(rdf::Skos) },
        { QStringLiteral("prov"), QString::fromLatin1(rdf::Prov) },
        { QStringLiteral("xsd"), QString::fromLatin1(rdf::Xsd) },
        { QStringLiteral("rwb"), QString::fromLatin1(rdf::Ontology) },
        { QStringLiteral("rwbp"), QString::fromLatin1(rdf::Property) },
        { QStringLiteral("kg"), base },
        { QStringLiteral("label"),
            QJsonObject { { QStringLiteral("@id"), QStringLiteral("rdfs:label") },
                { QStringLiteral("@container"), QStringLiteral("@language") } } },
        { QStringLiteral("altLabel"),
            QJsonObject { { QStringLiteral("@id"), QStringLiteral("skos:altLabel") },
                { QStringLiteral("@container"), QStringLiteral("@language") } } },
        { QStringLiteral("comment"), QStringLiteral("rdfs:comment") },
        { QStringLiteral("confidence"),
            QJsonObject { { QStringLiteral("@id"), QStringLiteral("rwb:confidence") },
                { QStringLiteral("@type"), QStringLiteral("xsd:double") } } },
    };
    QJsonArray items;
    QHash<qint64, QString> typeName, relationName;
    for (const NodeType &t : graph.ontology.nodeTypes) {
        typeName.insert(t.id, QStringLiteral("rwb:") + t.name);
        items.append(QJsonObject { { QStringLiteral("@id"), QStringLiteral("rwb:") + t.name },
            { QStringLiteral("@type"), QStringLiteral("rdfs:Class") },
            { QStringLiteral("label"), languageMap(t.nameEn, t.nameZh) } });
    }
    for (const RelationType &r : graph.ontology.relationTypes) {
        relationName.insert(r.id, QStringLiteral("rwb:") + r.name);
        items.append(QJsonObject { { QStringLiteral("@id"), QStringLiteral("rwb:") + r.name },
            { QStringLiteral("@type"), QStringLiteral("rdf:Property") },
            { QStringLiteral("label"), languageMap(r.nameEn, r.nameZh) } });
    }
    QHash<qint64, QString> nodeIri;
    for (const Node &n : graph.nodes)
        nodeIri.insert(n.id, QStringLiteral("kg:") + n.key);
    QHash<qint64, QJsonArray> derivedNode, derivedEdge, qualifiedNode, qualifiedEdge;
    for (const Evidence &e : graph.evidence) {
        const QJsonObject ann = ref(QStringLiteral("kg:annotation-%1").arg(e.annotationId));
        const QJsonObject ev = ref(QStringLiteral("kg:evidence-%1").arg(e.id));
        if (e.nodeId) {
            derivedNode[*e.nodeId].append(ann);
            qualifiedNode[*e.nodeId].append(ev);
        } else if (e.edgeId) {
            derivedEdge[*e.edgeId].append(ann);
            qualifiedEdge[*e.edgeId].append(ev);
        }
    }
    QHash<qint64, QList<const Edge *>> edgesFrom;
    for (const Edge &e : graph.edges)
        edgesFrom[e.fromId].append(&e);
    for (const Node &n : graph.nodes) {
        QJsonObject o { { QStringLiteral("@id"), nodeIri.value(n.id) },
            { QStringLiteral("@type"), typeName.value(n.typeId, QStringLiteral("rwb:Node")) } };
        const QJsonObject labels = languageMap(n.labelEn, n.labelZh);
        if (!labels.isEmpty())
            o[QLatin1String("label")] = labels;
        QJsonObject aliases;
        if (!n.aliasesEn.isEmpty())
            aliases[QLatin1String("en")] = QJsonArray::fromStringList(n.aliasesEn);
        if (!n.aliasesZh.isEmpty())
            aliases[QLatin1String("zh")] = QJsonArray::fromStringList(n.aliasesZh);
        if (!aliases.isEmpty())
            o[QLatin1String("altLabel")] = aliases;
        for (auto it = n.properties.begin(); it != n.properties.end(); ++it)
            o[QStringLiteral("rwbp:") + it.key()] = typed(it.value());
        QHash<QString, QJsonArray> targets;
        for (const Edge *e : edgesFrom.value(n.id))
            targets[relationName.value(e->typeId)].append(ref(nodeIri.value(e->toId)));
        for (auto it = targets.begin(); it != targets.end(); ++it)
            o[it.key()] = it.value();
        if (derivedNode.contains(n.id)) {
            o[QLatin1String("prov:wasDerivedFrom")] = derivedNode.value(n.id);
            o[QLatin1String("prov:qualifiedDerivation")] = qualifiedNode.value(n.id);
        }
        items.append(o);
    }
    for (const Edge &e : graph.edges) {
        QJsonObject o { { QStringLiteral("@id"), QStringLiteral("kg:edge-%1").arg(e.id) },
            { QStringLiteral("@type"), QStringLiteral("rdf:Statement") },
            { QStringLiteral("rdf:subject"), ref(nodeIri.value(e.fromId)) },
            { QStringLiteral("rdf:predicate"), ref(relationName.value(e.typeId)) },
            { QStringLiteral("rdf:object"), ref(nodeIri.value(e.toId)) } };
        if (e.confidence)
            o[QLatin1String("confidence")] = *e.confidence;
        for (auto it = e.properties.begin(); it != e.properties.end(); ++it)
            o[QStringLiteral("rwbp:") + it.key()] = typed(it.value());
        if (derivedEdge.contains(e.id)) {
            o[QLatin1String("prov:wasDerivedFrom")] = derivedEdge.value(e.id);
            o[QLatin1String("prov:qualifiedDerivation")] = qualifiedEdge.value(e.id);
        }
        items.append(o);
    }
    for (const Evidence &e : graph.evidence) {
        QJsonObject o { { QStringLiteral("@id"), QStringLiteral("kg:evidence-%1").arg(e.id) },
            { QStringLiteral("@type"), QStringLiteral("prov:Derivation") },
            { QStringLiteral("prov:entity"), ref(QStringLiteral("kg:annotation-%1").arg(e.annotationId)) } };
        if (!e.note.isEmpty())
            o[QLatin1String("comment")] = e.note;
        items.append(o);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("@context"), context }, { QStringLiteral("@graph"), items } })
        .toJson(QJsonDocument::Indented);
}

} // namespace rwb::knowledge
