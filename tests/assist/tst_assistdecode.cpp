// Decoders against hand-made output tensors, NMS, letterbox math.
#include "assist/detection.h"
#include "assist/letterbox.h"
#include "assist/nms.h"
#include "assist/outputdecoder.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace rwb::assist;

namespace {
cv::Mat tensor3(int a, int b)
{
    const int shape[] = { 1, a, b };
    return cv::Mat(3, shape, CV_32F, cv::Scalar(0));
}
float &at3(cv::Mat &m, int i, int j)
{
    return m.ptr<float>()[size_t(i) * m.size[2] + j];
}
Detection box(int cls, float score, QRectF r)
{
    Detection d;
    d.classIndex = cls;
    d.score = score;
    d.box = r;
    return d;
}
} // namespace

class TestAssistDecode : public QObject
{
    Q_OBJECT
private slots:
    void yolov8Boxes()
    {
        // 2 classes, 4 anchors: [1, 6, 4]; anchor 1 is class 1 at 0.9, anchor 3 class 0 at 0.6.
        cv::Mat out = tensor3(6, 4);
        const float cx[] = { 10, 100, 50, 200 }, cy[] = { 10, 60, 50, 30 }, w[] = { 4, 40, 10, 20 },
                    h[] = { 4, 20, 10, 10 };
        for (int i = 0; i < 4; ++i) {
            at3(out, 0, i) = cx[i];
            at3(out, 1, i) = cy[i];
            at3(out, 2, i) = w[i];
            at3(out, 3, i) = h[i];
        }
        at3(out, 5, 1) = 0.9f;
        at3(out, 4, 1) = 0.3f;
        at3(out, 4, 3) = 0.6f;
        at3(out, 4, 2) = 0.1f; // below the threshold
        const auto dets = OutputDecoder::yolov8(out, 2, 0, false, 0.25f);
        QCOMPARE(int(dets.size()), 2);
        QCOMPARE(dets[0].classIndex, 1);
        QCOMPARE(dets[0].score, 0.9f);
        QCOMPARE(dets[0].box, QRectF(80, 50, 40, 20));
        QCOMPARE(dets[1].classIndex, 0);
        QCOMPARE(dets[1].box, QRectF(190, 25, 20, 10));
        QVERIFY(!dets[0].rotated);
    }
    void yolov8Transposed()
    {
        // The same anchor as [1, N, C].
        cv::Mat out = tensor3(3, 6);
        at3(out, 2, 0) = 30;
        at3(out, 2, 1) = 40;
        at3(out, 2, 2) = 10;
        at3(out, 2, 3) = 8;
        at3(out, 2, 4) = 0.8f;
        const auto dets = OutputDecoder::yolov8(out, 2, 0, false, 0.5f);
        QCOMPARE(int(dets.size()), 1);
        QCOMPARE(dets[0].box, QRectF(25, 36, 10, 8));
    }
    void yolov8WrongWidth() { QVERIFY(OutputDecoder::yolov8(tensor3(9, 100), 2, 0, false, 0.1f).empty()); }
    void yolov8Obb()
    {
        // 1 class: [1, 4 + 1 + 1, 2]; anchor 0 is a 40 × 10 box turned by 90°.
        cv::Mat out = tensor3(6, 2);
        at3(out, 0, 0) = 100;
        at3(out, 1, 0) = 50;
        at3(out, 2, 0) = 40;
        at3(out, 3, 0) = 10;
        at3(out, 4, 0) = 0.7f;
        at3(out, 5, 0) = float(std::numbers::pi / 2);
        const auto dets = OutputDecoder::yolov8(out, 1, 0, true, 0.5f);
        QCOMPARE(int(dets.size()), 1);
        QVERIFY(dets[0].rotated);
        QCOMPARE(dets[0].center, QPointF(100, 50));
        QCOMPARE(dets[0].size, QSizeF(40, 10));
        QVERIFY(std::abs(dets[0].angle - 90.0) < 1e-4);
        // Turned upright, the bounds are 10 wide and 40 high.
        QVERIFY(std::abs(dets[0].box.width() - 10) < 1e-3);
        QVERIFY(std::abs(dets[0].box.height() - 40) < 1e-3);
    }
    void yolov5()
    {
        // 2 classes, 1 mask coefficient: [1, 3, 5 + 2 + 1].
        cv::Mat out = tensor3(3, 8);
        const float rows[3][8] = { { 50, 50, 20, 10, 0.9f, 0.2f, 0.8f, 0.5f }, { 10, 10, 4, 4, 0.2f, 1, 0, 0 },
            { 70, 30, 10, 10, 0.6f, 0.5f, 0.1f, -1 } };
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 8; ++j)
                at3(out, i, j) = rows[i][j];
        const auto dets = OutputDecoder::yolov5(out, 2, 1, 0.25f);
        QCOMPARE(int(dets.size()), 2);
        QCOMPARE(dets[0].classIndex, 1);
        QVERIFY(std::abs(dets[0].score - 0.72f) < 1e-6);
        QCOMPARE(dets[0].box, QRectF(40, 45, 20, 10));
        QCOMPARE(dets[0].coefficients, std::vector<float>({ 0.5f }));
        QCOMPARE(dets[1].classIndex, 0);
        QVERIFY(std::abs(dets[1].score - 0.3f) < 1e-6);
    }
    void yolov10()
    {
        cv::Mat out = tensor3(3, 6);
        const float rows[3][6] = { { 10, 20, 30, 60, 0.95f, 2 }, { 0, 0, 5, 5, 0.1f, 0 }, { 5, 5, 15, 25, 0.5f, 1 } };
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 6; ++j)
                at3(out, i, j) = rows[i][j];
        const auto dets = OutputDecoder::yolov10(out, 0.3f);
        QCOMPARE(int(dets.size()), 2);
        QCOMPARE(dets[0].box, QRectF(10, 20, 20, 40));
        QCOMPARE(dets[0].classIndex, 2);
        QCOMPARE(dets[1].classIndex, 1);
        QCOMPARE(dets[1].box, QRectF(5, 5, 10, 20));
    }
    void classifier_data()
    {
        QTest::addColumn<bool>("softmax");
        QTest::addColumn<float>("top");
        QTest::newRow("probabilities") << false << 0.7f;
        // softmax of (0.1, 0.7, 0.2): e^0.7 / (e^0.1 + e^0.7 + e^0.2)
        QTest::newRow("logits") << true << float(std::exp(0.7) / (std::exp(0.1) + std::exp(0.7) + std::exp(0.2)));
    }
    void classifier()
    {
        QFETCH(bool, softmax);
        QFETCH(float, top);
        cv::Mat out(1, 3, CV_32F);
        out.at<float>(0) = 0.1f;
        out.at<float>(1) = 0.7f;
        out.at<float>(2) = 0.2f;
        const auto scores = OutputDecoder::classifier(out, softmax);
        QCOMPARE(int(scores.size()), 3);
        QCOMPARE(scores[0].first, 1);
        QVERIFY(std::abs(scores[0].second - top) < 1e-6);
        QCOMPARE(scores[1].first, 2);
        QCOMPARE(scores[2].first, 0);
    }
    void masksFromPrototypes()
    {
        // 2 prototypes on a 16 × 16 grid for a 64 × 64 input (4 px per cell): prototype 0 is on
        // in the square of cells [2, 10) × [2, 10), prototype 1 everywhere.
        const int shape[] = { 1, 2, 16, 16 };
        cv::Mat proto(4, shape, CV_32F, cv::Scalar(0));
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x) {
                proto.ptr<float>(0, 0)[y * 16 + x] = (x >= 2 && x < 10 && y >= 2 && y < 10) ? 10.0f : -10.0f;
                proto.ptr<float>(0, 1)[y * 16 + x] = 1.0f;
            }
        std::vector<Detection> dets(2);
        dets[0].box = QRectF(0, 0, 64, 64);
        dets[0].coefficients = { 1.0f, 0.0f };
        // Cut by its box: only the part of the square inside [0, 24) × [0, 24).
        dets[1].box = QRectF(0, 0, 24, 24);
        dets[1].coefficients = { 1.0f, 0.0f };
        OutputDecoder::masks(dets, proto, cv::Size(64, 64), 0.5f);
        QVERIFY(dets[0].polygon.size() >= 4);
        const QRectF b0 = dets[0].polygon.boundingRect();
        // Cell centres 2.5 … 9.5 → pixels 10 … 38.
        QCOMPARE(b0, QRectF(10, 10, 28, 28));
        const QRectF b1 = dets[1].polygon.boundingRect();
        QCOMPARE(b1, QRectF(10, 10, 12, 12));
        // A coefficient set that switches everything off gives no outline.
        std::vector<Detection> off(1);
        off[0].box = QRectF(0, 0, 64, 64);
        off[0].coefficients = { 0.0f, -5.0f };
        OutputDecoder::masks(off, proto, cv::Size(64, 64), 0.5f);
        QVERIFY(off[0].polygon.isEmpty());
    }
    void ranges()
    {
        const float s[] = { 0, 0.9f, 0.8f, 0.1f, 0.6f, 0, 0.7f, 0.7f, 0.95f };
        const auto r = OutputDecoder::ranges(s, 9, 0.5f, 2, 100);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0], (SampleRange { 101, 103, 0.9f }));
        QCOMPARE(r[1], (SampleRange { 106, 109, 0.95f }));
    }
    void nmsClassAware()
    {
        std::vector<Detection> d { box(0, 0.9f, { 0, 0, 10, 10 }), box(0, 0.8f, { 1, 1, 10, 10 }),
            box(1, 0.7f, { 1, 0, 10, 10 }), box(0, 0.6f, { 50, 50, 10, 10 }) };
        const auto aware = Nms::apply(d, 0.5f, true);
        QCOMPARE(int(aware.size()), 3);
        QCOMPARE(aware[0].score, 0.9f);
        QCOMPARE(aware[1].classIndex, 1);
        QCOMPARE(aware[2].score, 0.6f);
        const auto agnostic = Nms::apply(d, 0.5f, false);
        QCOMPARE(int(agnostic.size()), 2);
        const auto limited = Nms::apply(d, 0.5f, true, 1);
        QCOMPARE(int(limited.size()), 1);
    }
    void nmsRotated()
    {
        Detection a = box(0, 0.9f, { 0, 0, 40, 40 });
        a.rotated = true;
        a.center = { 20, 20 };
        a.size = { 40, 10 };
        a.angle = 0;
        Detection b = a;
        b.score = 0.8f;
        b.angle = 90; // a cross: the boxes overlap by 100 of 700
        QVERIFY(std::abs(Nms::iou(a, b) - 100.0 / 700.0) < 1e-3);
        QCOMPARE(int(Nms::apply({ a, b }, 0.5f, true).size()), 2);
        b.angle = 5;
        QCOMPARE(int(Nms::apply({ a, b }, 0.5f, true).size()), 1);
    }
    void iou()
    {
        QCOMPARE(Nms::iou(QRectF(0, 0, 10, 10), QRectF(5, 0, 10, 10)), 50.0 / 150.0);
        QCOMPARE(Nms::iou(QRectF(0, 0, 10, 10), QRectF(20, 0, 10, 10)), 0.0);
    }
    void letterbox_data()
    {
        QTest::addColumn<QSize>("image");
        QTest::addColumn<QSize>("input");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<QRect>("placed"); // left, top, scaled size
        QTest::newRow("wide into square") << QSize(1600, 800) << QSize(640, 640) << true << QRect(0, 160, 640, 320);
        QTest::newRow("tall into square") << QSize(300, 600) << QSize(640, 640) << true << QRect(160, 0, 320, 640);
        QTest::newRow("exact aspect") << QSize(1600, 800) << QSize(640, 320) << true << QRect(0, 0, 640, 320);
        QTest::newRow("upscale") << QSize(320, 160) << QSize(640, 320) << true << QRect(0, 0, 640, 320);
        QTest::newRow("odd padding") << QSize(101, 50) << QSize(64, 64) << true << QRect(0, 16, 64, 32);
        QTest::newRow("stretch") << QSize(100, 50) << QSize(64, 64) << false << QRect(0, 0, 64, 64);
    }
    void letterbox()
    {
        QFETCH(QSize, image);
        QFETCH(QSize, input);
        QFETCH(bool, keep);
        QFETCH(QRect, placed);
        const Letterbox lb = Letterbox::compute(image, input, keep);
        QCOMPARE(QRect(lb.left, lb.top, lb.scaledWidth, lb.scaledHeight), placed);
        // Corners map onto corners and back.
        const QPointF corner = lb.toInput(QPointF(image.width(), image.height()));
        QVERIFY(std::abs(corner.x() - (placed.left() + placed.width())) < 1e-9);
        QVERIFY(std::abs(corner.y() - (placed.top() + placed.height())) < 1e-9);
        const QPointF p(image.width() * 0.3, image.height() * 0.7);
        const QPointF back = lb.toImage(lb.toInput(p));
        QVERIFY(std::abs(back.x() - p.x()) < 1e-9 && std::abs(back.y() - p.y()) < 1e-9);
        // The padded image has the input's size and the pad value outside the placed part.
        const cv::Mat src(image.height(), image.width(), CV_8UC3, cv::Scalar(10, 20, 30));
        const cv::Mat out = lb.apply(src, 114);
        QCOMPARE(out.cols, input.width());
        QCOMPARE(out.rows, input.height());
        QCOMPARE(out.at<cv::Vec3b>(placed.top() + placed.height() / 2, placed.left() + placed.width() / 2),
            cv::Vec3b(10, 20, 30));
        if (placed.top() > 0)
            QCOMPARE(out.at<cv::Vec3b>(0, 0), cv::Vec3b(114, 114, 114));
    }
    void detectionBackToImage()
    {
        const Letterbox lb = Letterbox::compute(QSize(1600, 800), QSize(640, 640));
        Detection d;
        d.box = QRectF(64, 192, 64, 32); // input pixels
        d.polygon = QPolygonF({ QPointF(64, 192), QPointF(128, 224), QPointF(64, 224) });
        lb.toImage(d);
        QCOMPARE(d.box, QRectF(160, 80, 160, 80));
        QCOMPARE(d.polygon.at(1), QPointF(320, 160));
    }
};

QTEST_GUILESS_MAIN(TestAssistDecode)
#include "tst_assistdecode.moc"
