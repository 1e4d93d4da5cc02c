#include "spatialindexjob.h"

#include "../annotationstore.h"
#include "../connection.h"
#include "../database.h"
#include "../project.h"

#include <QCoreApplication>

namespace rwb::project {

namespace {
// Small enough that the write lock is held for well under a second at a time, so that
// edits from the GUI thread never wait long.
constexpr int BatchSize = 20000;
} // namespace

SpatialIndexJob::SpatialIndexJob(const Project &project, QObject *parent)
    : Job(QCoreApplication::translate("rwb::project::SpatialIndexJob", "Indexing annotation extents"), parent)
    , m_projectPath(project.path())
{ }

void SpatialIndexJob::run()
{
    Database db;
    db.open(m_projectPath, Database::Mode::ReadWrite);
    db.configureForWriting();
    Connection connection(std::move(db), std::nullopt, nullptr);
    AnnotationStore store(connection);
    setTotal(store.pendingExtentCount());
    while (!isCancelRequested()) {
        const int moved = store.indexPendingExtents(BatchSize);
        if (moved == 0)
            break;
        advance(moved);
    }
}

} // namespace rwb::project
