#pragma once

#include "graphdata.h"
#include "importdata.h"

#include <QCoreApplication>

namespace rwb::knowledge {

/// Nodes and edges as two CSV files in the layout of `neo4j-admin database import`:
/// nodes.csv `key:ID,:LABEL,label_en,label_zh,aliases_en:string[],aliases_zh:string[],properties`,
/// edges.csv `:START_ID,:END_ID,:TYPE,id:long,confidence:double,properties` (arrays split by
/// ';', properties as JSON text). Reading accepts the columns in any order.
class Neo4jCsv
{
    Q_DECLARE_TR_FUNCTIONS(rwb::knowledge::Neo4jCsv)
public:
    static QByteArray writeNodes(const GraphData &graph);
    static QByteArray writeEdges(const GraphData &graph);
    /// Throws project::StoreError naming the file, line and problem.
    static ImportData read(
        const QByteArray &nodesCsv, const QByteArray &edgesCsv, const QString &nodesSource, const QString &edgesSource);
    /// Splits CSV text into records (RFC 4180 quoting, fields may span lines); \a lines gets
    /// the line each record starts on.
    static QList<QStringList> parse(const QByteArray &csv, const QString &source, QList<int> *lines = nullptr);
};

} // namespace rwb::knowledge
