#include "exportjob.h"

#include "datasetcollector.h"
#include "imageformat.h"

#include "project/connection.h"
#include "project/database.h"
#include "project/storeerror.h"

#include <QFileInfo>

namespace rwb::exchange {

using namespace rwb::project;

ExportJob::ExportJob(const QString &projectPath, const QString &format, const DatasetSelection &selection,
    const QString &target, DatasetWriter::Images images, QObject *parent)
    : Job(tr("Export %1 to %2").arg(format, target), parent)
    , m_projectPath(projectPath)
    , m_format(format)
    , m_selection(selection)
    , m_target(target)
    , m_imageMode(images)
{ }

void ExportJob::run()
{
    Database db;
    db.open(m_projectPath, Database::Mode::ReadOnly);
    db.configureForReading();
    Connection connection(std::move(db), std::nullopt, nullptr);
    setStatusText(tr("Reading the project…"));
    DatasetCollector collector(connection, QFileInfo(m_projectPath).absolutePath());
    DatasetSelection selection = m_selection;
    selection.kinds = { AssetKind::Image };
    const ImageDataset dataset = collector.imageDataset(selection, &m_warnings);
    auto output = ImageFormat::write(m_format, dataset);
    if (!output)
        throw StoreError(StoreError::Code::InvalidArgument,
            tr("unknown export format \"%1\" (known: %2)")
                .arg(m_format, ImageFormat::exportNames().join(QStringLiteral(", "))));
    m_warnings += output->warnings;
    for (const QString &w : std::as_const(m_warnings))
        addError(m_target, w);
    m_images = dataset.images.size();
    for (const DatasetImage &image : dataset.images)
        m_labels += image.labels.size();
    setStatusText(tr("Writing %1…").arg(m_target));
    const QString error
        = DatasetWriter::write(*output, dataset, m_target, m_imageMode, [this](qint64 done, qint64 total) {
              setTotal(total);
              setDone(done);
              return !isCancelRequested();
          });
    if (isCancelRequested())
        return;
    if (!error.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, error);
    setStatusText(tr("%n image(s) exported", nullptr, int(m_images)));
}

} // namespace rwb::exchange
