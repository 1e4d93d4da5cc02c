#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QFile;

namespace rwb::timeseries {

/// A signal asset's samples as the view and the jobs read them: a compact binary cache file
/// (written once at import by SignalCacheWriter, memory-mapped here, never re-parsed), with
/// one float32 array per channel (NaN marks a gap: an empty cell, never a zero) and either
/// explicit time stamps (int64 nanoseconds since the Unix epoch, UTC, strictly increasing) or
/// a start time and a sample rate.
///
/// File layout (little endian): a 4096-byte header — magic "RWBSIG01", format version (u32),
/// channel count (u32), sample count (u64), flags (u32: 1 = explicit time stamps), start time
/// (i64 ns), sample rate (f64 Hz), the header's JSON length (u32) and the JSON (channel names,
/// units, source files); then the time stamps (sample count × i64, only with flag 1), then the
/// channels one after the other (sample count × f32 each), each block 64-byte aligned.
class SignalData
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::SignalData)

public:
    static constexpr int HeaderBytes = 4096;
    static constexpr quint32 FormatVersion = 1;
    static constexpr char Magic[9] = "RWBSIG01";
    /// Header field offsets, in the order listed above (shared with SignalCacheWriter).
    enum HeaderOffset : int {
        OffsetMagic = 0,
        OffsetVersion = 8,
        OffsetChannels = 12,
        OffsetSamples = 16,
        OffsetFlags = 24,
        OffsetStart = 28,
        OffsetRate = 36,
        OffsetJsonLength = 44,
        OffsetJson = 48,
    };
    static constexpr quint32 FlagTimestamps = 1;
    static constexpr qint64 BlockAlignment = 64;
    static constexpr qint64 alignedBytes(qint64 bytes)
    {
        return (bytes + BlockAlignment - 1) / BlockAlignment * BlockAlignment;
    }

    /// Maps \a path; null with \a error (naming the file and the problem) when it is missing,
    /// truncated, of another format or version.
    static std::shared_ptr<SignalData> open(const QString &path, QString *error = nullptr);
    ~SignalData();

    QString path() const { return m_path; }
    int channelCount() const { return int(m_names.size()); }
    qint64 sampleCount() const { return m_samples; }
    QStringList channelNames() const { return m_names; }
    QStringList channelUnits() const { return m_units; }
    /// The files the cache was built from (as the writer recorded them).
    QStringList sourceFiles() const { return m_sources; }
    /// \a channel's samples (sampleCount() floats, NaN = gap).
    const float *channel(int channel) const;

    bool hasTimestamps() const { return m_times != nullptr; }
    /// Time of sample \a index in ns since the epoch (start + index / rate without stamps).
    qint64 timeAt(qint64 index) const;
    /// The first sample at or after \a ns (sampleCount() when none).
    qint64 indexAtOrAfter(qint64 ns) const;
    qint64 startNs() const { return m_samples > 0 ? timeAt(0) : m_startNs; }
    qint64 endNs() const { return m_samples > 0 ? timeAt(m_samples - 1) : m_startNs; }
    double rateHz() const { return m_rate; }

private:
    SignalData() = default;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    const uchar *m_map = nullptr;
    QStringList m_names;
    QStringList m_units;
    QStringList m_sources;
    qint64 m_samples = 0;
    qint64 m_startNs = 0;
    double m_rate = 0;
    const qint64 *m_times = nullptr;
    std::vector<const float *> m_channels;
};

} // namespace rwb::timeseries
