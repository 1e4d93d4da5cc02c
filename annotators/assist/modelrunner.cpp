#include "modelrunner.h"

#include "letterbox.h"
#include "nms.h"
#include "outputdecoder.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace rwb::assist {

using Task = ModelManifest::Task;
using Layout = ModelManifest::Layout;

namespace {
bool readVarint(const uchar *&p, const uchar *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const uchar b = *p++;
        value |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

/// Walks one protobuf message, calling \a field for each (number, wire type, payload).
template<typename F> bool walk(const uchar *p, const uchar *end, F field)
{
    while (p < end) {
        quint64 key = 0;
        if (!readVarint(p, end, key))
            return false;
        const int type = int(key & 7);
        quint64 value = 0;
        const uchar *payload = p;
        if (type == 0) {
            if (!readVarint(p, end, value))
                return false;
        } else if (type == 2) {
            if (!readVarint(p, end, value) || value > quint64(end - p))
                return false;
            payload = p;
            p += value;
        } else if (type == 1) {
            p += 8;
        } else if (type == 5) {
            p += 4;
        } else {
            return false;
        }
        if (p > end)
            return false;
        field(int(key >> 3), type, payload, value);
    }
    return true;
}

double seconds(int64 ticks)
{
    return double(ticks) / cv::getTickFrequency();
}
} // namespace

int ModelRunner::onnxOpset(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray data = file.readAll();
    const auto *begin = reinterpret_cast<const uchar *>(data.constData());
    int opset = -1;
    // ModelProto field 8: OperatorSetIdProto {1: domain, 2: version}; "" or "ai.onnx" is ONNX's own.
    walk(begin, begin + data.size(), [&](int number, int type, const uchar *payload, quint64 length) {
        if (number != 8 || type != 2)
            return;
        QByteArray domain;
        qint64 version = -1;
        walk(payload, payload + length, [&](int n, int t, const uchar *pl, quint64 v) {
            if (n == 1 && t == 2)
                domain = QByteArray(reinterpret_cast<const char *>(pl), int(v));
            else if (n == 2 && t == 0)
                version = qint64(v);
        });
        if (domain.isEmpty() || domain == "ai.onnx")
            opset = int(version);
    });
    return opset;
}

cv::Mat ModelRunner::to8Bit(const cv::Mat &image, int channels)
{
    cv::Mat m = image;
    if (m.depth() == CV_16U)
        m.convertTo(m, CV_8U, 1.0 / 257.0);
    else if (m.depth() != CV_8U)
        m.convertTo(m, CV_8U);
    if (channels == 0)
        return m;
    if (channels == 3 && m.channels() == 1)
        cv::cvtColor(m, m, cv::COLOR_GRAY2BGR);
    else if (channels == 3 && m.channels() == 4)
        cv::cvtColor(m, m, cv::COLOR_BGRA2BGR);
    else if (channels == 1 && m.channels() == 3)
        cv::cvtColor(m, m, cv::COLOR_BGR2GRAY);
    else if (channels == 1 && m.channels() == 4)
        cv::cvtColor(m, m, cv::COLOR_BGRA2GRAY);
    return m;
}

ModelRunner::ModelRunner(const ModelManifest &manifest)
    : m_manifest(manifest)
    , m_backend(cpuDnnBackend())
{ }

bool ModelRunner::load(const DnnBackend &backend, QString *error)
{
    m_loaded = false;
    m_note.clear();
    try {
        m_net = cv::dnn::readNetFromONNX(m_manifest.modelFile.toStdString());
    } catch (const cv::Exception &e) {
        const int opset = onnxOpset(m_manifest.modelFile);
        if (error)
            *error = tr("%1: OpenCV %2 cannot load the model (ONNX opset %3): %4")
                         .arg(m_manifest.modelFile, openCvVersion(), opset < 0 ? tr("unknown") : QString::number(opset),
                             QString::fromStdString(e.msg).trimmed());
        return false;
    }
    if (m_net.empty()) {
        if (error)
            *error = tr("%1: OpenCV %2 read no network from the file").arg(m_manifest.modelFile, openCvVersion());
        return false;
    }
    m_outputNames = m_net.getUnconnectedOutLayersNames();

    cv::Mat probe;
    if (m_manifest.task == Task::TimeSeriesAnomaly) {
        const int shape[] = { 1, 1, 1, m_manifest.sequenceLength };
        probe = cv::Mat(4, shape, CV_32F, cv::Scalar(0));
    } else {
        const int shape[] = { 1, m_manifest.inputChannels, m_manifest.inputHeight, m_manifest.inputWidth };
        probe = cv::Mat(4, shape, CV_32F, cv::Scalar(0));
    }
    auto tryForward = [&](const DnnBackend &b, QString *why) {
        try {
            m_net.setPreferableBackend(b.backend);
            m_net.setPreferableTarget(b.target);
            const std::vector<cv::Mat> outs = forward(probe);
            m_shapes.clear();
            for (const cv::Mat &o : outs)
                m_shapes.emplace_back(o.size.p, o.size.p + o.dims);
            return true;
        } catch (const cv::Exception &e) {
            if (why)
                *why = QString::fromStdString(e.msg).trimmed();
            return false;
        }
    };
    QString why;
    m_backend = backend;
    if (!tryForward(backend, &why)) {
        if (backend == cpuDnnBackend()) {
            if (error)
                *error = tr("%1: the model does not run with a %2 × %3 input in OpenCV %4: %5")
                             .arg(m_manifest.modelFile)
                             .arg(m_manifest.inputWidth)
                             .arg(m_manifest.inputHeight)
                             .arg(openCvVersion(), why);
            return false;
        }
        m_note = tr("%1 failed (%2); running on the CPU.").arg(backend.name, why);
        m_backend = cpuDnnBackend();
        if (!tryForward(m_backend, &why)) {
            if (error)
                *error
                    = tr("%1: the model does not run in OpenCV %2: %3").arg(m_manifest.modelFile, openCvVersion(), why);
            return false;
        }
    }
    if (m_manifest.manifestFile.isEmpty()) {
        // A bare .onnx: what it is follows from its outputs.
        const auto guess = ModelValidator::guess(m_shapes);
        if (!guess) {
            QStringList shapes;
            for (const TensorShape &s : m_shapes)
                shapes << ModelValidator::shapeText(s);
            if (error)
                *error = tr("%1: the outputs %2 fit no known layout; write a manifest (%3.json) that says what the "
                            "model gives")
                             .arg(m_manifest.modelFile, shapes.join(QStringLiteral(" + ")),
                                 QFileInfo(m_manifest.modelFile).completeBaseName());
            return false;
        }
        m_manifest.task = guess->task;
        m_manifest.layout = guess->layout;
        if (m_manifest.task == Task::TimeSeriesAnomaly)
            m_manifest.sequenceLength = m_shapes.front().back();
        m_manifest.classes.clear();
        for (int i = 0; i < std::max(1, guess->classCount); ++i)
            m_manifest.classes << QStringLiteral("class%1").arg(i);
        m_note = (m_note + QLatin1Char(' ')
            + tr("No manifest: read as %1 with %n class(es) from the output shape.", nullptr,
                int(m_manifest.classes.size()))
                  .arg(ModelManifest::layoutName(m_manifest.layout)))
                     .trimmed();
    }
    const QString mismatch = ModelValidator::check(m_manifest, m_shapes);
    if (!mismatch.isEmpty()) {
        if (error)
            *error = tr("%1 does not match its model %2: %3")
                         .arg(m_manifest.manifestFile.isEmpty() ? tr("The manifest") : m_manifest.manifestFile,
                             m_manifest.modelFile, mismatch);
        return false;
    }
    m_forwardSeconds = m_totalSeconds = 0;
    m_loaded = true;
    return true;
}

std::vector<cv::Mat> ModelRunner::forward(const cv::Mat &blob)
{
    const int64 start = cv::getTickCount();
    m_net.setInput(blob);
    std::vector<cv::Mat> outs;
    m_net.forward(outs, m_outputNames);
    m_forwardSeconds += seconds(cv::getTickCount() - start);
    return outs;
}

cv::Mat ModelRunner::blobFor(const cv::Mat &image8, const Letterbox &lb) const
{
    // Scaled down first, channels converted after: the conversion then touches the model's
    // few pixels rather than the image's many.
    const cv::Mat boxed = to8Bit(lb.apply(image8, m_manifest.padValue), m_manifest.inputChannels);
    const double *mean = m_manifest.mean;
    const double *sd = m_manifest.std;
    if (sd[0] == sd[1] && sd[1] == sd[2]) {
        // (x - mean / scale) · scale / std: blobFromImage does it in the same pass.
        const double s = m_manifest.scale / sd[0];
        return cv::dnn::blobFromImage(boxed, s, cv::Size(),
            cv::Scalar(mean[0] / m_manifest.scale, mean[1] / m_manifest.scale, mean[2] / m_manifest.scale),
            m_manifest.swapRB, false, CV_32F);
    }
    cv::Mat blob = cv::dnn::blobFromImage(boxed, 1.0, cv::Size(), cv::Scalar(), m_manifest.swapRB, false, CV_32F);
    // blobFromImage cannot divide by a per-channel std: scale each plane in place.
    const int planeSize = lb.input.width() * lb.input.height();
    for (int c = 0; c < blob.size[1]; ++c) {
        cv::Mat plane(1, planeSize, CV_32F, blob.ptr<float>(0, c));
        plane.convertTo(plane, CV_32F, m_manifest.scale / sd[c % 3], -mean[c % 3] / sd[c % 3]);
    }
    return blob;
}

std::vector<Detection> ModelRunner::detectTile(const cv::Mat &image8)
{
    const Letterbox lb = Letterbox::compute(
        QSize(image8.cols, image8.rows), QSize(m_manifest.inputWidth, m_manifest.inputHeight), m_manifest.letterbox);
    return decodeTile(forward(blobFor(image8, lb)), lb, QSize(image8.cols, image8.rows));
}

ModelRunner::Prepared ModelRunner::prepare(const cv::Mat &image) const
{
    Prepared p;
    const ModelManifest::Tiling &t = m_manifest.tiling;
    if (image.empty() || m_manifest.task == Task::Classify
        || (t.enabled() && std::max(image.cols, image.rows) > t.whenLargerThan))
        return p;
    const cv::Mat image8 = to8Bit(image, 0);
    p.letterbox = Letterbox::compute(
        QSize(image8.cols, image8.rows), QSize(m_manifest.inputWidth, m_manifest.inputHeight), m_manifest.letterbox);
    p.imageSize = QSize(image8.cols, image8.rows);
    p.blob = blobFor(image8, p.letterbox);
    return p;
}

std::vector<Detection> ModelRunner::detect(const Prepared &prepared)
{
    const int64 start = cv::getTickCount();
    std::vector<Detection> found = decodeTile(forward(prepared.blob), prepared.letterbox, prepared.imageSize);
    m_totalSeconds += seconds(cv::getTickCount() - start);
    return found;
}

std::vector<Detection> ModelRunner::decodeTile(const std::vector<cv::Mat> &outs, const Letterbox &lb, QSize image)
{
    const cv::Mat *det = nullptr;
    const cv::Mat *proto = nullptr;
    for (const cv::Mat &o : outs) {
        if (o.dims == 3 && !det)
            det = &o;
        else if (o.dims == 4)
            proto = &o;
    }
    if (!det)
        return {};
    const int nc = int(m_manifest.classes.size());
    const int nm = m_manifest.task == Task::Segment && proto ? proto->size[1] : 0;
    const float conf = m_manifest.confidenceThreshold;
    std::vector<Detection> found;
    switch (m_manifest.layout) {
    case Layout::Yolov8:
        found = OutputDecoder::yolov8(*det, nc, nm, m_manifest.task == Task::Obb, conf);
        break;
    case Layout::Yolov5:
        found = OutputDecoder::yolov5(*det, nc, nm, conf);
        break;
    case Layout::Yolov10:
        found = OutputDecoder::yolov10(*det, conf);
        break;
    default:
        break;
    }
    if (m_manifest.layout != Layout::Yolov10)
        found
            = Nms::apply(std::move(found), m_manifest.nmsThreshold, m_manifest.classAwareNms, m_manifest.maxDetections);
    if (nm > 0)
        OutputDecoder::masks(
            found, *proto, cv::Size(m_manifest.inputWidth, m_manifest.inputHeight), m_manifest.maskThreshold);
    const QRectF inside(0, 0, image.width(), image.height());
    for (Detection &d : found) {
        lb.toImage(d);
        d.box = d.box.intersected(inside);
    }
    return found;
}

std::vector<Detection> ModelRunner::detect(const cv::Mat &image, const QRect &region)
{
    const int64 start = cv::getTickCount();
    cv::Mat image8 = to8Bit(image, 0);
    QPoint origin;
    if (!region.isEmpty()) {
        const QRect r = region.intersected(QRect(0, 0, image8.cols, image8.rows));
        if (r.isEmpty())
            return {};
        image8 = image8(cv::Rect(r.x(), r.y(), r.width(), r.height()));
        origin = r.topLeft();
    }
    std::vector<Detection> all;
    const ModelManifest::Tiling &t = m_manifest.tiling;
    if (t.enabled() && std::max(image8.cols, image8.rows) > t.whenLargerThan) {
        const int stepX = t.tileWidth - t.overlap;
        const int stepY = t.tileHeight - t.overlap;
        for (int y = 0; y < image8.rows; y += stepY) {
            for (int x = 0; x < image8.cols; x += stepX) {
                // The last tile in a row or column is moved back to stay full size.
                const int x0 = std::max(0, std::min(x, image8.cols - t.tileWidth));
                const int y0 = std::max(0, std::min(y, image8.rows - t.tileHeight));
                const cv::Rect tile(
                    x0, y0, std::min(t.tileWidth, image8.cols - x0), std::min(t.tileHeight, image8.rows - y0));
                for (Detection d : detectTile(image8(tile))) {
                    d.box.translate(x0, y0);
                    d.center += QPointF(x0, y0);
                    d.polygon.translate(x0, y0);
                    all.push_back(std::move(d));
                }
                if (x0 + t.tileWidth >= image8.cols)
                    break;
            }
            if (y + t.tileHeight >= image8.rows)
                break;
        }
        all = Nms::apply(std::move(all), m_manifest.nmsThreshold, m_manifest.classAwareNms, m_manifest.maxDetections);
    } else {
        all = detectTile(image8);
    }
    for (Detection &d : all) {
        d.box.translate(origin);
        d.center += origin;
        d.polygon.translate(origin);
    }
    m_totalSeconds += seconds(cv::getTickCount() - start);
    return all;
}

std::vector<std::pair<int, float>> ModelRunner::classify(const cv::Mat &image, const QRect &region)
{
    const int64 start = cv::getTickCount();
    cv::Mat image8 = to8Bit(image, 0);
    if (!region.isEmpty()) {
        const QRect r = region.intersected(QRect(0, 0, image8.cols, image8.rows));
        if (r.isEmpty())
            return {};
        image8 = image8(cv::Rect(r.x(), r.y(), r.width(), r.height()));
    }
    const Letterbox lb = Letterbox::compute(
        QSize(image8.cols, image8.rows), QSize(m_manifest.inputWidth, m_manifest.inputHeight), m_manifest.letterbox);
    const std::vector<cv::Mat> outs = forward(blobFor(image8, lb));
    auto result = outs.empty() ? std::vector<std::pair<int, float>>()
                               : OutputDecoder::classifier(outs.front(), m_manifest.applySoftmax);
    m_totalSeconds += seconds(cv::getTickCount() - start);
    return result;
}

QList<SampleRange> ModelRunner::anomalies(const float *samples, qint64 count)
{
    const int64 start = cv::getTickCount();
    const int n = m_manifest.sequenceLength;
    std::vector<float> score(size_t(count), 0.0f);
    const int shape[] = { 1, 1, 1, n };
    cv::Mat blob(4, shape, CV_32F);
    const qint64 step = std::max(1, n / 2);
    for (qint64 at = 0; at < count; at += step) {
        const qint64 first = std::min(at, std::max<qint64>(0, count - n));
        float *in = blob.ptr<float>();
        double sum = 0, sq = 0;
        const qint64 have = std::min<qint64>(n, count - first);
        for (qint64 i = 0; i < have; ++i) {
            sum += samples[first + i];
            sq += double(samples[first + i]) * samples[first + i];
        }
        const double mean = have > 0 ? sum / have : 0;
        const double sd = have > 0 ? std::sqrt(std::max(1e-12, sq / have - mean * mean)) : 1;
        for (qint64 i = 0; i < n; ++i)
            in[i] = i < have ? float((samples[first + i] - mean) / sd) : 0.0f;
        const std::vector<cv::Mat> outs = forward(blob);
        if (outs.empty())
            break;
        const float *out = outs.front().ptr<float>();
        for (qint64 i = 0; i < have; ++i)
            score[size_t(first + i)] = std::max(score[size_t(first + i)], out[i]);
        if (first + n >= count)
            break;
    }
    auto result = OutputDecoder::ranges(score.data(), count, m_manifest.confidenceThreshold, m_manifest.minLength);
    m_totalSeconds += seconds(cv::getTickCount() - start);
    return result;
}

} // namespace rwb::assist
