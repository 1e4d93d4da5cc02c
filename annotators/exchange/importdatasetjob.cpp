#include "importdatasetjob.h"

#include "imageformat.h"

#include "project/annotationstore.h"
#include "project/assetstore.h"
#include "project/auditlog.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/jobs/importjob.h"
#include "project/labelschema.h"
#include "project/storeerror.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace rwb::exchange {

using namespace rwb::project;

ImportDatasetJob::ImportDatasetJob(const QString &projectPath, const QString &format, const QString &input,
    const Options &options, std::optional<qint64> userId, QObject *parent)
    : Job(tr("Import %1 dataset %2").arg(format, input), parent)
    , m_projectPath(projectPath)
    , m_format(format)
    , m_input(input)
    , m_options(options)
    , m_userId(userId)
{ }

static QString colorFor(const QString &name)
{
    static const char *palette[] = { "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
        "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#800000", "#aaffc3", "#808000" };
    return QString::fromLatin1(palette[qHash(name, 0) % (sizeof palette / sizeof *palette)]);
}

QString ImportDatasetJob::importImage(Connection &connection, const QString &projectFolder, const DatasetImage &image,
    const Options &options, QStringList *addedClasses, qint64 *labels)
{
    if (image.sourcePath.isEmpty() || !QFileInfo::exists(image.sourcePath))
        return tr("the image is missing on disk");
    QString error;
    const QString hash = ImportJob::sha256(image.sourcePath, &error);
    if (hash.isEmpty())
        return tr("cannot read the image: %1").arg(error);
    AssetStore assets(connection);
    LabelSchema schema(connection);
    AnnotationStore annotations(connection);
    Transaction tx(connection.db());
    QStringList added;
    std::optional<qint64> assetId = assets.idBySha256(hash);
    if (!assetId) {
        Asset asset;
        asset.kind = AssetKind::Image;
        const QString relative = QDir(projectFolder).relativeFilePath(image.sourcePath);
        asset.uri
            = relative.startsWith(QLatin1String("..")) ? QFileInfo(image.sourcePath).absoluteFilePath() : relative;
        asset.sha256 = hash;
        asset.byteSize = QFileInfo(image.sourcePath).size();
        asset.mediaType = QMimeDatabase().mimeTypeForFile(image.sourcePath, QMimeDatabase::MatchExtension).name();
        QImageReader reader(image.sourcePath);
        const QSize size = reader.size();
        asset.width = size.isValid() ? size.width() : image.width;
        asset.height = size.isValid() ? size.height() : image.height;
        asset.split = image.split;
        assets.add(asset);
        assetId = asset.id;
    }
    qint64 written = 0;
    for (const DatasetLabel &label : image.labels) {
        const QString name = options.mapping.value(label.className, label.className);
        std::optional<LabelClass> cls = schema.classByName(name);
        if (!cls) {
            if (!options.addUnknownClasses)
                return tr("class \"%1\" is not in the project and not mapped").arg(label.className);
            LabelClass c;
            c.name = name;
            c.color = colorFor(name);
            if (const QString problem = LabelSchema::validate(c); !problem.isEmpty())
                return problem;
            schema.addClass(c);
            cls = c;
            added.append(name);
        }
        Annotation a;
        label.shape.applyTo(a);
        a.assetId = *assetId;
        a.classId = cls->id;
        a.source = label.source == AnnotationSource::Model ? AnnotationSource::Model : AnnotationSource::Import;
        a.state = AnnotationState::Accepted;
        a.author = connection.userId();
        annotations.add(a);
        ++written;
    }
    tx.commit();
    if (addedClasses)
        addedClasses->append(added);
    if (labels)
        *labels += written;
    return {};
}

void ImportDatasetJob::run()
{
    setStatusText(tr("Reading %1…").arg(m_input));
    QString error;
    const auto dataset = ImageFormat::read(m_format, m_input, &error);
    if (!dataset)
        throw StoreError(StoreError::Code::InvalidArgument, error);
    setTotal(dataset->images.size());
    Database db;
    db.open(m_projectPath, Database::Mode::ReadWrite);
    db.configureForWriting();
    Connection connection(std::move(db), m_userId, nullptr);
    const QString folder = QFileInfo(m_projectPath).absolutePath();
    for (const DatasetImage &image : dataset->images) {
        if (isCancelRequested())
            return;
        setStatusText(image.file);
        try {
            const QString problem = importImage(connection, folder, image, m_options, &m_addedClasses, &m_labels);
            if (problem.isEmpty())
                ++m_images;
            else
                addError(image.sourcePath.isEmpty() ? image.file : image.sourcePath, problem);
        } catch (const StoreError &e) {
            addError(image.sourcePath.isEmpty() ? image.file : image.sourcePath, e.message());
        }
        advance();
    }
    setStatusText(tr("%n image(s) imported", nullptr, int(m_images)));
}

} // namespace rwb::exchange
