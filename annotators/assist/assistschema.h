#pragma once

#include "project/migrator.h"

namespace rwb::assist {

/// The assist module's tables (models, runs): migration set "assist".
class AssistSchema
{
public:
    static project::MigrationSet migrations();
    /// Registers the set with the Migrator; call in main() before opening projects.
    static void registerMigrations();
    /// Brings an already open project file up to the set's latest version (for projects opened
    /// before the set was registered, e.g. by a job on its own connection).
    static void ensure(project::Database &db);
};

} // namespace rwb::assist
