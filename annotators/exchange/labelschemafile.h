#pragma once

#include "project/labelschema.h"

#include <QString>

namespace rwb::exchange {

/// Label schema files (JSON, format "resonance-label-schema"): written atomically, read with
/// messages that name the file and the place of a syntax error.
class LabelSchemaFile
{
public:
    /// Writes the schema to \a path through a temporary file. Throws StoreError.
    static void write(const project::LabelSchema &schema, const QString &path);
    /// Merges the schema in \a path into \a schema in one transaction. Throws StoreError.
    static project::LabelSchema::ImportResult read(project::LabelSchema &schema, const QString &path);
};

} // namespace rwb::exchange
