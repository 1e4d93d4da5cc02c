#pragma once

#include "project/knowledgelinkprovider.h"

namespace rwb::project {
class LabelSchema;
}

namespace rwb::document {

/// The default link targets: the project's label classes (id "class:<id>", English and Chinese
/// titles, the class name as alias). Read from the schema on every call, so new classes show.
class LabelClassLinkProvider : public project::KnowledgeLinkProvider
{
public:
    explicit LabelClassLinkProvider(const project::LabelSchema &schema);
    QList<project::KnowledgeTarget> targets() const override;

private:
    const project::LabelSchema &m_schema;
};

} // namespace rwb::document
