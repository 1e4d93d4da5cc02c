#pragma once

#include <QList>
#include <QString>

namespace rwb::project {

class Database;

/// Ordered schema migrations of one component of the project file. The core tables are the
/// component "project"; other modules (knowledge/) register their own set with its own
/// version key, so each owns its tables and migrations.
struct MigrationSet
{
    struct Step
    {
        int version; ///< schema version after this step
        QString resource; ///< SQL file in the Qt resources
    };
    QString component;
    QList<Step> steps;

    int latestVersion() const { return steps.isEmpty() ? 0 : steps.last().version; }
    /// meta key holding the component's version ("schema_version" for the core).
    QString versionKey() const;
};

class Migrator
{
public:
    /// The core migration set plus every set registered with registerSet().
    static QList<MigrationSet> sets();
    static MigrationSet coreSet();
    /// Registers a module's migrations; call before opening projects (e.g. in main()).
    static void registerSet(const MigrationSet &set);

    /// The component's version stored in \a db, 0 when the component has no tables yet.
    static int storedVersion(Database &db, const MigrationSet &set);
    /// Runs the steps of \a set after the stored version up to \a target (default: latest),
    /// each in its own transaction that also records the new version.
    static void migrate(Database &db, const MigrationSet &set, int target = -1);
};

} // namespace rwb::project
