#include "welcomepage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rwb::project {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_recentTitle(new QLabel(this))
    , m_recentList(new QListWidget(this))
    , m_noRecent(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    m_recentTitle->setFont(sectionFont);
    m_noRecent->setEnabled(false);

    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);

    m_recentList->setObjectName(QStringLiteral("welcomeRecent"));
    m_recentList->setIconSize(QSize(24, 24));
    m_recentList->setAlternatingRowColors(true);
    connect(m_recentList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit recentProjectChosen(item->data(Qt::UserRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recentList);
    column->addWidget(m_noRecent);
    column->addStretch(1);

    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMinimumWidth(360);
    columnWidget->setMaximumWidth(680);
    columnWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 48, 32, 32);
    outer->addStretch(1);
    outer->addWidget(columnWidget, 6);
    outer->addStretch(1);
    retranslateUi();
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent = paths;
    fillRecent();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Resonance Workbench"));
    m_subtitle->setText(tr("Label industrial images, time series and documents, and turn them into datasets "
                           "and mechanism knowledge — entirely offline."));
    m_new->setText(tr("&New Project…"));
    m_open->setText(tr("&Open Project…"));
    m_recentTitle->setText(tr("Recent projects"));
    m_noRecent->setText(tr("No recent projects."));
    fillRecent();
}

void WelcomePage::fillRecent()
{
    m_recentList->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const QString &path : std::as_const(m_recent)) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(icon, info.completeBaseName(), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setText(QStringLiteral("%1\n%2").arg(info.completeBaseName(), QDir::toNativeSeparators(path)));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 (missing)\n%2").arg(info.completeBaseName(), QDir::toNativeSeparators(path)));
        }
    }
    // As tall as its entries: the page stays calm with one recent project or ten.
    const int rows = int(qMin<qsizetype>(m_recent.size(), 10));
    const int rowHeight = rows > 0 ? m_recentList->sizeHintForRow(0) : 0;
    m_recentList->setFixedHeight(rows * rowHeight + 2 * m_recentList->frameWidth() + 2);
    m_recentList->setVisible(!m_recent.isEmpty());
    m_noRecent->setVisible(m_recent.isEmpty());
}

} // namespace rwb::project
