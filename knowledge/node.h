#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rwb::knowledge {

/// A node of the mechanism graph: a typed concept with labels and aliases in both languages.
struct Node
{
    qint64 id = 0;
    QString key; ///< unique, stable; the local name of the node's IRI in RDF exports
    qint64 typeId = 0;
    QString labelEn;
    QString labelZh;
    QStringList aliasesEn;
    QStringList aliasesZh;
    QJsonObject properties;
    std::optional<qint64> author;
    QString created;
    QString modified;

    bool operator==(const Node &other) const = default;
    /// The label in the UI language, falling back to the other one, then the key.
    QString label(bool zh) const;
    QJsonObject toJson() const;
    static Node fromJson(const QJsonObject &json);
    /// Whether \a key may name a node (letters, digits, '_', '-', '.'; not starting with '-' or '.').
    static bool isValidKey(const QString &key);
};

} // namespace rwb::knowledge
