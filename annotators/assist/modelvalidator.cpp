#include "modelvalidator.h"

#include <QStringList>

namespace rwb::assist {

using Task = ModelManifest::Task;
using Layout = ModelManifest::Layout;

QString ModelValidator::shapeText(const TensorShape &shape)
{
    QStringList parts;
    for (int v : shape)
        parts << QString::number(v);
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

namespace {
/// The detection tensor and, for segment models, the prototypes.
const TensorShape *findRank(const std::vector<TensorShape> &outputs, size_t rank)
{
    for (const TensorShape &s : outputs)
        if (s.size() == rank)
            return &s;
    return nullptr;
}
} // namespace

QString ModelValidator::check(const ModelManifest &m, const std::vector<TensorShape> &outputs)
{
    const int nc = int(m.classes.size());
    QStringList got;
    for (const TensorShape &s : outputs)
        got << shapeText(s);
    const QString gives = got.join(QStringLiteral(" + "));
    if (outputs.empty())
        return tr("the model has no outputs");
    if (m.layout == Layout::Classifier) {
        const TensorShape &s = outputs.front();
        qint64 total = 1;
        for (int v : s)
            total *= v;
        if (total != nc)
            return tr("the model gives %1 but the manifest's %2 classes need [1, %2]").arg(gives).arg(nc);
        return {};
    }
    if (m.layout == Layout::Sequence) {
        const TensorShape &s = outputs.front();
        if (s.empty() || s.back() != m.sequenceLength)
            return tr("the model gives %1 but the manifest's input length %2 needs [1, 1, 1, %2]")
                .arg(gives)
                .arg(m.sequenceLength);
        return {};
    }
    const TensorShape *det = findRank(outputs, 3);
    if (!det)
        return tr("the model gives %1 but layout \"%2\" needs a 3-D output")
            .arg(gives, ModelManifest::layoutName(m.layout));
    int nm = 0;
    if (m.task == Task::Segment) {
        const TensorShape *proto = findRank(outputs, 4);
        if (!proto)
            return tr("the model gives %1 but a segmentation model needs a second output with mask prototypes "
                      "[1, nm, h, w]")
                .arg(gives);
        nm = (*proto)[1];
    }
    const int c1 = (*det)[1];
    const int c2 = (*det)[2];
    switch (m.layout) {
    case Layout::Yolov8: {
        const int want = 4 + nc + (m.task == Task::Obb ? 1 : 0) + nm;
        if (c1 != want && c2 != want)
            return tr("the model gives %1 but the manifest's %2 classes need [1, %3, N] for layout \"yolov8\"%4")
                .arg(gives)
                .arg(nc)
                .arg(want)
                .arg(m.task == Task::Obb ? tr(" with an angle")
                        : nm             ? tr(" with %1 mask coefficients").arg(nm)
                                         : QString());
        return {};
    }
    case Layout::Yolov5: {
        const int want = 5 + nc + nm;
        if (c2 != want)
            return tr("the model gives %1 but the manifest's %2 classes need [1, N, %3] for layout \"yolov5\"")
                .arg(gives)
                .arg(nc)
                .arg(want);
        return {};
    }
    case Layout::Yolov10: {
        const int want = m.task == Task::Obb ? 7 : 6;
        if (c2 != want)
            return tr("the model gives %1 but layout \"yolov10\" needs [1, K, %2]").arg(gives).arg(want);
        return {};
    }
    default:
        return {};
    }
}

std::optional<ModelValidator::Guess> ModelValidator::guess(const std::vector<TensorShape> &outputs)
{
    if (outputs.empty())
        return std::nullopt;
    Guess g;
    const TensorShape &first = outputs.front();
    if (outputs.size() == 1 && first.size() == 2 && first[0] == 1) {
        g.task = Task::Classify;
        g.layout = Layout::Classifier;
        g.classCount = first[1];
        return g;
    }
    if (outputs.size() == 1 && first.size() == 4 && first[1] == 1 && first[2] == 1) {
        g.task = Task::TimeSeriesAnomaly;
        g.layout = Layout::Sequence;
        g.classCount = 1;
        return g;
    }
    const TensorShape *det = findRank(outputs, 3);
    if (!det || (*det)[0] != 1)
        return std::nullopt;
    const TensorShape *proto = findRank(outputs, 4);
    g.maskCount = proto ? (*proto)[1] : 0;
    g.task = proto ? Task::Segment : Task::Detect;
    const int c1 = (*det)[1];
    const int c2 = (*det)[2];
    if (!proto && (c2 == 6 || c2 == 7) && c1 <= 1000) {
        g.layout = Layout::Yolov10;
        g.task = c2 == 7 ? Task::Obb : Task::Detect;
        return g;
    }
    if (c1 < c2) {
        g.layout = Layout::Yolov8;
        g.classCount = c1 - 4 - g.maskCount;
    } else {
        g.layout = Layout::Yolov5;
        g.classCount = c2 - 5 - g.maskCount;
    }
    if (g.classCount < 1)
        return std::nullopt;
    return g;
}

} // namespace rwb::assist
