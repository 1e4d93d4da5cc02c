#include "image/shape.h"

#include "project/annotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using rwb::image::RleMask;
using rwb::image::Shape;

Q_DECLARE_METATYPE(Shape)

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return o;
}

Shape parse(const char *kind, const char *geometry)
{
    QString error;
    const std::optional<Shape> s = Shape::fromJson(QString::fromLatin1(kind), json(geometry), &error);
    if (!s)
        qFatal("cannot parse %s %s: %s", kind, geometry, qPrintable(error));
    return *s;
}

double area(const QPolygonF &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % ring.size()];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(sum) / 2;
}

double polygonArea(const Shape &s)
{
    double total = area(s.points());
    for (const QPolygonF &hole : s.holes())
        total -= area(hole);
    return total;
}

bool near(QPointF a, QPointF b, double eps = 1e-6)
{
    return std::abs(a.x() - b.x()) <= eps && std::abs(a.y() - b.y()) <= eps;
}

bool near(const QRectF &a, const QRectF &b, double eps = 1e-6)
{
    return near(a.topLeft(), b.topLeft(), eps) && near(a.bottomRight(), b.bottomRight(), eps);
}

/// True when every vertex of \a expected appears in \a actual (order and start may differ).
bool sameVertices(const QPolygonF &actual, const QPolygonF &expected, double eps = 1e-6)
{
    if (actual.size() != expected.size())
        return false;
    for (const QPointF &p : expected) {
        if (std::none_of(actual.begin(), actual.end(), [&](QPointF q) { return near(p, q, eps); }))
            return false;
    }
    return true;
}

} // namespace

class TestShapes : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void annotationRoundTrip();
    void sampleProjectFormats();
    void malformedRejected_data();
    void malformedRejected();
    void extent_data();
    void extent();
    void hitTest_data();
    void hitTest();
    void handles();
    void handleMove_data();
    void handleMove();
    void rotation();
    void vertexOperations();
    void translation();
    void conversions();
    void masks();
    void merge();
    void split();
};

void TestShapes::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("geometry");
    QTest::newRow("box") << QStringLiteral("box") << QStringLiteral(R"({"x":10,"y":20.5,"w":30,"h":0})");
    QTest::newRow("rotated_box") << QStringLiteral("rotated_box")
                                 << QStringLiteral(R"({"cx":50,"cy":40,"w":20,"h":10,"angle":-30})");
    QTest::newRow("polygon") << QStringLiteral("polygon")
                             << QStringLiteral(R"({"points":[[0,0],[10,0],[10,10],[0,10]]})");
    QTest::newRow("polygon with hole") << QStringLiteral(
        "polygon") << QStringLiteral(R"({"points":[[0,0],[10,0],[10,10],[0,10]],"holes":[[[2,2],[4,2],[4,4]]]})");
    QTest::newRow("polyline") << QStringLiteral("polyline")
                              << QStringLiteral(R"({"points":[[0,0],[10,5.25],[20,0]],"thickness":3})");
    QTest::newRow("point") << QStringLiteral("point") << QStringLiteral(R"({"x":3.5,"y":-1})");
    QTest::newRow("keypoints") << QStringLiteral("keypoints")
                               << QStringLiteral(R"({"points":[[1,2,2],[3,4,1],[0,0,0]],"edges":[[0,1],[1,2]]})");
    QTest::newRow("keypoints without edges")
        << QStringLiteral("keypoints") << QStringLiteral(R"({"points":[[1,2,2]]})");
    QTest::newRow("ellipse") << QStringLiteral("ellipse")
                             << QStringLiteral(R"({"cx":5,"cy":6,"rx":4,"ry":2,"angle":45})");
    QTest::newRow("mask") << QStringLiteral("mask")
                          << QStringLiteral(R"({"x":10,"y":20,"w":4,"h":3,"rle":[1,3,2,1,1,1,3]})");
    QTest::newRow("tag") << QStringLiteral("tag") << QStringLiteral("{}");
}

void TestShapes::jsonRoundTrip()
{
    QFETCH(QString, kind);
    QFETCH(QString, geometry);
    const QJsonObject input = QJsonDocument::fromJson(geometry.toUtf8()).object();
    QString error;
    const std::optional<Shape> shape = Shape::fromJson(kind, input, &error);
    QVERIFY2(shape, qPrintable(error));
    QCOMPARE(shape->kindName(), kind);
    QCOMPARE(shape->toJson(), input);
    QCOMPARE(Shape::fromJson(kind, shape->toJson()).value(), *shape);
}

void TestShapes::annotationRoundTrip()
{
    rwb::project::Annotation a;
    const Shape polyline = Shape::polyline(QPolygonF({ QPointF(0, 0), QPointF(10, 0) }), 4);
    polyline.applyTo(a);
    QCOMPARE(a.kind, QStringLiteral("polyline"));
    QCOMPARE(a.geometry, polyline.toJson());
    QCOMPARE(a.extent, QRectF(-2, -2, 14, 4));
    QCOMPARE(Shape::fromAnnotation(a).value(), polyline);

    a.kind = QStringLiteral("hexagon");
    QString error;
    QVERIFY(!Shape::fromAnnotation(a, &error));
    QVERIFY(error.contains(QLatin1String("hexagon")));
}

void TestShapes::sampleProjectFormats()
{
    // As resources/sample/sampleproject.cpp writes them.
    const Shape box = parse("box", R"({"x":1,"y":2,"w":3,"h":4})");
    QCOMPARE(box.rect(), QRectF(1, 2, 3, 4));
    const Shape line = parse("polyline", R"({"points":[[0,0],[5,5]],"thickness":3})");
    QCOMPARE(line.thickness(), 3.0);
    // Thickness is optional for older data.
    QCOMPARE(parse("polyline", R"({"points":[[0,0],[5,5]]})").thickness(), 1.0);
    QCOMPARE(parse("rotated_box", R"({"cx":0,"cy":0,"w":2,"h":2})").angle(), 0.0);
}

void TestShapes::malformedRejected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("geometry");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("unknown kind") << QStringLiteral("hexagon") << QJsonObject();
    QTest::newRow("box negative width") << QStringLiteral("box") << json(R"({"x":0,"y":0,"w":-1,"h":2})");
    QTest::newRow("box missing h") << QStringLiteral("box") << json(R"({"x":0,"y":0,"w":1})");
    QTest::newRow("box text") << QStringLiteral("box") << json(R"({"x":"0","y":0,"w":1,"h":1})");
    QTest::newRow("box NaN") << QStringLiteral("box")
                             << QJsonObject { { "x", nan }, { "y", 0 }, { "w", 1 }, { "h", 1 } };
    QTest::newRow("rotated box negative h")
        << QStringLiteral("rotated_box") << json(R"({"cx":0,"cy":0,"w":1,"h":-2,"angle":0})");
    QTest::newRow("polygon two points") << QStringLiteral("polygon") << json(R"({"points":[[0,0],[1,1]]})");
    QTest::newRow("polygon not array") << QStringLiteral("polygon") << json(R"({"points":{"x":1}})");
    QTest::newRow("polygon short point") << QStringLiteral("polygon") << json(R"({"points":[[0,0],[1,1],[2]]})");
    QTest::newRow("polygon NaN")
        << QStringLiteral("polygon")
        << QJsonObject { { "points", QJsonArray { QJsonArray { 0, 0 }, QJsonArray { nan, 1 }, QJsonArray { 2, 2 } } } };
    QTest::newRow("polygon bad hole") << QStringLiteral("polygon")
                                      << json(R"({"points":[[0,0],[1,0],[1,1]],"holes":[[[0,0]]]})");
    QTest::newRow("polyline one point") << QStringLiteral("polyline") << json(R"({"points":[[0,0]],"thickness":1})");
    QTest::newRow("polyline negative thickness")
        << QStringLiteral("polyline") << json(R"({"points":[[0,0],[1,1]],"thickness":-1})");
    QTest::newRow("point missing y") << QStringLiteral("point") << json(R"({"x":1})");
    QTest::newRow("keypoints none") << QStringLiteral("keypoints") << json(R"({"points":[]})");
    QTest::newRow("keypoint visibility 3") << QStringLiteral("keypoints") << json(R"({"points":[[1,1,3]]})");
    QTest::newRow("keypoint edge out of range")
        << QStringLiteral("keypoints") << json(R"({"points":[[1,1,2]],"edges":[[0,1]]})");
    QTest::newRow("ellipse negative radius")
        << QStringLiteral("ellipse") << json(R"({"cx":0,"cy":0,"rx":-1,"ry":1,"angle":0})");
    QTest::newRow("mask runs mismatch") << QStringLiteral("mask") << json(R"({"x":0,"y":0,"w":2,"h":2,"rle":[1,1]})");
}

void TestShapes::malformedRejected()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, geometry);
    QString error;
    QVERIFY(!Shape::fromJson(kind, geometry, &error));
    QVERIFY(!error.isEmpty());
}

void TestShapes::extent_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QRectF>("expected");
    QTest::newRow("box") << Shape::box(QRectF(10, 20, 30, 40)) << QRectF(10, 20, 30, 40);
    QTest::newRow("box given negative size") << Shape::box(QRectF(40, 60, -30, -40)) << QRectF(10, 20, 30, 40);
    QTest::newRow("rotated box 90") << Shape::rotatedBox(QPointF(0, 0), QSizeF(4, 2), 90) << QRectF(-1, -2, 2, 4);
    QTest::newRow("rotated box 45") << Shape::rotatedBox(QPointF(0, 0), QSizeF(2, 2),
        45) << QRectF(-std::numbers::sqrt2, -std::numbers::sqrt2, 2 * std::numbers::sqrt2, 2 * std::numbers::sqrt2);
    QTest::newRow("ellipse 90") << Shape::ellipse(QPointF(10, 10), 4, 2, 90) << QRectF(8, 6, 4, 8);
    QTest::newRow("polygon") << Shape::polygon(QPolygonF({ QPointF(1, 1), QPointF(5, 2), QPointF(3, 7) }))
                             << QRectF(1, 1, 4, 6);
    QTest::newRow("polyline thickness") << Shape::polyline(QPolygonF({ QPointF(0, 0), QPointF(10, 0) }), 4)
                                        << QRectF(-2, -2, 14, 4);
    QTest::newRow("point") << Shape::point(QPointF(3, 4)) << QRectF(3, 4, 0, 0);
    QTest::newRow("keypoints skip unlabeled")
        << Shape::keypoints({ { QPointF(1, 1), 2 }, { QPointF(5, 3), 1 }, { QPointF(100, 100), 0 } })
        << QRectF(1, 1, 4, 2);
    QTest::newRow("mask") << Shape::mask(RleMask::fromRect(QRect(3, 4, 5, 6))) << QRectF(3, 4, 5, 6);
    QTest::newRow("tag") << Shape::tag() << QRectF();
}

void TestShapes::extent()
{
    QFETCH(Shape, shape);
    QFETCH(QRectF, expected);
    QVERIFY2(near(shape.extent(), expected),
        qPrintable(QStringLiteral("%1,%2 %3×%4")
                       .arg(shape.extent().x())
                       .arg(shape.extent().y())
                       .arg(shape.extent().width())
                       .arg(shape.extent().height())));
    // The outline lies within the extent (the point markers aside).
    const QList<Shape::Kind> markers { Shape::Kind::Point, Shape::Kind::Keypoints, Shape::Kind::Tag };
    if (!markers.contains(shape.kind()))
        QVERIFY(shape.extent().adjusted(-1e-2, -1e-2, 1e-2, 1e-2).contains(shape.path().boundingRect()));
}

void TestShapes::hitTest_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QPointF>("pos");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<bool>("expected");
    const Shape box = Shape::box(QRectF(0, 0, 10, 10));
    QTest::newRow("box inside") << box << QPointF(5, 5) << 0.0 << true;
    QTest::newRow("box outside") << box << QPointF(12, 5) << 1.0 << false;
    QTest::newRow("box near edge") << box << QPointF(11, 5) << 1.5 << true;
    const Shape rotated = Shape::rotatedBox(QPointF(0, 0), QSizeF(20, 2), 90);
    QTest::newRow("rotated inside") << rotated << QPointF(0, 8) << 0.0 << true;
    QTest::newRow("rotated outside") << rotated << QPointF(8, 0) << 0.5 << false;
    const Shape ring = Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10) }),
        { QPolygonF({ QPointF(3, 3), QPointF(7, 3), QPointF(7, 7), QPointF(3, 7) }) });
    QTest::newRow("polygon body") << ring << QPointF(1, 1) << 0.0 << true;
    QTest::newRow("polygon hole") << ring << QPointF(5, 5) << 0.5 << false;
    QTest::newRow("polygon hole edge") << ring << QPointF(3.5, 5) << 1.0 << true;
    const Shape line = Shape::polyline(QPolygonF({ QPointF(0, 0), QPointF(10, 0) }), 4);
    QTest::newRow("polyline within thickness") << line << QPointF(5, 1.9) << 0.0 << true;
    QTest::newRow("polyline beyond thickness") << line << QPointF(5, 2.5) << 0.2 << false;
    QTest::newRow("polyline tolerance") << line << QPointF(5, 2.5) << 1.0 << true;
    QTest::newRow("point") << Shape::point(QPointF(3, 3)) << QPointF(4, 3) << 1.5 << true;
    QTest::newRow("point miss") << Shape::point(QPointF(3, 3)) << QPointF(6, 3) << 1.5 << false;
    QTest::newRow("unlabeled keypoint") << Shape::keypoints({ { QPointF(3, 3), 0 } }) << QPointF(3, 3) << 1.0 << false;
    const Shape ellipse = Shape::ellipse(QPointF(0, 0), 10, 2, 0);
    QTest::newRow("ellipse inside") << ellipse << QPointF(9, 0) << 0.0 << true;
    QTest::newRow("ellipse corner") << ellipse << QPointF(9, 1.9) << 0.0 << false;
    const Shape mask = Shape::mask(RleMask::fromRect(QRect(10, 10, 5, 5)));
    QTest::newRow("mask pixel") << mask << QPointF(14.9, 10.1) << 0.0 << true;
    QTest::newRow("mask outside") << mask << QPointF(15.1, 10.1) << 0.0 << false;
    QTest::newRow("mask tolerance") << mask << QPointF(15.8, 12.5) << 1.5 << true;
    QTest::newRow("tag") << Shape::tag() << QPointF(0, 0) << 100.0 << false;
}

void TestShapes::hitTest()
{
    QFETCH(Shape, shape);
    QFETCH(QPointF, pos);
    QFETCH(double, tolerance);
    QFETCH(bool, expected);
    QCOMPARE(shape.contains(pos, tolerance), expected);
}

void TestShapes::handles()
{
    const Shape box = Shape::box(QRectF(0, 0, 10, 20));
    QCOMPARE(box.handles().size(), 8);
    QCOMPARE(box.handles()[Shape::BottomRight], QPointF(10, 20));
    QCOMPARE(box.handleAt(QPointF(10.5, 10), 1), int(Shape::Right));
    QCOMPARE(box.handleAt(QPointF(5, 5), 1), -1);

    const Shape rotated = Shape::rotatedBox(QPointF(0, 0), QSizeF(10, 4), 90);
    const QList<QPointF> h = rotated.handles(5);
    QCOMPARE(h.size(), 9);
    // Clockwise by 90°: the local right side points down, the top side to the right.
    QVERIFY(near(h[Shape::Right], QPointF(0, 5)));
    QVERIFY(near(h[Shape::Rotation], QPointF(7, 0)));
    QCOMPARE(rotated.handleAt(QPointF(7, 0.2), 1, 5), int(Shape::Rotation));
    QCOMPARE(Shape::ellipse(QPointF(0, 0), 3, 2, 0).handles().size(), 9);

    const Shape polygon = Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(5, 8) }));
    QCOMPARE(polygon.handles(), polygon.points());
    QCOMPARE(polygon.handleAt(QPointF(9.5, 0.5), 1), 1);
    QCOMPARE(polygon.edgeAt(QPointF(5, 0.3), 0.5), 0);
    QCOMPARE(polygon.edgeAt(QPointF(2.5, 4), 0.5), 2); // the closing edge
    QCOMPARE(polygon.edgeAt(QPointF(5, 4), 0.5), -1);
    const Shape line = Shape::polyline(polygon.points(), 1);
    QCOMPARE(line.edgeAt(QPointF(2.5, 4), 0.5), -1); // a polyline is open
    QVERIFY(Shape::mask(RleMask::fromRect(QRect(0, 0, 2, 2))).handles().isEmpty());
    QVERIFY(Shape::tag().handles().isEmpty());
}

void TestShapes::handleMove_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("handle");
    QTest::addColumn<QPointF>("pos");
    QTest::addColumn<bool>("keepAspect");
    QTest::addColumn<Shape>("expected");
    const Shape box = Shape::box(QRectF(0, 0, 10, 10));
    QTest::newRow("box corner") << box << int(Shape::BottomRight) << QPointF(20, 30) << false
                                << Shape::box(QRectF(0, 0, 20, 30));
    QTest::newRow("box corner keep aspect")
        << box << int(Shape::BottomRight) << QPointF(20, 30) << true << Shape::box(QRectF(0, 0, 30, 30));
    QTest::newRow("box top left keep aspect") << Shape::box(QRectF(0, 0, 20, 10)) << int(Shape::TopLeft)
                                              << QPointF(10, 8) << true << Shape::box(QRectF(10, 5, 10, 5));
    QTest::newRow("box past opposite corner")
        << box << int(Shape::TopLeft) << QPointF(15, 12) << false << Shape::box(QRectF(10, 10, 5, 2));
    QTest::newRow("box edge past opposite edge")
        << box << int(Shape::Right) << QPointF(-5, 99) << false << Shape::box(QRectF(-5, 0, 5, 10));
    QTest::newRow("box edge keep aspect")
        << box << int(Shape::Right) << QPointF(20, 99) << true << Shape::box(QRectF(0, -5, 20, 20));
    QTest::newRow("box bad handle") << box << 42 << QPointF(1, 1) << false << box;
    QTest::newRow("rotated box side") << Shape::rotatedBox(QPointF(0, 0), QSizeF(10, 4), 90) << int(Shape::Right)
                                      << QPointF(3, 9) << false << Shape::rotatedBox(QPointF(0, 2), QSizeF(14, 4), 90);
    QTest::newRow("rotated box flips") << Shape::rotatedBox(QPointF(0, 0), QSizeF(10, 4), 0) << int(Shape::Right)
                                       << QPointF(-9, 0) << false << Shape::rotatedBox(QPointF(-7, 0), QSizeF(4, 4), 0);
    QTest::newRow("rotation handle") << Shape::rotatedBox(QPointF(0, 0), QSizeF(10, 4), 0) << int(Shape::Rotation)
                                     << QPointF(10, 0) << false << Shape::rotatedBox(QPointF(0, 0), QSizeF(10, 4), 90);
    QTest::newRow("ellipse rotation handle") << Shape::ellipse(QPointF(5, 5), 4, 2, 0) << int(Shape::Rotation)
                                             << QPointF(5, 15) << false << Shape::ellipse(QPointF(5, 5), 4, 2, 180);
    QTest::newRow("ellipse corner keep aspect") << Shape::ellipse(QPointF(0, 0), 4, 2, 0) << int(Shape::BottomRight)
                                                << QPointF(12, 2) << true << Shape::ellipse(QPointF(4, 2), 8, 4, 0);
    const QPolygonF tri({ QPointF(0, 0), QPointF(10, 0), QPointF(5, 8) });
    QTest::newRow("polygon vertex") << Shape::polygon(tri) << 2 << QPointF(5, 20) << false
                                    << Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(5, 20) }));
    QTest::newRow("point") << Shape::point(QPointF(1, 1)) << 0 << QPointF(4, 5) << false << Shape::point(QPointF(4, 5));
    QTest::newRow("keypoint keeps visibility")
        << Shape::keypoints({ { QPointF(1, 1), 1 }, { QPointF(2, 2), 2 } }) << 0 << QPointF(7, 7) << false
        << Shape::keypoints({ { QPointF(7, 7), 1 }, { QPointF(2, 2), 2 } });
}

void TestShapes::handleMove()
{
    QFETCH(Shape, shape);
    QFETCH(int, handle);
    QFETCH(QPointF, pos);
    QFETCH(bool, keepAspect);
    QFETCH(Shape, expected);
    const Shape moved = shape.withHandleMoved(handle, pos, keepAspect);
    QCOMPARE(moved.kind(), expected.kind());
    const QJsonObject actualJson = moved.toJson();
    const QJsonObject expectedJson = expected.toJson();
    for (auto it = expectedJson.begin(); it != expectedJson.end(); ++it) {
        if (it.value().isDouble())
            QVERIFY2(std::abs(actualJson.value(it.key()).toDouble() - it.value().toDouble()) < 1e-9,
                qPrintable(QString::fromUtf8(QJsonDocument(actualJson).toJson(QJsonDocument::Compact))));
        else
            QCOMPARE(actualJson.value(it.key()), it.value());
    }
}

void TestShapes::rotation()
{
    const Shape square = Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(2, 0), QPointF(2, 2), QPointF(0, 2) }));
    QVERIFY(square.canRotate());
    const Shape turned = square.rotated(45);
    QVERIFY(sameVertices(turned.points(),
        QPolygonF({ QPointF(1, 1 - std::numbers::sqrt2), QPointF(1 + std::numbers::sqrt2, 1),
            QPointF(1, 1 + std::numbers::sqrt2), QPointF(1 - std::numbers::sqrt2, 1) })));
    QVERIFY(near(turned.points()[1], QPointF(1 + std::numbers::sqrt2, 1))); // clockwise on screen

    const Shape box = Shape::box(QRectF(0, 0, 4, 2)).rotated(30);
    QCOMPARE(box.kind(), Shape::Kind::RotatedBox);
    QCOMPARE(box.center(), QPointF(2, 1));
    QCOMPARE(box.size(), QSizeF(4, 2));
    QCOMPARE(box.angle(), 30.0);

    QCOMPARE(Shape::ellipse(QPointF(0, 0), 2, 1, 170).rotated(30).angle(), -160.0);
    QCOMPARE(Shape::rotatedBox(QPointF(0, 0), QSizeF(2, 1), -170).rotated(-20).angle(), 170.0);

    const Shape point = Shape::point(QPointF(1, 1));
    QVERIFY(!point.canRotate());
    QCOMPARE(point.rotated(90), point);

    // A rotated box's outline follows its angle.
    const QPolygonF corners = Shape::rotatedBox(QPointF(0, 0), QSizeF(4, 2), 90).toPolygon()->points();
    QVERIFY(sameVertices(corners, QPolygonF({ QPointF(1, -2), QPointF(1, 2), QPointF(-1, 2), QPointF(-1, -2) })));
}

void TestShapes::vertexOperations()
{
    const Shape tri = Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(5, 8) }));
    const std::optional<Shape> quad = tri.withVertexInserted(1, QPointF(5, -2));
    QVERIFY(quad);
    QCOMPARE(quad->points(), QPolygonF({ QPointF(0, 0), QPointF(5, -2), QPointF(10, 0), QPointF(5, 8) }));
    QVERIFY(tri.withVertexInserted(3, QPointF(1, 1))); // append
    QVERIFY(!tri.withVertexInserted(4, QPointF(1, 1)));
    QVERIFY(!tri.withVertexInserted(-1, QPointF(1, 1)));

    QCOMPARE(quad->withVertexRemoved(1).value(), tri);
    QVERIFY(!tri.withVertexRemoved(0)); // a polygon keeps 3 vertices
    QVERIFY(!quad->withVertexRemoved(4));

    const Shape line = Shape::polyline(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(20, 0) }), 2);
    const std::optional<Shape> shorter = line.withVertexRemoved(2);
    QVERIFY(shorter);
    QVERIFY(!shorter->withVertexRemoved(0)); // a polyline keeps 2
    QCOMPARE(shorter->thickness(), 2.0);

    QCOMPARE(tri.withVertexMoved(0, QPointF(-1, -1)).points().first(), QPointF(-1, -1));
    QCOMPARE(tri.withVertexMoved(7, QPointF(-1, -1)), tri);
    QVERIFY(!Shape::box(QRectF(0, 0, 1, 1)).withVertexInserted(0, QPointF()));
    QVERIFY(!Shape::keypoints({ { QPointF(1, 1), 2 }, { QPointF(2, 2), 2 } }).withVertexRemoved(0));
}

void TestShapes::translation()
{
    const Shape ring = Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(10, 10) }),
        { QPolygonF({ QPointF(6, 2), QPointF(8, 2), QPointF(8, 4) }) });
    const Shape moved = ring.translated(1, 2);
    QCOMPARE(moved.points().first(), QPointF(1, 2));
    QCOMPARE(moved.holes().first().first(), QPointF(7, 4));
    QCOMPARE(Shape::box(QRectF(0, 0, 1, 1)).translated(2, 3).rect(), QRectF(2, 3, 1, 1));
    QCOMPARE(Shape::ellipse(QPointF(0, 0), 1, 1, 0).translated(2, 3).center(), QPointF(2, 3));
    // Masks move by whole pixels.
    QCOMPARE(Shape::mask(RleMask::fromRect(QRect(0, 0, 2, 2))).translated(2.4, 2.6).maskData(),
        RleMask::fromRect(QRect(2, 3, 2, 2)));
    QCOMPARE(Shape::tag().translated(5, 5), Shape::tag());
}

void TestShapes::conversions()
{
    const std::optional<Shape> boxPolygon = Shape::box(QRectF(1, 2, 3, 4)).toPolygon();
    QVERIFY(boxPolygon);
    QCOMPARE(boxPolygon->kind(), Shape::Kind::Polygon);
    QCOMPARE(boxPolygon->points(), QPolygonF({ QPointF(1, 2), QPointF(4, 2), QPointF(4, 6), QPointF(1, 6) }));

    const Shape ellipse = Shape::ellipse(QPointF(10, 20), 8, 3, 30);
    const QPolygonF outline = ellipse.toPolygon(32)->points();
    QCOMPARE(outline.size(), 32);
    const double a = qDegreesToRadians(30.0);
    for (const QPointF &p : outline) {
        // Back into the ellipse's frame: on the ellipse means (u/rx)² + (v/ry)² = 1.
        const QPointF d = p - QPointF(10, 20);
        const double u = d.x() * std::cos(a) + d.y() * std::sin(a);
        const double v = -d.x() * std::sin(a) + d.y() * std::cos(a);
        QVERIFY(std::abs(u * u / 64 + v * v / 9 - 1) < 1e-9);
    }
    QVERIFY(!Shape::point(QPointF()).toPolygon());
    QVERIFY(!Shape::polyline(QPolygonF({ QPointF(), QPointF(1, 1) }), 1).toPolygon());
}

void TestShapes::masks()
{
    const QRect image(0, 0, 100, 100);
    const std::optional<RleMask> box = Shape::box(QRectF(10, 10, 20, 5)).toMask(image);
    QVERIFY(box);
    QCOMPARE(*box, RleMask::fromRect(QRect(10, 10, 20, 5)));
    // Clipped to the image.
    QCOMPARE(Shape::box(QRectF(-10, 90, 20, 20)).toMask(image).value(), RleMask::fromRect(QRect(0, 90, 10, 10)));

    const RleMask ellipse = Shape::ellipse(QPointF(50, 50), 20, 10, 30).toMask(image).value();
    QVERIFY(std::abs(double(ellipse.area()) - std::numbers::pi * 200) < 0.02 * std::numbers::pi * 200);

    const Shape ring = Shape::polygon(QPolygonF({ QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10) }),
        { QPolygonF({ QPointF(3, 3), QPointF(7, 3), QPointF(7, 7), QPointF(3, 7) }) });
    const RleMask ringMask = ring.toMask(image).value();
    QCOMPARE(ringMask.area(), 100 - 16);
    QVERIFY(!ringMask.contains(QPoint(5, 5)));

    const RleMask rotated = Shape::rotatedBox(QPointF(20, 20), QSizeF(10, 4), 90).toMask(image).value();
    QCOMPARE(rotated, RleMask::fromRect(QRect(18, 15, 4, 10)));

    // A 4 px thick line: pixel centres within 2 of y = 10, round caps at the ends.
    const RleMask line = Shape::polyline(QPolygonF({ QPointF(10, 10), QPointF(30, 10) }), 4).toMask(image).value();
    QCOMPARE(line.boundingRect(), QRect(8, 8, 24, 4));
    QVERIFY(line.contains(QPoint(20, 8)) && line.contains(QPoint(20, 11)));
    QVERIFY(!line.contains(QPoint(8, 8)));

    const RleMask source = RleMask::fromRect(QRect(95, 95, 10, 10));
    QCOMPARE(Shape::mask(source).toMask(image).value(), RleMask::fromRect(QRect(95, 95, 5, 5)));
    QVERIFY(!Shape::point(QPointF(1, 1)).toMask(image));
    QVERIFY(!Shape::tag().toMask(image));
}

void TestShapes::merge()
{
    const auto square
        = [](double x, double y, double w, double h) { return Shape::box(QRectF(x, y, w, h)).toPolygon().value(); };
    const QList<Shape> overlapping = Shape::mergePolygons({ square(0, 0, 10, 10), square(5, 5, 10, 10) });
    QCOMPARE(overlapping.size(), 1);
    QCOMPARE(overlapping.first().points().size(), 8);
    QVERIFY(std::abs(polygonArea(overlapping.first()) - 175) < 1e-6);

    const QList<Shape> disjoint = Shape::mergePolygons({ square(0, 0, 10, 10), square(20, 0, 5, 5) });
    QCOMPARE(disjoint.size(), 2);

    // Four bars make a frame: one polygon with a hole.
    const QList<Shape> frame = Shape::mergePolygons(
        { square(0, 0, 30, 10), square(0, 20, 30, 10), square(0, 0, 10, 30), square(20, 0, 10, 30) });
    QCOMPARE(frame.size(), 1);
    QCOMPARE(frame.first().holes().size(), 1);
    QVERIFY(sameVertices(
        frame.first().points(), QPolygonF({ QPointF(0, 0), QPointF(30, 0), QPointF(30, 30), QPointF(0, 30) })));
    QVERIFY(sameVertices(frame.first().holes().first(),
        QPolygonF({ QPointF(10, 10), QPointF(20, 10), QPointF(20, 20), QPointF(10, 20) })));
    QVERIFY(std::abs(polygonArea(frame.first()) - 800) < 1e-6);

    QCOMPARE(Shape::mergePolygons({ square(0, 0, 1, 1), Shape::point(QPointF(5, 5)) }).size(), 1);
    QVERIFY(Shape::mergePolygons({}).isEmpty());
}

void TestShapes::split()
{
    const Shape square = Shape::box(QRectF(0, 0, 10, 10)).toPolygon().value();
    const std::optional<QList<Shape>> halves
        = Shape::splitPolygon(square, QPolygonF({ QPointF(-5, 5), QPointF(15, 5) }));
    QVERIFY(halves);
    QCOMPARE(halves->size(), 2);
    for (const Shape &half : *halves) {
        QCOMPARE(half.points().size(), 4);
        QVERIFY(std::abs(polygonArea(half) - 50) < 0.01);
    }

    // An L-shaped cut takes off a corner.
    const std::optional<QList<Shape>> corner
        = Shape::splitPolygon(square, QPolygonF({ QPointF(5, -5), QPointF(5, 5), QPointF(15, 5) }));
    QVERIFY(corner);
    QCOMPARE(corner->size(), 2);
    QList<double> areas { polygonArea(corner->at(0)), polygonArea(corner->at(1)) };
    std::sort(areas.begin(), areas.end());
    QVERIFY(std::abs(areas[0] - 25) < 0.01 && std::abs(areas[1] - 75) < 0.01);

    // A cut that stops inside, or misses, divides nothing.
    QVERIFY(!Shape::splitPolygon(square, QPolygonF({ QPointF(-5, 5), QPointF(5, 5) })));
    QVERIFY(!Shape::splitPolygon(square, QPolygonF({ QPointF(-5, 20), QPointF(15, 20) })));
    QVERIFY(!Shape::splitPolygon(Shape::box(QRectF(0, 0, 10, 10)), QPolygonF({ QPointF(-5, 5), QPointF(15, 5) })));
}

QTEST_GUILESS_MAIN(TestShapes)
#include "tst_shapes.moc"
