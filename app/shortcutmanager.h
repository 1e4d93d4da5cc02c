#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace rwb::app {

class Settings;

/// Remappable keys: every action registered here keeps its built-in key as the default and gets
/// the user's key from the Settings instead, now and whenever the settings change. Actions are
/// known by their objectName, which must be stable ("main.next", "image.tool.polygon", …).
class ShortcutManager : public QObject
{
    Q_OBJECT
public:
    explicit ShortcutManager(Settings &settings, QObject *parent = nullptr);

    /// Adds \a actions (those without an objectName are ignored) and applies the user's keys.
    void registerActions(const QList<QAction *> &actions);
    /// The registered actions that still exist, in the order registered.
    QList<QAction *> actions() const;
    static QKeySequence defaultShortcut(const QAction *action);
    /// Groups of actions sharing one key (each group has two or more), for the preferences.
    static QList<QList<QAction *>> conflicts(
        const QList<QAction *> &actions, const QHash<QAction *, QKeySequence> &keys);

private:
    void apply(QAction *action, const QHash<QString, QKeySequence> &overrides) const;
    void applyAll();

    Settings &m_settings;
    QList<QPointer<QAction>> m_actions;
};

} // namespace rwb::app
