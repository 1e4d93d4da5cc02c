#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QFile;

namespace rwb::timeseries {

/// Streams samples into a signal cache file (the layout in signaldata.h). Samples arrive row
/// by row or in blocks, but the file stores each channel contiguously, so every channel (and
/// the time stamps) goes to its own bounded buffer that spills to a temporary file next to
/// the cache; finish() concatenates them into `path + ".part"` and renames that over \a path.
/// Inputs of many GB therefore need only a few MB of memory, and the final name never holds a
/// half-written file: a failed, aborted or destroyed-before-finish writer removes its files.
class SignalCacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::SignalCacheWriter)

public:
    /// One channel per name; \a units may be shorter (missing ones are empty).
    SignalCacheWriter(const QString &path, const QStringList &channelNames, const QStringList &units = {});
    ~SignalCacheWriter();
    SignalCacheWriter(const SignalCacheWriter &) = delete;
    SignalCacheWriter &operator=(const SignalCacheWriter &) = delete;

    /// Explicit time stamps (ns since the epoch, UTC): every append passes one per sample.
    void setTimestamps();
    /// Regular sampling (the default: start 0, 1 Hz): appends pass no time stamps.
    void setRate(qint64 startNs, double rateHz);
    /// Recorded in the header's JSON.
    void setSources(const QStringList &files);
    /// Memory per column before it spills to its temporary file (default: 64 MB over all
    /// columns, at least 256 KB each); before the first append only.
    void setBufferBytes(qint64 bytes);

    int channelCount() const { return int(m_names.size()); }
    qint64 sampleCount() const { return m_samples; }
    bool hasTimestamps() const { return m_timestamps; }

    /// \a count samples given column by column: \a channels holds channelCount() pointers to
    /// \a count floats each; \a times (\a count stamps) only with setTimestamps().
    bool appendBlock(const qint64 *times, const float *const *channels, qint64 count);
    /// \a count samples given row by row (channelCount() floats per row, as interleaved audio).
    bool appendRows(const qint64 *times, const float *rows, qint64 count);

    /// Writes the file and renames it into place; false with \a error (naming the file) when
    /// anything failed, and then nothing is left under the final name.
    bool finish(QString *error = nullptr);
    /// Drops everything written so far.
    void abort();
    QString errorString() const { return m_error; }

private:
    struct Stream;

    bool write(Stream &stream, const char *data, qint64 bytes);
    bool fail(const QString &why);
    bool copyStream(Stream &stream, QFile &out);
    void removeTemporaries();

    QString m_path;
    QStringList m_names;
    QStringList m_units;
    QStringList m_sources;
    bool m_timestamps = false;
    qint64 m_startNs = 0;
    double m_rate = 1.0;
    qint64 m_samples = 0;
    qint64 m_bufferBytes = 0;
    bool m_failed = false;
    bool m_done = false;
    QString m_error;
    std::vector<std::unique_ptr<Stream>> m_streams; ///< time stamps (when explicit), then the channels
    std::vector<float> m_scratch;
};

} // namespace rwb::timeseries
