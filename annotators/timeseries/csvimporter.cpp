#include "csvimporter.h"

#include "signalcachewriter.h"
#include "signalprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace rwb::timeseries {

namespace {

using TimeKind = CsvImporter::TimeKind;

constexpr float GapValue = std::numeric_limits<float>::quiet_NaN();

/// What the first lines told about the file, shared read-only by all chunk parsers.
struct Layout
{
    char delimiter = ',';
    int columns = 0;
    bool timeColumn = false;
    TimeKind kind = TimeKind::SampleIndex;
    qint64 epochUnitNs = 1000000000;
};

enum class ChunkError { None, Ragged, NonNumeric, BadTime, Unsorted, Duplicate, Cancelled };

/// One piece of the file, cut at line ends, and what parsing it produced (columns, not rows,
/// so the writer can take them as they are). Lines are counted from the chunk's start.
struct Chunk
{
    const char *begin = nullptr;
    const char *end = nullptr;
    qint64 lines = 0;
    std::vector<qint64> times;
    std::vector<std::vector<float>> columns;
    qint64 firstRowLine = -1;
    qint64 firstNaiveLine = -1;
    qint64 firstZonedLine = -1;
    qint64 emptyCells = 0;
    bool decimalComma = false;
    ChunkError error = ChunkError::None;
    qint64 errorLine = -1;
    int errorColumn = -1;
    int errorFields = 0;
    QByteArray errorCell;
};

inline bool isDigit(char c)
{
    return unsigned(c - '0') <= 9;
}

inline void trim(const char *&b, const char *&e)
{
    while (b < e && (*b == ' ' || *b == '\t'))
        ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        --e;
}

/// Trims and drops surrounding double quotes; true when there were quotes.
inline bool unquote(const char *&b, const char *&e)
{
    trim(b, e);
    if (e - b >= 2 && *b == '"' && e[-1] == '"') {
        ++b;
        --e;
        trim(b, e);
        return true;
    }
    return false;
}

/// End of the field starting at \a p: the next delimiter outside double quotes, or \a lineEnd.
inline const char *fieldEnd(const char *p, const char *lineEnd, char delimiter)
{
    const char *q = p;
    while (q < lineEnd && *q == ' ')
        ++q;
    if (q < lineEnd && *q == '"') {
        const void *close = std::memchr(q + 1, '"', size_t(lineEnd - q - 1));
        if (close)
            q = static_cast<const char *>(close) + 1;
    }
    if (q >= lineEnd)
        return lineEnd;
    const void *d = std::memchr(q, delimiter, size_t(lineEnd - q));
    return d ? static_cast<const char *>(d) : lineEnd;
}

int countFields(const char *p, const char *lineEnd, char delimiter)
{
    int n = 1;
    for (const char *f = fieldEnd(p, lineEnd, delimiter); f < lineEnd; f = fieldEnd(f + 1, lineEnd, delimiter))
        ++n;
    return n;
}

bool isGapToken(const char *b, const char *e)
{
    const qsizetype n = e - b;
    const auto is = [&](const char *token) { return n == qsizetype(qstrlen(token)) && qstrnicmp(b, token, n) == 0; };
    return is("na") || is("n/a") || is("null") || is("none");
}

enum class Cell { Number, Gap, Bad };

/// A numeric cell. Decimal commas are tried only after the plain parse stopped at one, so the
/// common case costs a single from_chars.
inline Cell parseNumber(const char *b, const char *e, bool allowDecimalComma, float *value, bool *usedComma)
{
    const bool quoted = unquote(b, e);
    if (b == e) {
        *value = GapValue;
        return Cell::Gap;
    }
    if (*b == '+')
        ++b;
    auto [ptr, ec] = std::from_chars(b, e, *value);
    if (ec == std::errc() && ptr == e)
        return Cell::Number;
    if (ec == std::errc::result_out_of_range) {
        // Beyond float's range: keep what a double says (±inf or 0) rather than refusing.
        double d = 0;
        auto [dptr, dec] = std::from_chars(b, e, d);
        if (dec == std::errc() && dptr == e) {
            *value = float(d);
            return Cell::Number;
        }
    }
    if ((allowDecimalComma || quoted) && e - b < 64 && std::memchr(b, ',', size_t(e - b))) {
        char buffer[64];
        const size_t n = size_t(e - b);
        std::memcpy(buffer, b, n);
        std::replace(buffer, buffer + n, ',', '.');
        auto [cptr, cec] = std::from_chars(buffer, buffer + n, *value);
        if (cec == std::errc() && cptr == buffer + n) {
            *usedComma = true;
            return Cell::Number;
        }
    }
    if (isGapToken(b, e)) {
        *value = GapValue;
        return Cell::Gap;
    }
    return Cell::Bad;
}

inline int twoDigits(const char *p, bool &ok)
{
    ok = ok && isDigit(p[0]) && isDigit(p[1]);
    return (p[0] - '0') * 10 + (p[1] - '0');
}

constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    // Howard Hinnant's days_from_civil: proleptic Gregorian, no table, no time zone database.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/// A decimal epoch number in units of \a unitNs, kept exact to the nanosecond (a double
/// would lose the last digits of "1714550400.123456789").
bool parseEpoch(const char *b, const char *e, qint64 unitNs, qint64 *ns)
{
    unquote(b, e);
    const char *start = b;
    bool negative = false;
    if (b < e && (*b == '-' || *b == '+')) {
        negative = *b == '-';
        ++b;
    }
    qint64 integer = 0;
    int digits = 0;
    while (b < e && isDigit(*b) && digits < 18) {
        integer = integer * 10 + (*b++ - '0');
        ++digits;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (b < e && *b == '.') {
        ++b;
        while (b < e && isDigit(*b)) {
            if (fractionDigits < 9) {
                fraction = fraction * 10 + (*b - '0');
                ++fractionDigits;
            }
            ++b;
        }
    }
    if (b != e || (digits == 0 && fractionDigits == 0)) {
        // Exponents and other spellings: through a double, exact enough for them.
        double v = 0;
        auto [ptr, ec] = std::from_chars(start + (*start == '+' ? 1 : 0), e, v);
        if (ec != std::errc() || ptr != e || !std::isfinite(v) || std::fabs(v * double(unitNs)) > 9.2e18)
            return false;
        *ns = qint64(std::llround(v * double(unitNs)));
        return true;
    }
    for (; fractionDigits < 9; ++fractionDigits)
        fraction *= 10;
    qint64 r = 0;
    if (__builtin_mul_overflow(integer, unitNs, &r))
        return false;
    r += fraction * unitNs / 1000000000;
    *ns = negative ? -r : r;
    return true;
}

bool cancelled(const std::atomic_bool *cancel, const std::atomic_bool *stop)
{
    return (cancel && cancel->load(std::memory_order_relaxed)) || stop->load(std::memory_order_relaxed);
}

void parseChunk(Chunk &c, const Layout &layout, const std::atomic_bool *cancel, const std::atomic_bool *stop)
{
    const int channels = layout.columns - (layout.timeColumn ? 1 : 0);
    const char delimiter = layout.delimiter;
    const bool allowComma = delimiter != ',';
    c.columns.resize(size_t(channels));
    // A reserve from the first line's length avoids most regrowth of the columns.
    const void *firstNewline = std::memchr(c.begin, '\n', size_t(c.end - c.begin));
    const qint64 lineBytes = firstNewline ? static_cast<const char *>(firstNewline) - c.begin + 1 : c.end - c.begin;
    const size_t estimate = size_t((c.end - c.begin) / std::max<qint64>(1, lineBytes) * 11 / 10 + 16);
    for (auto &column : c.columns)
        column.reserve(estimate);
    if (layout.timeColumn)
        c.times.reserve(estimate);

    const auto failAt = [&](ChunkError error, qint64 line, int column, const char *b, const char *e) {
        c.error = error;
        c.errorLine = line;
        c.errorColumn = column;
        if (b) {
            unquote(b, e);
            c.errorCell = QByteArray(b, std::min<qsizetype>(e - b, 60));
        }
    };

    qint64 line = 0;
    qint64 previous = std::numeric_limits<qint64>::min();
    bool havePrevious = false;
    const char *p = c.begin;
    while (p < c.end) {
        if ((line & 4095) == 0 && cancelled(cancel, stop)) {
            c.error = ChunkError::Cancelled;
            return;
        }
        const void *nl = std::memchr(p, '\n', size_t(c.end - p));
        const char *lineEnd = nl ? static_cast<const char *>(nl) : c.end;
        const char *next = nl ? lineEnd + 1 : c.end;
        const char *le = lineEnd;
        if (le > p && le[-1] == '\r')
            --le;
        if (le == p || ((*p == ' ' || *p == '\t') && [&] {
                const char *b = p;
                const char *e = le;
                trim(b, e);
                return b == e;
            }())) {
            ++line;
            p = next;
            continue;
        }
        if (c.firstRowLine < 0)
            c.firstRowLine = line;
        const char *f = p;
        for (int col = 0; col < layout.columns; ++col) {
            const char *fe = fieldEnd(f, le, delimiter);
            const bool last = col == layout.columns - 1;
            if ((!last && fe == le) || (last && fe != le)) {
                c.errorFields = countFields(p, le, delimiter);
                failAt(ChunkError::Ragged, line, col, nullptr, nullptr);
                return;
            }
            if (layout.timeColumn && col == 0) {
                qint64 t = 0;
                bool zoned = false;
                bool ok = false;
                if (layout.kind == TimeKind::Iso8601) {
                    const char *b = f;
                    const char *e = fe;
                    unquote(b, e);
                    ok = CsvImporter::parseIsoTime(b, e, &t, &zoned);
                    if (ok) {
                        qint64 &first = zoned ? c.firstZonedLine : c.firstNaiveLine;
                        if (first < 0)
                            first = line;
                    }
                } else {
                    ok = parseEpoch(f, fe, layout.epochUnitNs, &t);
                }
                if (!ok) {
                    c.errorFields = countFields(p, le, delimiter);
                    failAt(
                        c.errorFields == layout.columns ? ChunkError::BadTime : ChunkError::Ragged, line, col, f, fe);
                    return;
                }
                if (havePrevious && t <= previous) {
                    failAt(t == previous ? ChunkError::Duplicate : ChunkError::Unsorted, line, col, nullptr, nullptr);
                    return;
                }
                previous = t;
                havePrevious = true;
                c.times.push_back(t);
            } else {
                float v = 0;
                const Cell cell = parseNumber(f, fe, allowComma, &v, &c.decimalComma);
                if (cell == Cell::Bad) {
                    // A row with the wrong field count reports that, not the cell it shifted.
                    c.errorFields = countFields(p, le, delimiter);
                    failAt(c.errorFields == layout.columns ? ChunkError::NonNumeric : ChunkError::Ragged, line, col, f,
                        fe);
                    return;
                }
                c.emptyCells += cell == Cell::Gap;
                c.columns[size_t(col - (layout.timeColumn ? 1 : 0))].push_back(v);
            }
            f = fe + 1;
        }
        ++line;
        p = next;
    }
    c.lines = line;
}

/// The fields of one line (for the header and the first data row only).
QList<QByteArray> splitLine(const char *p, const char *le, char delimiter)
{
    QList<QByteArray> fields;
    for (const char *f = p;;) {
        const char *fe = fieldEnd(f, le, delimiter);
        const char *b = f;
        const char *e = fe;
        unquote(b, e);
        fields.append(QByteArray(b, e - b));
        if (fe >= le)
            break;
        f = fe + 1;
    }
    return fields;
}

bool isBlank(const char *b, const char *e)
{
    trim(b, e);
    return b == e;
}

} // namespace

CsvImporter::CsvImporter(const Options &options)
    : m_options(options)
{ }

bool CsvImporter::parseIsoTime(const char *b, const char *e, qint64 *ns, bool *zoned)
{
    if (e - b < 10)
        return false;
    bool ok = isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2]) && isDigit(b[3]);
    const int year = (b[0] - '0') * 1000 + (b[1] - '0') * 100 + (b[2] - '0') * 10 + (b[3] - '0');
    const char sep = b[4];
    if ((sep != '-' && sep != '/') || b[7] != sep)
        return false;
    const int month = twoDigits(b + 5, ok);
    const int day = twoDigits(b + 8, ok);
    if (!ok || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    const char *p = b + 10;
    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 fraction = 0;
    if (p < e && (*p == 'T' || *p == 't' || *p == ' ')) {
        ++p;
        if (e - p < 5 || p[2] != ':')
            return false;
        hour = twoDigits(p, ok);
        minute = twoDigits(p + 3, ok);
        p += 5;
        if (p < e && *p == ':') {
            if (e - p < 3)
                return false;
            second = twoDigits(p + 1, ok);
            p += 3;
            if (p < e && (*p == '.' || *p == ',')) {
                ++p;
                int digits = 0;
                while (p < e && isDigit(*p)) {
                    if (digits < 9) {
                        fraction = fraction * 10 + (*p - '0');
                        ++digits;
                    }
                    ++p;
                }
                if (digits == 0)
                    return false;
                for (; digits < 9; ++digits)
                    fraction *= 10;
            }
        }
        if (!ok || hour > 23 || minute > 59 || second > 60)
            return false;
    }
    qint64 offset = 0;
    bool hasZone = false;
    if (p < e) {
        if (*p == 'Z' || *p == 'z') {
            hasZone = true;
            ++p;
        } else if (*p == '+' || *p == '-') {
            const int sign = *p == '-' ? -1 : 1;
            ++p;
            if (e - p < 2)
                return false;
            const int oh = twoDigits(p, ok);
            p += 2;
            int om = 0;
            if (p < e && *p == ':')
                ++p;
            if (e - p >= 2) {
                om = twoDigits(p, ok);
                p += 2;
            }
            if (!ok || oh > 18 || om > 59)
                return false;
            hasZone = true;
            offset = sign * (oh * 3600 + om * 60);
        }
    }
    if (p != e || !ok)
        return false;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
    *ns = seconds * 1000000000 + fraction;
    *zoned = hasZone;
    return true;
}

CsvImporter::Result CsvImporter::import(const QString &source, const QString &cachePath) const
{
    Result result;
    const auto fail = [&](const QString &why) {
        result.ok = false;
        result.error = tr("%1: %2").arg(source, why);
        return result;
    };
    const auto failLine = [&](qint64 line, const QString &why) { return fail(tr("line %1: %2").arg(line).arg(why)); };

    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // Checked now, not after a long parse: only used without a time column, but a caller's bug.
    if (!(m_options.rateHz > 0) || !std::isfinite(m_options.rateHz))
        return fail(tr("the sample rate must be positive"));
    const qint64 size = file.size();
    if (size == 0)
        return fail(tr("the file is empty"));
    const char *map = reinterpret_cast<const char *>(file.map(0, size));
    if (!map)
        return fail(tr("cannot map the file: %1").arg(file.errorString()));
#ifdef Q_OS_UNIX
    // Read once front to back: let the kernel read ahead and drop pages behind us.
    ::madvise(const_cast<char *>(map), size_t(size), MADV_SEQUENTIAL);
#endif
    const char *const end = map + size;
    const char *begin = map;
    if (size >= 3 && std::memcmp(map, "\xEF\xBB\xBF", 3) == 0)
        begin += 3;

    // The first non-blank lines: the header (if any) and the first data row.
    qint64 lineNo = 0; // 0-based number of the line at `p`
    const auto nextLine = [&](const char *&p, const char *&le, const char *&next) {
        while (p < end) {
            const void *nl = std::memchr(p, '\n', size_t(end - p));
            next = nl ? static_cast<const char *>(nl) + 1 : end;
            le = nl ? static_cast<const char *>(nl) : end;
            if (le > p && le[-1] == '\r')
                --le;
            if (!isBlank(p, le))
                return true;
            p = next;
            ++lineNo;
        }
        return false;
    };
    const char *p = begin;
    const char *le = nullptr;
    const char *next = nullptr;
    if (!nextLine(p, le, next))
        return fail(tr("the file is empty"));

    Layout layout;
    layout.delimiter = SignalProbe::detectDelimiter(
        QByteArray::fromRawData(begin, qsizetype(std::min<qint64>(end - begin, 64 * 1024))));
    result.delimiter = layout.delimiter;
    const QList<QByteArray> first = splitLine(p, le, layout.delimiter);
    layout.columns = int(first.size());
    const auto isNumberish = [](const QByteArray &field) {
        float v = 0;
        bool comma = false;
        return parseNumber(field.constData(), field.constData() + field.size(), true, &v, &comma) != Cell::Bad;
    };
    const auto isTime = [](const QByteArray &field) {
        qint64 t = 0;
        bool zoned = false;
        return CsvImporter::parseIsoTime(field.constData(), field.constData() + field.size(), &t, &zoned);
    };
    result.header
        = std::any_of(first.begin(), first.end(), [&](const QByteArray &f) { return !isNumberish(f) && !isTime(f); });
    QStringList names;
    QStringList units;
    if (result.header) {
        for (const QByteArray &f : first) {
            QString name = QString::fromUtf8(f).trimmed();
            QString unit;
            // "pressure [bar]" is the channel "pressure" in bar.
            if (name.endsWith(QLatin1Char(']')) && name.contains(QLatin1Char('['))) {
                const qsizetype open = name.lastIndexOf(QLatin1Char('['));
                unit = name.mid(open + 1, name.size() - open - 2).trimmed();
                name = name.left(open).trimmed();
            }
            names.append(name);
            units.append(unit);
        }
        p = next;
        ++lineNo;
        if (!nextLine(p, le, next))
            return fail(tr("no data rows"));
    }
    const char *const dataStart = p;
    const qint64 dataLine = lineNo; // 0-based line of the first data row
    // Lines before the data start, so chunk-relative line numbers become the file's.
    const qint64 lineBase = std::count(map, dataStart, '\n');

    const QList<QByteArray> row = splitLine(p, le, layout.delimiter);
    if (row.size() != layout.columns)
        return failLine(dataLine + 1, tr("%1 fields, expected %2 (ragged row)").arg(row.size()).arg(layout.columns));
    const QString firstName = result.header ? names.value(0).toLower() : QString();
    static const QStringList timeNames = { QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("date"),
        QStringLiteral("datetime"), QStringLiteral("t"), QString::fromUtf8("时间"), QStringLiteral("time_utc"),
        QStringLiteral("timestamp_utc") };
    const auto columnName = [&](int col) {
        return result.header && !names.value(col).isEmpty() ? names.value(col) : tr("#%1").arg(col + 1);
    };
    if (isTime(row.value(0))) {
        layout.timeColumn = true;
        layout.kind = TimeKind::Iso8601;
    } else if (timeNames.contains(firstName)) {
        layout.timeColumn = true;
        double v = 0;
        const QByteArray &cell = row.value(0);
        auto [ptr, ec] = std::from_chars(cell.constData(), cell.constData() + cell.size(), v);
        if (ec != std::errc() || ptr != cell.constData() + cell.size())
            return failLine(dataLine + 1,
                tr("column \"%1\": \"%2\" is not a time stamp").arg(columnName(0), QString::fromUtf8(cell)));
        // Epoch numbers by magnitude: 1e11 s is the year 5138, 1e11 ms is 1973, and so on.
        const double a = std::fabs(v);
        if (a < 1e11) {
            layout.kind = TimeKind::EpochSeconds;
            layout.epochUnitNs = 1000000000;
        } else if (a < 1e14) {
            layout.kind = TimeKind::EpochMilliseconds;
            layout.epochUnitNs = 1000000;
        } else if (a < 1e17) {
            layout.kind = TimeKind::EpochMicroseconds;
            layout.epochUnitNs = 1000;
        } else {
            layout.kind = TimeKind::EpochNanoseconds;
            layout.epochUnitNs = 1;
        }
    }
    result.timeKind = layout.kind;
    const int firstChannel = layout.timeColumn ? 1 : 0;
    const int channelCount = layout.columns - firstChannel;
    if (channelCount <= 0)
        return fail(tr("no numeric column"));
    for (int col = firstChannel; col < layout.columns; ++col) {
        result.channels.append(result.header && !names.value(col).isEmpty()
                ? names.value(col)
                : QStringLiteral("ch%1").arg(col + 1 - firstChannel));
        result.units.append(units.value(col));
    }

    SignalCacheWriter writer(cachePath, result.channels, result.units);
    writer.setSources({ QFileInfo(source).absoluteFilePath() });
    if (layout.timeColumn)
        writer.setTimestamps();
    else
        writer.setRate(m_options.startNs, m_options.rateHz);

    // Chunks are parsed on the pool and handed to the writer in file order; only a few are in
    // flight at once, so memory does not grow with the file.
    QThreadPool pool;
    const int threads = m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount());
    pool.setMaxThreadCount(threads);
    std::atomic_bool stop { false };
    struct Pending
    {
        std::unique_ptr<Chunk> chunk;
        QFuture<void> future;
    };
    std::deque<Pending> pending;
    const auto stopAll = [&] {
        stop.store(true);
        for (Pending &q : pending)
            q.future.waitForFinished();
        pending.clear();
    };
    const qint64 chunkBytes = std::max<qint64>(64 * 1024, m_options.chunkBytes);
    const char *cut = dataStart;
    const auto submit = [&] {
        if (cut >= end)
            return false;
        auto chunk = std::make_unique<Chunk>();
        chunk->begin = cut;
        const char *stopAt = cut + std::min<qint64>(chunkBytes, end - cut);
        if (stopAt < end) {
            const void *nl = std::memchr(stopAt, '\n', size_t(end - stopAt));
            stopAt = nl ? static_cast<const char *>(nl) + 1 : end;
        }
        chunk->end = stopAt;
        cut = stopAt;
        Chunk *c = chunk.get();
        const std::atomic_bool *cancel = m_cancel;
        QFuture<void> future
            = QtConcurrent::run(&pool, [c, &layout, cancel, &stop] { parseChunk(*c, layout, cancel, &stop); });
        pending.push_back({ std::move(chunk), future });
        return true;
    };
    while (int(pending.size()) < threads + 1 && submit()) { }

    qint64 chunkLineBase = lineBase;
    qint64 lastTime = 0;
    bool haveLast = false;
    int zoned = -1; // unknown, 0 naive, 1 with zone
    qint64 emptyCells = 0;
    std::vector<const float *> columns(static_cast<size_t>(channelCount));
    while (!pending.empty()) {
        pending.front().future.waitForFinished();
        std::unique_ptr<Chunk> chunk = std::move(pending.front().chunk);
        pending.pop_front();
        const Chunk &c = *chunk;
        if (c.error == ChunkError::Cancelled || (m_cancel && m_cancel->load())) {
            stopAll();
            writer.abort();
            return fail(tr("import cancelled"));
        }
        // The earliest problem in this chunk wins: mixed zones, order across the chunk
        // boundary, then what the chunk's parser stopped at.
        qint64 errorLine = std::numeric_limits<qint64>::max();
        QString error;
        const auto consider = [&](qint64 line, const QString &why) {
            if (line >= 0 && line < errorLine) {
                errorLine = line;
                error = why;
            }
        };
        if (zoned < 0 && (c.firstNaiveLine >= 0 || c.firstZonedLine >= 0))
            zoned = c.firstZonedLine >= 0 && (c.firstNaiveLine < 0 || c.firstZonedLine < c.firstNaiveLine) ? 1 : 0;
        consider(zoned == 1  ? c.firstNaiveLine
                : zoned == 0 ? c.firstZonedLine
                             : -1,
            tr("mixed time zones: some time stamps have a zone (Z or an offset), others have none"));
        if (haveLast && !c.times.empty() && c.times.front() <= lastTime) {
            consider(c.firstRowLine,
                c.times.front() == lastTime ? tr("duplicated time stamp (the same as the previous row's)")
                                            : tr("time stamps are not sorted (earlier than the previous row's)"));
        }
        switch (c.error) {
        case ChunkError::Ragged:
            consider(c.errorLine, tr("%1 fields, expected %2 (ragged row)").arg(c.errorFields).arg(layout.columns));
            break;
        case ChunkError::NonNumeric:
            consider(c.errorLine,
                tr("column \"%1\": \"%2\" is not a number")
                    .arg(columnName(c.errorColumn), QString::fromUtf8(c.errorCell)));
            break;
        case ChunkError::BadTime:
            consider(c.errorLine,
                tr("column \"%1\": \"%2\" is not a time stamp")
                    .arg(columnName(c.errorColumn), QString::fromUtf8(c.errorCell)));
            break;
        case ChunkError::Unsorted:
            consider(c.errorLine, tr("time stamps are not sorted (earlier than the previous row's)"));
            break;
        case ChunkError::Duplicate:
            consider(c.errorLine, tr("duplicated time stamp (the same as the previous row's)"));
            break;
        case ChunkError::None:
        case ChunkError::Cancelled:
            break;
        }
        if (!error.isEmpty()) {
            stopAll();
            writer.abort();
            return failLine(chunkLineBase + errorLine + 1, error);
        }
        const qint64 rows
            = layout.timeColumn ? qint64(c.times.size()) : (c.columns.empty() ? 0 : qint64(c.columns.front().size()));
        for (int i = 0; i < channelCount; ++i)
            columns[size_t(i)] = c.columns[size_t(i)].data();
        if (!writer.appendBlock(layout.timeColumn ? c.times.data() : nullptr, columns.data(), rows)) {
            stopAll();
            return fail(writer.errorString());
        }
        if (!c.times.empty()) {
            lastTime = c.times.back();
            haveLast = true;
        }
        emptyCells += c.emptyCells;
        result.decimalComma = result.decimalComma || c.decimalComma;
        chunkLineBase += c.lines;
        const qint64 done = c.end - map;
        chunk.reset();
        submit();
        if (m_progress)
            m_progress(done, size);
    }

    if (writer.sampleCount() == 0) {
        writer.abort();
        return fail(tr("no data rows"));
    }
    result.samples = writer.sampleCount();
    if (zoned == 0)
        result.warnings.append(tr("%1: the time stamps have no time zone; they were read as UTC").arg(source));
    if (emptyCells > 0)
        result.warnings.append(tr("%1: %2 empty cell(s) read as gaps (NaN)").arg(source).arg(emptyCells));
    if (!writer.finish(&result.error))
        return result;
    result.ok = true;
    return result;
}

} // namespace rwb::timeseries
