#include "signalprobe.h"

#include "signalcachebuilder.h"
#include "signaldata.h"
#include "signalgroup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QtEndian>

#include <sndfile.h>

namespace rwb::timeseries {

namespace {
bool looksNumeric(const QByteArray &field)
{
    bool ok = false;
    QByteArray f = field.trimmed();
    f.replace(',', '.');
    f.toDouble(&ok);
    return ok;
}
} // namespace

QStringList SignalProbe::suffixes() const
{
    return { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("wav"), QStringLiteral("flac"),
        SignalGroup::suffix() };
}

char SignalProbe::detectDelimiter(const QByteArray &sample)
{
    QList<QByteArray> lines = sample.split('\n').mid(0, 20);
    // A cut-off last line would spoil the consistency test below.
    if (lines.size() > 1 && !sample.endsWith('\n'))
        lines.removeLast();
    // Several delimiters can split every line alike: "1,5;2,5" (decimal commas) or commas
    // inside tab-separated values. The rarer characters win then, commas last.
    for (char d : { '\t', ';', '|', ',' }) {
        int fields = -1;
        bool consistent = true;
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const int n = int(line.count(d)) + 1;
            if (fields < 0)
                fields = n;
            consistent = consistent && n == fields;
        }
        if (consistent && fields > 1)
            return d;
    }
    char best = ',';
    int bestScore = -1;
    for (char d : { ',', ';', '\t', '|' }) {
        // A good delimiter splits every line into the same number (> 1) of fields.
        int fields = -1;
        int consistent = 0;
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            const int n = int(line.count(d)) + 1;
            if (fields < 0)
                fields = n;
            consistent += (n == fields && n > 1) ? 1 : 0;
        }
        const int score = consistent * 100 + fields;
        if (fields > 1 && score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

project::ProbeResult SignalProbe::probe(const QString &path) const
{
    if (QFileInfo(path).suffix().compare(SignalGroup::suffix(), Qt::CaseInsensitive) == 0)
        return probeGroup(path);
    if (QFileInfo(path).suffix().compare(QLatin1String("wav"), Qt::CaseInsensitive) == 0)
        return probeWav(path);
    if (QFileInfo(path).suffix().compare(QLatin1String("flac"), Qt::CaseInsensitive) == 0)
        return probeSound(path);
    return probeDelimited(path);
}

project::ProbeResult SignalProbe::probeDelimited(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::TimeSeries;
    r.mediaType = QStringLiteral("text/csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    if (file.size() == 0) {
        r.error = QCoreApplication::translate("rwb::timeseries::SignalProbe", "the file is empty");
        return r;
    }
    const QByteArray head = file.peek(64 * 1024);
    if (head.contains('\0')) {
        r.error = QCoreApplication::translate("rwb::timeseries::SignalProbe", "binary data, not a delimited text file");
        return r;
    }
    const char delimiter = detectDelimiter(head);
    QList<QByteArray> lines = head.split('\n');
    if (lines.size() < 2) {
        r.error = QCoreApplication::translate("rwb::timeseries::SignalProbe", "only one line: no data rows");
        return r;
    }
    const QList<QByteArray> first = lines[0].trimmed().split(delimiter);
    const QList<QByteArray> second = lines[1].trimmed().split(delimiter);
    const bool hasHeader = !first.isEmpty() && !looksNumeric(first.last()) && looksNumeric(second.last());
    QJsonArray names;
    for (const QByteArray &f : first)
        names.append(hasHeader ? QString::fromUtf8(f.trimmed()) : QString());
    // The time column is the first one whose values are not plain numbers or whose header says so.
    const QByteArray firstHeader = first.value(0).trimmed().toLower();
    const bool timeColumn = !looksNumeric(second.value(0)) || firstHeader.contains("time") || firstHeader == "t"
        || firstHeader.contains("date");
    qint64 rows = 0;
    char buffer[1 << 16];
    qint64 n = 0;
    bool lastWasNewline = true;
    file.seek(0);
    while ((n = file.read(buffer, sizeof buffer)) > 0) {
        for (qint64 i = 0; i < n; ++i)
            rows += buffer[i] == '\n';
        lastWasNewline = buffer[n - 1] == '\n';
    }
    if (!lastWasNewline)
        ++rows;
    if (hasHeader)
        --rows;
    r.channels = qMax<qint64>(0, first.size() - (timeColumn ? 1 : 0));
    r.samples = rows;
    r.metadata.insert(QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)));
    r.metadata.insert(QStringLiteral("header"), hasHeader);
    r.metadata.insert(QStringLiteral("time_column"), timeColumn);
    if (hasHeader)
        r.metadata.insert(QStringLiteral("columns"), names);
    return r;
}

project::ProbeResult SignalProbe::probeWav(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::TimeSeries;
    r.mediaType = QStringLiteral("audio/wav");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    const QByteArray header = file.read(12);
    if (header.size() < 12 || !header.startsWith("RIFF") || header.mid(8, 4) != "WAVE") {
        r.error = QCoreApplication::translate("rwb::timeseries::SignalProbe", "not a WAV file (no RIFF/WAVE header)");
        return r;
    }
    quint16 channels = 0;
    quint32 rate = 0;
    quint16 bits = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(8);
        if (chunk.size() < 8)
            break;
        const quint32 size = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (chunk.startsWith("fmt ")) {
            const QByteArray fmt = file.read(size);
            if (fmt.size() < 16)
                break;
            channels = qFromLittleEndian<quint16>(fmt.constData() + 2);
            rate = qFromLittleEndian<quint32>(fmt.constData() + 4);
            bits = qFromLittleEndian<quint16>(fmt.constData() + 14);
        } else if (chunk.startsWith("data")) {
            if (channels == 0 || bits == 0)
                break;
            r.channels = channels;
            r.samples = qint64(size) / (qint64(channels) * (bits / 8));
            r.bitDepth = bits;
            r.metadata.insert(QStringLiteral("sample_rate"), qint64(rate));
            return r;
        } else {
            file.seek(file.pos() + size + (size & 1));
        }
    }
    r.error = QCoreApplication::translate("rwb::timeseries::SignalProbe", "damaged WAV file: no format or data chunk");
    return r;
}

project::ProbeResult SignalProbe::probeSound(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::TimeSeries;
    r.mediaType = QStringLiteral("audio/flac");
    SF_INFO info {};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file) {
        r.error = QString::fromLocal8Bit(sf_strerror(nullptr));
        return r;
    }
    r.channels = info.channels;
    r.samples = info.frames;
    switch (info.format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
        r.bitDepth = 8;
        break;
    case SF_FORMAT_PCM_16:
        r.bitDepth = 16;
        break;
    case SF_FORMAT_PCM_24:
        r.bitDepth = 24;
        break;
    default:
        break;
    }
    r.metadata.insert(QStringLiteral("sample_rate"), qint64(info.samplerate));
    sf_close(file);
    return r;
}

project::ProbeResult SignalProbe::probeGroup(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::TimeSeries;
    r.mediaType = QStringLiteral("application/vnd.resonance.signal-group+json");
    QString error;
    const std::optional<SignalGroup> group = SignalGroup::read(path, &error);
    if (!group) {
        r.error = error;
        return r;
    }
    qint64 channels = 0;
    QJsonArray members;
    for (const SignalGroup::Member &m : group->members) {
        const QString file = SignalGroup::resolve(path, m.path);
        if (QFileInfo(file).suffix().compare(SignalGroup::suffix(), Qt::CaseInsensitive) == 0) {
            r.error
                = QCoreApplication::translate("rwb::timeseries::SignalProbe", "%1: a group cannot hold another group")
                      .arg(m.path);
            return r;
        }
        if (!QFileInfo::exists(file)) {
            r.error = QCoreApplication::translate("rwb::timeseries::SignalProbe", "file %1 of the group is missing")
                          .arg(QDir::toNativeSeparators(file));
            return r;
        }
        const project::ProbeResult member = probe(file);
        if (!member.ok()) {
            r.error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), member.error);
            return r;
        }
        channels += member.channels.value_or(0);
        members.append(m.path);
    }
    r.channels = channels;
    r.metadata.insert(QStringLiteral("members"), members);
    r.metadata.insert(QStringLiteral("grid"), SignalGroup::gridName(group->grid));
    r.metadata.insert(QStringLiteral("fill"), SignalGroup::fillName(group->fill));
    return r;
}

QString SignalProbe::prepare(const QString &path, const QString &sha256, const QString &projectFolder) const
{
    const QString cache = SignalCacheBuilder::cachePath(projectFolder, sha256);
    if (QFileInfo::exists(cache) && SignalData::open(cache))
        return {}; // the same content was cached before (an asset removed and imported again)
    QDir().mkpath(QFileInfo(cache).absolutePath());
    QString error;
    if (!SignalCacheBuilder::build(path, cache, {}, nullptr, &error))
        return error;
    return {};
}

void SignalProbe::refine(project::ProbeResult &info, const QString &sha256, const QString &projectFolder) const
{
    if (const auto data = SignalData::open(SignalCacheBuilder::cachePath(projectFolder, sha256))) {
        info.channels = data->channelCount();
        info.samples = data->sampleCount();
    }
}

} // namespace rwb::timeseries
