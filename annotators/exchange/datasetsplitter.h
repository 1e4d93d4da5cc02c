#pragma once

#include "project/projecttypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rwb::exchange {

/// Deterministic train/val/test splits that do not leak: items of one group (same source folder
/// and sequence, see groupKey()) always land on the same side; groups are dealt in an order fixed
/// by the seed, each to the split whose per-class quota is furthest from full (stratified by
/// class). Items that have a split keep it unless re-splitting is asked.
class DatasetSplitter
{
    Q_DECLARE_TR_FUNCTIONS(rwb::exchange::DatasetSplitter)
public:
    enum class Grouping { None, Folder, Sequence };

    struct Options
    {
        double train = 0.8;
        double val = 0.1;
        double test = 0.1;
        quint64 seed = 42;
        Grouping grouping = Grouping::Sequence;
        bool resplit = false; ///< ignore the splits the items have
        bool operator==(const Options &other) const = default;
    };

    struct Item
    {
        qint64 id = 0;
        QString uri; ///< for the group key
        QString sequence; ///< an explicit sequence id (asset metadata "sequence"), may be empty
        QStringList classes; ///< classes of its labels, repeats allowed
        project::Split split = project::Split::None;
    };

    /// Split per item id.
    static QHash<qint64, project::Split> assign(const QList<Item> &items, const Options &options);
    /// Folder: the uri's folder. Sequence: folder plus the file name without its trailing frame
    /// number ("cam1/weld_0007.png" → "cam1/weld_"), or the explicit sequence. None: the item.
    static QString groupKey(const Item &item, Grouping grouping);
    static QString groupingName(Grouping grouping);
    static std::optional<Grouping> groupingFromName(const QString &name);
};

} // namespace rwb::exchange
