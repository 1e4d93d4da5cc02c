#include "datasetstats.h"

#include "project/connection.h"
#include "project/statement.h"

namespace rwb::evaluation {

using project::Statement;

namespace {
QMap<QString, qint64> grouped(project::Database &db, const char *sql)
{
    QMap<QString, qint64> out;
    Statement s = db.prepare(sql);
    while (s.step())
        out.insert(s.isNull(0) ? QStringLiteral("(none)") : s.text(0), s.int64(1));
    return out;
}

qint64 scalar(project::Database &db, const char *sql)
{
    Statement s = db.prepare(sql);
    s.step();
    return s.int64(0);
}

QJsonObject toObject(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

DatasetStats DatasetStats::compute(project::Connection &connection)
{
    project::Database &db = connection.db();
    DatasetStats st;
    st.assets = scalar(db, "SELECT count(*) FROM assets");
    st.annotations = scalar(db, "SELECT count(*) FROM annotations");
    st.assetsWithoutAnnotations = scalar(
        db, "SELECT count(*) FROM assets WHERE NOT EXISTS (SELECT 1 FROM annotations WHERE asset_id = assets.id)");
    st.assetsByKind = grouped(db, "SELECT kind, count(*) FROM assets GROUP BY kind");
    st.assetsByStatus = grouped(db, "SELECT status, count(*) FROM assets GROUP BY status");
    st.assetsBySplit = grouped(db, "SELECT split, count(*) FROM assets GROUP BY split");
    st.annotationsByClass = grouped(db,
        "SELECT c.name, count(*) FROM annotations a LEFT JOIN label_classes c ON c.id = a.class_id GROUP BY c.name");
    st.annotationsByState = grouped(db, "SELECT state, count(*) FROM annotations GROUP BY state");
    st.annotationsBySource = grouped(db, "SELECT source, count(*) FROM annotations GROUP BY source");
    st.annotationsByKind = grouped(db, "SELECT kind, count(*) FROM annotations GROUP BY kind");
    Statement s = db.prepare("SELECT ifnull(c.name, '(none)'), s.split, count(*) FROM annotations a"
                             " JOIN assets s ON s.id = a.asset_id LEFT JOIN label_classes c ON c.id = a.class_id"
                             " GROUP BY 1, 2");
    while (s.step())
        st.classBySplit[s.text(0)][s.text(1)] = s.int64(2);
    return st;
}

QJsonObject DatasetStats::toJson() const
{
    QJsonObject balance;
    for (auto it = classBySplit.begin(); it != classBySplit.end(); ++it)
        balance.insert(it.key(), toObject(it.value()));
    return {
        { QStringLiteral("assets"), assets },
        { QStringLiteral("annotations"), annotations },
        { QStringLiteral("assets_without_annotations"), assetsWithoutAnnotations },
        { QStringLiteral("assets_by_kind"), toObject(assetsByKind) },
        { QStringLiteral("assets_by_status"), toObject(assetsByStatus) },
        { QStringLiteral("assets_by_split"), toObject(assetsBySplit) },
        { QStringLiteral("annotations_by_class"), toObject(annotationsByClass) },
        { QStringLiteral("annotations_by_state"), toObject(annotationsByState) },
        { QStringLiteral("annotations_by_source"), toObject(annotationsBySource) },
        { QStringLiteral("annotations_by_kind"), toObject(annotationsByKind) },
        { QStringLiteral("class_by_split"), balance },
    };
}

} // namespace rwb::evaluation
