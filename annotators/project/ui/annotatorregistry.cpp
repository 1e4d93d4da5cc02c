#include "annotatorregistry.h"

#include "assetoverview.h"

#include "project/asset.h"

#include <algorithm>

namespace rwb::project {

AnnotatorRegistry::AnnotatorRegistry()
{
    add([] { return std::make_unique<AssetOverview>(); }, FallbackPriority);
}

AnnotatorRegistry::~AnnotatorRegistry() = default;

void AnnotatorRegistry::add(Factory factory, int priority)
{
    auto pos = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.priority < priority; });
    m_entries.insert(pos, Entry { std::move(factory), priority, nullptr });
}

Annotator *AnnotatorRegistry::annotatorFor(const Asset &asset)
{
    for (Entry &entry : m_entries) {
        Annotator *a = instance(entry);
        if (a && a->canOpen(asset))
            return a;
    }
    // The overview opens every asset; only reached if someone registered a failing factory
    // with a lower priority than the fallback.
    return annotator(QStringLiteral("overview"));
}

Annotator *AnnotatorRegistry::annotator(const QString &id)
{
    for (Entry &entry : m_entries) {
        Annotator *a = instance(entry);
        if (a && a->id() == id)
            return a;
    }
    return nullptr;
}

QList<Annotator *> AnnotatorRegistry::annotators()
{
    QList<Annotator *> out;
    for (Entry &entry : m_entries) {
        if (Annotator *a = instance(entry))
            out.append(a);
    }
    return out;
}

Annotator *AnnotatorRegistry::instance(Entry &entry)
{
    if (!entry.instance && entry.factory) {
        entry.instance = entry.factory();
        entry.factory = nullptr; // one instance per factory, even if it returned null
    }
    return entry.instance.get();
}

} // namespace rwb::project
