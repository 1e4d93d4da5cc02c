#include "datasetsnapshot.h"

#include "project/annotationrow.h"
#include "project/assetstore.h"
#include "project/connection.h"
#include "project/labelschema.h"
#include "project/statement.h"

namespace rwb::evaluation {

using namespace rwb::project;

DatasetSnapshot DatasetSnapshot::load(Connection &connection)
{
    DatasetSnapshot s;
    s.assets = AssetStore(connection).list({});
    for (int i = 0; i < s.assets.size(); ++i)
        s.m_assetIndex.insert(s.assets[i].id, i);
    for (const LabelClass &c : LabelSchema(connection).classes())
        s.classes.insert(c.id, c);
    s.attributes = LabelSchema(connection).attributes();
    Statement st = connection.db().prepare(
        QStringLiteral("SELECT %1 FROM annotations ORDER BY id").arg(QLatin1String(annotationrow::Columns)));
    while (st.step())
        s.annotations.append(annotationrow::read(st));
    Statement users = connection.db().prepare("SELECT id, name FROM users");
    while (users.step())
        s.userNames.insert(users.int64(0), users.text(1));
    return s;
}

const Asset *DatasetSnapshot::asset(qint64 id) const
{
    const auto it = m_assetIndex.constFind(id);
    return it == m_assetIndex.cend() ? nullptr : &assets[*it];
}

QString DatasetSnapshot::className(qint64 classId) const
{
    const auto it = classes.constFind(classId);
    return it == classes.cend() ? QStringLiteral("#%1").arg(classId) : it->name;
}

bool DatasetSnapshot::isTruth(const Annotation &a, const QString &evaluatedModel)
{
    if (a.state != AnnotationState::Accepted)
        return false;
    return evaluatedModel.isEmpty() || !isPrediction(a, evaluatedModel);
}

bool DatasetSnapshot::isPrediction(const Annotation &a, const QString &modelId)
{
    return a.source == AnnotationSource::Model && a.sourceRef == modelId;
}

QHash<QString, qint64> DatasetSnapshot::modelRuns() const
{
    QHash<QString, qint64> out;
    for (const Annotation &a : annotations) {
        if (a.source == AnnotationSource::Model)
            ++out[a.sourceRef];
    }
    return out;
}

} // namespace rwb::evaluation
