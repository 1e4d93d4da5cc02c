#include "pageregion.h"

#include "project/projecttypes.h"

#include <QJsonObject>

namespace rwb::document {

QJsonObject PageRegion::toJson() const
{
    return { { QStringLiteral("page"), page }, { QStringLiteral("x"), rect.x() }, { QStringLiteral("y"), rect.y() },
        { QStringLiteral("w"), rect.width() }, { QStringLiteral("h"), rect.height() } };
}

std::optional<PageRegion> PageRegion::fromJson(const QJsonObject &json)
{
    PageRegion r;
    r.page = json.value(QStringLiteral("page")).toInt(-1);
    r.rect = QRectF(json.value(QStringLiteral("x")).toDouble(), json.value(QStringLiteral("y")).toDouble(),
        json.value(QStringLiteral("w")).toDouble(), json.value(QStringLiteral("h")).toDouble());
    if (r.page < 0 || r.rect.width() <= 0 || r.rect.height() <= 0)
        return std::nullopt;
    return r;
}

project::Annotation PageRegion::toAnnotation(qint64 assetId, std::optional<qint64> classId) const
{
    project::Annotation a;
    a.assetId = assetId;
    a.classId = classId;
    a.kind = QString::fromLatin1(project::shape::PageRegion);
    applyTo(a);
    return a;
}

void PageRegion::applyTo(project::Annotation &a) const
{
    a.geometry = toJson();
    a.extent = QRectF(QPointF(-1, page), QPointF(-1, page + 0.5));
}

std::optional<PageRegion> PageRegion::fromAnnotation(const project::Annotation &a)
{
    if (a.kind != QLatin1String(project::shape::PageRegion))
        return std::nullopt;
    return fromJson(a.geometry);
}

} // namespace rwb::document
