#pragma once

#include "coilpass.h"
#include "signalanomaly.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rwb::sample {

/// Writes a synthetic hot strip finishing mill time series as CSV, with ground truth of the anomalies
/// injected into it.
///
/// Columns: "timestamp" (ISO 8601 UTC with milliseconds and 'Z', one row every 10 ms) followed by
/// channelNames(). The signal follows coils through the mill: gaps between coils, threading,
/// acceleration, steady rolling with skid-mark temperature dips, deceleration and tail-out, and a work
/// roll change in long series. A sensor dropout leaves the cells of its channel empty (never zero).
/// The same seed and row count always give a byte-identical file.
class SignalGenerator
{
public:
    static constexpr qint64 samplePeriodMs = 10;

    SignalGenerator();

    /// Time of row 0; default defaultStartTime().
    void setStartTime(const QDateTime &start);
    QDateTime startTime() const { return m_startTime; }
    /// 2026-03-02T06:00:00.000Z
    static QDateTime defaultStartTime();

    /// Writes rowCount data rows (plus the header) to filePath. Returns false and sets errorString()
    /// on failure. The ground truth is then available from anomalies() and coils().
    bool generate(const QString &filePath, qint64 rowCount, quint64 seed);

    /// Anomalies of the last generate(), sorted by startIndex.
    QList<SignalAnomaly> anomalies() const { return m_anomalies; }
    /// Coils of the last generate(), in rolling order.
    QList<CoilPass> coils() const { return m_coils; }
    QString errorString() const { return m_errorString; }

    QDateTime timestampForRow(qint64 row) const;

    /// CSV column names after "timestamp", with their unit in the name.
    static QStringList channelNames();
    static QStringList anomalyClasses();

private:
    QDateTime m_startTime;
    QList<SignalAnomaly> m_anomalies;
    QList<CoilPass> m_coils;
    QString m_errorString;
};

} // namespace rwb::sample
