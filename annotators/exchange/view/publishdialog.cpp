#include "publishdialog.h"

#include "publishjob.h"

#include "exchange/publishedversion.h"
#include "project/jobs/jobmanager.h"
#include "project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rwb::exchange {

using namespace rwb::project;

namespace {
enum { FolderTarget, GitTarget };
}

PublishDialog::PublishDialog(Project &project, JobManager &jobs, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_jobs(jobs)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish Dataset"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *packageRow = new QHBoxLayout;
    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("package"));
    m_package->setPlaceholderText(tr("A package folder written by File ▸ Export Dataset…"));
    auto *browsePackage = new QPushButton(tr("&Browse…"), this);
    packageRow->addWidget(m_package, 1);
    packageRow->addWidget(browsePackage);
    form->addRow(tr("&Package:"), packageRow);
    m_packageInfo = new QLabel(this);
    m_packageInfo->setObjectName(QStringLiteral("packageInfo"));
    form->addRow(QString(), m_packageInfo);

    auto *targetRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("targetKind"));
    m_kind->addItem(tr("Folder"));
    m_kind->addItem(tr("Git remote"));
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_browseTarget = new QPushButton(tr("B&rowse…"), this);
    targetRow->addWidget(m_kind);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browseTarget);
    form->addRow(tr("Publish &to:"), targetRow);

    layout->addWidget(new QLabel(tr("Versions already published:"), this));
    m_versions = new QTableWidget(0, 5, this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setHorizontalHeaderLabels({ tr("Name"), tr("Version"), tr("Published"), tr("Where"), tr("Listed by") });
    m_versions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_versions, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publish"));
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    layout->addWidget(buttons);

    connect(browsePackage, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Dataset package"), m_project.folder().absolutePath());
        if (!folder.isEmpty())
            setPackage(folder);
    });
    connect(m_browseTarget, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Shared dataset folder"));
        if (!folder.isEmpty())
            m_target->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_browseTarget->setEnabled(kind == FolderTarget);
        m_target->setPlaceholderText(kind == FolderTarget ? tr("A local or mounted shared folder")
                                                          : tr("e.g. https://git.example.org/datasets.git"));
        refreshVersions();
    });
    connect(m_package, &QLineEdit::editingFinished, this, [this] { setPackage(m_package->text()); });
    connect(m_target, &QLineEdit::editingFinished, this, &PublishDialog::refreshVersions);
    m_target->setPlaceholderText(tr("A local or mounted shared folder"));
    refreshVersions();
    resize(720, 420);
}

PublishDialog::~PublishDialog()
{
    // ~QDialog hides the dialog, and the focus leaving a line edit must not reach this part of it.
    m_package->disconnect(this);
    m_target->disconnect(this);
}

void PublishDialog::setPackage(const QString &folder)
{
    m_package->setText(QDir::toNativeSeparators(folder));
    QFile file(QDir(QDir::fromNativeSeparators(folder)).filePath(QStringLiteral("manifest.json")));
    m_name.clear();
    m_version = 0;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        m_name = manifest.value(QLatin1String("name")).toString();
        m_version = manifest.value(QLatin1String("version")).toInt();
    }
    m_packageInfo->setText(m_name.isEmpty() ? tr("No manifest.json: not a dataset package.")
                                            : tr("%1, version %2").arg(m_name).arg(m_version));
    refreshVersions();
}

void PublishDialog::setTarget(const QString &target)
{
    if (target.startsWith(QLatin1String("git:"))) {
        m_kind->setCurrentIndex(GitTarget);
        m_target->setText(target.mid(4));
    } else {
        m_kind->setCurrentIndex(FolderTarget);
        m_target->setText(
            QDir::toNativeSeparators(target.startsWith(QLatin1String("folder:")) ? target.mid(7) : target));
    }
    refreshVersions();
}

QString PublishDialog::target() const
{
    const QString text = m_target->text().trimmed();
    if (text.isEmpty())
        return {};
    return m_kind->currentIndex() == GitTarget ? QStringLiteral("git:") + text
                                               : QStringLiteral("folder:") + QDir::fromNativeSeparators(text);
}

QString PublishDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int PublishDialog::versionCount() const
{
    return m_versions->rowCount();
}

void PublishDialog::refreshVersions()
{
    m_versions->setRowCount(0);
    auto addRow
        = [this](const QString &name, int version, const QString &when, const QString &where, const QString &source) {
              const int row = m_versions->rowCount();
              m_versions->insertRow(row);
              const QStringList cells { name, QString::number(version), when, where, source };
              for (int c = 0; c < cells.size(); ++c)
                  m_versions->setItem(row, c, new QTableWidgetItem(cells[c]));
          };
    for (const PublishedVersion &v : PublishedVersion::list(m_project.connection()))
        addRow(v.name, v.version, v.published, v.location, tr("this project"));
    // A folder's index lists what others published there too.
    if (m_kind->currentIndex() == FolderTarget && !m_name.isEmpty() && !m_target->text().trimmed().isEmpty()) {
        const QDir base(QDir(QDir::fromNativeSeparators(m_target->text().trimmed())).filePath(m_name));
        QFile index(base.filePath(QStringLiteral("index.json")));
        if (index.open(QIODevice::ReadOnly)) {
            const QJsonArray versions
                = QJsonDocument::fromJson(index.readAll()).object().value(QLatin1String("versions")).toArray();
            for (const QJsonValue &value : versions) {
                const QJsonObject v = value.toObject();
                addRow(m_name, v.value(QLatin1String("version")).toInt(), v.value(QLatin1String("created")).toString(),
                    QDir::toNativeSeparators(base.filePath(v.value(QLatin1String("path")).toString())),
                    tr("the folder's index"));
            }
        }
    }
    m_versions->resizeColumnsToContents();
}

void PublishDialog::publish()
{
    m_error->hide();
    QString problem;
    if (m_package->text().trimmed().isEmpty())
        problem = tr("Choose the package folder to publish.");
    else if (target().isEmpty())
        problem = tr("Choose where to publish: a folder or a git URL.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_publish->setEnabled(false);
    m_job = m_jobs.start(std::make_unique<PublishJob>(
        m_project.path(), QDir::fromNativeSeparators(m_package->text().trimmed()), target(), m_project.userId()));
    m_handled = false;
    connect(m_job, &Job::finished, this, &PublishDialog::jobFinished, Qt::QueuedConnection);
    // It may have ended before the connection was made.
    const Job::State state = m_job->state();
    if (state != Job::State::Pending && state != Job::State::Running)
        QMetaObject::invokeMethod(this, &PublishDialog::jobFinished, Qt::QueuedConnection);
}

void PublishDialog::jobFinished()
{
    if (m_handled || !m_job)
        return;
    m_handled = true;
    m_publish->setEnabled(true);
    if (m_job->state() == Job::State::Finished) {
        accept();
        return;
    }
    m_error->setText(m_job->state() == Job::State::Cancelled ? tr("Publishing was cancelled; nothing was published.")
                                                             : m_job->failureMessage());
    m_error->show();
    refreshVersions();
}

} // namespace rwb::exchange
