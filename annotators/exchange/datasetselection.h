#pragma once

#include "project/projecttypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace rwb::exchange {

/// What goes into an export or a dataset package. Empty lists mean "all".
struct DatasetSelection
{
    QList<project::AssetStatus> statuses; ///< e.g. {Accepted} for "accepted/reviewed only"
    QStringList classes; ///< class names; labels of other classes are left out
    QList<project::AssetKind> kinds;
    QList<qint64> annotators; ///< user ids: only labels authored by them
    QString from; ///< ISO date (inclusive), compared with the label's creation time
    QString to; ///< ISO date (inclusive)
    bool includeProposed = false; ///< model proposals not yet accepted

    bool operator==(const DatasetSelection &other) const = default;
    QJsonObject toJson() const;
    /// "accepted/reviewed only": statuses Accepted (reviewed and accepted) and Done.
    static DatasetSelection reviewedOnly();
};

} // namespace rwb::exchange
