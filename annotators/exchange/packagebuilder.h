#pragma once

#include "datasetselection.h"
#include "datasetsplitter.h"
#include "datasetwriter.h"

#include "project/jobs/job.h"

#include <QJsonObject>

namespace rwb::exchange {

/// What a dataset package holds and how it is described.
struct PackageOptions
{
    QString name; ///< empty: the project's name
    int version = 1;
    QStringList formats { QStringLiteral("coco") }; ///< image formats (ImageFormat names)
    DatasetSelection selection;
    DatasetSplitter::Options splits;
    DatasetWriter::Images images = DatasetWriter::Images::Link;
    QString licence = QStringLiteral("proprietary");
    QString purpose; ///< for the dataset card
    QString collection; ///< how the data was collected, for the card
    bool timeSeries = true;
    bool documents = true;
    bool knowledge = true;
    /// Quality figures from an evaluation (metric → value), shown on the card when present. The
    /// hook the evaluation module fills.
    QJsonObject evaluation;
};

/// Builds a versioned dataset package: every selected image format in its own folder (images
/// linked or copied), the time-series, document and knowledge exports, schema.json, a dataset
/// card README.md and manifest.json with counts per split and class, the SHA-256 of every file
/// and the provenance. The same project and options give byte-identical files: keys sorted,
/// time stamps taken from the project, no absolute paths. Written beside the target and moved
/// into place at the end; an existing target is refused.
class PackageBuilder : public project::Job
{
    Q_OBJECT
public:
    PackageBuilder(
        const QString &projectPath, const PackageOptions &options, const QString &target, QObject *parent = nullptr);

    QJsonObject manifest() const { return m_manifest; }
    QStringList warnings() const { return m_warnings; }

    /// The dataset card (README.md) for \a manifest.
    static QByteArray datasetCard(const QJsonObject &manifest, const PackageOptions &options);
    /// Reads \a folder/manifest.json and checks every file's SHA-256; returns the problems.
    static QStringList verify(const QString &folder);
    static QString sha256(const QByteArray &data);

protected:
    void run() override;

private:
    QString m_projectPath;
    PackageOptions m_options;
    QString m_target;
    QJsonObject m_manifest;
    QStringList m_warnings;
};

} // namespace rwb::exchange
