#include "modelmanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace rwb::assist {

namespace {
struct Name
{
    const char *text;
    int value;
};
constexpr Name TaskNames[]
    = { { "detect", int(ModelManifest::Task::Detect) }, { "segment", int(ModelManifest::Task::Segment) },
          { "obb", int(ModelManifest::Task::Obb) }, { "classify", int(ModelManifest::Task::Classify) },
          { "timeseries-anomaly", int(ModelManifest::Task::TimeSeriesAnomaly) } };
constexpr Name LayoutNames[] = { { "yolov5", int(ModelManifest::Layout::Yolov5) },
    { "yolov8", int(ModelManifest::Layout::Yolov8) }, { "yolo11", int(ModelManifest::Layout::Yolov8) },
    { "yolov10", int(ModelManifest::Layout::Yolov10) }, { "classifier", int(ModelManifest::Layout::Classifier) },
    { "sequence", int(ModelManifest::Layout::Sequence) } };

template<typename E, size_t N> std::optional<E> fromName(const Name (&names)[N], const QString &text)
{
    for (const Name &n : names)
        if (text == QLatin1String(n.text))
            return E(n.value);
    return std::nullopt;
}

template<typename E, size_t N> QString toName(const Name (&names)[N], E value)
{
    for (const Name &n : names)
        if (n.value == int(value))
            return QString::fromLatin1(n.text);
    return {};
}

QStringList names(const Name *begin, const Name *end)
{
    QStringList out;
    for (const Name *n = begin; n != end; ++n)
        out << QString::fromLatin1(n->text);
    return out;
}
} // namespace

QString ModelManifest::taskName(Task task)
{
    return toName(TaskNames, task);
}

QString ModelManifest::layoutName(Layout layout)
{
    return toName(LayoutNames, layout);
}

std::optional<ModelManifest::Task> ModelManifest::taskFromName(const QString &text)
{
    return fromName<Task>(TaskNames, text);
}

std::optional<ModelManifest::Layout> ModelManifest::layoutFromName(const QString &text)
{
    return fromName<Layout>(LayoutNames, text);
}

QString ModelManifest::projectClass(int index) const
{
    if (index < 0 || index >= classes.size())
        return {};
    return labelMap.value(classes.at(index));
}

std::optional<ModelManifest> ModelManifest::load(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("%1: the file does not exist").arg(path);
        return std::nullopt;
    }
    if (info.suffix().compare(QLatin1String("onnx"), Qt::CaseInsensitive) == 0) {
        const QString sidecar = info.absoluteDir().absoluteFilePath(info.completeBaseName() + QStringLiteral(".json"));
        if (QFileInfo::exists(sidecar))
            return load(sidecar, error);
        ModelManifest m;
        m.id = info.completeBaseName();
        m.name = info.completeBaseName();
        m.modelFile = info.absoluteFilePath();
        return m;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1: not a JSON object (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    auto m = fromJson(doc.object(), info.absolutePath(), path, error);
    if (m)
        m->manifestFile = info.absoluteFilePath();
    return m;
}

std::optional<ModelManifest> ModelManifest::fromJson(
    const QJsonObject &json, const QString &folder, const QString &file, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ModelManifest> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, message);
        return std::nullopt;
    };
    if (json.value(QLatin1String("format")).toString() != QLatin1String("rwb-model"))
        return fail(tr("not a model manifest (\"format\" must be \"rwb-model\")"));
    if (json.value(QLatin1String("version")).toInt() != 1)
        return fail(tr("manifest version %1 is not supported (expected 1)")
                        .arg(json.value(QLatin1String("version")).toVariant().toString()));
    ModelManifest m;
    m.id = json.value(QLatin1String("id")).toString();
    if (m.id.isEmpty())
        return fail(tr("the manifest has no \"id\""));
    m.name = json.value(QLatin1String("name")).toString(m.id);
    const QString model = json.value(QLatin1String("model")).toString();
    if (model.isEmpty())
        return fail(tr("the manifest names no \"model\" file"));
    m.modelFile = QDir(folder).absoluteFilePath(model);
    if (!QFileInfo::exists(m.modelFile))
        return fail(tr("the model file %1 does not exist").arg(m.modelFile));
    const QString task = json.value(QLatin1String("task")).toString();
    const auto t = taskFromName(task);
    if (!t)
        return fail(tr("unknown task \"%1\" (expected one of %2)")
                        .arg(task, names(std::begin(TaskNames), std::end(TaskNames)).join(QStringLiteral(", "))));
    m.task = *t;
    const QString layout = json.value(QLatin1String("layout")).toString();
    const auto l = layoutFromName(layout);
    if (!l)
        return fail(tr("unknown layout \"%1\" (expected one of %2)")
                        .arg(layout, names(std::begin(LayoutNames), std::end(LayoutNames)).join(QStringLiteral(", "))));
    m.layout = *l;
    const bool sequence = m.task == Task::TimeSeriesAnomaly;
    if (sequence != (m.layout == Layout::Sequence))
        return fail(tr("task \"%1\" and layout \"%2\" do not go together").arg(task, layout));
    if ((m.task == Task::Classify) != (m.layout == Layout::Classifier))
        return fail(tr("task \"%1\" and layout \"%2\" do not go together").arg(task, layout));
    if (m.task == Task::Segment && m.layout == Layout::Yolov10)
        return fail(tr("layout \"yolov10\" has no masks; segmentation needs \"yolov8\" or \"yolov5\""));

    const QJsonObject input = json.value(QLatin1String("input")).toObject();
    if (sequence) {
        m.sequenceLength = input.value(QLatin1String("length")).toInt();
        if (m.sequenceLength < 8)
            return fail(tr("\"input\": \"length\" must be at least 8"));
    } else {
        m.inputWidth = input.value(QLatin1String("width")).toInt();
        m.inputHeight = input.value(QLatin1String("height")).toInt();
        if (m.inputWidth < 8 || m.inputHeight < 8 || m.inputWidth > 8192 || m.inputHeight > 8192)
            return fail(tr("\"input\": width and height must be between 8 and 8192 (got %1 × %2)")
                            .arg(m.inputWidth)
                            .arg(m.inputHeight));
        m.inputChannels = input.value(QLatin1String("channels")).toInt(3);
        if (m.inputChannels != 1 && m.inputChannels != 3)
            return fail(tr("\"input\": channels must be 1 or 3"));
        const QString order = input.value(QLatin1String("channel_order")).toString(QStringLiteral("rgb"));
        if (order != QLatin1String("rgb") && order != QLatin1String("bgr"))
            return fail(tr("\"input\": channel_order must be \"rgb\" or \"bgr\""));
        m.swapRB = order == QLatin1String("rgb");
        m.scale = input.value(QLatin1String("scale")).toDouble(1.0 / 255.0);
        const QJsonArray mean = input.value(QLatin1String("mean")).toArray();
        const QJsonArray stdv = input.value(QLatin1String("std")).toArray();
        for (int i = 0; i < 3; ++i) {
            m.mean[i] = mean.isEmpty() ? 0.0 : mean.at(qMin(i, int(mean.size()) - 1)).toDouble();
            m.std[i] = stdv.isEmpty() ? 1.0 : stdv.at(qMin(i, int(stdv.size()) - 1)).toDouble();
            if (m.std[i] <= 0)
                return fail(tr("\"input\": std must be positive"));
        }
        m.letterbox = input.value(QLatin1String("letterbox")).toBool(true);
        m.padValue = input.value(QLatin1String("pad_value")).toInt(114);
    }
    for (const QJsonValue &c : json.value(QLatin1String("classes")).toArray())
        m.classes << c.toString();
    if (m.classes.isEmpty())
        return fail(tr("the manifest lists no \"classes\""));
    const QJsonObject map = json.value(QLatin1String("label_map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!m.classes.contains(it.key()))
            return fail(tr("\"label_map\" names \"%1\", which is not one of the model's classes").arg(it.key()));
        if (!it.value().isNull())
            m.labelMap.insert(it.key(), it.value().toString());
    }
    m.confidenceThreshold = float(json.value(QLatin1String("confidence_threshold")).toDouble(0.25));
    m.nmsThreshold = float(json.value(QLatin1String("nms_threshold")).toDouble(0.45));
    if (m.confidenceThreshold < 0 || m.confidenceThreshold > 1 || m.nmsThreshold <= 0 || m.nmsThreshold > 1)
        return fail(tr("confidence and NMS thresholds must lie in [0, 1]"));
    m.classAwareNms = json.value(QLatin1String("class_aware_nms")).toBool(true);
    m.maxDetections = json.value(QLatin1String("max_detections")).toInt(300);
    m.maskThreshold = float(json.value(QLatin1String("mask_threshold")).toDouble(0.5));
    m.applySoftmax = json.value(QLatin1String("softmax")).toBool(false);
    m.minLength = qMax(1, json.value(QLatin1String("min_length")).toInt(1));
    const QJsonObject tiling = json.value(QLatin1String("tiling")).toObject();
    m.tiling.tileWidth = tiling.value(QLatin1String("tile_width")).toInt();
    m.tiling.tileHeight = tiling.value(QLatin1String("tile_height")).toInt();
    m.tiling.overlap = tiling.value(QLatin1String("overlap")).toInt();
    m.tiling.whenLargerThan = tiling.value(QLatin1String("when_larger_than")).toInt();
    if (m.tiling.enabled()
        && (m.tiling.overlap < 0 || m.tiling.overlap * 2 >= qMin(m.tiling.tileWidth, m.tiling.tileHeight)))
        return fail(tr("\"tiling\": the overlap must be less than half the tile"));
    m.backend = json.value(QLatin1String("backend")).toString(QStringLiteral("opencv"));
    m.target = json.value(QLatin1String("target")).toString(QStringLiteral("cpu"));
    return m;
}

QJsonObject ModelManifest::toJson() const
{
    QJsonObject input;
    if (task == Task::TimeSeriesAnomaly) {
        input = { { QStringLiteral("length"), sequenceLength },
            { QStringLiteral("normalisation"), QStringLiteral("zscore") } };
    } else {
        input = { { QStringLiteral("width"), inputWidth }, { QStringLiteral("height"), inputHeight },
            { QStringLiteral("channels"), inputChannels },
            { QStringLiteral("channel_order"), swapRB ? QStringLiteral("rgb") : QStringLiteral("bgr") },
            { QStringLiteral("scale"), scale }, { QStringLiteral("mean"), QJsonArray { mean[0], mean[1], mean[2] } },
            { QStringLiteral("std"), QJsonArray { std[0], std[1], std[2] } },
            { QStringLiteral("letterbox"), letterbox }, { QStringLiteral("pad_value"), padValue } };
    }
    QJsonObject map;
    for (const QString &c : classes)
        map.insert(c, labelMap.contains(c) ? QJsonValue(labelMap.value(c)) : QJsonValue(QJsonValue::Null));
    QJsonObject json { { QStringLiteral("format"), QStringLiteral("rwb-model") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("model"), QFileInfo(modelFile).fileName() }, { QStringLiteral("task"), taskName(task) },
        { QStringLiteral("layout"), layoutName(layout) }, { QStringLiteral("input"), input },
        { QStringLiteral("classes"), QJsonArray::fromStringList(classes) }, { QStringLiteral("label_map"), map },
        { QStringLiteral("confidence_threshold"), confidenceThreshold },
        { QStringLiteral("nms_threshold"), nmsThreshold }, { QStringLiteral("class_aware_nms"), classAwareNms },
        { QStringLiteral("max_detections"), maxDetections }, { QStringLiteral("mask_threshold"), maskThreshold },
        { QStringLiteral("softmax"), applySoftmax }, { QStringLiteral("min_length"), minLength },
        { QStringLiteral("backend"), backend }, { QStringLiteral("target"), target } };
    if (tiling.enabled())
        json.insert(QStringLiteral("tiling"),
            QJsonObject { { QStringLiteral("tile_width"), tiling.tileWidth },
                { QStringLiteral("tile_height"), tiling.tileHeight }, { QStringLiteral("overlap"), tiling.overlap },
                { QStringLiteral("when_larger_than"), tiling.whenLargerThan } });
    return json;
}

} // namespace rwb::assist
