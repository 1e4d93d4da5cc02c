#include "graphmlwriter.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QXmlStreamWriter>

namespace rwb::knowledge {

namespace {

void key(QXmlStreamWriter &x, const char *id, const char *forWhat, const char *name, const char *type)
{
    x.writeStartElement(QStringLiteral("key"));
    x.writeAttribute(QStringLiteral("id"), QLatin1String(id));
    x.writeAttribute(QStringLiteral("for"), QLatin1String(forWhat));
    x.writeAttribute(QStringLiteral("attr.name"), QLatin1String(name));
    x.writeAttribute(QStringLiteral("attr.type"), QLatin1String(type));
    x.writeEndElement();
}

void data(QXmlStreamWriter &x, const char *k, const QString &value)
{
    x.writeStartElement(QStringLiteral("data"));
    x.writeAttribute(QStringLiteral("key"), QLatin1String(k));
    x.writeCharacters(value);
    x.writeEndElement();
}

} // namespace

QByteArray GraphMlWriter::write(const GraphData &graph)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("graphml"));
    x.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    x.writeNamespace(QStringLiteral("http://www.yworks.com/xml/graphml"), QStringLiteral("y"));
    key(x, "key", "node", "key", "string");
    key(x, "type", "node", "type", "string");
    key(x, "label", "node", "label", "string");
    key(x, "label_zh", "node", "label_zh", "string");
    key(x, "aliases", "node", "aliases", "string");
    key(x, "color", "node", "color", "string");
    key(x, "properties", "node", "properties", "string");
    key(x, "relation", "edge", "relation", "string");
    key(x, "confidence", "edge", "confidence", "double");
    key(x, "evidence", "edge", "evidence", "int");
    x.writeStartElement(QStringLiteral("key"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("yg"));
    x.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
    x.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("nodegraphics"));
    x.writeEndElement();

    QHash<qint64, const NodeType *> types;
    for (const NodeType &t : graph.ontology.nodeTypes)
        types.insert(t.id, &t);
    QHash<qint64, const RelationType *> relations;
    for (const RelationType &r : graph.ontology.relationTypes)
        relations.insert(r.id, &r);
    QHash<qint64, int> edgeEvidence;
    for (const Evidence &e : graph.evidence) {
        if (e.edgeId)
            ++edgeEvidence[*e.edgeId];
    }

    x.writeStartElement(QStringLiteral("graph"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    x.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const Node &n : graph.nodes) {
        const NodeType *t = types.value(n.typeId);
        x.writeStartElement(QStringLiteral("node"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("n%1").arg(n.id));
        data(x, "key", n.key);
        data(x, "type", t ? t->name : QString());
        data(x, "label", n.label(false));
        data(x, "label_zh", n.labelZh);
        data(x, "aliases", (n.aliasesEn + n.aliasesZh).join(QLatin1Char(';')));
        data(x, "color", t ? t->color : QString());
        if (!n.properties.isEmpty())
            data(x, "properties", QString::fromUtf8(QJsonDocument(n.properties).toJson(QJsonDocument::Compact)));
        x.writeStartElement(QStringLiteral("data"));
        x.writeAttribute(QStringLiteral("key"), QStringLiteral("yg"));
        x.writeStartElement(QStringLiteral("y:ShapeNode"));
        x.writeEmptyElement(QStringLiteral("y:Fill"));
        x.writeAttribute(QStringLiteral("color"), t ? t->color : QStringLiteral("#cccccc"));
        x.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
        x.writeTextElement(QStringLiteral("y:NodeLabel"),
            n.labelZh.isEmpty() || n.labelEn.isEmpty() ? n.label(false) : n.labelEn + QLatin1Char('\n') + n.labelZh);
        x.writeEmptyElement(QStringLiteral("y:Shape"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("roundrectangle"));
        x.writeEndElement(); // y:ShapeNode
        x.writeEndElement(); // data
        x.writeEndElement(); // node
    }
    for (const Edge &e : graph.edges) {
        const RelationType *r = relations.value(e.typeId);
        x.writeStartElement(QStringLiteral("edge"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(e.id));
        x.writeAttribute(QStringLiteral("source"), QStringLiteral("n%1").arg(e.fromId));
        x.writeAttribute(QStringLiteral("target"), QStringLiteral("n%1").arg(e.toId));
        if (r && !r->directed)
            x.writeAttribute(QStringLiteral("directed"), QStringLiteral("false"));
        data(x, "relation", r ? r->name : QString());
        if (e.confidence)
            data(x, "confidence", QString::number(*e.confidence, 'g', QLocale::FloatingPointShortest));
        data(x, "evidence", QString::number(edgeEvidence.value(e.id)));
        x.writeEndElement();
    }
    x.writeEndElement(); // graph
    x.writeEndElement(); // graphml
    x.writeEndDocument();
    return out;
}

} // namespace rwb::knowledge
