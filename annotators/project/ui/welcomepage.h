#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace rwb::project {

/// The central page while no project is open: what the program is for, New/Open buttons
/// and the recent projects.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);
    QStringList recentProjects() const { return m_recent; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRecent();

    QStringList m_recent;
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_new;
    QPushButton *m_open;
    QLabel *m_recentTitle;
    QListWidget *m_recentList;
    QLabel *m_noRecent;
};

} // namespace rwb::project
