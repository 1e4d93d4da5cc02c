#pragma once

#include "dnnbackends.h"
#include "modelmanifest.h"

#include "project/assetfilter.h"
#include "project/jobs/job.h"

#include <QDir>
#include <QList>

#include <optional>

namespace rwb::project {
class Project;
struct Annotation;
} // namespace rwb::project

namespace rwb::assist {

struct Detection;

/// Runs a model over images of a project and stores what it finds as proposed annotations
/// (source "model", source_ref the model id, with confidence), for people to review. Each batch
/// of images is one transaction with the record that the model has seen them (assist_runs), so
/// a cancelled or failed run leaves no half-written proposals and a second run resumes where
/// the first stopped. Existing annotations are never changed; a proposal that repeats an
/// existing label of the same class (IoU ≥ 0.7) is left out.
class PreannotateJob : public project::Job
{
    Q_OBJECT
public:
    struct Options
    {
        QString model; ///< manifest .json or .onnx
        QString backend; ///< chooseDnnBackend() name; empty: the manifest's, else CPU
        int threads = 1;
        project::AssetFilter filter; ///< which assets (images only are run)
        QList<qint64> assetIds; ///< instead of the filter when not empty
        int batchSize = 16;
        /// Run again on assets this model has already seen (adding proposals).
        bool rerun = false;
        /// Decode large JPEGs at 1/2, 1/4 or 1/8 size where that still covers the model's input
        /// (libjpeg scales while decoding: several times faster). Off by default: the tiny
        /// bundled detector gives noticeably different boxes on such images.
        bool reducedJpegDecode = false;
        /// Decode and prepare images on a prefetch thread and store a batch while the next one
        /// runs through the network; same proposals as without. Faster unless the machine's cores
        /// are already saturated by other work (bench_assist measures both).
        bool overlapStages = true;
    };

    struct Summary
    {
        qint64 assets = 0; ///< selected images
        qint64 skipped = 0; ///< already seen by this model
        qint64 processed = 0;
        qint64 proposals = 0;
        qint64 duplicates = 0; ///< left out because a label already covers them
        qint64 failed = 0;
        double seconds = 0;
        double imageSeconds = 0; ///< reading image files, all workers together
        double forwardSeconds = 0; ///< in net.forward(), all workers together
        double modelSeconds = 0; ///< in the runners (forward, pre- and postprocessing)
        double prepareSeconds = 0; ///< letterbox and blob on the prefetch thread
        double writeSeconds = 0; ///< storing proposals (overlaps the next batch's inference)
        QString backend;
        QString backendNote;
    };

    PreannotateJob(const project::Project &project, const Options &options, QObject *parent = nullptr);

    Summary summary() const { return m_summary; }

    /// The annotation a detection becomes (kind, geometry, extent, confidence, source), without
    /// asset and class.
    static project::Annotation toAnnotation(const Detection &d, const ModelManifest &manifest);

protected:
    void run() override;

private:
    QString m_projectPath;
    QDir m_folder;
    std::optional<qint64> m_userId;
    Options m_options;
    Summary m_summary;
};

} // namespace rwb::assist
