#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QAction;
class QKeySequenceEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace rwb::app {

class Settings;
class ShortcutManager;

/// Edit ▸ Preferences: UI language, user name and thumbnail size, and (with a ShortcutManager)
/// the keys of every remappable action, with conflicts shown. OK writes them to the Settings,
/// whose signals let the main window apply them at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr)
        : PreferencesDialog(settings, nullptr, parent)
    { }
    PreferencesDialog(Settings &settings, ShortcutManager *shortcuts, QWidget *parent = nullptr);

    /// Writes the dialog's values to the settings (done on OK).
    void apply();

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QSpinBox *thumbnailSizeBox() const { return m_thumbnailSize; }
    QTreeWidget *keyList() const { return m_keyList; }
    /// Gives \a action the key \a key in the dialog (as typing it in the key field does).
    void setKey(QAction *action, const QKeySequence &key);
    /// The conflicts text shown under the key list (empty when every key is unique).
    QString conflictText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createKeysPage();
    void fillKeyList();
    void updateConflicts();
    QAction *selectedAction() const;

    Settings &m_settings;
    QComboBox *m_language;
    QLineEdit *m_userName;
    QSpinBox *m_thumbnailSize;
    QLabel *m_languageLabel;
    QLabel *m_userNameLabel;
    QLabel *m_userNameHint;
    QLabel *m_thumbnailLabel;
    QDialogButtonBox *m_buttons;
    ShortcutManager *m_shortcuts;
    QHash<QAction *, QKeySequence> m_keys; ///< the keys as edited in the dialog
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_keyList = nullptr;
    QLabel *m_keyLabel = nullptr;
    QKeySequenceEdit *m_keyEdit = nullptr;
    QPushButton *m_resetKey = nullptr;
    QPushButton *m_resetAllKeys = nullptr;
    QLabel *m_conflicts = nullptr;
};

} // namespace rwb::app
