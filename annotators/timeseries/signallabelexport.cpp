#include "signallabelexport.h"

#include "signaldata.h"
#include "signallabel.h"

#include "project/projecttypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace rwb::timeseries {

namespace {
struct Row
{
    const project::Annotation *annotation;
    SignalLabel label;
};

QList<Row> rows(const QList<project::Annotation> &annotations)
{
    QList<Row> out;
    for (const project::Annotation &a : annotations) {
        if (a.state == project::AnnotationState::Rejected)
            continue;
        if (const auto label = SignalLabel::fromAnnotation(a))
            out.append({ &a, *label });
    }
    std::sort(out.begin(), out.end(), [](const Row &x, const Row &y) {
        return std::pair(x.label.start, x.annotation->id) < std::pair(y.label.start, y.annotation->id);
    });
    return out;
}

QString isoTime(const SignalData &data, qint64 index)
{
    const qint64 clamped = std::clamp<qint64>(index, 0, std::max<qint64>(0, data.sampleCount() - 1));
    const qint64 ns = data.timeAt(clamped);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000, QTimeZone::utc());
    // Microseconds, so that kHz signals keep distinct stamps.
    const qint64 micros = (ns / 1000) % 1000000;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral(".%1Z").arg(micros, 6, 10, QLatin1Char('0'));
}

/// A CSV field, quoted when it holds a delimiter, a quote or a line break.
QByteArray field(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}
} // namespace

QByteArray SignalLabelExport::labelsCsv(
    const SignalData &data, const QList<project::Annotation> &annotations, const QHash<qint64, QString> &classNames)
{
    QByteArray out = "id,class,kind,start_index,end_index,start_time,end_time,channels,state,source,confidence,"
                     "attributes\n";
    for (const Row &r : rows(annotations)) {
        const project::Annotation &a = *r.annotation;
        const QString cls = a.classId ? classNames.value(*a.classId) : QString();
        const QByteArray attributes = QJsonDocument(a.attributes).toJson(QJsonDocument::Compact);
        QList<QByteArray> fields { QByteArray::number(a.id), field(cls), a.kind.toUtf8(),
            QByteArray::number(r.label.start), QByteArray::number(r.label.end), isoTime(data, r.label.start).toUtf8(),
            isoTime(data, r.label.end - 1).toUtf8(), field(r.label.channels.join(QLatin1Char(';'))),
            project::toString(a.state).toUtf8(), project::toString(a.source).toUtf8(),
            a.confidence ? QByteArray::number(*a.confidence, 'g', 6) : QByteArray(),
            field(QString::fromUtf8(attributes)) };
        out += fields.join(',') + '\n';
    }
    return out;
}

QJsonArray SignalLabelExport::labelsJson(
    const SignalData &data, const QList<project::Annotation> &annotations, const QHash<qint64, QString> &classNames)
{
    QJsonArray out;
    for (const Row &r : rows(annotations)) {
        const project::Annotation &a = *r.annotation;
        QJsonObject o { { QStringLiteral("id"), a.id }, { QStringLiteral("kind"), a.kind },
            { QStringLiteral("class"), a.classId ? classNames.value(*a.classId) : QString() },
            { QStringLiteral("start_index"), double(r.label.start) },
            { QStringLiteral("end_index"), double(r.label.end) },
            { QStringLiteral("start_time"), isoTime(data, r.label.start) },
            { QStringLiteral("end_time"), isoTime(data, r.label.end - 1) },
            { QStringLiteral("channels"), QJsonArray::fromStringList(r.label.channels) },
            { QStringLiteral("state"), project::toString(a.state) },
            { QStringLiteral("source"), project::toString(a.source) }, { QStringLiteral("attributes"), a.attributes } };
        if (a.confidence)
            o.insert(QStringLiteral("confidence"), *a.confidence);
        if (!a.sourceRef.isEmpty())
            o.insert(QStringLiteral("source_ref"), a.sourceRef);
        out.append(o);
    }
    return out;
}

QList<SignalLabelExport::Window> SignalLabelExport::windows(const SignalData &data,
    const QList<project::Annotation> &annotations, const QHash<qint64, QString> &classNames, qint64 length,
    qint64 stride, double minOverlap)
{
    QList<Window> out;
    if (length <= 0 || stride <= 0)
        return out;
    const QList<Row> labels = rows(annotations);
    for (qint64 start = 0; start + length <= data.sampleCount(); start += stride) {
        Window w { start, start + length, {} };
        for (const Row &r : labels) {
            const qint64 overlap = std::min(w.end, r.label.end) - std::max(w.start, r.label.start);
            // An event counts wherever it falls; a range needs its share of the window.
            const bool event = r.label.kind == SignalLabel::Kind::Event;
            if (overlap <= 0 || (!event && double(overlap) < minOverlap * double(length)))
                continue;
            // A label without a class says nothing a trainer can learn from.
            const QString cls = r.annotation->classId ? classNames.value(*r.annotation->classId) : QString();
            if (!cls.isEmpty() && !w.classes.contains(cls))
                w.classes.append(cls);
        }
        std::sort(w.classes.begin(), w.classes.end());
        out.append(w);
    }
    return out;
}

QByteArray SignalLabelExport::windowsCsv(const SignalData &data, const QList<Window> &windows)
{
    QByteArray out = "window,start_index,end_index,start_time,end_time,classes\n";
    for (int i = 0; i < windows.size(); ++i) {
        const Window &w = windows[i];
        out += QByteArray::number(i) + ',' + QByteArray::number(w.start) + ',' + QByteArray::number(w.end) + ','
            + isoTime(data, w.start).toUtf8() + ',' + isoTime(data, w.end - 1).toUtf8() + ','
            + field(w.classes.join(QLatin1Char(';'))) + '\n';
    }
    return out;
}

} // namespace rwb::timeseries
