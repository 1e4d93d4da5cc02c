#pragma once

#include "project/migrator.h"

namespace rwb::knowledge {

/// The knowledge module's schema migrations (component "knowledge").
project::MigrationSet migrationSet();
/// Registers migrationSet() with project::Migrator; call once before any project is opened
/// (both entry points do, and every test that opens projects).
void registerMigrations();

} // namespace rwb::knowledge
