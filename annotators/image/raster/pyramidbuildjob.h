#pragma once

#include "project/jobs/job.h"

#include <memory>

namespace rwb::image {

class TilePyramid;

/// Builds the tile pyramid of one large image in the background (JobManager) with progress
/// in decoded rows. Tiles become readable while it runs (TilePyramid::tilesReady()); a
/// cancelled or failed build leaves an incomplete cache, rebuilt next time.
class PyramidBuildJob : public project::Job
{
    Q_OBJECT
public:
    PyramidBuildJob(const QString &path, int page, std::shared_ptr<TilePyramid> pyramid, QObject *parent = nullptr);
    ~PyramidBuildJob() override;

    std::shared_ptr<TilePyramid> pyramid() const { return m_pyramid; }
    /// See PyramidBuilder::peakBufferBytes(); valid once finished.
    qint64 peakBufferBytes() const { return m_peakBufferBytes.load(); }

protected:
    void run() override;

private:
    QString m_path;
    int m_page;
    std::shared_ptr<TilePyramid> m_pyramid;
    std::atomic<qint64> m_peakBufferBytes { 0 };
};

} // namespace rwb::image
