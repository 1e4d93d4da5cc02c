#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rwb::knowledge {

/// A typed property that nodes of a type may carry ("temperature" in °C, "severity" enum, …).
struct PropertyDef
{
    QString name;
    QString titleEn;
    QString titleZh;
    QString type = QStringLiteral("text"); ///< text, int, float, bool, enum
    QStringList options; ///< enum values
    QString unit;

    bool operator==(const PropertyDef &other) const = default;
    /// Whether \a value fits the type (null always fits: the property is unset).
    bool accepts(const QJsonValue &value) const;
    QJsonObject toJson() const;
    static PropertyDef fromJson(const QJsonObject &json);
    static bool isValidType(const QString &type);
};

} // namespace rwb::knowledge
