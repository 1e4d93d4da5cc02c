#pragma once

#include "job.h"

#include <QString>

namespace rwb::project {

class Project;

/// Moves the extents that bulk writers left pending into the R*Tree, in batches on its own
/// connection. Cancelling keeps the batches already moved; window queries are correct
/// before, during and after the job.
class SpatialIndexJob : public Job
{
    Q_OBJECT
public:
    explicit SpatialIndexJob(const Project &project, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_projectPath;
};

} // namespace rwb::project
