#pragma once

#include "project/migrator.h"

namespace rwb::evaluation {

/// The evaluation module's schema migrations (component "evaluation").
project::MigrationSet migrationSet();
/// Registers migrationSet() with project::Migrator; call once before any project is opened.
void registerMigrations();

} // namespace rwb::evaluation
