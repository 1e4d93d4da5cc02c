#pragma once

#include "propertydef.h"

#include <QList>

namespace rwb::knowledge {

/// A node type of the ontology (Equipment, Defect, Cause, …).
struct NodeType
{
    qint64 id = 0;
    QString name; ///< stable identifier, also the local name of its RDF class
    QString nameEn;
    QString nameZh;
    QString color = QStringLiteral("#4363d8");
    QString icon; ///< icon name in the theme / resources
    QList<PropertyDef> properties;
    int sortOrder = 0;

    bool operator==(const NodeType &other) const = default;
    /// The name in the UI language (\a zh true for Chinese), falling back to the other, then the identifier.
    QString title(bool zh) const;
    const PropertyDef *property(const QString &name) const;
    /// Without the id: the form of the ontology file.
    QJsonObject toJson() const;
    static NodeType fromJson(const QJsonObject &json);
};

} // namespace rwb::knowledge
