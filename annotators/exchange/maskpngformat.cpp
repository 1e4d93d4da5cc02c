#include "maskpngformat.h"

#include "formatutil.h"

namespace rwb::exchange {

QImage MaskPngFormat::render(const ImageDataset &dataset, const DatasetImage &image, QStringList *warnings)
{
    QImage pixels(image.width, image.height, QImage::Format_Grayscale8);
    pixels.fill(0);
    for (const DatasetLabel &label : image.labels) {
        const int cls = dataset.classIndex(label.className);
        const auto mask = FormatUtil::areaMask(label.shape, image.width, image.height);
        if (!mask) {
            if (warnings && label.shape.kind() != image::Shape::Kind::Tag)
                warnings->append(FormatUtil::cannotExpress(
                    QStringLiteral("mask PNG"), label.shape.kindName(), label.className, image.file));
            continue;
        }
        if (cls < 0 || cls > 254)
            continue;
        const QRect box = mask->boundingRect();
        for (int y = box.top(); y <= box.bottom(); ++y) {
            uchar *line = pixels.scanLine(y);
            for (int x = box.left(); x <= box.right(); ++x)
                if (mask->contains(QPoint(x, y)))
                    line[x] = uchar(cls + 1);
        }
    }
    return pixels;
}

FormatOutput MaskPngFormat::writeFolder(const ImageDataset &dataset)
{
    FormatOutput output;
    if (dataset.classes.size() > 255)
        output.warnings.append(tr("Mask PNGs hold at most 255 classes; %1 classes after the 255th were left out.")
                                   .arg(dataset.classes.size() - 255));
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images[i];
        output.imagePlacement.insert(QStringLiteral("images/") + image.file, int(i));
        output.files.insert(QStringLiteral("masks/%1.png").arg(FormatUtil::stem(image.file)),
            FormatUtil::png(render(dataset, image, &output.warnings)));
    }
    QByteArray classes;
    for (const QString &c : dataset.classes)
        classes += c.toUtf8() + '\n';
    output.files.insert(QStringLiteral("classes.txt"), classes);
    return output;
}

} // namespace rwb::exchange
