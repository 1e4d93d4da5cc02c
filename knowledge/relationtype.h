#pragma once

#include "propertydef.h"

#include <QList>

namespace rwb::knowledge {

/// A relation type of the ontology (causes, part_of, …) with the rules validation checks.
struct RelationType
{
    enum class Cardinality { ManyToMany, ManyToOne, OneToMany, OneToOne };

    qint64 id = 0;
    QString name; ///< stable identifier, also the local name of its RDF property
    QString nameEn;
    QString nameZh;
    bool directed = true;
    QStringList domain; ///< node type names allowed at the source; empty: any
    QStringList range; ///< node type names allowed at the target; empty: any
    Cardinality cardinality = Cardinality::ManyToMany;
    bool symmetric = false;
    bool transitive = false;
    bool causal = false; ///< followed by root-cause and impact queries, checked for cycles
    bool requiresEvidence = false; ///< validation reports edges of this type without evidence
    QList<PropertyDef> properties;
    int sortOrder = 0;

    bool operator==(const RelationType &other) const = default;
    QString title(bool zh) const;
    /// At most one edge of this type leaves a source node.
    bool singleTarget() const { return cardinality == Cardinality::ManyToOne || cardinality == Cardinality::OneToOne; }
    /// At most one edge of this type enters a target node.
    bool singleSource() const { return cardinality == Cardinality::OneToMany || cardinality == Cardinality::OneToOne; }

    QJsonObject toJson() const;
    static RelationType fromJson(const QJsonObject &json);
    static QString toString(Cardinality c);
    static std::optional<Cardinality> cardinalityFromString(const QString &s);
};

} // namespace rwb::knowledge
