#include "signalgroup.h"

#include "csvimporter.h"
#include "project/jobs/importjob.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

namespace rwb::timeseries {

namespace {
const QString FormatName = QStringLiteral("rwb-signal-group");
}

QString SignalGroup::gridName(Grid grid)
{
    return grid == Grid::Union ? QStringLiteral("union") : QStringLiteral("reference");
}

QString SignalGroup::fillName(Fill fill)
{
    return fill == Fill::Linear ? QStringLiteral("linear") : QStringLiteral("hold");
}

QString SignalGroup::spanName(Span span)
{
    return span == Span::Overlap ? QStringLiteral("overlap") : QStringLiteral("all");
}

std::optional<SignalGroup::Span> SignalGroup::spanFromName(const QString &name)
{
    if (name == QLatin1String("all"))
        return Span::All;
    if (name == QLatin1String("overlap"))
        return Span::Overlap;
    return std::nullopt;
}

std::optional<SignalGroup::Grid> SignalGroup::gridFromName(const QString &name)
{
    if (name == QLatin1String("reference"))
        return Grid::Reference;
    if (name == QLatin1String("union"))
        return Grid::Union;
    return std::nullopt;
}

std::optional<SignalGroup::Fill> SignalGroup::fillFromName(const QString &name)
{
    if (name == QLatin1String("hold"))
        return Fill::Hold;
    if (name == QLatin1String("linear"))
        return Fill::Linear;
    return std::nullopt;
}

std::optional<qint64> SignalGroup::parseTime(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    qint64 ns = 0;
    bool zoned = false;
    if (utf8.isEmpty() || !CsvImporter::parseIsoTime(utf8.constBegin(), utf8.constEnd(), &ns, &zoned))
        return std::nullopt;
    return ns;
}

QString SignalGroup::formatTime(qint64 ns)
{
    const qint64 ms = ns >= 0 ? ns / 1000000 : -((-ns + 999999) / 1000000);
    const qint64 rest = ns - ms * 1000000;
    QString text
        = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"));
    if (rest != 0)
        text += QStringLiteral("%1").arg(rest, 6, 10, QLatin1Char('0'));
    return text + QLatin1Char('Z');
}

QString SignalGroup::resolve(const QString &groupPath, const QString &memberPath)
{
    return QDir::cleanPath(QFileInfo(groupPath).absoluteDir().absoluteFilePath(memberPath));
}

std::optional<SignalGroup> SignalGroup::read(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<SignalGroup> {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > (4 << 20))
        return fail(tr("too large for a signal group file (%1 bytes)").arg(file.size()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != FormatName)
        return fail(tr("not a signal group file (\"format\" is not \"%1\")").arg(FormatName));
    const int version = root.value(QLatin1String("version")).toInt();
    if (version > FormatVersion)
        return fail(
            tr("written by a newer version (format %1; this program reads up to %2)").arg(version).arg(FormatVersion));

    SignalGroup group;
    const auto grid = gridFromName(root.value(QLatin1String("grid")).toString(QStringLiteral("reference")));
    if (!grid)
        return fail(tr("unknown grid \"%1\" (reference or union)").arg(root.value(QLatin1String("grid")).toString()));
    group.grid = *grid;
    const auto fill = fillFromName(root.value(QLatin1String("fill")).toString(QStringLiteral("hold")));
    if (!fill)
        return fail(tr("unknown fill \"%1\" (hold or linear)").arg(root.value(QLatin1String("fill")).toString()));
    group.fill = *fill;
    const auto span = spanFromName(root.value(QLatin1String("span")).toString(QStringLiteral("all")));
    if (!span)
        return fail(tr("unknown span \"%1\" (all or overlap)").arg(root.value(QLatin1String("span")).toString()));
    group.span = *span;

    const QJsonArray files = root.value(QLatin1String("files")).toArray();
    if (files.isEmpty())
        return fail(tr("the group lists no files"));
    const QString referencePath = root.value(QLatin1String("reference")).toString();
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject o = files[i].toObject();
        Member m;
        m.path = o.value(QLatin1String("path")).toString();
        if (m.path.isEmpty())
            return fail(tr("file %1 of the group has no path").arg(i + 1));
        m.sha256 = o.value(QLatin1String("sha256")).toString();
        if (o.contains(QLatin1String("start"))) {
            m.startNs = parseTime(o.value(QLatin1String("start")).toString());
            if (!m.startNs)
                return fail(tr("%1: start \"%2\" is not an ISO-8601 time")
                                .arg(m.path, o.value(QLatin1String("start")).toString()));
        }
        const double offset = o.value(QLatin1String("offset_s")).toDouble();
        if (!std::isfinite(offset))
            return fail(tr("%1: offset is not a number").arg(m.path));
        m.offsetNs = qint64(std::llround(offset * 1e9));
        if (o.contains(QLatin1String("rate_hz"))) {
            const double rate = o.value(QLatin1String("rate_hz")).toDouble();
            if (!(rate > 0) || !std::isfinite(rate))
                return fail(tr("%1: the sampling rate must be a positive number of Hz").arg(m.path));
            m.rateHz = rate;
        }
        if (!referencePath.isEmpty() && m.path == referencePath && group.reference < 0)
            group.reference = i;
        group.members.append(m);
    }
    if (!referencePath.isEmpty() && group.reference < 0)
        return fail(tr("the reference \"%1\" is not one of the group's files").arg(referencePath));
    return group;
}

bool SignalGroup::write(const QString &path, QString *error)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    QJsonArray files;
    for (Member &m : members) {
        const QString absolute = QFileInfo(m.path).isAbsolute() ? m.path : resolve(path, m.path);
        const QString relative = folder.relativeFilePath(absolute);
        m.path = relative.startsWith(QLatin1String("../")) ? absolute : relative;
        QString why;
        m.sha256 = project::ImportJob::sha256(absolute, &why);
        if (m.sha256.isEmpty()) {
            if (error)
                *error = tr("%1: %2").arg(QDir::toNativeSeparators(absolute), why);
            return false;
        }
        QJsonObject o { { QStringLiteral("path"), m.path }, { QStringLiteral("sha256"), m.sha256 } };
        if (m.startNs)
            o.insert(QStringLiteral("start"), formatTime(*m.startNs));
        if (m.offsetNs != 0)
            o.insert(QStringLiteral("offset_s"), double(m.offsetNs) / 1e9);
        if (m.rateHz)
            o.insert(QStringLiteral("rate_hz"), *m.rateHz);
        files.append(o);
    }
    QJsonObject root { { QStringLiteral("format"), FormatName }, { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("grid"), gridName(grid) }, { QStringLiteral("fill"), fillName(fill) },
        { QStringLiteral("span"), spanName(span) }, { QStringLiteral("files"), files } };
    if (reference >= 0 && reference < members.size())
        root.insert(QStringLiteral("reference"), members[reference].path);

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0 || !out.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

} // namespace rwb::timeseries
