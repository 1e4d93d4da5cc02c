#pragma once

#include "importprogress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rwb::timeseries {

/// Reads a delimited text file (CSV/TSV/…) into a signal cache (SignalCacheWriter).
///
/// Detected: the delimiter (, ; tab |), a header line, a time column (the first column when it
/// is named time/timestamp/date/datetime/t/时间 or its cells are dates) holding ISO-8601 stamps
/// ("2024-05-01T08:00:00.125Z", a space for the T, fractional seconds, Z or ±hh:mm converted to
/// UTC; stamps without a zone are read as UTC, a mixture is refused) or epoch numbers (seconds,
/// ms, µs or ns, told apart by magnitude). Without a time column samples are numbered and timed
/// by Options::rateHz. Every other column is a numeric channel; empty cells (and NA, N/A, null)
/// are gaps (NaN); with a delimiter other than ',' a decimal comma is accepted. Double quotes
/// around a field are removed; a quoted field may hold the delimiter but not a line break.
///
/// The file is memory-mapped and cut at line ends into chunks parsed on a thread pool
/// (std::from_chars, no allocation per cell); chunks are written in order, so memory stays
/// bounded by a few chunks. Any error (with its 1-based line number) leaves no cache behind.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::timeseries::CsvImporter)

public:
    enum class TimeKind { SampleIndex, Iso8601, EpochSeconds, EpochMilliseconds, EpochMicroseconds, EpochNanoseconds };

    struct Options
    {
        double rateHz = 1.0; ///< without a time column
        qint64 startNs = 0; ///< without a time column
        int threads = 0; ///< parser threads; 0: QThread::idealThreadCount()
        qint64 chunkBytes = 8 << 20;
    };

    struct Result
    {
        bool ok = false;
        QString error; ///< names the file and, for content errors, the line
        QStringList channels;
        QStringList units; ///< from "name [unit]" headers
        qint64 samples = 0;
        TimeKind timeKind = TimeKind::SampleIndex;
        char delimiter = ',';
        bool header = false;
        bool decimalComma = false;
        QStringList warnings;
    };

    CsvImporter() = default;
    explicit CsvImporter(const Options &options);

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }
    void setProgress(const ImportProgress &progress) { m_progress = progress; }
    /// Checked between lines; when it becomes true the import stops and writes nothing.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Parses \a source and writes \a cachePath (atomically, see SignalCacheWriter).
    Result import(const QString &source, const QString &cachePath) const;

    /// ISO-8601 date/time in [\a begin, \a end) to ns since the epoch (UTC when it has a zone);
    /// \a zoned tells whether it had one (Z or an offset).
    static bool parseIsoTime(const char *begin, const char *end, qint64 *ns, bool *zoned);

private:
    Options m_options;
    ImportProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace rwb::timeseries
