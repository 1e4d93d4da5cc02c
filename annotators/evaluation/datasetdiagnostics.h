#pragma once

#include "nearduplicatefinder.h"

#include "knowledge/evidence.h"
#include "knowledge/node.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace rwb::project {
class Connection;
}

namespace rwb::evaluation {

struct DatasetSnapshot;
class ModelEvaluation;

/// Where the data is weak: class balance per split, objects per image, object sizes, images
/// without labels, near-duplicates and duplicates leaking across splits, suspected label errors
/// (a confident model disagreeing with an accepted label), attribute coverage, and knowledge
/// coverage (evidence per graph node and modality next to the model's recall on its classes).
class DatasetDiagnostics
{
    Q_DECLARE_TR_FUNCTIONS(rwb::evaluation::DatasetDiagnostics)
public:
    struct Options
    {
        QHash<qint64, quint64> hashes; ///< perceptual hash per image asset (missing: not compared)
        int duplicateDistance = 4; ///< Hamming bits
        double tinyArea = 16.0 * 16.0; ///< pixels; COCO's "small" is below 32²
        const ModelEvaluation *evaluation = nullptr; ///< for label errors and recall per node
        double confident = 0.8; ///< model score that counts as confident
        QList<knowledge::Node> nodes;
        QList<knowledge::Evidence> evidence;
        /// Reads the graph's nodes and evidence (empty when the project has no graph tables).
        void loadKnowledge(project::Connection &connection);
    };

    struct LabelError
    {
        enum class Kind { WrongClass, MissingLabel, WrongTag };
        Kind kind;
        qint64 assetId;
        qint64 predictionId; ///< the model annotation
        std::optional<qint64> truthId; ///< the accepted label it disagrees with
        qint64 predictedClass;
        std::optional<qint64> truthClass;
        double score;
    };
    struct NodeCoverage
    {
        qint64 nodeId;
        QString key;
        QString label;
        qint64 evidence = 0;
        QMap<QString, qint64> evidenceByModality; ///< asset kind → count
        QList<qint64> classes; ///< label classes mapped to the node
        qint64 truthAnnotations = 0; ///< accepted labels of those classes
        std::optional<double> recall; ///< the model's recall on those classes (pooled)
    };
    struct AttributeCoverage
    {
        qint64 attributeId;
        QString name;
        std::optional<qint64> classId; ///< nullopt: global
        qint64 labels = 0; ///< accepted labels it applies to
        qint64 filled = 0;
    };

    static DatasetDiagnostics compute(const DatasetSnapshot &data, const Options &options);

    QMap<QString, QMap<QString, qint64>> classBalance; ///< class → split → accepted labels
    QMap<int, qint64> objectsPerImage; ///< object count → images (labelled images only)
    QMap<QString, qint64> sizeBuckets; ///< tiny/small/medium/large → objects
    QList<qint64> tinyObjects; ///< annotation ids
    QList<qint64> imagesWithoutLabels;
    qint64 imagesHashed = 0;
    QList<NearDuplicateFinder::Pair> nearDuplicates;
    QList<NearDuplicateFinder::Pair> splitLeaks; ///< near-duplicates in two different splits
    QList<LabelError> labelErrors;
    QList<AttributeCoverage> attributeCoverage;
    QList<NodeCoverage> knowledgeCoverage;
    QStringList problems;

    QJsonObject toJson() const;
    QString toText() const;

private:
    QHash<qint64, QString> m_classNames;
    QHash<qint64, QString> m_splitOf;
};

} // namespace rwb::evaluation
