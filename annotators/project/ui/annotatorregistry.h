#pragma once

#include "annotator.h"

#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace rwb::project {

/// The annotators of a main window. Modules register factories (the composition root does,
/// in app/main.cpp); the registry creates each annotator once, on first use, and picks the one
/// for an asset: the first by priority (then registration order) whose canOpen() accepts it,
/// else the built-in AssetOverview, which opens everything.
class AnnotatorRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Annotator>()>;
    /// The built-in overview's priority: below any annotator registered with the default.
    static constexpr int FallbackPriority = -1000;

    AnnotatorRegistry();
    ~AnnotatorRegistry();
    AnnotatorRegistry(const AnnotatorRegistry &) = delete;
    AnnotatorRegistry &operator=(const AnnotatorRegistry &) = delete;

    /// Registers a factory; higher \a priority is asked first.
    void add(Factory factory, int priority = 0);
    /// The annotator that opens \a asset (never null).
    Annotator *annotatorFor(const Asset &asset);
    /// The annotator with identifier \a id, or null.
    Annotator *annotator(const QString &id);
    /// Every annotator, in the order they are asked.
    QList<Annotator *> annotators();

private:
    struct Entry
    {
        Factory factory;
        int priority = 0;
        std::unique_ptr<Annotator> instance;
    };
    Annotator *instance(Entry &entry);

    std::vector<Entry> m_entries; ///< sorted by priority, highest first (stable)
};

} // namespace rwb::project
