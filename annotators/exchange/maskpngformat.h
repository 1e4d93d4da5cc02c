#pragma once

#include "imagedataset.h"

#include <QCoreApplication>

namespace rwb::exchange {

/// Semantic mask PNGs: masks/<stem>.png, 8-bit grey, 0 background and class index + 1 where an
/// area label lies (later labels drawn over earlier ones), classes.txt with one class per line
/// (line 1 is value 1). At most 255 classes; non-area labels cannot be expressed.
class MaskPngFormat
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::MaskPngFormat)
public:
    static FormatOutput writeFolder(const ImageDataset &dataset);
    static QImage render(const ImageDataset &dataset, const DatasetImage &image, QStringList *warnings);
};

} // namespace rwb::exchange
