#include "migrator.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

// Resources of a static library must be registered explicitly (outside any namespace).
static void initProjectResources()
{
    Q_INIT_RESOURCE(project);
}

namespace rwb::project {

namespace {

QList<MigrationSet> &registered()
{
    static QList<MigrationSet> sets;
    return sets;
}

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

QString MigrationSet::versionKey() const
{
    return component == QLatin1String("project") ? QStringLiteral("schema_version")
                                                 : QStringLiteral("schema_version.") + component;
}

MigrationSet Migrator::coreSet()
{
    static const bool resourcesReady = (initProjectResources(), true);
    Q_UNUSED(resourcesReady);
    return { QStringLiteral("project"),
        {
            { 1, QStringLiteral(":/rwb/project/migrations/0001_core.sql") },
            { 2, QStringLiteral(":/rwb/project/migrations/0002_annotations.sql") },
            { 3, QStringLiteral(":/rwb/project/migrations/0003_audit.sql") },
            { 4, QStringLiteral(":/rwb/project/migrations/0004_extent_pending.sql") },
            { 5, QStringLiteral(":/rwb/project/migrations/0005_annotation_checks.sql") },
            { 6, QStringLiteral(":/rwb/project/migrations/0006_class_overlap.sql") },
        } };
}

QList<MigrationSet> Migrator::sets()
{
    QMutexLocker lock(&registryMutex());
    QList<MigrationSet> all { coreSet() };
    all += registered();
    return all;
}

void Migrator::registerSet(const MigrationSet &set)
{
    QMutexLocker lock(&registryMutex());
    for (const MigrationSet &s : std::as_const(registered())) {
        if (s.component == set.component)
            return;
    }
    registered().append(set);
}

int Migrator::storedVersion(Database &db, const MigrationSet &set)
{
    Statement hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
    if (!hasMeta.step())
        return 0;
    Statement q = db.prepare("SELECT value FROM meta WHERE key = ?1");
    q.bind(1, set.versionKey());
    return q.step() ? q.text(0).toInt() : 0;
}

void Migrator::migrate(Database &db, const MigrationSet &set, int target)
{
    if (target < 0)
        target = set.latestVersion();
    const int current = storedVersion(db, set);
    for (const MigrationSet::Step &step : set.steps) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Code::Generic,
                QCoreApplication::translate("rwb::project::Migrator", "Missing migration %1").arg(step.resource));
        const QByteArray sql = file.readAll();
        Transaction tx(db);
        db.exec(sql.constData());
        Statement setVersion = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        setVersion.bind(1, set.versionKey()).bind(2, QString::number(step.version)).run();
        tx.commit();
    }
}

} // namespace rwb::project
