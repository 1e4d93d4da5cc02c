#pragma once

#include <QDateTime>
#include <QString>

namespace rwb::sample {

/// Writes a synthetic vibration recording of a finishing stand as a 16-bit mono WAV file: the
/// work roll's rotation tone with harmonics, broadband noise and a chatter burst that grows and
/// fades. A WAV has no clock time; the sample project pairs it with the mill log in a signal
/// group that gives its start. The same seed always gives a byte-identical file.
class VibrationGenerator
{
public:
    static constexpr int sampleRate = 2000;

    /// Writes \a seconds of recording; false with errorString() on failure.
    bool generate(const QString &filePath, double seconds, quint64 seed);
    /// The chatter burst of the last generate(), in seconds from the recording's start.
    double chatterStart() const { return m_chatterStart; }
    double chatterEnd() const { return m_chatterEnd; }
    QString errorString() const { return m_errorString; }

private:
    double m_chatterStart = 0;
    double m_chatterEnd = 0;
    QString m_errorString;
};

} // namespace rwb::sample
