#include "evaluationmigrations.h"

static void initEvaluationMigrationResources()
{
    Q_INIT_RESOURCE(evaluation);
}

namespace rwb::evaluation {

project::MigrationSet migrationSet()
{
    static const bool resourcesReady = (initEvaluationMigrationResources(), true);
    Q_UNUSED(resourcesReady);
    return { QStringLiteral("evaluation"),
        {
            { 1, QStringLiteral(":/rwb/evaluation/migrations/0001_evaluation.sql") },
        } };
}

void registerMigrations()
{
    project::Migrator::registerSet(migrationSet());
}

} // namespace rwb::evaluation
