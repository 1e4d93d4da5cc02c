#pragma once

#include "projecttypes.h"

#include <QString>

#include <optional>

namespace rwb::project {

/// What the asset browser, `resonance-cli list` and jobs select assets by.
struct AssetFilter
{
    enum class Sort { Id, Uri, Status, Modified };

    std::optional<AssetKind> kind;
    std::optional<AssetStatus> status;
    std::optional<Split> split;
    std::optional<qint64> classId; ///< has at least one annotation of this class
    std::optional<qint64> assignee;
    bool withOpenProposals = false; ///< has annotations still in state "proposed"
    QString uriContains;
    Sort sort = Sort::Id;
    bool descending = false;

    bool operator==(const AssetFilter &other) const = default;
};

} // namespace rwb::project
