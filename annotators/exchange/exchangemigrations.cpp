#include "exchangemigrations.h"

static void initExchangeMigrationResources()
{
    Q_INIT_RESOURCE(exchange);
}

namespace rwb::exchange {

project::MigrationSet migrationSet()
{
    static const bool resourcesReady = (initExchangeMigrationResources(), true);
    Q_UNUSED(resourcesReady);
    return { QStringLiteral("exchange"),
        {
            { 1, QStringLiteral(":/rwb/exchange/migrations/0001_published_versions.sql") },
        } };
}

void registerMigrations()
{
    project::Migrator::registerSet(migrationSet());
}

} // namespace rwb::exchange
