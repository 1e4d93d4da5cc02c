#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace rwb::document {

/// Syntax colours for the lines of a text file, through KF6 Syntax Highlighting when the build
/// has it (RWB_HAVE_KSYNTAX); without it, or without a definition for the file, it colours
/// nothing. Lines are highlighted in order (a line's state depends on the one before); states
/// are kept every line, so going back costs nothing and going forward only the new lines.
class SyntaxHighlighter
{
public:
    struct Run
    {
        int offset; ///< UTF-16 index in the line
        int length;
        QColor color;
        bool bold;
    };

    /// A highlighter for \a fileName's type (by name and suffix).
    explicit SyntaxHighlighter(const QString &fileName);
    ~SyntaxHighlighter();

    bool isActive() const;
    /// The runs of \a line (number \a index); \a lineText gives the text of any earlier line
    /// still to highlight.
    QList<Run> runs(qsizetype index, const QString &line, const std::function<QString(qsizetype)> &lineText);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rwb::document
