#pragma once

#include "generatedmanual.h"

#include <QString>

namespace rwb::sample {

/// Writes a bilingual (Chinese / English) maintenance manual for a hot strip finishing mill as an A4
/// PDF with QPdfWriter: title page, contents, equipment overview, process parameter tables, failure
/// modes and their causes, remedies, a maintenance schedule and the alarm codes used by LogGenerator.
/// All text is real, selectable text in a font with Chinese glyphs; pages carry numbered footers.
/// Needs a QGuiApplication (the offscreen platform is enough).
class ManualGenerator
{
public:
    ManualGenerator();

    /// Font family to use; default preferredFontFamily().
    void setFontFamily(const QString &family);
    QString fontFamily() const { return m_fontFamily; }

    /// Writes dir/fileName. On failure the result has an empty fileName and errorString() says why.
    GeneratedManual generate(const QString &dir, const QString &fileName);
    QString errorString() const { return m_errorString; }

    /// "WenQuanYi Micro Hei" when installed, else the first family that can write simplified Chinese,
    /// else the default font's family.
    static QString preferredFontFamily();

private:
    QString m_fontFamily;
    QString m_errorString;
};

} // namespace rwb::sample
