#include "publishedversion.h"

#include "project/auditlog.h"
#include "project/connection.h"
#include "project/database.h"
#include "project/statement.h"

#include <QJsonObject>

namespace rwb::exchange {

using namespace rwb::project;

void PublishedVersion::record(Connection &connection, PublishedVersion &v)
{
    Transaction tx(connection.db());
    v.published = Connection::now();
    v.publishedBy = connection.userId();
    Statement s = connection.db().prepare(
        "INSERT INTO exchange_published_versions (name, version, target, location, manifest_sha256, published, "
        "published_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, v.name).bind(2, v.version).bind(3, v.target).bind(4, v.location).bind(5, v.manifestSha256);
    s.bind(6, v.published).bind(7, v.publishedBy);
    s.run();
    v.id = connection.db().lastInsertId();
    AuditLog(connection)
        .record(QStringLiteral("dataset_version"), v.id, QStringLiteral("publish"), {},
            QJsonObject { { QStringLiteral("name"), v.name }, { QStringLiteral("version"), v.version },
                { QStringLiteral("target"), v.target } });
    tx.commit();
}

QList<PublishedVersion> PublishedVersion::list(Connection &connection)
{
    QList<PublishedVersion> result;
    Statement s = connection.db().prepare("SELECT id, name, version, target, location, manifest_sha256, published, "
                                          "published_by FROM exchange_published_versions ORDER BY name, version, id");
    while (s.step())
        result.append(
            { s.int64(0), s.text(1), s.int32(2), s.text(3), s.text(4), s.text(5), s.text(6), s.optionalInt64(7) });
    return result;
}

} // namespace rwb::exchange
