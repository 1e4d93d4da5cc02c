#include "jobpanel.h"

#include "jobitemwidget.h"

#include "project/jobs/jobmanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rwb::project {

JobPanel::JobPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_empty(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(4, 4, 4, 4);
    m_list->setSpacing(4);
    contentLayout->addLayout(m_list);
    contentLayout->addWidget(m_empty);
    contentLayout->addStretch(1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_manager)
            m_manager->clearFinished();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

JobPanel::~JobPanel() = default;

void JobPanel::setJobManager(JobManager *manager)
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    for (Job *job : m_items.keys())
        removeJob(job);
    m_manager = manager;
    if (m_manager) {
        connect(m_manager, &JobManager::jobAdded, this, &JobPanel::addJob);
        connect(m_manager, &JobManager::jobRemoved, this, &JobPanel::removeJob);
        connect(m_manager, &QObject::destroyed, this, [this] {
            for (Job *job : m_items.keys())
                removeJob(job);
        });
        for (Job *job : m_manager->jobs())
            addJob(job);
    }
    updateActivity();
}

void JobPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JobPanel::retranslateUi()
{
    m_empty->setText(tr("No jobs. Imports and other long work show their progress here."));
    m_clear->setText(tr("Clear finished"));
}

void JobPanel::addJob(Job *job)
{
    if (m_items.contains(job))
        return;
    auto *item = new JobItemWidget(job, this);
    m_items.insert(job, item);
    m_list->insertWidget(0, item); // newest first
    connect(item, &JobItemWidget::changed, this, &JobPanel::updateActivity);
    connect(job, &QObject::destroyed, this, [this, job] { removeJob(job); });
    updateActivity();
}

void JobPanel::removeJob(Job *job)
{
    JobItemWidget *item = m_items.take(job);
    if (!item)
        return;
    disconnect(job, nullptr, this, nullptr);
    item->deleteLater();
    updateActivity();
}

void JobPanel::updateActivity()
{
    bool running = false;
    bool anyFinished = false;
    qint64 done = 0;
    qint64 total = 0;
    QString text;
    for (JobItemWidget *item : std::as_const(m_items)) {
        Job *job = item->job();
        if (!job)
            continue;
        if (item->isFinished()) {
            anyFinished = true;
            continue;
        }
        running = true;
        done += job->done();
        total += job->total();
        text = job->title();
    }
    m_empty->setVisible(m_items.isEmpty());
    m_clear->setEnabled(anyFinished);
    emit activityChanged(running, done, total, text);
}

} // namespace rwb::project
