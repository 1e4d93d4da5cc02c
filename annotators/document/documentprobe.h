#pragma once

#include "project/assetprobe.h"

namespace rwb::document {

/// PDF documents (through Poppler: page count, title, whether pages carry a text layer)
/// and text files (logs, manuals in Markdown, code and configuration: line count, encoding).
class DocumentProbe : public project::AssetProbe
{
public:
    QStringList suffixes() const override;
    project::ProbeResult probe(const QString &path) const override;

private:
    project::ProbeResult probePdf(const QString &path) const;
    project::ProbeResult probeText(const QString &path) const;
};

} // namespace rwb::document
