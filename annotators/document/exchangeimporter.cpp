#include "exchangeimporter.h"

#include "documentspan.h"
#include "documenttext.h"

#include "project/annotationstore.h"
#include "project/connection.h"
#include "project/labelschema.h"
#include "project/relationstore.h"

namespace rwb::document {

ExchangeImporter::Result ExchangeImporter::apply(
    project::Connection &connection, qint64 assetId, const ExchangeDocument &document, const DocumentText &text)
{
    Result result;
    // Nothing is written unless everything is: the transaction rolls back on every early return.
    auto fail = [&result](const QString &message) {
        result = Result {};
        result.error = message;
        return result;
    };
    const QString flat = text.flatText();
    if (document.text != flat) {
        result.error
            = tr("the text of “%1” differs from the document's text; offsets would not fit").arg(document.name);
        return result;
    }
    try {
        project::Transaction tx(connection.db());
        project::LabelSchema schema(connection);
        project::AnnotationStore annotations(connection);
        project::RelationStore relations(connection);
        QHash<QString, qint64> ids;
        for (const ExchangeDocument::Span &s : document.spans) {
            const auto start = text.fromFlat(s.start);
            const auto end = text.fromFlat(s.end);
            if (!start || !end || start->first != end->first) {
                return fail(tr("span %1 of “%2” crosses a page boundary").arg(s.id, document.name));
            }
            std::optional<qint64> classId;
            if (!s.label.isEmpty()) {
                if (std::optional<project::LabelClass> c = schema.classByName(s.label)) {
                    classId = c->id;
                } else {
                    project::LabelClass created;
                    created.name = s.label;
                    classId = schema.addClass(created);
                }
            }
            DocumentSpan span;
            span.page = start->first;
            span.start = start->second;
            span.end = end->second;
            span.text = codePointSlice(flat, s.start, s.end);
            if (!s.link.isEmpty())
                span.link = KnowledgeLink { s.link, {} };
            project::Annotation a = span.toAnnotation(assetId, classId);
            a.source = project::AnnotationSource::Import;
            annotations.add(a);
            ids.insert(s.id, a.id);
            ++result.spans;
        }
        for (const ExchangeDocument::Relation &r : document.relations) {
            if (!ids.contains(r.from) || !ids.contains(r.to)) {
                return fail(tr("relation %1 of “%2” refers to a missing span").arg(r.id, document.name));
            }
            project::Relation rel;
            rel.type = r.type;
            rel.fromId = ids.value(r.from);
            rel.toId = ids.value(r.to);
            relations.add(rel);
            ++result.relations;
        }
        tx.commit();
    } catch (const project::StoreError &e) {
        return fail(e.message());
    }
    return result;
}

} // namespace rwb::document
