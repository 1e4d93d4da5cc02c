#pragma once

#include "importdata.h"

#include <QCoreApplication>
#include <QStringList>

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// Adds an imported graph to the project in one transaction: all of it, or — when anything
/// is wrong — nothing. Nodes whose key the project has already are matched, not duplicated;
/// an edge the project has already (same type and ends) is skipped.
class GraphImporter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::GraphImporter)
public:
    enum class UnknownTypes {
        Fail, ///< refuse the import and list them
        Add, ///< add them to the ontology (names from the file where it gives them)
        Skip, ///< leave out nodes and edges of unknown types, and list them
    };

    struct Report
    {
        bool ok = false; ///< false: nothing was written, see errors
        int nodesAdded = 0;
        int nodesMatched = 0;
        int edgesAdded = 0;
        int edgesSkipped = 0; ///< already in the project, or of a skipped type
        int nodesSkipped = 0;
        QStringList typesAdded;
        QStringList unknownNodeTypes;
        QStringList unknownRelationTypes;
        QStringList errors; ///< one line each, naming the node key or edge
        int evidenceAdded = 0;
        int evidenceSkipped = 0; ///< already linked, or of a node or edge left out
        /// Evidence whose annotation the project does not have, one line each ("node key: annotation
        /// IRI"): listed, not imported, and no reason to refuse the rest.
        QStringList evidenceMissing;
        /// What the import created (ids), so that ImportGraphCommand can take exactly it back.
        QList<qint64> nodeTypeIds;
        QList<qint64> relationTypeIds;
        QList<qint64> nodeIds;
        QList<qint64> edgeIds;
        QList<qint64> evidenceIds;
    };

    explicit GraphImporter(project::Connection &connection);

    /// Checks \a data against the project and, when it fits, writes it. \a source names the
    /// file in the audit log and in messages.
    Report run(const ImportData &data, UnknownTypes unknown, const QString &source);

private:
    project::Connection &m_connection;
};

} // namespace rwb::knowledge
