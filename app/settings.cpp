#include "settings.h"

#include "project/project.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace rwb::app {

namespace {

namespace key {
constexpr const char *Language = "ui/language";
constexpr const char *RecentProjects = "projects/recent";
constexpr const char *UserName = "user/name";
constexpr const char *ThumbnailSize = "browser/thumbnailSize";
constexpr const char *LastFolder = "files/lastFolder";
constexpr const char *WindowGeometry = "window/geometry";
constexpr const char *WindowState = "window/state";
constexpr const char *Shortcuts = "keys";
} // namespace key

QString normalizedPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(
          QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Resonance"), QStringLiteral("workbench")))
{ }

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::language() const
{
    const QString value = m_settings->value(QLatin1String(key::Language)).toString();
    return supportedLanguages().contains(value) ? value : QString();
}

void Settings::setLanguage(const QString &language)
{
    const QString value = supportedLanguages().contains(language) ? language : QString();
    if (value == this->language())
        return;
    m_settings->setValue(QLatin1String(key::Language), value);
    emit languageChanged(value);
}

QStringList Settings::supportedLanguages()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString Settings::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Settings::resolveLanguage(const QString &language)
{
    return supportedLanguages().contains(language) ? language : systemLanguage();
}

QStringList Settings::recentProjects() const
{
    return m_settings->value(QLatin1String(key::RecentProjects)).toStringList();
}

void Settings::addRecentProject(const QString &path)
{
    const QString p = normalizedPath(path);
    QStringList list = recentProjects();
    list.removeAll(p);
    list.prepend(p);
    setRecentProjects(list);
}

void Settings::removeRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    if (list.removeAll(normalizedPath(path)) > 0 || list.removeAll(path) > 0)
        setRecentProjects(list);
}

void Settings::clearRecentProjects()
{
    setRecentProjects({});
}

void Settings::setRecentProjects(const QStringList &paths)
{
    QStringList list = paths;
    list.removeDuplicates();
    while (list.size() > MaxRecentProjects)
        list.removeLast();
    if (list == recentProjects())
        return;
    m_settings->setValue(QLatin1String(key::RecentProjects), list);
    emit recentProjectsChanged();
}

QString Settings::userName() const
{
    const QString name = m_settings->value(QLatin1String(key::UserName)).toString().trimmed();
    return name.isEmpty() ? project::Project::defaultUserName() : name;
}

void Settings::setUserName(const QString &name)
{
    const QString value = name.trimmed();
    if (value == userName())
        return;
    m_settings->setValue(QLatin1String(key::UserName), value);
    emit userNameChanged(userName());
}

int Settings::thumbnailSize() const
{
    const int size = m_settings->value(QLatin1String(key::ThumbnailSize), DefaultThumbnailSize).toInt();
    return qBound(MinThumbnailSize, size, MaxThumbnailSize);
}

void Settings::setThumbnailSize(int size)
{
    size = qBound(MinThumbnailSize, size, MaxThumbnailSize);
    if (size == thumbnailSize())
        return;
    m_settings->setValue(QLatin1String(key::ThumbnailSize), size);
    emit thumbnailSizeChanged(size);
}

QString Settings::lastFolder() const
{
    const QString folder = m_settings->value(QLatin1String(key::LastFolder)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void Settings::setLastFolder(const QString &folder)
{
    m_settings->setValue(QLatin1String(key::LastFolder), normalizedPath(folder));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(QLatin1String(key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QLatin1String(key::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(QLatin1String(key::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QLatin1String(key::WindowState), state);
}

void Settings::sync()
{
    m_settings->sync();
}

QHash<QString, QKeySequence> Settings::shortcutOverrides() const
{
    QHash<QString, QKeySequence> out;
    m_settings->beginGroup(QLatin1String(key::Shortcuts));
    for (const QString &name : m_settings->childKeys())
        out.insert(name, QKeySequence::fromString(m_settings->value(name).toString(), QKeySequence::PortableText));
    m_settings->endGroup();
    return out;
}

void Settings::setShortcutOverrides(const QHash<QString, QKeySequence> &overrides)
{
    if (overrides == shortcutOverrides())
        return;
    m_settings->remove(QLatin1String(key::Shortcuts));
    m_settings->beginGroup(QLatin1String(key::Shortcuts));
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        m_settings->setValue(it.key(), it.value().toString(QKeySequence::PortableText));
    m_settings->endGroup();
    emit shortcutsChanged();
}

} // namespace rwb::app
