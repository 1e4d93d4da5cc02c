#pragma once

#include "nodetype.h"
#include "relationtype.h"

#include <QCoreApplication>

namespace rwb::knowledge {

/// Node and relation types, as a project stores them or an ontology file describes them.
class Ontology
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::Ontology)
public:
    QList<NodeType> nodeTypes;
    QList<RelationType> relationTypes;

    const NodeType *nodeType(const QString &name) const;
    const NodeType *nodeType(qint64 id) const;
    const RelationType *relationType(const QString &name) const;
    const RelationType *relationType(qint64 id) const;

    /// The problems of the ontology itself: duplicate or empty names, bad colours, domain or
    /// range naming a type that does not exist, unknown property types. Empty: consistent.
    QStringList problems() const;

    QJsonObject toJson() const;
    /// Reads an ontology file's JSON; throws project::StoreError naming \a source on bad input.
    static Ontology fromJson(const QByteArray &json, const QString &source);
    /// The starter ontology for industrial mechanisms shipped with the application.
    static Ontology starter();
};

} // namespace rwb::knowledge
