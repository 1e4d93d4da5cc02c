#include "reviewpanel.h"

#include "project/assetstore.h"
#include "project/commands/editassetcommand.h"
#include "project/commands/storecommand.h"
#include "project/project.h"
#include "project/projectsignals.h"
#include "project/userstore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rwb::project {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_assigneeLabel(new QLabel(this))
    , m_assignee(new QLabel(this))
    , m_reviewerLabel(new QLabel(this))
    , m_reviewer(new QLabel(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_needsReview(new QPushButton(this))
{
    m_title->setWordWrap(true);
    for (AssetStatus s : allAssetStatuses())
        m_status->addItem(QString(), int(s));
    m_comment->setMaximumHeight(90);
    m_comment->installEventFilter(this);
    m_accept->setObjectName(QStringLiteral("reviewAccept"));
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    m_needsReview->setObjectName(QStringLiteral("reviewNeedsReview"));

    auto *form = new QFormLayout;
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_assigneeLabel, m_assignee);
    form->addRow(m_reviewerLabel, m_reviewer);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_needsReview);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (!m_refreshing)
            decide(m_status->itemData(index).toInt());
    });
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(int(AssetStatus::Accepted)); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(int(AssetStatus::Rejected)); });
    connect(m_needsReview, &QPushButton::clicked, this, [this] { decide(int(AssetStatus::NeedsReview)); });
    retranslateUi();
    refresh();
}

void ReviewPanel::setProject(Project *project, QUndoStack *undoStack)
{
    disconnect(m_connection);
    m_project = project;
    m_undo = undoStack;
    m_assetId.reset();
    if (project) {
        m_connection = connect(project->notifier(), &ProjectSignals::assetChanged, this, [this](qint64 id) {
            if (m_assetId && *m_assetId == id)
                refresh();
        });
    }
    refresh();
}

void ReviewPanel::setAsset(std::optional<qint64> id)
{
    if (m_assetId && m_assetId != id)
        commitComment();
    m_assetId = id;
    refresh();
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::FocusOut)
        commitComment();
    return QWidget::eventFilter(watched, event);
}

bool ReviewPanel::push(const Asset &before, const Asset &after)
{
    if (!m_undo || !m_project)
        return false;
    const QString error = StoreCommand::pushTo(m_undo, new EditAssetCommand(m_project->connection(), before, after));
    if (!error.isEmpty()) {
        emit failed(error);
        refresh();
        return false;
    }
    return true;
}

bool ReviewPanel::decide(int status)
{
    if (!m_project || !m_assetId)
        return false;
    const std::optional<Asset> before = m_project->assets().byId(*m_assetId);
    if (!before)
        return false;
    Asset after = *before;
    after.status = AssetStatus(status);
    after.reviewComment = m_comment->toPlainText().trimmed();
    if (after.status == AssetStatus::Accepted || after.status == AssetStatus::Rejected)
        after.reviewer = m_project->userId();
    if (after.status == before->status && after.reviewer == before->reviewer
        && after.reviewComment == before->reviewComment)
        return true;
    return push(*before, after);
}

bool ReviewPanel::commitComment()
{
    if (!m_project || !m_assetId || m_refreshing)
        return false;
    const std::optional<Asset> before = m_project->assets().byId(*m_assetId);
    if (!before)
        return false;
    const QString text = m_comment->toPlainText().trimmed();
    if (text == before->reviewComment)
        return true;
    Asset after = *before;
    after.reviewComment = text;
    return push(*before, after);
}

QString ReviewPanel::userText(std::optional<qint64> id) const
{
    if (!id || !m_project)
        return tr("nobody");
    const std::optional<User> user = m_project->users().byId(*id);
    if (!user)
        return tr("nobody");
    return user->displayName.isEmpty() ? user->name : user->displayName;
}

void ReviewPanel::refresh()
{
    m_refreshing = true;
    const std::optional<Asset> asset = m_project && m_assetId ? m_project->assets().byId(*m_assetId) : std::nullopt;
    for (QWidget *w : std::initializer_list<QWidget *> { m_status, m_comment, m_accept, m_reject, m_needsReview })
        w->setEnabled(asset.has_value());
    if (asset) {
        m_title->setText(asset->uri.section(QLatin1Char('/'), -1));
        m_status->setCurrentIndex(m_status->findData(int(asset->status)));
        m_assignee->setText(userText(asset->assignee));
        m_reviewer->setText(userText(asset->reviewer));
        if (m_comment->toPlainText().trimmed() != asset->reviewComment)
            m_comment->setPlainText(asset->reviewComment);
    } else {
        m_title->setText(tr("No asset open"));
        m_assignee->clear();
        m_reviewer->clear();
        m_comment->clear();
    }
    m_refreshing = false;
}

void ReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewPanel::retranslateUi()
{
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, displayName(AssetStatus(m_status->itemData(i).toInt())));
    m_statusLabel->setText(tr("Status:"));
    m_assigneeLabel->setText(tr("Assigned to:"));
    m_reviewerLabel->setText(tr("Reviewer:"));
    m_commentLabel->setText(tr("Review comment:"));
    m_comment->setPlaceholderText(tr("What to fix, or why it was rejected"));
    m_accept->setText(tr("Accept"));
    m_reject->setText(tr("Reject"));
    m_needsReview->setText(tr("Needs Review"));
    refresh();
}

} // namespace rwb::project
