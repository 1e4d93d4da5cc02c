#include "project.h"
#include "walcheckpointer.h"

#include "migrator.h"
#include "statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

namespace rwb::project {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

/// A project keeps its WAL journal next to the file, so its folder must be writable.
void requireWritable(const QString &path, bool mustExist)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::Project", "The folder %1 does not exist.")
                .arg(nativePath(folder.filePath())));
    if (!folder.isWritable())
        throw StoreError(StoreError::Code::ReadOnly,
            QCoreApplication::translate("rwb::project::Project",
                "%1: the folder %2 is read-only. A project writes its journal next to the file; copy it to a writable "
                "folder to work on it.")
                .arg(nativePath(path), nativePath(folder.filePath())));
    if (mustExist && !info.isWritable())
        throw StoreError(StoreError::Code::ReadOnly,
            QCoreApplication::translate(
                "rwb::project::Project", "%1 is read-only. Make the file writable or copy it to open it.")
                .arg(nativePath(path)));
}

/// Checks the 16-byte SQLite header before SQLite touches the file.
void requireSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::Project", "Cannot read %1: %2")
                .arg(nativePath(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw StoreError(StoreError::Code::NotSqlite,
            QCoreApplication::translate(
                "rwb::project::Project", "%1 is not a Resonance Workbench project (it is not an SQLite database).")
                .arg(nativePath(path)));
}

/// Re-raises SQLite corruption errors met while inspecting a file as "damaged".
[[noreturn]] void rethrowAsDamaged(const QString &path, const StoreError &e)
{
    if (e.code() == StoreError::Code::Damaged || e.code() == StoreError::Code::NotSqlite)
        throw StoreError(StoreError::Code::Damaged,
            QCoreApplication::translate("rwb::project::Project",
                "%1 is damaged and cannot be opened (%2). The file was not changed; restore it from a backup.")
                .arg(nativePath(path), e.message()));
    throw e;
}

/// Small files get SQLite's quick check on open; large ones are checked on demand
/// (`resonance-cli check`) so that opening stays fast.
constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

} // namespace

Project::Project(const QString &path, std::unique_ptr<Connection> connection, const QString &userName)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_userName(userName)
    , m_signals(std::make_unique<ProjectSignals>())
    , m_connection(std::move(connection))
    , m_assets(*m_connection)
    , m_labels(*m_connection)
    , m_annotations(*m_connection)
    , m_relations(*m_connection)
    , m_audit(*m_connection)
    , m_users(*m_connection)
    , m_checkpointer(std::make_unique<WalCheckpointer>(m_path))
{
    m_connection->setNotifier(m_signals.get());
    m_checkpointer->attach(m_connection->db());
}

Project::~Project()
{
    m_checkpointer->detach(m_connection->db());
}

QString Project::defaultUserName()
{
    QString name = qEnvironmentVariable("RWB_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
}

std::unique_ptr<Project> Project::create(const QString &path, const QString &name, const QString &userName)
{
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Code::Constraint,
            QCoreApplication::translate("rwb::project::Project", "%1 already exists; choose another name or open it.")
                .arg(nativePath(path)));
    requireWritable(path, false);
    Database db;
    db.open(path, Database::Mode::Create);
    try {
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        db.configureForWriting();
        for (const MigrationSet &set : Migrator::sets())
            Migrator::migrate(db, set);
        Transaction tx(db);
        Statement meta = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        const QList<std::pair<const char *, QString>> values {
            { "project_id", QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { "name", name.isEmpty() ? QFileInfo(path).completeBaseName() : name },
            { "created", Connection::now() },
            { "created_by_version", QCoreApplication::applicationVersion() },
        };
        for (const auto &[key, value] : values)
            meta.bind(1, key).bind(2, value).run();
        tx.commit();
    } catch (...) {
        db.close();
        QFile::remove(path);
        QFile::remove(path + QLatin1String("-wal"));
        QFile::remove(path + QLatin1String("-shm"));
        throw;
    }
    db.close();
    return open(path, userName);
}

std::unique_ptr<Project> Project::open(const QString &path, const QString &userName)
{
    if (!QFileInfo::exists(path))
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::Project", "%1 does not exist.").arg(nativePath(path)));
    if (QFileInfo(path).isDir())
        throw StoreError(StoreError::Code::NotProject,
            QCoreApplication::translate("rwb::project::Project", "%1 is a folder, not a project file.")
                .arg(nativePath(path)));
    requireSqliteHeader(path);
    requireWritable(path, true);

    // Inspect read-only first: nothing is written before we know we may write.
    {
        Database probe;
        probe.open(path, Database::Mode::ReadOnly);
        try {
            Statement appId = probe.prepare("PRAGMA application_id");
            appId.step();
            const quint32 id = quint32(appId.int64(0));
            Statement hasMeta = probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
            if (id != ApplicationId || !hasMeta.step())
                throw StoreError(StoreError::Code::NotProject,
                    QCoreApplication::translate("rwb::project::Project",
                        "%1 is an SQLite database of another program, not a Resonance Workbench project.")
                        .arg(nativePath(path)));
            for (const MigrationSet &set : Migrator::sets()) {
                const int stored = Migrator::storedVersion(probe, set);
                if (stored > set.latestVersion())
                    throw StoreError(StoreError::Code::NewerSchema,
                        QCoreApplication::translate("rwb::project::Project",
                            "%1 was written by a newer Resonance Workbench (%2 schema %3; this version reads up to "
                            "%4). "
                            "It was not modified; update Resonance Workbench to open it.")
                            .arg(nativePath(path), set.component)
                            .arg(stored)
                            .arg(set.latestVersion()));
            }
            if (QFileInfo(path).size() <= QuickCheckLimit) {
                Statement check = probe.prepare("PRAGMA quick_check(5)");
                QStringList problems;
                while (check.step()) {
                    if (check.text(0) != QLatin1String("ok"))
                        problems.append(check.text(0));
                }
                if (!problems.isEmpty())
                    throw StoreError(StoreError::Code::Damaged, problems.join(QLatin1String("; ")));
            }
        } catch (const StoreError &e) {
            rethrowAsDamaged(path, e);
        }
    }

    Database db;
    db.open(path, Database::Mode::ReadWrite);
    try {
        db.configureForWriting();
        bool needsMigration = false;
        for (const MigrationSet &set : Migrator::sets())
            needsMigration = needsMigration || Migrator::storedVersion(db, set) < set.latestVersion();
        if (needsMigration) {
            // Keep the file as it was before the upgrade, beside it.
            const QString backup
                = QStringLiteral("%1.schema%2.bak").arg(path).arg(Migrator::storedVersion(db, Migrator::coreSet()));
            if (!QFileInfo::exists(backup)) {
                Statement vacuum = db.prepare("VACUUM INTO ?1");
                vacuum.bind(1, QFileInfo(backup).absoluteFilePath()).run();
            }
            for (const MigrationSet &set : Migrator::sets())
                Migrator::migrate(db, set);
        }
    } catch (const StoreError &e) {
        rethrowAsDamaged(path, e);
    }

    auto connection = std::make_unique<Connection>(std::move(db), std::nullopt, nullptr);
    std::unique_ptr<Project> project(
        new Project(path, std::move(connection), userName.isEmpty() ? defaultUserName() : userName));
    project->loadMeta();
    project->m_connection->setUserId(project->m_users.ensure(project->m_userName));
    return project;
}

void Project::loadMeta()
{
    Statement s = db().prepare("SELECT key, value FROM meta WHERE key IN ('project_id', 'name')");
    while (s.step()) {
        if (s.text(0) == QLatin1String("project_id"))
            m_id = s.text(1);
        else
            m_name = s.text(1);
    }
}

int Project::schemaVersion() const
{
    return Migrator::storedVersion(m_connection->db(), Migrator::coreSet());
}

QDir Project::folder() const
{
    return QFileInfo(m_path).absoluteDir();
}

std::unique_ptr<Connection> Project::openConnection() const
{
    Database db;
    db.open(m_path, Database::Mode::ReadWrite);
    db.configureForWriting();
    return std::make_unique<Connection>(std::move(db), m_connection->userId(), m_signals.get());
}

QString Project::uriFor(const QString &file) const
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const QString relative = folder().relativeFilePath(absolute);
    if (!relative.startsWith(QLatin1String("../")) && relative != QLatin1String("..")
        && !QDir::isAbsolutePath(relative))
        return relative;
    return absolute;
}

QString Project::resolve(const QString &uri) const
{
    if (QDir::isAbsolutePath(uri))
        return uri;
    return folder().absoluteFilePath(uri);
}

QStringList Project::integrityCheck()
{
    QStringList problems;
    try {
        Statement s = db().prepare("PRAGMA integrity_check(100)");
        while (s.step()) {
            if (s.text(0) != QLatin1String("ok"))
                problems.append(s.text(0));
        }
    } catch (const StoreError &e) {
        problems.append(e.message());
    }
    return problems;
}

} // namespace rwb::project
