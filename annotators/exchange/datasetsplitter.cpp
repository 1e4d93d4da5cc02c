#include "datasetsplitter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace rwb::exchange {

using project::Split;

QString DatasetSplitter::groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::None:
        return QStringLiteral("none");
    case Grouping::Folder:
        return QStringLiteral("folder");
    case Grouping::Sequence:
        return QStringLiteral("sequence");
    }
    return {};
}

std::optional<DatasetSplitter::Grouping> DatasetSplitter::groupingFromName(const QString &name)
{
    for (Grouping g : { Grouping::None, Grouping::Folder, Grouping::Sequence })
        if (groupingName(g) == name)
            return g;
    return std::nullopt;
}

QString DatasetSplitter::groupKey(const Item &item, Grouping grouping)
{
    const QFileInfo info(item.uri);
    switch (grouping) {
    case Grouping::None:
        return QString::number(item.id);
    case Grouping::Folder:
        return info.path();
    case Grouping::Sequence: {
        if (!item.sequence.isEmpty())
            return QStringLiteral("seq:") + item.sequence;
        static const QRegularExpression frame(QStringLiteral("\\d+$"));
        QString stem = info.completeBaseName();
        stem.remove(frame);
        return info.path() + QLatin1Char('/') + stem;
    }
    }
    return {};
}

QHash<qint64, Split> DatasetSplitter::assign(const QList<Item> &items, const Options &options)
{
    QHash<qint64, Split> result;
    const Split splits[3] = { Split::Train, Split::Val, Split::Test };
    const double sum = options.train + options.val + options.test;
    const double ratio[3] = { options.train / sum, options.val / sum, options.test / sum };

    struct Group
    {
        QString key;
        QByteArray order;
        QList<const Item *> items;
        QHash<QString, int> classes;
        std::optional<int> fixed;
    };
    QMap<QString, Group> groups;
    for (const Item &item : items) {
        Group &g = groups[groupKey(item, options.grouping)];
        g.items.append(&item);
        for (const QString &c : item.classes)
            ++g.classes[c];
        // A group with an item that has a split keeps the whole group there, so that kept splits
        // and new ones do not leak into each other.
        if (!options.resplit && item.split != Split::None && !g.fixed)
            g.fixed = item.split == Split::Train ? 0 : item.split == Split::Val ? 1 : 2;
    }
    QHash<QString, double> totalPerClass;
    double totalItems = 0;
    QList<Group *> order;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->key = it.key();
        it->order = QCryptographicHash::hash(
            QByteArray::number(options.seed) + '\n' + it.key().toUtf8(), QCryptographicHash::Sha256);
        for (auto c = it->classes.cbegin(); c != it->classes.cend(); ++c)
            totalPerClass[c.key()] += c.value();
        totalItems += it->items.size();
        order.append(&*it);
    }
    // Kept groups first (they fill quotas), then the rest, bigger groups before smaller ones so
    // that the small ones can even out, ties in seeded order.
    std::sort(order.begin(), order.end(), [](const Group *a, const Group *b) {
        if (a->fixed.has_value() != b->fixed.has_value())
            return a->fixed.has_value();
        if (a->items.size() != b->items.size())
            return a->items.size() > b->items.size();
        return a->order < b->order;
    });
    QHash<QString, double> filled[3];
    double filledItems[3] = { 0, 0, 0 };
    for (Group *g : order) {
        int best = 0;
        if (g->fixed) {
            best = *g->fixed;
        } else {
            double bestScore = -1e300;
            for (int s = 0; s < 3; ++s) {
                if (ratio[s] <= 0)
                    continue;
                // How far the split is below its share, per class of the group and overall.
                double score = 0;
                for (auto c = g->classes.cbegin(); c != g->classes.cend(); ++c) {
                    const double target = ratio[s] * totalPerClass.value(c.key());
                    score += (target - filled[s].value(c.key())) / std::max(target, 1e-9) * c.value();
                }
                const double targetItems = ratio[s] * totalItems;
                score += (targetItems - filledItems[s]) / std::max(targetItems, 1e-9) * g->items.size() * 0.5;
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    best = s;
                }
            }
        }
        for (auto c = g->classes.cbegin(); c != g->classes.cend(); ++c)
            filled[best][c.key()] += c.value();
        filledItems[best] += g->items.size();
        for (const Item *item : g->items)
            result.insert(item->id, splits[best]);
    }
    return result;
}

} // namespace rwb::exchange
