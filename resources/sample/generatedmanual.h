#pragma once

#include <QList>
#include <QString>

namespace rwb::sample {

/// What ManualGenerator wrote. An empty fileName means the PDF could not be written.
struct GeneratedManual
{
    struct Chapter
    {
        QString title;
        /// 1-based page the chapter starts on.
        int page = 0;
    };

    /// File name relative to the output directory.
    QString fileName;
    int pageCount = 0;
    /// The font family the text was set in.
    QString fontFamily;
    QList<Chapter> chapters;
};

} // namespace rwb::sample
