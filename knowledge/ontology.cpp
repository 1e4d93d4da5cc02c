#include "ontology.h"

#include "knowledgemigrations.h"
#include "project/storeerror.h"

#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rwb::knowledge {

using project::StoreError;

const NodeType *Ontology::nodeType(const QString &name) const
{
    for (const NodeType &t : nodeTypes) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const NodeType *Ontology::nodeType(qint64 id) const
{
    for (const NodeType &t : nodeTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const RelationType *Ontology::relationType(const QString &name) const
{
    for (const RelationType &t : relationTypes) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const RelationType *Ontology::relationType(qint64 id) const
{
    for (const RelationType &t : relationTypes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList Ontology::problems() const
{
    QStringList out;
    QSet<QString> names;
    for (const NodeType &t : nodeTypes) {
        if (t.name.trimmed().isEmpty())
            out.append(tr("a node type has no name"));
        else if (names.contains(t.name))
            out.append(tr("node type \"%1\" is defined twice").arg(t.name));
        names.insert(t.name);
        if (!QColor::isValidColorName(t.color))
            out.append(tr("node type \"%1\" has an invalid colour \"%2\"").arg(t.name, t.color));
        for (const PropertyDef &p : t.properties) {
            if (!PropertyDef::isValidType(p.type))
                out.append(tr("property \"%1\" of \"%2\" has an unknown type \"%3\"").arg(p.name, t.name, p.type));
        }
    }
    QSet<QString> relations;
    for (const RelationType &r : relationTypes) {
        if (r.name.trimmed().isEmpty())
            out.append(tr("a relation type has no name"));
        else if (relations.contains(r.name) || names.contains(r.name))
            out.append(tr("relation type \"%1\" is defined twice").arg(r.name));
        relations.insert(r.name);
        for (const QString &d : r.domain + r.range) {
            if (!names.contains(d))
                out.append(tr("relation type \"%1\" refers to an unknown node type \"%2\"").arg(r.name, d));
        }
        if (r.symmetric && r.directed)
            out.append(tr("relation type \"%1\" is symmetric but directed").arg(r.name));
    }
    return out;
}

QJsonObject Ontology::toJson() const
{
    QJsonArray nodes;
    for (const NodeType &t : nodeTypes)
        nodes.append(t.toJson());
    QJsonArray relations;
    for (const RelationType &r : relationTypes)
        relations.append(r.toJson());
    return { { QStringLiteral("format"), QStringLiteral("rwb-ontology") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("nodeTypes"), nodes }, { QStringLiteral("relationTypes"), relations } };
}

Ontology Ontology::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw StoreError(StoreError::Code::InvalidArgument,
            tr("%1: not valid JSON at offset %2 (%3)").arg(source).arg(error.offset).arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("rwb-ontology"))
        throw StoreError(StoreError::Code::InvalidArgument, tr("%1: not an ontology file").arg(source));
    Ontology o;
    int order = 0;
    for (const QJsonValue &v : root.value(QLatin1String("nodeTypes")).toArray()) {
        NodeType t = NodeType::fromJson(v.toObject());
        t.sortOrder = order++;
        o.nodeTypes.append(t);
    }
    order = 0;
    for (const QJsonValue &v : root.value(QLatin1String("relationTypes")).toArray()) {
        RelationType r = RelationType::fromJson(v.toObject());
        r.sortOrder = order++;
        o.relationTypes.append(r);
    }
    const QStringList problems = o.problems();
    if (!problems.isEmpty())
        throw StoreError(
            StoreError::Code::InvalidArgument, tr("%1: %2").arg(source, problems.join(QLatin1String("; "))));
    return o;
}

Ontology Ontology::starter()
{
    migrationSet(); // registers the module's resources
    const QString path = QStringLiteral(":/rwb/knowledge/ontology/industrial.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Code::Generic, tr("Missing starter ontology %1").arg(path));
    return fromJson(f.readAll(), path);
}

} // namespace rwb::knowledge
