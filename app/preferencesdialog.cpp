#include "preferencesdialog.h"

#include "settings.h"
#include "shortcutmanager.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rwb::app {

PreferencesDialog::PreferencesDialog(Settings &settings, ShortcutManager *shortcuts, QWidget *parent)
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
    , m_shortcuts(shortcuts)
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

    m_tabs = new QTabWidget(this);
    auto *general = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    m_tabs->addTab(general, QString());
    if (m_shortcuts)
        m_tabs->addTab(createKeysPage(), QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(m_shortcuts ? 560 : 460, m_shortcuts ? 520 : sizeHint().height());
}

QWidget *PreferencesDialog::createKeysPage()
{
    auto *page = new QWidget(m_tabs);
    m_keyList = new QTreeWidget(page);
    m_keyList->setColumnCount(2);
    m_keyList->setRootIsDecorated(false);
    m_keyList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keyLabel = new QLabel(page);
    m_keyEdit = new QKeySequenceEdit(page);
    m_resetKey = new QPushButton(page);
    m_resetAllKeys = new QPushButton(page);
    m_conflicts = new QLabel(page);
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: #c0392b"));
    for (QAction *action : m_shortcuts->actions())
        m_keys.insert(action, action->shortcut());
    fillKeyList();

    connect(m_keyList, &QTreeWidget::currentItemChanged, this, [this] {
        QAction *action = selectedAction();
        const QSignalBlocker block(m_keyEdit);
        m_keyEdit->setKeySequence(action ? m_keys.value(action) : QKeySequence());
        m_keyEdit->setEnabled(action);
        m_resetKey->setEnabled(action);
    });
    connect(m_keyEdit, &QKeySequenceEdit::editingFinished, this, [this] {
        if (QAction *action = selectedAction())
            setKey(action, m_keyEdit->keySequence());
    });
    connect(m_resetKey, &QPushButton::clicked, this, [this] {
        if (QAction *action = selectedAction())
            setKey(action, ShortcutManager::defaultShortcut(action));
    });
    connect(m_resetAllKeys, &QPushButton::clicked, this, [this] {
        for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
            it.value() = ShortcutManager::defaultShortcut(it.key());
        fillKeyList();
    });

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_keyLabel);
    editRow->addWidget(m_keyEdit, 1);
    editRow->addWidget(m_resetKey);
    editRow->addWidget(m_resetAllKeys);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_keyList, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_conflicts);
    m_keyEdit->setEnabled(false);
    m_resetKey->setEnabled(false);
    return page;
}

QAction *PreferencesDialog::selectedAction() const
{
    const QTreeWidgetItem *item = m_keyList ? m_keyList->currentItem() : nullptr;
    return item ? static_cast<QAction *>(item->data(0, Qt::UserRole).value<QObject *>()) : nullptr;
}

void PreferencesDialog::fillKeyList()
{
    if (!m_keyList)
        return;
    QAction *current = selectedAction();
    m_keyList->clear();
    for (QAction *action : m_shortcuts->actions()) {
        auto *item = new QTreeWidgetItem(m_keyList);
        item->setText(0, action->text().remove(QLatin1Char('&')));
        item->setText(1, m_keys.value(action).toString(QKeySequence::NativeText));
        item->setData(0, Qt::UserRole, QVariant::fromValue<QObject *>(action));
        if (m_keys.value(action) != ShortcutManager::defaultShortcut(action)) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        if (action == current)
            m_keyList->setCurrentItem(item);
    }
    updateConflicts();
}

void PreferencesDialog::setKey(QAction *action, const QKeySequence &key)
{
    if (!m_keys.contains(action))
        return;
    m_keys.insert(action, key);
    fillKeyList();
}

QString PreferencesDialog::conflictText() const
{
    return m_conflicts ? m_conflicts->text() : QString();
}

void PreferencesDialog::updateConflicts()
{
    if (!m_conflicts)
        return;
    QStringList lines;
    for (const QList<QAction *> &group : ShortcutManager::conflicts(m_shortcuts->actions(), m_keys)) {
        QStringList names;
        for (QAction *a : group)
            names.append(a->text().remove(QLatin1Char('&')));
        lines.append(tr("%1 is used by: %2")
                         .arg(m_keys.value(group.first()).toString(QKeySequence::NativeText), names.join(tr(", "))));
    }
    m_conflicts->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(lines.isEmpty() ? QString() : tr("Resolve the key conflicts first"));
}

void PreferencesDialog::apply()
{
    if (m_shortcuts) {
        QHash<QString, QKeySequence> overrides;
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            if (it.value() != ShortcutManager::defaultShortcut(it.key()))
                overrides.insert(it.key()->objectName(), it.value());
        }
        m_settings.setShortcutOverrides(overrides);
    }
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
    m_tabs->setTabText(0, tr("General"));
    if (m_keyList) {
        m_tabs->setTabText(1, tr("Keys"));
        m_keyList->setHeaderLabels({ tr("Action"), tr("Key") });
        m_keyLabel->setText(tr("Key:"));
        m_resetKey->setText(tr("Default"));
        m_resetAllKeys->setText(tr("All Defaults"));
        fillKeyList();
    }
}

} // namespace rwb::app
