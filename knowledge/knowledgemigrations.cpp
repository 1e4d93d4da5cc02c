#include "knowledgemigrations.h"

static void initKnowledgeMigrationResources()
{
    Q_INIT_RESOURCE(knowledge);
}

namespace rwb::knowledge {

project::MigrationSet migrationSet()
{
    static const bool resourcesReady = (initKnowledgeMigrationResources(), true);
    Q_UNUSED(resourcesReady);
    return { QStringLiteral("knowledge"),
        {
            { 1, QStringLiteral(":/rwb/knowledge/migrations/0001_graph.sql") },
            { 2, QStringLiteral(":/rwb/knowledge/migrations/0002_positions.sql") },
        } };
}

void registerMigrations()
{
    project::Migrator::registerSet(migrationSet());
}

} // namespace rwb::knowledge
