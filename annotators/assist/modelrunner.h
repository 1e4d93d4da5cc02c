#pragma once

#include "detection.h"
#include "dnnbackends.h"
#include "letterbox.h"
#include "modelmanifest.h"
#include "modelvalidator.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <utility>
#include <vector>

namespace rwb::assist {

/// One loaded network and everything around its forward pass: letterbox, blob, decoding, masks,
/// NMS, tiling, mapping back to image pixels. Not thread-safe: each worker thread has its own
/// (RunnerPool), because a cv::dnn::Net must not run on two threads at once.
class ModelRunner
{
    Q_DECLARE_TR_FUNCTIONS(rwb::assist::ModelRunner)
public:
    explicit ModelRunner(const ModelManifest &manifest);

    /// Reads the model, sets the backend (falling back to CPU, see backendNote(), when the
    /// wanted one is missing or fails its first forward pass) and checks the outputs against
    /// the manifest. False with \a error naming the file, OpenCV's reason and the opset.
    bool load(const DnnBackend &backend, QString *error);
    bool isLoaded() const { return m_loaded; }
    const ModelManifest &manifest() const { return m_manifest; }
    DnnBackend backend() const { return m_backend; }
    QString backendNote() const { return m_note; }
    std::vector<TensorShape> outputShapes() const { return m_shapes; }

    /// Detections (detect, segment, obb) in image pixels of \a image (8/16-bit, 1/3/4
    /// channels), inside \a region when given. Large images are cut into the manifest's tiles.
    std::vector<Detection> detect(const cv::Mat &image, const QRect &region = {});
    /// A detection model's input for a whole image, made without the network (const, safe on
    /// another thread) so that it can be prepared while the network runs; empty blob where the
    /// image needs tiling or the model classifies: use detect(image) then.
    struct Prepared
    {
        cv::Mat blob;
        Letterbox letterbox;
        QSize imageSize;
    };
    Prepared prepare(const cv::Mat &image) const;
    /// The same detections as detect(image) for the image \a prepared was made from.
    std::vector<Detection> detect(const Prepared &prepared);
    /// Class scores of \a image (or its \a region), best first.
    std::vector<std::pair<int, float>> classify(const cv::Mat &image, const QRect &region = {});
    /// Per-sample anomaly ranges of a signal, scored in windows of the model's length that
    /// overlap by half (z-scored each).
    QList<SampleRange> anomalies(const float *samples, qint64 count);

    /// Time spent in net.forward() and in the whole calls, since the last reset.
    double forwardSeconds() const { return m_forwardSeconds; }
    double totalSeconds() const { return m_totalSeconds; }
    void resetTimes() { m_forwardSeconds = m_totalSeconds = 0; }

    /// The ONNX opset a model file declares (default domain), -1 when unreadable.
    static int onnxOpset(const QString &path);
    /// The image as 8-bit with \a channels channels, 0: as many as it has (16-bit scaled as 65535 → 255).
    static cv::Mat to8Bit(const cv::Mat &image, int channels);

private:
    std::vector<cv::Mat> forward(const cv::Mat &blob);
    cv::Mat blobFor(const cv::Mat &image8, const Letterbox &lb) const;
    std::vector<Detection> detectTile(const cv::Mat &image8);
    std::vector<Detection> decodeTile(const std::vector<cv::Mat> &outs, const Letterbox &lb, QSize image);

    ModelManifest m_manifest;
    cv::dnn::Net m_net;
    std::vector<cv::String> m_outputNames;
    std::vector<TensorShape> m_shapes;
    DnnBackend m_backend;
    QString m_note;
    bool m_loaded = false;
    double m_forwardSeconds = 0;
    double m_totalSeconds = 0;
};

} // namespace rwb::assist
