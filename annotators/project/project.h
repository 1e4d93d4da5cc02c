#pragma once

#include "annotationstore.h"
#include "assetstore.h"
#include "auditlog.h"
#include "connection.h"
#include "labelschema.h"
#include "projectsignals.h"
#include "relationstore.h"
#include "userstore.h"

#include <QDir>
#include <QString>

#include <memory>

namespace rwb::project {

class WalCheckpointer;

/// An open project file (*.rwb): one SQLite database in WAL mode. The database is the
/// document: every edit is committed at once. The object and its stores belong to the
/// thread that opened it; jobs call openConnection() for a connection of their own.
class Project
{
public:
    static constexpr quint32 ApplicationId = 0x52574221; // "RWB!"
    static constexpr const char *FileSuffix = "rwb";

    /// Creates a new project file. Throws StoreError when \a path exists or cannot be written.
    static std::unique_ptr<Project> create(const QString &path, const QString &name, const QString &userName = {});
    /// Opens an existing project, migrating an older schema (after a backup copy).
    /// Refuses — with a StoreError naming the file and problem, leaving it untouched — a
    /// missing file, a file that is not SQLite, another application's database, a file from
    /// a newer version, a damaged file and a file in a read-only folder.
    static std::unique_ptr<Project> open(const QString &path, const QString &userName = {});

    ~Project();

    QString path() const { return m_path; }
    QDir folder() const;
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    int schemaVersion() const;
    QString userName() const { return m_userName; }
    std::optional<qint64> userId() const { return m_connection->userId(); }

    Connection &connection() { return *m_connection; }
    Database &db() { return m_connection->db(); }
    /// A new connection to the same file, for another thread (same user, same notifier).
    std::unique_ptr<Connection> openConnection() const;

    ProjectSignals *notifier() const { return m_signals.get(); }
    AssetStore &assets() { return m_assets; }
    LabelSchema &labels() { return m_labels; }
    AnnotationStore &annotations() { return m_annotations; }
    RelationStore &relations() { return m_relations; }
    AuditLog &audit() { return m_audit; }
    UserStore &users() { return m_users; }

    /// The path stored for \a file: relative when it lies inside the project folder.
    QString uriFor(const QString &file) const;
    /// The absolute path of a stored \a uri.
    QString resolve(const QString &uri) const;

    /// Runs SQLite's full integrity check; returns the problems found (empty: healthy).
    QStringList integrityCheck();
    /// The login name used when no user is given.
    static QString defaultUserName();

private:
    Project(const QString &path, std::unique_ptr<Connection> connection, const QString &userName);
    void loadMeta();

    QString m_path;
    QString m_id;
    QString m_name;
    QString m_userName;
    std::unique_ptr<ProjectSignals> m_signals;
    std::unique_ptr<Connection> m_connection;
    AssetStore m_assets;
    LabelSchema m_labels;
    AnnotationStore m_annotations;
    RelationStore m_relations;
    AuditLog m_audit;
    UserStore m_users;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace rwb::project
