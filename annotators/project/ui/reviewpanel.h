#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace rwb::project {

class Project;
struct Asset;

/// The workflow of the open asset (a dock's content): its status (to do … rejected), who it is
/// assigned to, who reviewed it and the reviewer's comment. Accept and Reject record the current
/// user as the reviewer together with the comment; every change is an undo command
/// (EditAssetCommand) on the stack given, so a review decision can be taken back.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    /// Follows \a project (null: none) and pushes its edits onto \a undoStack.
    void setProject(Project *project, QUndoStack *undoStack);
    /// Shows asset \a id (none: nothing open).
    void setAsset(std::optional<qint64> id);
    std::optional<qint64> assetId() const { return m_assetId; }

    /// Sets the status; accepted and rejected also record the reviewer and the comment typed.
    bool decide(int status);
    /// Stores the comment typed so far (also done when the comment box loses focus).
    bool commitComment();

    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *commentEdit() const { return m_comment; }

signals:
    /// A change could not be stored (the message names the problem).
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    bool push(const Asset &before, const Asset &after);
    QString userText(std::optional<qint64> id) const;

    Project *m_project = nullptr;
    QUndoStack *m_undo = nullptr;
    std::optional<qint64> m_assetId;
    QLabel *m_title;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_assigneeLabel;
    QLabel *m_assignee;
    QLabel *m_reviewerLabel;
    QLabel *m_reviewer;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_needsReview;
    bool m_refreshing = false;
    QMetaObject::Connection m_connection;
};

} // namespace rwb::project
