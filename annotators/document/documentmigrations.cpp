#include "documentmigrations.h"

#include "project/database.h"

// Resources of a static library must be registered explicitly (outside any namespace).
static void initDocumentResources()
{
    Q_INIT_RESOURCE(document);
}

namespace rwb::document {

project::MigrationSet DocumentMigrations::set()
{
    static const bool resourcesReady = (initDocumentResources(), true);
    Q_UNUSED(resourcesReady);
    return { QStringLiteral("document"),
        {
            { 1, QStringLiteral(":/rwb/document/migrations/0001_ocr_words.sql") },
        } };
}

void DocumentMigrations::registerSet()
{
    project::Migrator::registerSet(set());
}

void DocumentMigrations::ensure(project::Database &db)
{
    const project::MigrationSet s = set();
    if (project::Migrator::storedVersion(db, s) < s.latestVersion())
        project::Migrator::migrate(db, s);
}

} // namespace rwb::document
