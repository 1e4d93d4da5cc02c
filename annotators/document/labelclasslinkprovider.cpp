#include "labelclasslinkprovider.h"

#include "project/labelschema.h"

namespace rwb::document {

LabelClassLinkProvider::LabelClassLinkProvider(const project::LabelSchema &schema)
    : m_schema(schema)
{ }

QList<project::KnowledgeTarget> LabelClassLinkProvider::targets() const
{
    QList<project::KnowledgeTarget> out;
    for (const project::LabelClass &c : m_schema.classes()) {
        project::KnowledgeTarget t;
        t.id = QStringLiteral("class:%1").arg(c.id);
        t.label = c.titleEn.isEmpty() ? c.name : c.titleEn;
        t.labelZh = c.titleZh;
        if (t.label != c.name)
            t.aliases.append(c.name);
        t.classId = c.id;
        out.append(t);
    }
    return out;
}

} // namespace rwb::document
