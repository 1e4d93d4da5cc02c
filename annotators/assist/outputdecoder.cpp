#include "outputdecoder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rwb::assist {

namespace {
bool threeDims(const cv::Mat &m)
{
    return m.dims == 3 && m.size[0] == 1 && m.type() == CV_32F;
}

Detection makeBox(float cx, float cy, float w, float h)
{
    Detection d;
    d.box = QRectF(cx - w / 2, cy - h / 2, w, h);
    return d;
}

void makeRotated(Detection &d, float cx, float cy, float w, float h, float radians)
{
    d.rotated = true;
    d.center = QPointF(cx, cy);
    d.size = QSizeF(w, h);
    d.angle = radians * 180.0 / std::numbers::pi;
    const cv::RotatedRect r(cv::Point2f(cx, cy), cv::Size2f(w, h), float(d.angle));
    const cv::Rect2f b = r.boundingRect2f();
    d.box = QRectF(b.x, b.y, b.width, b.height);
}
} // namespace

std::vector<Detection> OutputDecoder::yolov8(
    const cv::Mat &out, int classCount, int maskCount, bool obb, float confidence)
{
    std::vector<Detection> result;
    if (!threeDims(out))
        return result;
    const int channels = 4 + classCount + (obb ? 1 : 0) + maskCount;
    const bool transposed = out.size[1] != channels && out.size[2] == channels;
    const int n = transposed ? out.size[1] : out.size[2];
    if ((transposed ? out.size[2] : out.size[1]) != channels)
        return result;
    const float *data = out.ptr<float>();
    auto at = [&](int c, int i) { return transposed ? data[size_t(i) * channels + c] : data[size_t(c) * n + i]; };
    for (int i = 0; i < n; ++i) {
        int best = 0;
        float score = at(4, i);
        for (int c = 1; c < classCount; ++c) {
            const float s = at(4 + c, i);
            if (s > score) {
                score = s;
                best = c;
            }
        }
        if (score < confidence)
            continue;
        Detection d = makeBox(at(0, i), at(1, i), at(2, i), at(3, i));
        if (obb)
            makeRotated(d, at(0, i), at(1, i), at(2, i), at(3, i), at(4 + classCount, i));
        d.classIndex = best;
        d.score = score;
        const int first = 4 + classCount + (obb ? 1 : 0);
        for (int k = 0; k < maskCount; ++k)
            d.coefficients.push_back(at(first + k, i));
        result.push_back(std::move(d));
    }
    return result;
}

std::vector<Detection> OutputDecoder::yolov5(const cv::Mat &out, int classCount, int maskCount, float confidence)
{
    std::vector<Detection> result;
    const int channels = 5 + classCount + maskCount;
    if (!threeDims(out) || out.size[2] != channels)
        return result;
    const int n = out.size[1];
    for (int i = 0; i < n; ++i) {
        const float *row = out.ptr<float>() + size_t(i) * channels;
        if (row[4] < confidence)
            continue;
        const float *cls = row + 5;
        const int best = int(std::max_element(cls, cls + classCount) - cls);
        const float score = row[4] * cls[best];
        if (score < confidence)
            continue;
        Detection d = makeBox(row[0], row[1], row[2], row[3]);
        d.classIndex = best;
        d.score = score;
        d.coefficients.assign(row + 5 + classCount, row + channels);
        result.push_back(std::move(d));
    }
    return result;
}

std::vector<Detection> OutputDecoder::yolov10(const cv::Mat &out, float confidence)
{
    std::vector<Detection> result;
    if (!threeDims(out) || (out.size[2] != 6 && out.size[2] != 7))
        return result;
    const int channels = out.size[2];
    for (int i = 0; i < out.size[1]; ++i) {
        const float *row = out.ptr<float>() + size_t(i) * channels;
        if (row[4] < confidence)
            continue;
        Detection d;
        if (channels == 7)
            makeRotated(d, row[0], row[1], row[2], row[3], row[6]);
        else
            d.box = QRectF(QPointF(row[0], row[1]), QPointF(row[2], row[3]));
        d.score = row[4];
        d.classIndex = int(std::lround(row[5]));
        result.push_back(std::move(d));
    }
    return result;
}

std::vector<std::pair<int, float>> OutputDecoder::classifier(const cv::Mat &out, bool softmax)
{
    std::vector<std::pair<int, float>> result;
    if (out.type() != CV_32F || out.total() == 0)
        return result;
    const float *data = out.ptr<float>();
    const int n = int(out.total());
    std::vector<float> p(data, data + n);
    if (softmax) {
        const float top = *std::max_element(p.begin(), p.end());
        double sum = 0;
        for (float &v : p)
            sum += (v = std::exp(v - top));
        for (float &v : p)
            v = float(v / sum);
    }
    for (int i = 0; i < n; ++i)
        result.emplace_back(i, p[i]);
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return result;
}

void OutputDecoder::masks(
    std::vector<Detection> &detections, const cv::Mat &prototypes, cv::Size inputSize, float threshold)
{
    if (prototypes.dims != 4 || prototypes.type() != CV_32F)
        return;
    const int nm = prototypes.size[1];
    const int mh = prototypes.size[2];
    const int mw = prototypes.size[3];
    const cv::Mat protos(nm, mh * mw, CV_32F, const_cast<float *>(prototypes.ptr<float>()));
    const double sx = double(inputSize.width) / mw;
    const double sy = double(inputSize.height) / mh;
    // The logit of the threshold: comparing before the sigmoid saves an exp per pixel.
    const float logit = std::log(threshold / (1 - threshold));
    for (Detection &d : detections) {
        d.polygon.clear();
        if (int(d.coefficients.size()) != nm)
            continue;
        const int x0 = std::clamp(int(std::floor(d.box.left() / sx)), 0, mw);
        const int y0 = std::clamp(int(std::floor(d.box.top() / sy)), 0, mh);
        const int x1 = std::clamp(int(std::ceil(d.box.right() / sx)), 0, mw);
        const int y1 = std::clamp(int(std::ceil(d.box.bottom() / sy)), 0, mh);
        if (x1 <= x0 || y1 <= y0)
            continue;
        cv::Mat bin(y1 - y0, x1 - x0, CV_8U, cv::Scalar(0));
        for (int y = y0; y < y1; ++y) {
            for (int x = x0; x < x1; ++x) {
                float v = 0;
                const size_t at = size_t(y) * mw + x;
                for (int k = 0; k < nm; ++k)
                    v += d.coefficients[k] * protos.ptr<float>(k)[at];
                // Pixel centres outside the box belong to another object.
                const double cx = (x + 0.5) * sx;
                const double cy = (y + 0.5) * sy;
                if (v > logit && d.box.contains(cx, cy))
                    bin.at<uchar>(y - y0, x - x0) = 255;
            }
        }
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(bin, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        if (contours.empty())
            continue;
        const auto largest = std::max_element(contours.begin(), contours.end(),
            [](const auto &a, const auto &b) { return cv::contourArea(a) < cv::contourArea(b); });
        std::vector<cv::Point> simple;
        cv::approxPolyDP(*largest, simple, 0.7, true);
        if (simple.size() < 3)
            continue;
        for (const cv::Point &p : simple)
            d.polygon << QPointF((p.x + x0 + 0.5) * sx, (p.y + y0 + 0.5) * sy);
    }
}

QList<SampleRange> OutputDecoder::ranges(
    const float *scores, qint64 count, float threshold, int minLength, qint64 offset)
{
    QList<SampleRange> out;
    qint64 start = -1;
    float best = 0;
    for (qint64 i = 0; i <= count; ++i) {
        const bool on = i < count && scores[i] >= threshold;
        if (on) {
            if (start < 0) {
                start = i;
                best = 0;
            }
            best = std::max(best, scores[i]);
        } else if (start >= 0) {
            if (i - start >= minLength)
                out.append({ start + offset, i + offset, best });
            start = -1;
        }
    }
    return out;
}

} // namespace rwb::assist
