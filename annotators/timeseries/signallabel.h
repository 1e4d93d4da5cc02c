#pragma once

#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace rwb::project {
struct Annotation;
}

namespace rwb::timeseries {

/// A label on a signal: a range of samples [start, end) or an event at one sample, on the whole
/// asset (no channels named) or on chosen channels. Stored as an annotation of kind "range"
/// {start, end, channels} or "event" {index, channels}; sample indices into the asset's signal
/// cache, so that a label never drifts against its samples. The extent is (index, channel row)
/// for window queries.
struct SignalLabel
{
    enum class Kind { Range, Event };
    Kind kind = Kind::Range;
    qint64 start = 0;
    qint64 end = 0; ///< one past the last sample (start + 1 for an event)
    QStringList channels; ///< empty: every channel

    static SignalLabel range(qint64 start, qint64 end, const QStringList &channels = {});
    static SignalLabel event(qint64 index, const QStringList &channels = {});
    /// Nullopt when \a annotation is not a range or event or its geometry is unreadable.
    static std::optional<SignalLabel> fromAnnotation(const project::Annotation &annotation);
    /// Writes kind, geometry and extent; \a allChannels gives the rows of the extent.
    void applyTo(project::Annotation &annotation, const QStringList &allChannels) const;
    bool covers(const QString &channel) const { return channels.isEmpty() || channels.contains(channel); }
    bool overlaps(const SignalLabel &other) const;
    bool operator==(const SignalLabel &other) const = default;
};

} // namespace rwb::timeseries
