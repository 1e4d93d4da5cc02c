#pragma once

#include "project/jobs/job.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rwb::widgets {
class ElidedLabel;
}

namespace rwb::project {

/// One job in the job panel: title, progress, status line, cancel button, and the number of
/// per-input errors with a button that lists them.
class JobItemWidget : public QFrame
{
    Q_OBJECT
public:
    explicit JobItemWidget(Job *job, QWidget *parent = nullptr);

    Job *job() const { return m_job; }
    bool isFinished() const;
    /// Opens the list of the job's errors (non-modal).
    void showErrors();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    QPointer<Job> m_job;
    QLabel *m_title;
    QProgressBar *m_progress;
    widgets::ElidedLabel *m_status;
    QToolButton *m_errors;
    QToolButton *m_cancel;
};

} // namespace rwb::project
