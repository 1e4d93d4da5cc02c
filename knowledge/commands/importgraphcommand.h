#pragma once

#include "../io/graphimporter.h"
#include "project/commands/storecommand.h"

#include <QVariantList>

namespace rwb::knowledge {

/// An import that GraphImporter has already written, as one undoable step. Undo removes
/// exactly what the import created (the ids in its report: evidence, edges, nodes with their
/// positions, then the types it added) in one transaction; redo puts the same rows back with the same ids
/// and keys. Each direction is one audit entry, like the import itself: a bulk load is one change.
class ImportGraphCommand : public project::StoreCommand
{
public:
    /// \a report is what GraphImporter::run() returned for \a source; it must be ok.
    ImportGraphCommand(project::Connection &connection, const GraphImporter::Report &report, const QString &source,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    const GraphImporter::Report &report() const { return m_report; }

private:
    struct Table
    {
        const char *name;
        const char *idColumn;
        QList<qint64> ids;
        QStringList columns; ///< filled on the first undo
        QList<QVariantList> rows; ///< the rows undo took, for redo
    };

    void take();
    void restore();

    GraphImporter::Report m_report;
    QString m_source;
    QList<Table> m_tables; ///< in insertion order: types, nodes, positions, edges, evidence
    bool m_done = true; ///< the importer has written it already: the first redo does nothing
};

} // namespace rwb::knowledge
