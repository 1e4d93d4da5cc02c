#pragma once

#include "projecttypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace rwb::project {

/// A typed attribute of annotations (severity, length, occluded, …). \c classId empty means
/// the attribute applies to every class.
struct LabelAttribute
{
    qint64 id = 0;
    std::optional<qint64> classId;
    QString name;
    QString titleEn;
    QString titleZh;
    AttributeType type = AttributeType::Text;
    QStringList options; ///< enum values
    QJsonValue defaultValue;
    bool required = false;
    int sortOrder = 0;

    /// Checks \a value against the type; returns an empty string or the reason it is invalid.
    QString validate(const QJsonValue &value) const;
    bool operator==(const LabelAttribute &other) const = default;

    QJsonObject toJson() const;
    static LabelAttribute fromJson(const QJsonObject &json);
};

} // namespace rwb::project
