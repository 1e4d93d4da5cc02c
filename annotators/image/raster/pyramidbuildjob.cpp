#include "pyramidbuildjob.h"

#include "pyramidbuilder.h"
#include "rasterreader.h"
#include "tilepyramid.h"

#include "project/storeerror.h"

#include <QFileInfo>

namespace rwb::image {

PyramidBuildJob::PyramidBuildJob(const QString &path, int page, std::shared_ptr<TilePyramid> pyramid, QObject *parent)
    : Job(tr("Build image tiles"), parent)
    , m_path(path)
    , m_page(page)
    , m_pyramid(std::move(pyramid))
{ }

PyramidBuildJob::~PyramidBuildJob() = default;

void PyramidBuildJob::run()
{
    setStatusText(tr("Building tiles of %1").arg(QFileInfo(m_path).fileName()));
    QString error;
    std::unique_ptr<RasterReader> reader = RasterReader::open(m_path, m_page, &error);
    if (!reader)
        throw project::StoreError(project::StoreError::Code::Generic, error);
    setTotal(reader->info().size.height());
    PyramidBuilder builder(m_pyramid.get());
    const bool ok = builder.build(
        *reader, [this] { return isCancelRequested(); }, [this](qint64 done, qint64) { setDone(done); }, &error);
    m_peakBufferBytes.store(builder.peakBufferBytes());
    if (!ok && !builder.wasCancelled())
        throw project::StoreError(project::StoreError::Code::Generic, error);
}

} // namespace rwb::image
