#pragma once

#include "projecttypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rwb::project {

/// A class of the label schema ("scratch", "inclusion", …), possibly below a parent class.
struct LabelClass
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    QString titleEn;
    QString titleZh;
    QString color = QStringLiteral("#e6194b");
    QString shortcut;
    QList<AssetKind> assetKinds; ///< empty: every kind
    QStringList shapes; ///< empty: every shape
    std::optional<qint64> knowledgeNode;
    int sortOrder = 0;
    bool allowOverlap = true; ///< whether labels of this class may overlap on one asset (ranges, spans)

    bool appliesTo(AssetKind kind) const { return assetKinds.isEmpty() || assetKinds.contains(kind); }
    bool allowsShape(const QString &shape) const { return shapes.isEmpty() || shapes.contains(shape); }
    /// The title in the UI language (\a zh true for Chinese), falling back to the name.
    QString title(bool zh) const;
    bool operator==(const LabelClass &other) const = default;

    QJsonObject toJson() const;
    static LabelClass fromJson(const QJsonObject &json);
};

} // namespace rwb::project
