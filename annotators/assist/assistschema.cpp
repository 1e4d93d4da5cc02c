#include "assistschema.h"

#include "project/database.h"

// Q_INIT_RESOURCE declares a global function: it cannot sit in a namespace.
static void initAssistResources()
{
    Q_INIT_RESOURCE(assist);
}

namespace rwb::assist {

project::MigrationSet AssistSchema::migrations()
{
    static const bool resourcesReady = (initAssistResources(), true);
    Q_UNUSED(resourcesReady);
    return { QStringLiteral("assist"), { { 1, QStringLiteral(":/rwb/assist/migrations/0001_models.sql") } } };
}

void AssistSchema::registerMigrations()
{
    project::Migrator::registerSet(migrations());
}

void AssistSchema::ensure(project::Database &db)
{
    const project::MigrationSet set = migrations();
    if (project::Migrator::storedVersion(db, set) < set.latestVersion())
        project::Migrator::migrate(db, set);
}

} // namespace rwb::assist
