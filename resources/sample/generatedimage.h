#pragma once

#include "defect.h"

#include <QList>
#include <QString>

namespace rwb::sample {

/// What StripImageGenerator wrote. An empty fileName means the image could not be written.
struct GeneratedImage
{
    /// File name relative to the output directory, e.g. "strip_0001.png".
    QString fileName;
    int width = 0;
    int height = 0;
    /// 8 or 16.
    int bitDepth = 8;
    QList<Defect> defects;
};

} // namespace rwb::sample
