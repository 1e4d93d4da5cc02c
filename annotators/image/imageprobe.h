#pragma once

#include "project/assetprobe.h"

namespace rwb::image {

/// Reads image dimensions, bit depth and page count from the file header (no decoding), so
/// that importing thousands of images or one 40 000 px line-scan image stays fast.
class ImageProbe : public project::AssetProbe
{
public:
    QStringList suffixes() const override;
    project::ProbeResult probe(const QString &path) const override;
};

} // namespace rwb::image
