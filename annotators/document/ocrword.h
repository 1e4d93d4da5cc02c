#pragma once

#include <QRectF>
#include <QString>

namespace rwb::document {

/// One word recognized on a page: its text, box in PDF points, line number and confidence
/// (0–100, as Tesseract gives it).
struct OcrWord
{
    QString text;
    QRectF box;
    int line = 0;
    double confidence = 0;
    bool operator==(const OcrWord &other) const = default;
};

} // namespace rwb::document
