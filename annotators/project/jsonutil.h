#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace rwb::project::json {

inline QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

inline QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

inline std::optional<qint64> optionalInt(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return std::nullopt;
}

inline std::optional<double> optionalReal(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

/// Compact UTF-8 JSON for storage.
inline QByteArray compact(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArrayLiteral("{}") : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject parseObject(const QByteArray &utf8)
{
    if (utf8.isEmpty() || utf8 == "{}")
        return {};
    return QJsonDocument::fromJson(utf8).object();
}

} // namespace rwb::project::json
