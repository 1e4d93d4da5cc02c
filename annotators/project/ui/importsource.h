#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace rwb::project {

class Project;

/// A way to bring files into the project besides picking them (File ▸ Import Files…): a module
/// asks its own questions (e.g. which signal files belong together on one time axis) and hands
/// back the files for the ordinary import job. Registered by the composition root; the main
/// window adds one File menu entry per source.
struct ImportSource
{
    /// Stable action name, the key under which the user's shortcut is stored.
    QString name;
    /// Menu text and status tip in the current language (called again on a language change).
    std::function<QString()> title;
    std::function<QString()> statusTip;
    /// Asks the user (dialogs parented to \a parent); the files to import, empty when cancelled.
    std::function<QStringList(QWidget *parent, const Project &project)> pick;
};

} // namespace rwb::project
