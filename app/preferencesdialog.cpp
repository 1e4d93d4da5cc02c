#include "preferencesdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rwb::app {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_userName(new QLineEdit(this))
    , m_thumbnailSize(new QSpinBox(this))
    , m_languageLabel(new QLabel(this))
    , m_userNameLabel(new QLabel(this))
    , m_userNameHint(new QLabel(this))
    , m_thumbnailLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Languages are named in their own language, so that anyone can find theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    m_userName->setText(settings.userName());
    m_userNameHint->setWordWrap(true);
    m_userNameHint->setEnabled(false);

    m_thumbnailSize->setRange(Settings::MinThumbnailSize, Settings::MaxThumbnailSize);
    m_thumbnailSize->setSingleStep(16);
    m_thumbnailSize->setValue(settings.thumbnailSize());

    m_languageLabel->setBuddy(m_language);
    m_userNameLabel->setBuddy(m_userName);
    m_thumbnailLabel->setBuddy(m_thumbnailSize);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_userNameLabel, m_userName);
    form->addRow(QString(), m_userNameHint);
    form->addRow(m_thumbnailLabel, m_thumbnailSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(460, sizeHint().height());
}

void PreferencesDialog::apply()
{
    m_settings.setUserName(m_userName->text());
    m_settings.setThumbnailSize(m_thumbnailSize->value());
    // Last: switching the language retranslates every window, this dialog included.
    m_settings.setLanguage(m_language->currentData().toString());
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_language->setItemText(0, tr("System default"));
    m_languageLabel->setText(tr("&Language:"));
    m_userNameLabel->setText(tr("&User name:"));
    m_userNameHint->setText(tr("Your edits and reviews are recorded under this name. A change applies to "
                               "projects opened afterwards."));
    m_thumbnailLabel->setText(tr("&Thumbnail size:"));
    m_thumbnailSize->setSuffix(tr(" px"));
}

} // namespace rwb::app
