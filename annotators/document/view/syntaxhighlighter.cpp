#include "syntaxhighlighter.h"

#ifdef RWB_HAVE_KSYNTAX
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <vector>
#endif

namespace rwb::document {

#ifdef RWB_HAVE_KSYNTAX
namespace {

/// Collects the formats KSyntaxHighlighting applies to one line.
class RunCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<SyntaxHighlighter::Run> collected;
    KSyntaxHighlighting::State run(QStringView line, const KSyntaxHighlighting::State &state)
    {
        collected.clear();
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0 && format.hasTextColor(theme()))
            collected.append({ offset, length, format.textColor(theme()), format.isBold(theme()) });
    }
};

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

} // namespace

struct SyntaxHighlighter::Private
{
    RunCollector collector;
    std::vector<KSyntaxHighlighting::State> states; ///< state at the start of each line
    bool active = false;
};

SyntaxHighlighter::SyntaxHighlighter(const QString &fileName)
    : d(std::make_unique<Private>())
{
    const KSyntaxHighlighting::Definition def = repository().definitionForFileName(fileName);
    if (def.isValid()) {
        d->collector.setDefinition(def);
        d->collector.setTheme(repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        d->states.emplace_back();
        d->active = true;
    }
}

bool SyntaxHighlighter::isActive() const
{
    return d->active;
}

QList<SyntaxHighlighter::Run> SyntaxHighlighter::runs(
    qsizetype index, const QString &line, const std::function<QString(qsizetype)> &lineText)
{
    if (!d->active)
        return {};
    while (qsizetype(d->states.size()) <= index) {
        const qsizetype l = qsizetype(d->states.size()) - 1;
        d->states.push_back(d->collector.run(lineText(l), d->states.back()));
    }
    const KSyntaxHighlighting::State next = d->collector.run(line, d->states[size_t(index)]);
    if (qsizetype(d->states.size()) == index + 1)
        d->states.push_back(next);
    return d->collector.collected;
}

#else

struct SyntaxHighlighter::Private
{
};

SyntaxHighlighter::SyntaxHighlighter(const QString &)
    : d(std::make_unique<Private>())
{ }

bool SyntaxHighlighter::isActive() const
{
    return false;
}

QList<SyntaxHighlighter::Run> SyntaxHighlighter::runs(
    qsizetype, const QString &, const std::function<QString(qsizetype)> &)
{
    return {};
}

#endif

SyntaxHighlighter::~SyntaxHighlighter() = default;

} // namespace rwb::document
