#pragma once

#include "modelmanifest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace rwb::assist {

/// Shapes of a network's outputs, as cv::dnn reports them after one forward pass.
using TensorShape = std::vector<int>;

/// Checks a manifest against the real output shapes of its model, and guesses the layout of a
/// bare .onnx from them.
class ModelValidator
{
    Q_DECLARE_TR_FUNCTIONS(rwb::assist::ModelValidator)
public:
    /// Empty when \a outputs fit \a manifest; otherwise what differs, e.g. "the model gives
    /// [1, 84, 8400] but the manifest's 6 classes need [1, 10, N]".
    static QString check(const ModelManifest &manifest, const std::vector<TensorShape> &outputs);

    struct Guess
    {
        ModelManifest::Task task = ModelManifest::Task::Detect;
        ModelManifest::Layout layout = ModelManifest::Layout::Yolov8;
        int classCount = 0;
        int maskCount = 0;
    };
    /// The layout a bare model most likely has: [1, nc] classifier; [1, 4 + nc, N] YOLOv8
    /// (N > C); [1, N, 5 + nc] YOLOv5 (N > C); [1, K, 6] end-to-end; with a 4-D prototype
    /// output the segment variants; [1, 1, 1, L] a sequence scorer. Nothing when unknown.
    /// Oriented boxes cannot be told from detection by shape alone (one more channel): the
    /// manifest has to say so.
    static std::optional<Guess> guess(const std::vector<TensorShape> &outputs);

    static QString shapeText(const TensorShape &shape);
};

} // namespace rwb::assist
