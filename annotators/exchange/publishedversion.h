#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rwb::project {
class Connection;
}

namespace rwb::exchange {

/// A dataset package version published from the project (table exchange_published_versions).
struct PublishedVersion
{
    qint64 id = 0;
    QString name;
    int version = 0;
    QString target; ///< "folder:PATH" or "git:URL"
    QString location; ///< the folder written, or the tag pushed
    QString manifestSha256;
    QString published;
    std::optional<qint64> publishedBy;

    /// Records \a v (its id and time stamp are set). Needs the "exchange" migrations.
    static void record(project::Connection &connection, PublishedVersion &v);
    static QList<PublishedVersion> list(project::Connection &connection);
};

} // namespace rwb::exchange
