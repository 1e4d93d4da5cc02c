#pragma once

#include "project/migrator.h"

namespace rwb::project {
class Database;
}

namespace rwb::document {

/// The document module's own tables (OCR text layers, text-file facts): migration set
/// "document" of the project file.
class DocumentMigrations
{
public:
    static project::MigrationSet set();
    /// Registers the set with the Migrator (call before opening projects, e.g. in main()).
    static void registerSet();
    /// Brings \a db's document tables to the latest version (for a project opened before the
    /// set was registered); a no-op when they are current.
    static void ensure(project::Database &db);
};

} // namespace rwb::document
