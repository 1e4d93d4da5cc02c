#pragma once

#include "coilpass.h"
#include "signalanomaly.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rwb::sample {

/// Writes a plausible finishing mill PLC / maintenance event log (UTF-8 text, one event a line) that
/// follows the coils and anomalies of a SignalGenerator run, so that events line up with the signal.
///
/// Line format: "<ISO 8601 UTC timestamp> <LEVEL> <source> <code> <message>", with LEVEL one of INFO,
/// WARN and ALARM padded to five characters. Anomalies get WARN or ALARM lines at their rows (alarm
/// codes match the manual's alarm table); the coil flow, a roll change and routine status lines fill the
/// rest. The same inputs and seed always give a byte-identical file.
class LogGenerator
{
public:
    LogGenerator();

    /// Time of signal row 0; default SignalGenerator::defaultStartTime().
    void setStartTime(const QDateTime &start);
    QDateTime startTime() const { return m_startTime; }

    /// Writes the log covering rows [0, rowCount) of the signal. Returns false and sets errorString() on
    /// failure.
    bool generate(const QString &filePath, qint64 rowCount, const QList<CoilPass> &coils,
        const QList<SignalAnomaly> &anomalies, quint64 seed);

    /// Lines written by the last generate().
    int lineCount() const { return m_lineCount; }
    QString errorString() const { return m_errorString; }

private:
    QDateTime m_startTime;
    int m_lineCount = 0;
    QString m_errorString;
};

} // namespace rwb::sample
