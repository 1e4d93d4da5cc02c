#include "packagebuilder.h"

#include "datasetcollector.h"
#include "imageformat.h"
#include "modalityexport.h"

#include "project/connection.h"
#include "project/database.h"
#include "project/jobs/importjob.h"
#include "project/labelschema.h"
#include "project/statement.h"
#include "project/storeerror.h"
#include "project/userstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rwb::exchange {

using namespace rwb::project;

PackageBuilder::PackageBuilder(
    const QString &projectPath, const PackageOptions &options, const QString &target, QObject *parent)
    : Job(tr("Build dataset package %1").arg(target), parent)
    , m_projectPath(projectPath)
    , m_options(options)
    , m_target(target)
{ }

QString PackageBuilder::sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

static QString metaValue(Database &db, const char *key)
{
    Statement s = db.prepare("SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void PackageBuilder::run()
{
    if (QFileInfo::exists(m_target))
        throw StoreError(
            StoreError::Code::Constraint, tr("The target %1 exists already; choose a new folder.").arg(m_target));
    Database db;
    db.open(m_projectPath, Database::Mode::ReadOnly);
    db.configureForReading();
    const QString projectId = metaValue(db, "project_id");
    const QString projectName = metaValue(db, "name");
    Connection connection(std::move(db), std::nullopt, nullptr);
    const QString folder = QFileInfo(m_projectPath).absolutePath();
    setStatusText(tr("Selecting…"));
    DatasetCollector collector(connection, folder);
    QList<DatasetCollector::Selected> selected = collector.collect(m_options.selection);
    if (selected.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, tr("The selection is empty: no asset to package."));

    // Splits for the package (the project keeps its own).
    QList<DatasetSplitter::Item> items;
    const QHash<qint64, QString> names = collector.classNames();
    for (const auto &s : std::as_const(selected)) {
        DatasetSplitter::Item item { s.asset.id, s.asset.uri,
            s.asset.metadata.value(QLatin1String("sequence")).toString(), {}, s.asset.split };
        for (const Annotation &a : s.annotations)
            if (a.classId)
                item.classes.append(names.value(*a.classId));
        items.append(item);
    }
    const QHash<qint64, Split> splits = DatasetSplitter::assign(items, m_options.splits);
    for (auto &s : selected)
        s.asset.split = splits.value(s.asset.id, Split::Train);

    FileSet files;
    QMap<QString, QString> copies;
    const ImageDataset images = collector.imageDataset(selected, &m_warnings);
    QJsonArray formats;
    if (!images.images.isEmpty()) {
        for (const QString &format : m_options.formats) {
            auto output = ImageFormat::write(format, images);
            if (!output)
                throw StoreError(StoreError::Code::InvalidArgument, tr("unknown export format \"%1\"").arg(format));
            m_warnings += output->warnings;
            for (auto it = output->files.cbegin(); it != output->files.cend(); ++it)
                files.insert(format + QLatin1Char('/') + it.key(), it.value());
            if (m_options.images != DatasetWriter::Images::None)
                for (auto it = output->imagePlacement.cbegin(); it != output->imagePlacement.cend(); ++it) {
                    const DatasetImage &image = images.images[it.value()];
                    if (!QFileInfo::exists(image.sourcePath))
                        throw StoreError(
                            StoreError::Code::NotFound, tr("The image %1 is missing on disk.").arg(image.sourcePath));
                    copies.insert(format + QLatin1Char('/') + it.key(), image.sourcePath);
                }
            formats.append(format);
        }
    }
    if (m_options.timeSeries)
        files.insert(ModalityExport::timeSeries(collector, selected, folder, &m_warnings));
    if (m_options.documents)
        files.insert(ModalityExport::documents(connection, collector, selected, &m_warnings));
    if (m_options.knowledge)
        files.insert(ModalityExport::knowledge(connection, &m_warnings));
    files.insert(
        QStringLiteral("schema.json"), QJsonDocument(LabelSchema(connection).toJson()).toJson(QJsonDocument::Indented));

    // Counts, provenance.
    QJsonObject perSplit;
    QHash<QString, qint64> perClass;
    QSet<qint64> authors;
    qint64 labels = 0, modelLabels = 0, reviewed = 0;
    QString latest;
    for (const auto &s : std::as_const(selected)) {
        const QString split = toString(s.asset.split);
        QJsonObject entry = perSplit.value(split).toObject();
        entry.insert(QStringLiteral("assets"), entry.value(QLatin1String("assets")).toInteger() + 1);
        QJsonObject classes = entry.value(QLatin1String("classes")).toObject();
        for (const Annotation &a : s.annotations) {
            const QString name = a.classId ? names.value(*a.classId) : QString();
            if (!name.isEmpty()) {
                classes.insert(name, classes.value(name).toInteger() + 1);
                ++perClass[name];
            }
            ++labels;
            if (a.source == AnnotationSource::Model)
                ++modelLabels;
            if (a.author)
                authors.insert(*a.author);
            latest = std::max(latest, a.modified);
        }
        entry.insert(QStringLiteral("classes"), classes);
        entry.insert(QStringLiteral("labels"), entry.value(QLatin1String("labels")).toInteger() + s.annotations.size());
        perSplit.insert(split, entry);
        if (s.asset.status == AssetStatus::Accepted || s.asset.status == AssetStatus::Rejected || s.asset.reviewer)
            ++reviewed;
        latest = std::max(latest, s.asset.modified);
    }
    QJsonObject classCounts;
    for (auto it = perClass.cbegin(); it != perClass.cend(); ++it)
        classCounts.insert(it.key(), it.value());
    QStringList annotatorNames;
    UserStore users(connection);
    for (const User &u : users.all())
        if (authors.contains(u.id))
            annotatorNames.append(u.name);
    annotatorNames.sort();
    auto share = [](qint64 part, qint64 whole) {
        return whole ? std::round(double(part) / double(whole) * 10000) / 10000 : 0.0;
    };
    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QStringLiteral("resonance-dataset-package"));
    manifest.insert(QStringLiteral("format_version"), 1);
    manifest.insert(QStringLiteral("name"), m_options.name.isEmpty() ? projectName : m_options.name);
    manifest.insert(QStringLiteral("version"), m_options.version);
    manifest.insert(QStringLiteral("created"), latest); // from the project, so rebuilding gives the same bytes
    manifest.insert(QStringLiteral("licence"), m_options.licence);
    manifest.insert(QStringLiteral("formats"), formats);
    manifest.insert(QStringLiteral("schema"), LabelSchema(connection).toJson());
    manifest.insert(QStringLiteral("counts"),
        QJsonObject { { QStringLiteral("assets"), qint64(selected.size()) }, { QStringLiteral("labels"), labels },
            { QStringLiteral("classes"), classCounts }, { QStringLiteral("splits"), perSplit } });
    manifest.insert(QStringLiteral("splits"),
        QJsonObject { { QStringLiteral("train"), m_options.splits.train },
            { QStringLiteral("val"), m_options.splits.val }, { QStringLiteral("test"), m_options.splits.test },
            { QStringLiteral("seed"), qint64(m_options.splits.seed) },
            { QStringLiteral("grouping"), DatasetSplitter::groupingName(m_options.splits.grouping) },
            { QStringLiteral("resplit"), m_options.splits.resplit } });
    manifest.insert(QStringLiteral("provenance"),
        QJsonObject { { QStringLiteral("project_id"), projectId }, { QStringLiteral("project_name"), projectName },
            { QStringLiteral("annotators"), QJsonArray::fromStringList(annotatorNames) },
            { QStringLiteral("model_assisted_share"), share(modelLabels, labels) },
            { QStringLiteral("review_rate"), share(reviewed, selected.size()) },
            { QStringLiteral("selection"), m_options.selection.toJson() },
            { QStringLiteral("images"), DatasetWriter::imagesName(m_options.images) } });
    if (!m_options.evaluation.isEmpty())
        manifest.insert(QStringLiteral("evaluation"), m_options.evaluation);
    files.insert(QStringLiteral("README.md"), datasetCard(manifest, m_options));

    QJsonObject checksums;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        checksums.insert(it.key(), sha256(it.value()));
    setTotal(files.size() + copies.size());
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        if (isCancelRequested())
            return;
        QString error;
        const QString hash = ImportJob::sha256(it.value(), &error);
        if (hash.isEmpty())
            throw StoreError(StoreError::Code::NotFound, tr("%1: %2").arg(it.value(), error));
        checksums.insert(it.key(), hash);
    }
    manifest.insert(QStringLiteral("files"), checksums);
    files.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    m_manifest = manifest;

    QString error;
    const QString temporary = DatasetWriter::makeTemporaryBeside(m_target, &error);
    if (temporary.isEmpty())
        throw StoreError(StoreError::Code::ReadOnly, error);
    setStatusText(tr("Writing %1…").arg(m_target));
    error = DatasetWriter::writeInto(
        temporary, files, copies, m_options.images == DatasetWriter::Images::Link, [this](qint64 done, qint64) {
            setDone(done);
            return !isCancelRequested();
        });
    if (error.isEmpty() && !isCancelRequested())
        error = DatasetWriter::moveIntoPlace(temporary, m_target);
    if (!error.isEmpty() || isCancelRequested()) {
        QDir(temporary).removeRecursively();
        if (isCancelRequested())
            return;
        throw StoreError(StoreError::Code::DiskFull, error);
    }
    setStatusText(tr("Package %1 written").arg(m_target));
}

QByteArray PackageBuilder::datasetCard(const QJsonObject &manifest, const PackageOptions &options)
{
    const QJsonObject counts = manifest.value(QLatin1String("counts")).toObject();
    const QJsonObject provenance = manifest.value(QLatin1String("provenance")).toObject();
    const QJsonObject splits = counts.value(QLatin1String("splits")).toObject();
    const QJsonObject classes = counts.value(QLatin1String("classes")).toObject();
    QString md;
    md += QStringLiteral("# %1 — version %2\n\n")
              .arg(manifest.value(QLatin1String("name")).toString())
              .arg(manifest.value(QLatin1String("version")).toInt());
    md += tr("## Purpose\n\n%1\n\n").arg(options.purpose.isEmpty() ? tr("Not stated.") : options.purpose);
    md += tr("## Composition\n\n%1 assets with %2 labels in %3 classes. Formats: %4.\n\n")
              .arg(counts.value(QLatin1String("assets")).toInteger())
              .arg(counts.value(QLatin1String("labels")).toInteger())
              .arg(classes.size())
              .arg(manifest.value(QLatin1String("formats")).toVariant().toStringList().join(QStringLiteral(", ")));
    md += tr("| Split | Assets | Labels |\n|---|---:|---:|\n");
    for (auto it = splits.constBegin(); it != splits.constEnd(); ++it)
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(it.key())
                  .arg(it.value().toObject().value(QLatin1String("assets")).toInteger())
                  .arg(it.value().toObject().value(QLatin1String("labels")).toInteger());
    md += tr("\n| Class | Labels |") + QStringLiteral("\n|---|---:|\n");
    for (auto it = classes.constBegin(); it != classes.constEnd(); ++it)
        md += QStringLiteral("| %1 | %2 |\n").arg(it.key()).arg(it.value().toInteger());
    const QJsonObject s = manifest.value(QLatin1String("splits")).toObject();
    md += tr("\nSplits: train %1, val %2, test %3 (seed %4, grouped by %5, so that images of one source stay on one "
             "side).\n\n")
              .arg(s.value(QLatin1String("train")).toDouble())
              .arg(s.value(QLatin1String("val")).toDouble())
              .arg(s.value(QLatin1String("test")).toDouble())
              .arg(s.value(QLatin1String("seed")).toInteger())
              .arg(s.value(QLatin1String("grouping")).toString());
    md += tr("## Collection\n\n%1\n\n")
              .arg(options.collection.isEmpty() ? tr("From the Resonance Workbench project \"%1\" (%2).")
                                                      .arg(provenance.value(QLatin1String("project_name")).toString(),
                                                          provenance.value(QLatin1String("project_id")).toString())
                                                : options.collection);
    md += tr("## Labeling and review\n\nAnnotators: %1. Share of model-assisted labels: %2 %. Review rate: %3 % of the "
             "assets.\n\n")
              .arg(provenance.value(QLatin1String("annotators")).toVariant().toStringList().join(QStringLiteral(", ")))
              .arg(provenance.value(QLatin1String("model_assisted_share")).toDouble() * 100)
              .arg(provenance.value(QLatin1String("review_rate")).toDouble() * 100);
    md += tr("## Quality\n\n");
    const QJsonObject evaluation = manifest.value(QLatin1String("evaluation")).toObject();
    if (evaluation.isEmpty()) {
        md += tr("No evaluation result was attached.\n\n");
    } else {
        md += tr("| Metric | Value |") + QStringLiteral("\n|---|---:|\n");
        for (auto it = evaluation.constBegin(); it != evaluation.constEnd(); ++it)
            md += QStringLiteral("| %1 | %2 |\n")
                      .arg(it.key(),
                          it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString());
        md += QLatin1Char('\n');
    }
    md += tr("## Licence\n\n%1\n\nEvery file's SHA-256 is in manifest.json.\n")
              .arg(manifest.value(QLatin1String("licence")).toString());
    return md.toUtf8();
}

QStringList PackageBuilder::verify(const QString &folder)
{
    QStringList problems;
    QFile f(QDir(folder).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return { tr("%1: no manifest.json").arg(folder) };
    const QJsonObject files = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toObject();
    if (files.isEmpty())
        return { tr("%1: the manifest lists no files").arg(f.fileName()) };
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QString error;
        const QString hash = ImportJob::sha256(QDir(folder).filePath(it.key()), &error);
        if (hash != it.value().toString())
            problems.append(tr("%1: checksum mismatch%2")
                                .arg(it.key(), error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
    }
    return problems;
}

} // namespace rwb::exchange
