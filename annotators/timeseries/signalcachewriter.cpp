#include "signalcachewriter.h"

#include "signaldata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace rwb::timeseries {

/// One column of the file: a bounded buffer and, once that overflowed, a temporary file.
struct SignalCacheWriter::Stream
{
    QString tempPath;
    std::unique_ptr<QFile> temp;
    std::vector<char> buffer;
    qint64 used = 0;
};

namespace {

/// Total memory the buffers of all streams may hold before spilling to their files.
constexpr qint64 TotalBufferBytes = 64 << 20;
constexpr qint64 MinBufferBytes = 256 << 10;
constexpr qint64 CopyBytes = 8 << 20;

QJsonArray toJson(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

SignalCacheWriter::SignalCacheWriter(const QString &path, const QStringList &channelNames, const QStringList &units)
    : m_path(path)
    , m_names(channelNames)
    , m_units(units.mid(0, channelNames.size()))
{
    while (m_units.size() < m_names.size())
        m_units.append(QString());
    m_bufferBytes = std::max(MinBufferBytes, TotalBufferBytes / (m_names.size() + 1));
    for (qsizetype i = 0; i < m_names.size(); ++i)
        m_streams.push_back(std::make_unique<Stream>());
}

SignalCacheWriter::~SignalCacheWriter()
{
    if (!m_done)
        abort();
}

void SignalCacheWriter::setTimestamps()
{
    if (m_timestamps || m_samples > 0)
        return;
    m_timestamps = true;
    m_streams.insert(m_streams.begin(), std::make_unique<Stream>());
}

void SignalCacheWriter::setRate(qint64 startNs, double rateHz)
{
    m_startNs = startNs;
    m_rate = rateHz;
}

void SignalCacheWriter::setSources(const QStringList &files)
{
    m_sources = files;
}

void SignalCacheWriter::setBufferBytes(qint64 bytes)
{
    if (m_samples == 0)
        m_bufferBytes = std::max<qint64>(64, bytes);
}

bool SignalCacheWriter::fail(const QString &why)
{
    if (!m_failed) {
        m_failed = true;
        m_error = tr("%1: %2").arg(m_path, why);
    }
    return false;
}

bool SignalCacheWriter::write(Stream &stream, const char *data, qint64 bytes)
{
    if (stream.buffer.empty())
        stream.buffer.resize(size_t(m_bufferBytes));
    while (bytes > 0) {
        const qint64 n = std::min(bytes, m_bufferBytes - stream.used);
        std::memcpy(stream.buffer.data() + stream.used, data, size_t(n));
        stream.used += n;
        data += n;
        bytes -= n;
        if (stream.used < m_bufferBytes)
            break;
        if (!stream.temp) {
            // Next to the cache, so the final copy stays on one file system.
            for (size_t i = 0; i < m_streams.size(); ++i) {
                if (m_streams[i].get() == &stream)
                    stream.tempPath = QStringLiteral("%1.part.%2").arg(m_path).arg(i);
            }
            stream.temp = std::make_unique<QFile>(stream.tempPath);
            if (!stream.temp->open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
                return fail(
                    tr("cannot create the temporary file %1: %2").arg(stream.tempPath, stream.temp->errorString()));
        }
        if (stream.temp->write(stream.buffer.data(), stream.used) != stream.used)
            return fail(tr("cannot write %1: %2").arg(stream.tempPath, stream.temp->errorString()));
        stream.used = 0;
    }
    return true;
}

bool SignalCacheWriter::appendBlock(const qint64 *times, const float *const *channels, qint64 count)
{
    if (m_failed || m_done)
        return false;
    if (count <= 0)
        return true;
    size_t s = 0;
    if (m_timestamps) {
        if (!times)
            return fail(tr("time stamps missing"));
        if (!write(*m_streams[s++], reinterpret_cast<const char *>(times), count * qint64(sizeof(qint64))))
            return false;
    }
    for (int c = 0; c < channelCount(); ++c, ++s) {
        if (!write(*m_streams[s], reinterpret_cast<const char *>(channels[c]), count * qint64(sizeof(float))))
            return false;
    }
    m_samples += count;
    return true;
}

bool SignalCacheWriter::appendRows(const qint64 *times, const float *rows, qint64 count)
{
    const int channels = channelCount();
    // Transposed in slices so the scratch buffer stays small for any block size.
    constexpr qint64 Slice = 4096;
    m_scratch.resize(size_t(Slice * channels));
    std::vector<const float *> columns(static_cast<size_t>(channels));
    for (qint64 done = 0; done < count; done += Slice) {
        const qint64 n = std::min(Slice, count - done);
        const float *src = rows + done * channels;
        for (int c = 0; c < channels; ++c) {
            float *dst = m_scratch.data() + qint64(c) * Slice;
            for (qint64 i = 0; i < n; ++i)
                dst[i] = src[i * channels + c];
            columns[size_t(c)] = dst;
        }
        if (!appendBlock(times ? times + done : nullptr, columns.data(), n))
            return false;
    }
    return !m_failed;
}

bool SignalCacheWriter::copyStream(Stream &stream, QFile &out)
{
    if (stream.temp) {
        if (!stream.temp->seek(0))
            return fail(tr("cannot read %1: %2").arg(stream.tempPath, stream.temp->errorString()));
        std::vector<char> chunk(static_cast<size_t>(CopyBytes));
        for (;;) {
            const qint64 n = stream.temp->read(chunk.data(), CopyBytes);
            if (n < 0)
                return fail(tr("cannot read %1: %2").arg(stream.tempPath, stream.temp->errorString()));
            if (n == 0)
                break;
            if (out.write(chunk.data(), n) != n)
                return fail(out.errorString());
        }
        stream.temp->close();
        QFile::remove(stream.tempPath);
        stream.temp.reset();
    }
    if (stream.used > 0 && out.write(stream.buffer.data(), stream.used) != stream.used)
        return fail(out.errorString());
    stream.buffer = {};
    stream.used = 0;
    return true;
}

bool SignalCacheWriter::finish(QString *error)
{
    const auto done = [&](bool ok) {
        if (!ok) {
            abort();
            if (error)
                *error = m_error;
        }
        m_done = true;
        return ok;
    };
    if (m_failed || m_done)
        return done(false);
    if (!m_timestamps && !(m_rate > 0))
        return done(fail(tr("the sample rate must be positive")));

    QJsonObject meta;
    meta.insert(QLatin1String("channels"), toJson(m_names));
    meta.insert(QLatin1String("units"), toJson(m_units));
    meta.insert(QLatin1String("sources"), toJson(m_sources));
    const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    if (json.size() > SignalData::HeaderBytes - SignalData::OffsetJson)
        return done(fail(tr("too many or too long channel names for the cache header (%1 bytes of %2)")
                             .arg(json.size())
                             .arg(SignalData::HeaderBytes - SignalData::OffsetJson)));

    QByteArray header(SignalData::HeaderBytes, '\0');
    uchar *h = reinterpret_cast<uchar *>(header.data());
    std::memcpy(h + SignalData::OffsetMagic, SignalData::Magic, 8);
    qToLittleEndian<quint32>(SignalData::FormatVersion, h + SignalData::OffsetVersion);
    qToLittleEndian<quint32>(quint32(m_names.size()), h + SignalData::OffsetChannels);
    qToLittleEndian<quint64>(quint64(m_samples), h + SignalData::OffsetSamples);
    qToLittleEndian<quint32>(m_timestamps ? SignalData::FlagTimestamps : 0, h + SignalData::OffsetFlags);
    qToLittleEndian<qint64>(m_timestamps ? 0 : m_startNs, h + SignalData::OffsetStart);
    qToLittleEndian<double>(m_timestamps ? 0.0 : m_rate, h + SignalData::OffsetRate);
    qToLittleEndian<quint32>(quint32(json.size()), h + SignalData::OffsetJsonLength);
    std::memcpy(h + SignalData::OffsetJson, json.constData(), size_t(json.size()));

    const QString partPath = m_path + QLatin1String(".part");
    QFile out(partPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return done(fail(tr("cannot create %1: %2").arg(partPath, out.errorString())));
    if (out.write(header) != header.size())
        return done(fail(out.errorString()));
    const QByteArray padding(SignalData::BlockAlignment, '\0');
    for (size_t s = 0; s < m_streams.size(); ++s) {
        const qint64 itemBytes = (m_timestamps && s == 0) ? 8 : 4;
        if (!copyStream(*m_streams[s], out))
            return done(false);
        const qint64 pad = SignalData::alignedBytes(m_samples * itemBytes) - m_samples * itemBytes;
        if (pad > 0 && out.write(padding.constData(), pad) != pad)
            return done(fail(out.errorString()));
    }
    // No fsync: the cache can always be rebuilt from its source, and SignalData::open refuses
    // a file whose size does not match its header (what a crash before writeback leaves).
    if (!out.flush())
        return done(fail(out.errorString()));
    out.close();
    // rename(2) replaces an existing cache atomically; QFile::rename would refuse to.
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        return done(
            fail(tr("cannot rename %1 into place: %2").arg(partPath, QString::fromLocal8Bit(std::strerror(errno)))));
    return done(true);
}

void SignalCacheWriter::abort()
{
    removeTemporaries();
    QFile::remove(m_path + QLatin1String(".part"));
    m_done = true;
}

void SignalCacheWriter::removeTemporaries()
{
    for (auto &stream : m_streams) {
        if (stream->temp) {
            stream->temp->close();
            QFile::remove(stream->tempPath);
            stream->temp.reset();
        }
        stream->buffer = {};
        stream->used = 0;
    }
}

} // namespace rwb::timeseries
