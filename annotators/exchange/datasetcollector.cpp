#include "datasetcollector.h"

#include "project/annotationrow.h"
#include "project/assetstore.h"
#include "project/connection.h"
#include "project/jsonutil.h"
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

namespace {

bool keeps(const DatasetSelection &selection, const Annotation &a, const QHash<qint64, QString> &names)
{
    if (a.state == AnnotationState::Rejected)
        return false;
    if (a.state == AnnotationState::Proposed && !selection.includeProposed)
        return false;
    if (!selection.classes.isEmpty() && (!a.classId || !selection.classes.contains(names.value(*a.classId))))
        return false;
    if (!selection.annotators.isEmpty() && (!a.author || !selection.annotators.contains(*a.author)))
        return false;
    const QString day = a.created.left(10);
    if (!selection.from.isEmpty() && day < selection.from.left(10))
        return false;
    if (!selection.to.isEmpty() && day > selection.to.left(10))
        return false;
    return true;
}

void sortForExport(QList<Annotation> &annotations)
{
    std::sort(annotations.begin(), annotations.end(),
        [](const Annotation &x, const Annotation &y) { return std::tie(x.zOrder, x.id) < std::tie(y.zOrder, y.id); });
}

/// The columns an export needs (no attributes, source reference or modification time, whose
/// JSON parsing would otherwise cost as much as the geometry's; the creation time only for a
/// date filter).
Annotation readForExport(const Statement &s, bool withDates)
{
    Annotation a;
    a.id = s.int64(0);
    a.assetId = s.int64(1);
    a.classId = s.optionalInt64(2);
    a.kind = s.text(3);
    a.geometry = json::parseObject(s.utf8(4));
    a.source = annotationSourceFromString(s.text(6)).value_or(AnnotationSource::Manual);
    a.state = annotationStateFromString(s.text(9)).value_or(AnnotationState::Accepted);
    a.author = s.optionalInt64(10);
    a.zOrder = s.int32(12);
    if (withDates)
        a.created = s.text(14);
    return a;
}

} // namespace

QList<Asset> DatasetCollector::selectedAssets(const DatasetSelection &selection) const
{
    QList<Asset> result;
    for (Asset &asset : AssetStore(m_connection).list(AssetFilter {})) {
        if (!selection.statuses.isEmpty() && !selection.statuses.contains(asset.status))
            continue;
        if (!selection.kinds.isEmpty() && !selection.kinds.contains(asset.kind))
            continue;
        result.append(std::move(asset));
    }
    return result;
}

void DatasetCollector::forEachAssetsLabels(const DatasetSelection &selection, const QHash<qint64, QString> &names,
    bool exportColumnsOnly, const std::function<void(qint64, QList<Annotation> &)> &take) const
{
    // One pass over all annotations in the asset index's order (rows of an asset come together)
    // rather than one query per asset: a 100 000-image export otherwise spends most of its time
    // preparing statements.
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM annotations INDEXED BY annotations_asset ORDER BY asset_id")
            .arg(QLatin1String(annotationrow::Columns)));
    QList<Annotation> group;
    qint64 groupAsset = 0;
    const bool withDates = !selection.from.isEmpty() || !selection.to.isEmpty();
    const auto flush = [&] {
        if (group.isEmpty())
            return;
        sortForExport(group);
        take(groupAsset, group);
        group.clear();
    };
    while (s.step()) {
        const qint64 assetId = s.int64(1);
        if (assetId != groupAsset) {
            flush();
            groupAsset = assetId;
        }
        Annotation a = exportColumnsOnly ? readForExport(s, withDates) : annotationrow::read(s);
        if (keeps(selection, a, names))
            group.append(std::move(a));
    }
    flush();
}

QList<DatasetCollector::Selected> DatasetCollector::collect(const DatasetSelection &selection) const
{
    const QHash<qint64, QString> names = classNames();
    QList<Selected> result;
    QHash<qint64, qsizetype> position;
    for (Asset &asset : selectedAssets(selection)) {
        position.insert(asset.id, result.size());
        result.append(Selected { std::move(asset), {} });
    }
    forEachAssetsLabels(selection, names, false, [&](qint64 assetId, QList<Annotation> &annotations) {
        const auto at = position.constFind(assetId);
        if (at != position.constEnd())
            result[*at].annotations = std::move(annotations);
    });
    return result;
}

QHash<QString, int> DatasetCollector::fileNameCounts(const QList<project::Asset> &assets)
{
    QHash<QString, int> nameCount;
    for (const Asset &asset : assets)
        if (asset.kind == AssetKind::Image)
            ++nameCount[QFileInfo(asset.uri).fileName()];
    return nameCount;
}

DatasetImage DatasetCollector::imageFor(const Asset &asset, const QHash<QString, int> &nameCount) const
{
    DatasetImage image;
    const QString base = QFileInfo(asset.uri).fileName();
    // Two images with one name (from different folders) get the asset id in front.
    image.file = nameCount.value(base) > 1 ? QStringLiteral("%1_%2").arg(asset.id).arg(base) : base;
    image.sourcePath = resolve(asset.uri);
    image.width = int(asset.width.value_or(0));
    image.height = int(asset.height.value_or(0));
    image.split = asset.split;
    image.assetId = asset.id;
    return image;
}

void DatasetCollector::addLabels(DatasetImage &image, const QString &uri, const QList<Annotation> &annotations,
    const QHash<qint64, QString> &names, QSet<QString> &used, QStringList *warnings)
{
    image.labels.reserve(image.labels.size() + annotations.size());
    for (const Annotation &a : annotations) {
        if (!a.classId)
            continue;
        QString error;
        auto shape = image::Shape::fromAnnotation(a, &error);
        if (!shape) {
            if (warnings)
                warnings->append(tr("Label %1 on %2 cannot be read (%3); it was left out.")
                                     .arg(a.id)
                                     .arg(QFileInfo(uri).fileName(), error));
            continue;
        }
        const QString name = names.value(*a.classId);
        used.insert(name);
        image.labels.append({ name, std::move(*shape), a.source });
    }
}

ImageDataset DatasetCollector::finish(
    QList<DatasetImage> &&images, const QSet<QString> &used, bool usedClassesOnly) const
{
    ImageDataset dataset;
    dataset.images = std::move(images);
    for (const LabelClass &c : LabelSchema(m_connection).classes())
        if (!usedClassesOnly || used.contains(c.name))
            dataset.classes.append(c.name);
    return dataset;
}

ImageDataset DatasetCollector::imageDataset(
    const QList<Selected> &selected, QStringList *warnings, bool usedClassesOnly) const
{
    const QHash<qint64, QString> names = classNames();
    QList<Asset> assets;
    for (const Selected &s : selected)
        assets.append(s.asset);
    const QHash<QString, int> nameCount = fileNameCounts(assets);
    QSet<QString> used;
    QList<DatasetImage> images;
    for (const Selected &s : selected) {
        if (s.asset.kind != AssetKind::Image)
            continue;
        DatasetImage image = imageFor(s.asset, nameCount);
        addLabels(image, s.asset.uri, s.annotations, names, used, warnings);
        images.append(std::move(image));
    }
    return finish(std::move(images), used, usedClassesOnly);
}

ImageDataset DatasetCollector::imageDataset(
    const DatasetSelection &selection, QStringList *warnings, bool usedClassesOnly) const
{
    const QHash<qint64, QString> names = classNames();
    const QList<Asset> assets = selectedAssets(selection);
    const QHash<QString, int> nameCount = fileNameCounts(assets);
    QList<DatasetImage> images;
    QHash<qint64, std::pair<qsizetype, const Asset *>> position; // asset id → image index, asset
    for (const Asset &asset : assets) {
        if (asset.kind != AssetKind::Image)
            continue;
        position.insert(asset.id, { images.size(), &asset });
        images.append(imageFor(asset, nameCount));
    }
    // Labels become shapes asset by asset, so a million annotations are never all in memory as
    // rows (freeing them took as long as reading them).
    QSet<QString> used;
    forEachAssetsLabels(selection, names, true, [&](qint64 assetId, QList<Annotation> &annotations) {
        const auto at = position.constFind(assetId);
        if (at == position.constEnd())
            return;
        addLabels(images[at->first], at->second->uri, annotations, names, used, warnings);
    });
    return finish(std::move(images), used, usedClassesOnly);
}

} // namespace rwb::exchange
