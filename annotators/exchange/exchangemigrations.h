#pragma once

#include "project/migrator.h"

namespace rwb::exchange {

/// The exchange module's schema migrations (component "exchange": published versions).
project::MigrationSet migrationSet();
/// Registers migrationSet() with project::Migrator; call once before any project is opened.
void registerMigrations();

} // namespace rwb::exchange
