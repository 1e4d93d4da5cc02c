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

/// Compact UTF-8 JSON for storage, keys in QJsonObject's (sorted) order. Written directly
/// rather than through QJsonDocument, which converts to CBOR first and costs several
/// microseconds per small object: bulk writers store hundreds of thousands of geometries.
QByteArray compact(const QJsonObject &o);
/// Appends compact(\a o) to \a out, for writers that serialise many objects into one buffer.
void appendCompact(QByteArray &out, const QJsonObject &o);

inline QJsonObject parseObject(const QByteArray &utf8)
{
    if (utf8.isEmpty() || utf8 == "{}")
        return {};
    return QJsonDocument::fromJson(utf8).object();
}

} // namespace rwb::project::json
