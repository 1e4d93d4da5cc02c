#include "exchangedocument.h"

#include "documentspan.h"
#include "documenttext.h"

#include "project/annotationstore.h"
#include "project/connection.h"
#include "project/labelschema.h"
#include "project/relationstore.h"

#include <QSet>

#include <algorithm>

namespace rwb::document {

ExchangeDocument ExchangeDocument::fromProject(
    project::Connection &connection, qint64 assetId, const QString &name, const DocumentText &text)
{
    ExchangeDocument doc;
    doc.name = name;
    doc.text = text.flatText();
    project::LabelSchema schema(connection);
    QHash<qint64, QString> classNames;
    for (const project::LabelClass &c : schema.classes())
        classNames.insert(c.id, c.name);
    QSet<qint64> exported;
    for (const project::Annotation &a : project::AnnotationStore(connection).forAsset(assetId)) {
        if (a.state == project::AnnotationState::Rejected)
            continue;
        const std::optional<DocumentSpan> span = DocumentSpan::fromAnnotation(a);
        if (!span)
            continue;
        const qint64 base = text.toFlat(span->page, 0);
        if (base < 0)
            continue;
        doc.spans.append({ QStringLiteral("T%1").arg(a.id), base + span->start, base + span->end,
            a.classId ? classNames.value(*a.classId) : QString(), span->link ? span->link->target : QString() });
        exported.insert(a.id);
    }
    for (const project::Relation &r : project::RelationStore(connection).forAsset(assetId)) {
        if (exported.contains(r.fromId) && exported.contains(r.toId))
            doc.relations.append({ QStringLiteral("R%1").arg(r.id), r.type, QStringLiteral("T%1").arg(r.fromId),
                QStringLiteral("T%1").arg(r.toId) });
    }
    doc.normalize();
    return doc;
}

void ExchangeDocument::normalize()
{
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.id < b.id;
    });
}

} // namespace rwb::document
