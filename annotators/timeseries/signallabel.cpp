#include "signallabel.h"

#include "project/annotation.h"
#include "project/projecttypes.h"

#include <QJsonArray>

#include <algorithm>

namespace rwb::timeseries {

SignalLabel SignalLabel::range(qint64 start, qint64 end, const QStringList &channels)
{
    SignalLabel l;
    l.kind = Kind::Range;
    l.start = std::min(start, end);
    l.end = std::max(start, end);
    l.channels = channels;
    return l;
}

SignalLabel SignalLabel::event(qint64 index, const QStringList &channels)
{
    SignalLabel l;
    l.kind = Kind::Event;
    l.start = index;
    l.end = index + 1;
    l.channels = channels;
    return l;
}

std::optional<SignalLabel> SignalLabel::fromAnnotation(const project::Annotation &a)
{
    QStringList channels;
    for (const QJsonValue &v : a.geometry.value(QLatin1String("channels")).toArray())
        channels.append(v.toString());
    if (a.kind == QLatin1String(project::shape::Range)) {
        const QJsonValue s = a.geometry.value(QLatin1String("start"));
        const QJsonValue e = a.geometry.value(QLatin1String("end"));
        if (!s.isDouble() || !e.isDouble() || e.toDouble() < s.toDouble())
            return std::nullopt;
        return range(qint64(s.toDouble()), qint64(e.toDouble()), channels);
    }
    if (a.kind == QLatin1String(project::shape::Event)) {
        const QJsonValue i = a.geometry.value(QLatin1String("index"));
        if (!i.isDouble())
            return std::nullopt;
        return event(qint64(i.toDouble()), channels);
    }
    return std::nullopt;
}

void SignalLabel::applyTo(project::Annotation &a, const QStringList &allChannels) const
{
    QJsonObject g;
    if (kind == Kind::Range) {
        a.kind = QString::fromLatin1(project::shape::Range);
        g.insert(QStringLiteral("start"), double(start));
        g.insert(QStringLiteral("end"), double(end));
    } else {
        a.kind = QString::fromLatin1(project::shape::Event);
        g.insert(QStringLiteral("index"), double(start));
    }
    if (!channels.isEmpty())
        g.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    a.geometry = g;
    int lo = 0;
    int hi = std::max(0, int(allChannels.size()) - 1);
    if (!channels.isEmpty()) {
        lo = int(allChannels.size());
        hi = 0;
        for (const QString &c : channels) {
            const int row = int(allChannels.indexOf(c));
            if (row >= 0) {
                lo = std::min(lo, row);
                hi = std::max(hi, row);
            }
        }
        if (lo > hi)
            lo = hi = 0;
    }
    a.extent = QRectF(QPointF(double(start), lo), QPointF(double(std::max(end, start + 1)), hi));
}

bool SignalLabel::overlaps(const SignalLabel &other) const
{
    if (end <= other.start || other.end <= start)
        return false;
    if (channels.isEmpty() || other.channels.isEmpty())
        return true;
    return std::any_of(
        channels.cbegin(), channels.cend(), [&](const QString &c) { return other.channels.contains(c); });
}

} // namespace rwb::timeseries
