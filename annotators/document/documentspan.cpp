#include "documentspan.h"

#include "project/projecttypes.h"

#include <QJsonObject>

namespace rwb::document {

QJsonObject DocumentSpan::toJson() const
{
    QJsonObject json { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
        { QStringLiteral("text"), text } };
    if (page >= 0)
        json.insert(QStringLiteral("page"), page);
    if (link)
        json.insert(QStringLiteral("link"),
            QJsonObject { { QStringLiteral("target"), link->target }, { QStringLiteral("label"), link->label } });
    return json;
}

std::optional<DocumentSpan> DocumentSpan::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("start")).isDouble() || !json.value(QStringLiteral("end")).isDouble())
        return std::nullopt;
    DocumentSpan s;
    s.start = qint64(json.value(QStringLiteral("start")).toDouble());
    s.end = qint64(json.value(QStringLiteral("end")).toDouble());
    s.page = json.value(QStringLiteral("page")).toInt(-1);
    s.text = json.value(QStringLiteral("text")).toString();
    const QJsonObject link = json.value(QStringLiteral("link")).toObject();
    if (!link.isEmpty())
        s.link = KnowledgeLink { link.value(QStringLiteral("target")).toString(),
            link.value(QStringLiteral("label")).toString() };
    if (s.start < 0 || s.end < s.start)
        return std::nullopt;
    return s;
}

project::Annotation DocumentSpan::toAnnotation(qint64 assetId, std::optional<qint64> classId) const
{
    project::Annotation a;
    a.assetId = assetId;
    a.classId = classId;
    a.kind = QString::fromLatin1(project::shape::Span);
    applyTo(a);
    return a;
}

void DocumentSpan::applyTo(project::Annotation &a) const
{
    a.geometry = toJson();
    const double y = std::max(0, page);
    a.extent = QRectF(QPointF(double(start), y), QPointF(double(std::max(end, start + 1)), y + 0.5));
}

std::optional<DocumentSpan> DocumentSpan::fromAnnotation(const project::Annotation &a)
{
    if (a.kind != QLatin1String(project::shape::Span))
        return std::nullopt;
    return fromJson(a.geometry);
}

} // namespace rwb::document
