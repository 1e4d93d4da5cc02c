#include "jobitemwidget.h"

#include "widgets/elidedlabel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rwb::project {

JobItemWidget::JobItemWidget(Job *job, QWidget *parent)
    : QFrame(parent)
    , m_job(job)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new widgets::ElidedLabel(this))
    , m_errors(new QToolButton(this))
    , m_cancel(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(job->title());
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() + 6);
    m_errors->setAutoRaise(true);
    m_errors->setVisible(false);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::ButtonText, QColor(0xd3, 0x2f, 0x2f));
    m_errors->setPalette(errorPalette);
    m_cancel->setAutoRaise(true);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(3);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_cancel, 0, 1, Qt::AlignRight);
    grid->addWidget(m_progress, 1, 0, 1, 2);
    grid->addWidget(m_status, 2, 0);
    grid->addWidget(m_errors, 2, 1, Qt::AlignRight);
    grid->setColumnStretch(0, 1);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_errors, &QToolButton::clicked, this, &JobItemWidget::showErrors);
    // The job's signals come from its worker thread; these connections are queued.
    connect(job, &Job::progressChanged, this, &JobItemWidget::updateState);
    connect(job, &Job::statusTextChanged, this, &JobItemWidget::updateState);
    connect(job, &Job::errorAdded, this, &JobItemWidget::updateState);
    connect(job, &Job::started, this, &JobItemWidget::updateState);
    connect(job, &Job::finished, this, &JobItemWidget::updateState);
    retranslateUi();
}

bool JobItemWidget::isFinished() const
{
    return !m_job || (m_job->state() != Job::State::Pending && m_job->state() != Job::State::Running);
}

void JobItemWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void JobItemWidget::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this job; what it has finished stays in the project."));
    m_errors->setToolTip(tr("Show the files this job could not process"));
    updateState();
}

void JobItemWidget::updateState()
{
    if (!m_job)
        return;
    const Job::State state = m_job->state();
    const qint64 done = m_job->done();
    const qint64 total = m_job->total();
    if (total > 0) {
        // QProgressBar holds ints: scale to per mille for jobs of more than 2^31 steps.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    } else if (state == Job::State::Running || state == Job::State::Pending) {
        m_progress->setRange(0, 0); // busy
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_progress->setFormat(QString());
    }

    QString text;
    switch (state) {
    case Job::State::Pending:
        text = tr("Waiting…");
        break;
    case Job::State::Running:
        text = m_job->statusText();
        break;
    case Job::State::Finished:
        text = m_job->statusText().isEmpty() ? tr("Finished") : m_job->statusText();
        break;
    case Job::State::Failed:
        text = tr("Failed: %1").arg(m_job->failureMessage());
        break;
    case Job::State::Cancelled:
        text = tr("Cancelled");
        break;
    }
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (state == Job::State::Failed)
        statusPalette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_status->setPalette(statusPalette);

    const int errors = int(m_job->errors().size());
    m_errors->setVisible(errors > 0);
    m_errors->setText(tr("%n error(s)…", nullptr, errors));
    m_cancel->setVisible(!isFinished());
    emit changed();
}

void JobItemWidget::showErrors()
{
    if (!m_job)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Errors of \"%1\"").arg(m_job->title()));
    auto *list = new QTreeWidget(dialog);
    list->setHeaderLabels({ tr("File"), tr("Problem") });
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const JobError &e : m_job->errors()) {
        auto *item = new QTreeWidgetItem(list, { e.subject, e.message });
        item->setToolTip(0, e.subject);
        item->setToolTip(1, e.message);
    }
    list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    list->header()->resizeSection(0, 320);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(720, 360);
    dialog->open();
}

} // namespace rwb::project
