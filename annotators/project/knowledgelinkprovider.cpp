#include "knowledgelinkprovider.h"

#include <algorithm>

namespace rwb::project {

QStringList KnowledgeTarget::names() const
{
    QStringList all;
    for (const QString &n : QStringList { label, labelZh } + aliases) {
        if (!n.isEmpty() && !all.contains(n))
            all.append(n);
    }
    return all;
}

KnowledgeLinkProvider::~KnowledgeLinkProvider() = default;

std::optional<KnowledgeTarget> KnowledgeLinkProvider::target(const QString &id) const
{
    for (const KnowledgeTarget &t : targets()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QList<KnowledgeTarget> KnowledgeLinkProvider::complete(const QString &prefix, int limit) const
{
    struct Hit
    {
        int rank;
        QString name;
        KnowledgeTarget target;
    };
    QList<Hit> hits;
    for (const KnowledgeTarget &t : targets()) {
        int rank = 3;
        QString matched;
        for (const QString &n : t.names()) {
            const int r
                = n.startsWith(prefix, Qt::CaseInsensitive) ? 0 : (n.contains(prefix, Qt::CaseInsensitive) ? 1 : 3);
            if (r < rank) {
                rank = r;
                matched = n;
            }
        }
        if (rank < 3)
            hits.append({ rank, matched, t });
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    QList<KnowledgeTarget> out;
    for (const Hit &h : std::as_const(hits)) {
        if (out.size() >= limit)
            break;
        out.append(h.target);
    }
    return out;
}

void KnowledgeLinkProvider::addLinkCommands(
    Connection &, qint64, const QString &, const QString &, QUndoCommand *) const
{ }

} // namespace rwb::project
