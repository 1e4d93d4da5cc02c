#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rwb::assist {

/// What a model file is and how to feed and read it: the JSON manifest next to the .onnx
/// (`model.onnx` + `model.json`), since OpenCV DNN cannot read the ONNX metadata that YOLO
/// exports carry.
///
/// Format (resources/models/*.json are examples):
///   {"format": "rwb-model", "version": 1, "id", "name", "model": "file.onnx",
///    "task": "detect|segment|obb|classify|timeseries-anomaly",
///    "layout": "yolov5|yolov8|yolo11|yolov10|classifier|sequence",
///    "input": {"width", "height", "channels", "channel_order": "rgb|bgr", "scale", "mean": [..],
///              "std": [..], "letterbox", "pad_value"}  (time series: {"length", "normalisation"}),
///    "classes": [...], "label_map": {"model class": "project class" | null},
///    "confidence_threshold", "nms_threshold", "class_aware_nms", "max_detections",
///    "mask_threshold", "softmax", "min_length",
///    "tiling": {"tile_width", "tile_height", "overlap", "when_larger_than"},
///    "backend": "opencv|cuda|...", "target": "cpu|opencl|opencl_fp16|cuda|cuda_fp16"}
struct ModelManifest
{
    Q_DECLARE_TR_FUNCTIONS(rwb::assist::ModelManifest)
public:
    enum class Task { Detect, Segment, Obb, Classify, TimeSeriesAnomaly };
    enum class Layout { Yolov5, Yolov8, Yolov10, Classifier, Sequence };

    struct Tiling
    {
        int tileWidth = 0;
        int tileHeight = 0;
        int overlap = 0;
        /// Images whose longer side exceeds this are tiled; 0: never.
        int whenLargerThan = 0;
        bool enabled() const { return tileWidth > 0 && tileHeight > 0 && whenLargerThan > 0; }
        bool operator==(const Tiling &) const = default;
    };

    QString id;
    QString name;
    QString modelFile; ///< absolute after load()
    QString manifestFile;
    Task task = Task::Detect;
    Layout layout = Layout::Yolov8;
    int inputWidth = 640;
    int inputHeight = 640;
    int inputChannels = 3;
    bool swapRB = true; ///< channel order "rgb": OpenCV's BGR images are swapped
    double scale = 1.0 / 255.0;
    double mean[3] = { 0, 0, 0 };
    double std[3] = { 1, 1, 1 };
    bool letterbox = true;
    int padValue = 114;
    int sequenceLength = 0; ///< time series input length
    QStringList classes;
    /// Model class name → project label class name; absent or empty: unmapped (no class).
    QMap<QString, QString> labelMap;
    float confidenceThreshold = 0.25f;
    float nmsThreshold = 0.45f;
    bool classAwareNms = true;
    int maxDetections = 300;
    float maskThreshold = 0.5f;
    bool applySoftmax = false;
    int minLength = 1;
    Tiling tiling;
    QString backend = QStringLiteral("opencv");
    QString target = QStringLiteral("cpu");

    /// Reads \a path (a manifest .json, or a bare .onnx whose manifest is missing: then the
    /// defaults above with the file as model; guessLayout() fills in the rest). Relative model
    /// paths are resolved against the manifest's folder. On failure returns nothing and sets
    /// \a error to a message naming the file and the problem.
    static std::optional<ModelManifest> load(const QString &path, QString *error);
    /// Parses a manifest object; \a folder resolves the model path.
    static std::optional<ModelManifest> fromJson(
        const QJsonObject &json, const QString &folder, const QString &fileForMessages, QString *error);
    QJsonObject toJson() const;

    /// Output channels per anchor the layout implies (yolov8: 4 + nc, + 1 for obb, + the mask
    /// coefficients for segment), or -1 when the layout has no fixed width.
    static QString taskName(Task task);
    static QString layoutName(Layout layout);
    static std::optional<Task> taskFromName(const QString &name);
    static std::optional<Layout> layoutFromName(const QString &name);

    /// The project class for model class \a index, empty when unmapped.
    QString projectClass(int index) const;
};

} // namespace rwb::assist
