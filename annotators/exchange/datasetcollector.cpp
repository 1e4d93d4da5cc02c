#include "datasetcollector.h"

#include "project/annotationrow.h"
#include "project/assetstore.h"
#include "project/connection.h"
#include "project/labelschema.h"
#include "project/statement.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace rwb::exchange {

using namespace rwb::project;

DatasetCollector::DatasetCollector(Connection &connection, const QString &projectFolder)
    : m_connection(connection)
    , m_folder(projectFolder)
{ }

QString DatasetCollector::resolve(const QString &uri) const
{
    return QDir::isAbsolutePath(uri) ? uri : QDir(m_folder).absoluteFilePath(uri);
}

QHash<qint64, QString> DatasetCollector::classNames() const
{
    QHash<qint64, QString> names;
    for (const LabelClass &c : LabelSchema(m_connection).classes())
        names.insert(c.id, c.name);
    return names;
}

QList<DatasetCollector::Selected> DatasetCollector::collect(const DatasetSelection &selection) const
{
    const QHash<qint64, QString> names = classNames();
    AssetStore assets(m_connection);
    QList<Selected> result;
    QHash<qint64, qsizetype> position;
    for (Asset &asset : assets.list(AssetFilter {})) {
        if (!selection.statuses.isEmpty() && !selection.statuses.contains(asset.status))
            continue;
        if (!selection.kinds.isEmpty() && !selection.kinds.contains(asset.kind))
            continue;
        position.insert(asset.id, result.size());
        result.append(Selected { std::move(asset), {} });
    }
    // One pass over all annotations (in the asset index's order) rather than one query per
    // asset: a 100 000-image export otherwise spends most of its time preparing statements.
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM annotations INDEXED BY annotations_asset ORDER BY asset_id")
            .arg(QLatin1String(annotationrow::Columns)));
    while (s.step()) {
        const auto at = position.constFind(s.int64(1));
        if (at == position.constEnd())
            continue;
        Annotation a = annotationrow::read(s);
        if (a.state == AnnotationState::Rejected)
            continue;
        if (a.state == AnnotationState::Proposed && !selection.includeProposed)
            continue;
        if (!selection.classes.isEmpty() && (!a.classId || !selection.classes.contains(names.value(*a.classId))))
            continue;
        if (!selection.annotators.isEmpty() && (!a.author || !selection.annotators.contains(*a.author)))
            continue;
        const QString day = a.created.left(10);
        if (!selection.from.isEmpty() && day < selection.from.left(10))
            continue;
        if (!selection.to.isEmpty() && day > selection.to.left(10))
            continue;
        result[*at].annotations.append(std::move(a));
    }
    for (Selected &selected : result)
        std::sort(selected.annotations.begin(), selected.annotations.end(), [](const Annotation &x, const Annotation &y) {
            return std::tie(x.zOrder, x.id) < std::tie(y.zOrder, y.id);
        });
    return result;
}

ImageDataset DatasetCollector::imageDataset(
    const QList<Selected> &selected, QStringList *warnings, bool usedClassesOnly) const
{
    const QHash<qint64, QString> names = classNames();
    ImageDataset dataset;
    QSet<QString> used;
    QHash<QString, int> nameCount;
    for (const Selected &s : selected)
        if (s.asset.kind == AssetKind::Image)
            ++nameCount[QFileInfo(s.asset.uri).fileName()];
    for (const Selected &s : selected) {
        if (s.asset.kind != AssetKind::Image)
            continue;
        DatasetImage image;
        const QString base = QFileInfo(s.asset.uri).fileName();
        // Two images with one name (from different folders) get the asset id in front.
        image.file = nameCount.value(base) > 1 ? QStringLiteral("%1_%2").arg(s.asset.id).arg(base) : base;
        image.sourcePath = resolve(s.asset.uri);
        image.width = int(s.asset.width.value_or(0));
        image.height = int(s.asset.height.value_or(0));
        image.split = s.asset.split;
        image.assetId = s.asset.id;
        for (const Annotation &a : s.annotations) {
            if (!a.classId)
                continue;
            QString error;
            const auto shape = image::Shape::fromAnnotation(a, &error);
            if (!shape) {
                if (warnings)
                    warnings->append(
                        tr("Label %1 on %2 cannot be read (%3); it was left out.").arg(a.id).arg(base, error));
                continue;
            }
            const QString name = names.value(*a.classId);
            used.insert(name);
            image.labels.append({ name, *shape, a.source });
        }
        dataset.images.append(image);
    }
    for (const LabelClass &c : LabelSchema(m_connection).classes())
        if (!usedClassesOnly || used.contains(c.name))
            dataset.classes.append(c.name);
    return dataset;
}

} // namespace rwb::exchange
