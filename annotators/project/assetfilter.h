#pragma once

#include "projecttypes.h"

#include <QString>

#include <optional>

namespace rwb::project {

/// What the asset browser, `resonance-cli list` and jobs select assets by.
struct AssetFilter
{
    /// QueueRank: in the order of the labeling queue named by \c labelingQueue.
    enum class Sort { Id, Uri, Status, Modified, QueueRank };

    std::optional<AssetKind> kind;
    std::optional<AssetStatus> status;
    std::optional<Split> split;
    std::optional<qint64> classId; ///< has at least one annotation of this class
    std::optional<qint64> assignee;
    bool withOpenProposals = false; ///< has annotations still in state "proposed"
    /// In this targeted-labeling queue (table labeling_queue_items of the "evaluation" schema
    /// component; set only where that component is registered).
    std::optional<qint64> labelingQueue;
    QString uriContains;
    Sort sort = Sort::Id;
    bool descending = false;

    bool operator==(const AssetFilter &other) const = default;
};

} // namespace rwb::project
