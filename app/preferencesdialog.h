#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rwb::app {

class Settings;

/// Edit ▸ Preferences: UI language, user name and thumbnail size. OK writes them to the
/// Settings, whose signals let the main window apply them at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    /// Writes the dialog's values to the settings (done on OK).
    void apply();

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QSpinBox *thumbnailSizeBox() const { return m_thumbnailSize; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Settings &m_settings;
    QComboBox *m_language;
    QLineEdit *m_userName;
    QSpinBox *m_thumbnailSize;
    QLabel *m_languageLabel;
    QLabel *m_userNameLabel;
    QLabel *m_userNameHint;
    QLabel *m_thumbnailLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace rwb::app
