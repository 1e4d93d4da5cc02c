#pragma once
// A small project for the exchange tests: two PNG images in the project folder, three classes,
// labels of every area shape that COCO, CVAT and labelme all keep exactly.

#include "exchangetestutil.h"

#include "project/jobs/importjob.h"
#include "project/project.h"

#include <memory>

namespace exchangetest {

struct ProjectFixture
{
    std::unique_ptr<rwb::project::Project> project;
    QList<qint64> assetIds;
    QHash<QString, qint64> classIds;

    qint64 addImage(const QString &name, int w, int h, int hue, rwb::project::AssetStatus status,
        rwb::project::Split split = rwb::project::Split::None, const QString &subfolder = {})
    {
        using namespace rwb::project;
        const QString folder
            = project->folder().absoluteFilePath(subfolder.isEmpty() ? QStringLiteral("images") : subfolder);
        QDir().mkpath(folder);
        const QString path = QDir(folder).absoluteFilePath(name);
        QImage pixels(w, h, QImage::Format_RGB32);
        pixels.fill(QColor::fromHsv(hue, 180, 200));
        pixels.save(path);
        Asset a;
        a.kind = AssetKind::Image;
        a.uri = project->uriFor(path);
        a.sha256 = ImportJob::sha256(path);
        a.byteSize = QFileInfo(path).size();
        a.mediaType = QStringLiteral("image/png");
        a.width = w;
        a.height = h;
        a.status = status;
        a.split = split;
        project->assets().add(a);
        assetIds.append(a.id);
        return a.id;
    }

    qint64 addLabel(qint64 asset, const QString &cls, const Shape &shape,
        rwb::project::AnnotationSource source = rwb::project::AnnotationSource::Manual)
    {
        rwb::project::Annotation a;
        shape.applyTo(a);
        a.assetId = asset;
        a.classId = classIds.value(cls);
        a.source = source;
        a.author = project->userId();
        return project->annotations().add(a);
    }

    void create(const QString &dir, const QString &name = QStringLiteral("Strip defects"))
    {
        using namespace rwb::project;
        project = Project::create(QDir(dir).filePath(name + QStringLiteral(".rwb")), name, QStringLiteral("ana"));
        for (const QString &c : { QStringLiteral("scratch"), QStringLiteral("dent"), QStringLiteral("weld seam") }) {
            LabelClass lc;
            lc.name = c;
            project->labels().addClass(lc);
            classIds.insert(c, lc.id);
        }
        const qint64 a = addImage(QStringLiteral("strip_001.png"), 64, 48, 10, AssetStatus::Accepted);
        const qint64 b = addImage(QStringLiteral("strip_002.png"), 40, 30, 120, AssetStatus::Done);
        addLabel(a, QStringLiteral("scratch"), Shape::box(QRectF(4, 6, 20, 10)));
        addLabel(
            a, QStringLiteral("dent"), Shape::polygon(QPolygonF({ { 30, 5 }, { 50, 8 }, { 44, 30 }, { 32, 24 } })));
        addLabel(
            a, QStringLiteral("dent"), Shape::mask(RleMask::fromRect(QRect(50, 36, 6, 5))), AnnotationSource::Model);
        addLabel(b, QStringLiteral("weld seam"), Shape::box(QRectF(1, 2, 30, 20)));
    }
};

} // namespace exchangetest
