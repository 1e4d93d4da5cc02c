#include "signaldata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rwb::timeseries {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

SignalData::~SignalData()
{
    // Unmapping happens when m_file closes; nothing may point into the map afterwards.
    m_channels.clear();
    m_times = nullptr;
}

std::shared_ptr<SignalData> SignalData::open(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("%1: %2").arg(path, why);
        return std::shared_ptr<SignalData>();
    };
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(file->errorString());
    const qint64 size = file->size();
    if (size < HeaderBytes)
        return fail(tr("not a signal cache file (shorter than its header)"));
    const uchar *map = file->map(0, size);
    if (!map)
        return fail(tr("cannot map the file: %1").arg(file->errorString()));
    if (std::memcmp(map + OffsetMagic, Magic, 8) != 0)
        return fail(tr("not a signal cache file (wrong magic)"));
    const quint32 version = qFromLittleEndian<quint32>(map + OffsetVersion);
    if (version != FormatVersion)
        return fail(
            tr("signal cache format version %1 is not supported (expected %2)").arg(version).arg(FormatVersion));
    const quint32 channels = qFromLittleEndian<quint32>(map + OffsetChannels);
    const quint64 samples = qFromLittleEndian<quint64>(map + OffsetSamples);
    const quint32 flags = qFromLittleEndian<quint32>(map + OffsetFlags);
    const qint64 startNs = qFromLittleEndian<qint64>(map + OffsetStart);
    const double rate = qFromLittleEndian<double>(map + OffsetRate);
    const quint32 jsonLength = qFromLittleEndian<quint32>(map + OffsetJsonLength);
    const bool stamps = flags & FlagTimestamps;
    if (jsonLength > quint32(HeaderBytes - OffsetJson))
        return fail(tr("damaged signal cache header (metadata length)"));
    // Sizes are checked before any multiplication can overflow: no real signal has 2^40 samples.
    if (channels > 100000 || samples > (quint64(1) << 40))
        return fail(tr("damaged signal cache header (channel or sample count)"));
    if (!stamps && !(rate > 0 && std::isfinite(rate)))
        return fail(tr("damaged signal cache header (sample rate)"));
    const qint64 n = qint64(samples);
    const qint64 timeBytes = stamps ? alignedBytes(n * 8) : 0;
    const qint64 channelBytes = alignedBytes(n * 4);
    const qint64 expected = HeaderBytes + timeBytes + qint64(channels) * channelBytes;
    if (size != expected)
        return fail(tr("truncated or damaged signal cache (%1 bytes, expected %2)").arg(size).arg(expected));

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(map + OffsetJson), qsizetype(jsonLength)), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("damaged signal cache header (metadata: %1)").arg(jsonError.errorString()));
    const QJsonObject meta = doc.object();

    std::shared_ptr<SignalData> data(new SignalData);
    data->m_path = path;
    data->m_names = stringList(meta.value(QLatin1String("channels")));
    data->m_units = stringList(meta.value(QLatin1String("units")));
    data->m_sources = stringList(meta.value(QLatin1String("sources")));
    if (data->m_names.size() != qsizetype(channels))
        return fail(tr("damaged signal cache header (%1 channel names for %2 channels)")
                        .arg(data->m_names.size())
                        .arg(channels));
    while (data->m_units.size() < data->m_names.size())
        data->m_units.append(QString());
    data->m_samples = n;
    data->m_startNs = startNs;
    data->m_rate = rate;
    data->m_map = map;
    // The writer aligns every block to 64 bytes, so these casts are properly aligned.
    const uchar *p = map + HeaderBytes;
    if (stamps) {
        data->m_times = reinterpret_cast<const qint64 *>(p);
        p += timeBytes;
    }
    data->m_channels.reserve(channels);
    for (quint32 c = 0; c < channels; ++c) {
        data->m_channels.push_back(reinterpret_cast<const float *>(p));
        p += channelBytes;
    }
    data->m_file = std::move(file);
    return data;
}

const float *SignalData::channel(int channel) const
{
    if (channel < 0 || channel >= int(m_channels.size()))
        return nullptr;
    return m_channels[size_t(channel)];
}

qint64 SignalData::timeAt(qint64 index) const
{
    if (m_times)
        return m_times[std::clamp<qint64>(index, 0, std::max<qint64>(0, m_samples - 1))];
    return m_startNs + qint64(std::llround(double(index) * 1e9 / m_rate));
}

qint64 SignalData::indexAtOrAfter(qint64 ns) const
{
    if (m_samples == 0)
        return 0;
    if (m_times)
        return qint64(std::lower_bound(m_times, m_times + m_samples, ns) - m_times);
    if (ns <= m_startNs)
        return 0;
    // The arithmetic guess can be one off after rounding in timeAt(); step to the exact answer.
    const double guess = std::ceil((double(ns) - double(m_startNs)) * m_rate / 1e9);
    qint64 i = guess >= double(m_samples) ? m_samples : qint64(guess);
    while (i > 0 && timeAt(i - 1) >= ns)
        --i;
    while (i < m_samples && timeAt(i) < ns)
        ++i;
    return i;
}

} // namespace rwb::timeseries
