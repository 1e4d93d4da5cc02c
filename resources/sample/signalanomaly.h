#pragma once

#include <QString>
#include <QStringList>

namespace rwb::sample {

/// Ground truth of one anomaly injected into a generated time series.
struct SignalAnomaly
{
    /// "roll_chatter", "tension_spike", "temperature_drop", "sensor_dropout" or "slow_drift".
    QString className;
    /// 0-based data row (the header line is not counted) of the first affected sample.
    qint64 startIndex = 0;
    /// 0-based data row of the last affected sample, inclusive.
    qint64 endIndex = 0;
    /// Affected CSV column names; the first one is the main one.
    QStringList channels;
    /// "minor", "moderate" or "severe".
    QString severity;
};

} // namespace rwb::sample
