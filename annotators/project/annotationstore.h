#pragma once

#include "annotation.h"
#include "relation.h"

#include <QHash>
#include <QList>

namespace rwb::project {

class Connection;

/// Annotations of every modality. Single edits are audited and committed at once; bulk
/// writes (jobs, imports) go through BulkAnnotationWriter.
class AnnotationStore
{
public:
    explicit AnnotationStore(Connection &connection);

    /// Inserts \a a and sets its id, revision and time stamps. a.id > 0 re-creates the
    /// annotation with that id (undo of a removal).
    qint64 add(Annotation &a);
    /// Writes \a a over the stored annotation and bumps its revision; returns the new revision.
    int update(Annotation &a);
    /// Removes the annotation; returns it with the relations that went with it (for undo).
    struct Removed
    {
        Annotation annotation;
        QList<Relation> relations;
    };
    Removed remove(qint64 id);

    std::optional<Annotation> byId(qint64 id) const;
    QList<Annotation> forAsset(qint64 assetId) const;
    /// Annotations of \a assetId whose extent intersects \a window (R*Tree, plus extents a
    /// bulk write left pending; complete at every moment).
    QList<qint64> idsInWindow(qint64 assetId, const QRectF &window) const;
    /// Extents written by BulkAnnotationWriter that are not in the R*Tree yet.
    qint64 pendingExtentCount() const;
    /// Moves up to \a limit pending extents into the R*Tree in one transaction; returns how
    /// many moved (0: none left). SpatialIndexJob calls it in a loop off the GUI thread.
    int indexPendingExtents(int limit);
    qint64 count() const;
    qint64 countForAsset(qint64 assetId) const;
    /// Annotation count per class id (accepted and proposed; rejected ones excluded).
    QHash<qint64, qint64> countByClass() const;
    QHash<AnnotationState, qint64> countByState() const;

private:
    void writeExtent(const Annotation &a);
    void notify(qint64 assetId);
    Connection &m_connection;
};

} // namespace rwb::project
