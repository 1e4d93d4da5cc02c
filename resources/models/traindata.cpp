// Training data for the bundled models (resources/models/train.py): strip images from the same
// generator the sample project uses, scaled to the detector's input and written raw so that the
// training script needs nothing beyond numpy and torch.
//
//   rwb_traindata OUTDIR COUNT SEED
//
// writes OUTDIR/NNNNN.gray (640×320 uint8), OUTDIR/NNNNN.mask (160×80 uint8, instance index + 1)
// and OUTDIR/labels.json ([{file, boxes: [[class, x, y, w, h] …]}], boxes in 640×320 pixels).

#include "stripimagegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace rwb::sample;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: rwb_traindata OUTDIR COUNT SEED\n");
        return 2;
    }
    const QString out = args[1];
    const int count = args[2].toInt();
    const quint64 seed = args[3].toULongLong();
    QDir().mkpath(out);
    QTemporaryDir tmp;
    const QSize source(1600, 800);
    const QSize target(640, 320);
    const double scale = double(target.width()) / source.width();
    const QStringList classes = StripImageGenerator::allDefectClasses();
    StripImageGenerator generator;
    generator.setDefectCountRange(1, 4);
    QJsonArray labels;
    for (int i = 0; i < count; ++i) {
        const QString base = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        // Every fifth image is 16-bit like the sample's line-scan camera images.
        const bool sixteen = i % 5 == 4;
        const GeneratedImage g = generator.generate(
            tmp.path(), base, source, sixteen ? 16 : 8, seed + quint64(i), StripImageGenerator::Format::Png);
        if (g.fileName.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(generator.errorString()));
            return 1;
        }
        QImage image(QDir(tmp.path()).absoluteFilePath(g.fileName));
        QFile::remove(QDir(tmp.path()).absoluteFilePath(g.fileName));
        image = image.convertToFormat(QImage::Format_Grayscale8)
                    .scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QFile raw(QDir(out).absoluteFilePath(base + QStringLiteral(".gray")));
        if (!raw.open(QIODevice::WriteOnly))
            return 1;
        for (int y = 0; y < image.height(); ++y)
            raw.write(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());

        QImage mask(target / 4, QImage::Format_Grayscale8);
        mask.fill(0);
        QPainter painter(&mask);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.scale(scale / 4, scale / 4);
        QJsonArray boxes;
        int index = 0;
        for (const Defect &d : g.defects) {
            ++index;
            const QColor value(index, index, index);
            if (d.shape == QLatin1String("polyline")) {
                painter.setPen(QPen(value, 10.0 / scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.setBrush(Qt::NoBrush);
                painter.drawPolyline(d.points);
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(value);
                painter.drawPolygon(d.points);
            }
            const QRectF b(
                d.bounds.x() * scale, d.bounds.y() * scale, d.bounds.width() * scale, d.bounds.height() * scale);
            boxes.append(QJsonArray { classes.indexOf(d.className), b.x(), b.y(), b.width(), b.height() });
        }
        painter.end();
        QFile maskFile(QDir(out).absoluteFilePath(base + QStringLiteral(".mask")));
        if (!maskFile.open(QIODevice::WriteOnly))
            return 1;
        for (int y = 0; y < mask.height(); ++y)
            maskFile.write(reinterpret_cast<const char *>(mask.constScanLine(y)), mask.width());
        labels.append(QJsonObject { { QStringLiteral("file"), base }, { QStringLiteral("boxes"), boxes } });
        if (i % 50 == 0)
            std::fprintf(stderr, "%d/%d\n", i, count);
    }
    QFile json(QDir(out).absoluteFilePath(QStringLiteral("labels.json")));
    if (!json.open(QIODevice::WriteOnly))
        return 1;
    json.write(QJsonDocument(QJsonObject { { QStringLiteral("classes"), QJsonArray::fromStringList(classes) },
                                 { QStringLiteral("images"), labels } })
                   .toJson(QJsonDocument::Compact));
    return 0;
}
