#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace rwb::knowledge {

/// A graph read from a file, before it is checked against the project: types by name,
/// nodes by key, edges by the keys of their ends.
struct ImportData
{
    struct TypeInfo
    {
        QString name;
        QString nameEn;
        QString nameZh;
    };
    struct ImportNode
    {
        QString key;
        QString type;
        QString labelEn;
        QString labelZh;
        QStringList aliasesEn;
        QStringList aliasesZh;
        QJsonObject properties;
    };
    struct ImportEdge
    {
        QString type;
        QString from;
        QString to;
        std::optional<double> confidence;
        QJsonObject properties;
    };

    /// A piece of evidence (PROV-O) for a node or an edge: the annotation it was derived from.
    struct ImportEvidence
    {
        QString nodeKey; ///< evidence of this node; empty for an edge's
        QString edgeType; ///< evidence of the edge edgeFrom —edgeType→ edgeTo
        QString edgeFrom;
        QString edgeTo;
        QString annotation; ///< the annotation's IRI as the file writes it
        std::optional<qint64> annotationId; ///< from ".../annotation-N"; none when the IRI is no project's
        QString note;
    };

    QList<TypeInfo> nodeTypes; ///< classes the file describes (names for types the project may lack)
    QList<TypeInfo> relationTypes;
    QList<ImportNode> nodes;
    QList<ImportEdge> edges;
    QList<ImportEvidence> evidence;
};

} // namespace rwb::knowledge
