#include "proposalreview.h"

#include "modelrunner.h"
#include "preannotatejob.h"

#include "image/shape.h"
#include "project/commands/addannotationcommand.h"
#include "project/commands/editannotationcommand.h"
#include "project/commands/storecommand.h"
#include "project/project.h"

#include <QFileInfo>
#include <QUndoStack>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>

namespace rwb::assist {

using namespace rwb::project;

QList<Annotation> ProposalReview::open(Project &project, qint64 assetId)
{
    QList<Annotation> out;
    for (const Annotation &a : project.annotations().forAsset(assetId))
        if (a.state == AnnotationState::Proposed)
            out.append(a);
    std::stable_sort(out.begin(), out.end(),
        [](const Annotation &a, const Annotation &b) { return a.confidence.value_or(0) > b.confidence.value_or(0); });
    return out;
}

namespace {
QString setState(
    QUndoStack *stack, Project &project, const QSet<qint64> &ids, AnnotationState state, const QString &text)
{
    return EditAnnotationCommand::editEach(
        stack, project, ids,
        [state](Annotation &a) {
            if (a.state == AnnotationState::Proposed)
                a.state = state;
        },
        text);
}

QSet<qint64> openIds(Project &project, qint64 assetId, double threshold)
{
    QSet<qint64> ids;
    for (const Annotation &a : ProposalReview::open(project, assetId))
        if (a.confidence.value_or(0) >= threshold)
            ids.insert(a.id);
    return ids;
}
} // namespace

QString ProposalReview::accept(QUndoStack *stack, Project &project, const QSet<qint64> &ids)
{
    return setState(
        stack, project, ids, AnnotationState::Accepted, tr("Accept %n proposal(s)", nullptr, int(ids.size())));
}

QString ProposalReview::reject(QUndoStack *stack, Project &project, const QSet<qint64> &ids)
{
    return setState(
        stack, project, ids, AnnotationState::Rejected, tr("Reject %n proposal(s)", nullptr, int(ids.size())));
}

QString ProposalReview::acceptAbove(QUndoStack *stack, Project &project, qint64 assetId, double threshold, int *count)
{
    const QSet<qint64> ids = openIds(project, assetId, threshold);
    if (count)
        *count = int(ids.size());
    return setState(stack, project, ids, AnnotationState::Accepted,
        tr("Accept proposals with confidence ≥ %1").arg(threshold, 0, 'f', 2));
}

QString ProposalReview::acceptRest(QUndoStack *stack, Project &project, qint64 assetId, int *count)
{
    const QSet<qint64> ids = openIds(project, assetId, -1);
    if (count)
        *count = int(ids.size());
    return setState(stack, project, ids, AnnotationState::Accepted, tr("Accept the remaining proposals"));
}

int ProposalReview::propose(
    QUndoStack *stack, Project &project, qint64 assetId, ModelRunner &runner, const QRect &region, QString *error)
{
    const auto asset = project.assets().byId(assetId);
    if (!asset) {
        if (error)
            *error = tr("The image is no longer in the project.");
        return -1;
    }
    const QString path = project.resolve(asset->uri);
    const cv::Mat image = cv::imread(path.toStdString(), cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    if (image.empty()) {
        if (error)
            *error = QFileInfo::exists(path) ? tr("%1: OpenCV cannot read the image").arg(path)
                                             : tr("%1: the file is missing").arg(path);
        return -1;
    }
    const ModelManifest &m = runner.manifest();
    std::vector<Detection> found;
    if (m.task == ModelManifest::Task::Classify) {
        const auto scores = runner.classify(image, region);
        if (!scores.empty() && scores.front().second >= m.confidenceThreshold) {
            Detection d;
            d.classIndex = scores.front().first;
            d.score = scores.front().second;
            d.box = region.isEmpty() ? QRectF() : QRectF(region);
            found.push_back(d);
        }
    } else {
        found = runner.detect(image, region);
    }
    auto *macro = new QUndoCommand(tr("Run %1").arg(m.name));
    int added = 0;
    for (const Detection &d : found) {
        Annotation a = PreannotateJob::toAnnotation(d, m);
        if (m.task == ModelManifest::Task::Classify && d.box.isEmpty()) {
            image::Shape::tag().applyTo(a);
        }
        a.assetId = assetId;
        a.author = project.userId();
        const QString cls = m.projectClass(d.classIndex);
        if (const auto c = project.labels().classByName(cls))
            a.classId = c->id;
        new AddAnnotationCommand(project.connection(), a, macro);
        ++added;
    }
    if (added == 0) {
        delete macro;
        return 0;
    }
    const QString problem = StoreCommand::pushTo(stack, macro);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return -1;
    }
    return added;
}

} // namespace rwb::assist
