#include "prf.h"

namespace rwb::evaluation {

std::optional<double> Prf::precision() const
{
    if (tp + fp == 0)
        return std::nullopt;
    return double(tp) / double(tp + fp);
}

std::optional<double> Prf::recall() const
{
    if (tp + fn == 0)
        return std::nullopt;
    return double(tp) / double(tp + fn);
}

std::optional<double> Prf::f1() const
{
    // 2TP / (2TP + FP + FN): defined whenever there is anything to compare, even when P or R is not.
    if (2 * tp + fp + fn == 0)
        return std::nullopt;
    return 2.0 * double(tp) / double(2 * tp + fp + fn);
}

Prf &Prf::operator+=(const Prf &other)
{
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
    return *this;
}

QJsonValue toJsonValue(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject Prf::toJson() const
{
    return {
        { QStringLiteral("tp"), tp },
        { QStringLiteral("fp"), fp },
        { QStringLiteral("fn"), fn },
        { QStringLiteral("precision"), toJsonValue(precision()) },
        { QStringLiteral("recall"), toJsonValue(recall()) },
        { QStringLiteral("f1"), toJsonValue(f1()) },
    };
}

} // namespace rwb::evaluation
