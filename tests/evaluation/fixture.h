#pragma once

// A small project for the evaluation tests: label classes, assets and annotations written
// through the project's stores, as model runs and annotators would leave them.

#include "project/annotationstore.h"
#include "project/assetstore.h"
#include "project/labelschema.h"
#include "project/project.h"
#include "project/userstore.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

namespace rwb::evaluation::test {

using namespace rwb::project;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    int assetCount = 0;

    explicit Fixture(const QString &name = QStringLiteral("eval"))
    {
        project = Project::create(dir.filePath(name + QStringLiteral(".rwb")), name, QStringLiteral("tester"));
    }

    qint64 addClass(const QString &name, std::optional<qint64> node = std::nullopt)
    {
        LabelClass c;
        c.name = name;
        c.knowledgeNode = node;
        return project->labels().addClass(c);
    }

    qint64 addAsset(AssetKind kind = AssetKind::Image, Split split = Split::None, int w = 640, int h = 480)
    {
        Asset a;
        a.kind = kind;
        ++assetCount;
        a.uri = QStringLiteral("asset%1.png").arg(assetCount);
        a.sha256 = QStringLiteral("%1").arg(assetCount, 64, 10, QLatin1Char('0'));
        a.split = split;
        if (kind == AssetKind::Image) {
            a.width = w;
            a.height = h;
        }
        return project->assets().add(a);
    }

    qint64 add(qint64 asset, qint64 cls, const QString &kind, const QJsonObject &geometry,
        AnnotationSource source = AnnotationSource::Manual, const QString &ref = {},
        std::optional<double> confidence = std::nullopt, AnnotationState state = AnnotationState::Accepted,
        std::optional<qint64> author = std::nullopt)
    {
        Annotation a;
        a.assetId = asset;
        a.classId = cls;
        a.kind = kind;
        a.geometry = geometry;
        a.source = source;
        a.sourceRef = ref;
        a.confidence = confidence;
        a.state = state;
        a.author = author;
        if (geometry.contains(QStringLiteral("w")))
            a.extent = QRectF(geometry[QStringLiteral("x")].toDouble(), geometry[QStringLiteral("y")].toDouble(),
                geometry[QStringLiteral("w")].toDouble(), geometry[QStringLiteral("h")].toDouble());
        return project->annotations().add(a);
    }

    static QJsonObject box(double x, double y, double w, double h)
    {
        return { { QStringLiteral("x"), x }, { QStringLiteral("y"), y }, { QStringLiteral("w"), w },
            { QStringLiteral("h"), h } };
    }
    qint64 truthBox(qint64 asset, qint64 cls, double x, double y, double w, double h)
    {
        return add(asset, cls, QStringLiteral("box"), box(x, y, w, h));
    }
    qint64 modelBox(qint64 asset, qint64 cls, double x, double y, double w, double h, double score,
        const QString &model = QStringLiteral("det-v1"))
    {
        return add(asset, cls, QStringLiteral("box"), box(x, y, w, h), AnnotationSource::Model, model, score,
            AnnotationState::Proposed);
    }
    static QJsonObject range(qint64 start, qint64 end)
    {
        return { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
            { QStringLiteral("channels"), QJsonArray {} } };
    }
    static QJsonObject span(qint64 start, qint64 end, int page = -1)
    {
        return { { QStringLiteral("page"), page }, { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
            { QStringLiteral("text"), QString() } };
    }
};

} // namespace rwb::evaluation::test
