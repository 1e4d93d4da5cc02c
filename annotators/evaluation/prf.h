#pragma once

#include <QJsonObject>

#include <optional>

namespace rwb::evaluation {

/// True/false positive and false negative counts with the ratios derived from them. A ratio
/// whose denominator is zero is undefined (nullopt, "null" in JSON) rather than a silent 0.
struct Prf
{
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 fn = 0;

    std::optional<double> precision() const;
    std::optional<double> recall() const;
    std::optional<double> f1() const;
    Prf &operator+=(const Prf &other);
    QJsonObject toJson() const;
};

/// A ratio as JSON: the number, or null when undefined.
QJsonValue toJsonValue(std::optional<double> value);

} // namespace rwb::evaluation
