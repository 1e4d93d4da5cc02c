#pragma once

#include <QByteArray>
#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QStringList>

#include <memory>

class QSettings;

namespace rwb::app {

/// The user's settings of the desktop application, typed: the one place that knows the
/// QSettings keys (STYLE.md, 12). Setters write at once and announce changes.
class Settings : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentProjects = 10;
    static constexpr int MinThumbnailSize = 48;
    static constexpr int MaxThumbnailSize = 512;
    static constexpr int DefaultThumbnailSize = 128;

    /// The user's settings file (~/.config/Resonance/workbench.ini on Linux).
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in the INI file \a fileName (tests, portable installs).
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    /// The UI language: "zh_CN", "en", or empty for the system's.
    QString language() const;
    void setLanguage(const QString &language);
    /// The languages the UI is translated to.
    static QStringList supportedLanguages();
    /// "zh_CN" when the system locale is Chinese, "en" otherwise.
    static QString systemLanguage();
    /// \a language, or the system's when it is empty or unknown.
    static QString resolveLanguage(const QString &language);

    /// Project files, most recent first (at most MaxRecentProjects).
    QStringList recentProjects() const;
    /// Puts \a path (made absolute) first in the recent projects.
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);
    void clearRecentProjects();

    /// The name edits are recorded under (audit log, review); defaults to the login name.
    QString userName() const;
    void setUserName(const QString &name);

    /// Edge of the thumbnails in the asset browser, in pixels.
    int thumbnailSize() const;
    void setThumbnailSize(int size);

    /// The folder file dialogs start in.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Keys the user gave actions instead of their defaults: action objectName → key (an
    /// empty sequence removes the key).
    QHash<QString, QKeySequence> shortcutOverrides() const;
    void setShortcutOverrides(const QHash<QString, QKeySequence> &overrides);

    /// Writes pending changes to disk.
    void sync();

signals:
    void languageChanged(const QString &language);
    void recentProjectsChanged();
    void userNameChanged(const QString &name);
    void thumbnailSizeChanged(int size);
    void shortcutsChanged();

private:
    void setRecentProjects(const QStringList &paths);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace rwb::app
