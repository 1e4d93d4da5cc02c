#include "shortcutmanager.h"

#include "settings.h"

#include <QAction>
#include <QMap>

namespace rwb::app {

namespace {
constexpr const char *DefaultProperty = "rwbDefaultShortcut";
}

ShortcutManager::ShortcutManager(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(&m_settings, &Settings::shortcutsChanged, this, &ShortcutManager::applyAll);
}

QKeySequence ShortcutManager::defaultShortcut(const QAction *action)
{
    const QVariant stored = action->property(DefaultProperty);
    return stored.isValid() ? stored.value<QKeySequence>() : action->shortcut();
}

void ShortcutManager::registerActions(const QList<QAction *> &actions)
{
    const QHash<QString, QKeySequence> overrides = m_settings.shortcutOverrides();
    for (QAction *action : actions) {
        if (!action || action->objectName().isEmpty())
            continue;
        bool known = false;
        for (const QPointer<QAction> &a : std::as_const(m_actions))
            known = known || a == action;
        if (known)
            continue;
        if (!action->property(DefaultProperty).isValid())
            action->setProperty(DefaultProperty, QVariant::fromValue(action->shortcut()));
        m_actions.append(action);
        apply(action, overrides);
    }
}

QList<QAction *> ShortcutManager::actions() const
{
    QList<QAction *> out;
    for (const QPointer<QAction> &a : m_actions) {
        if (a)
            out.append(a);
    }
    return out;
}

void ShortcutManager::apply(QAction *action, const QHash<QString, QKeySequence> &overrides) const
{
    const auto it = overrides.constFind(action->objectName());
    action->setShortcut(it == overrides.constEnd() ? defaultShortcut(action) : it.value());
}

void ShortcutManager::applyAll()
{
    const QHash<QString, QKeySequence> overrides = m_settings.shortcutOverrides();
    for (QAction *action : actions())
        apply(action, overrides);
}

QList<QList<QAction *>> ShortcutManager::conflicts(
    const QList<QAction *> &actions, const QHash<QAction *, QKeySequence> &keys)
{
    QMap<QString, QList<QAction *>> byKey;
    for (QAction *action : actions) {
        const QKeySequence key = keys.value(action, action->shortcut());
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText)].append(action);
    }
    QList<QList<QAction *>> out;
    for (const QList<QAction *> &group : std::as_const(byKey)) {
        if (group.size() > 1)
            out.append(group);
    }
    return out;
}

} // namespace rwb::app
