#include "importdatasetdialog.h"

#include "exchange/imageformat.h"
#include "project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rwb::exchange {

using namespace rwb::project;

ImportDatasetDialog::ImportDatasetDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("importDatasetDialog"));
    setWindowTitle(tr("Import Dataset"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (const QString &name : ImageFormat::importNames())
        m_format->addItem(ImageFormat::displayName(name), name);
    form->addRow(tr("&Format:"), m_format);
    auto *inputRow = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("input"));
    m_input->setPlaceholderText(tr("The dataset folder, or the annotation file of COCO and CVAT"));
    auto *file = new QPushButton(tr("F&ile…"), this);
    auto *folder = new QPushButton(tr("F&older…"), this);
    auto *read = new QPushButton(tr("&Read Classes"), this);
    read->setObjectName(QStringLiteral("readClasses"));
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(file);
    inputRow->addWidget(folder);
    inputRow->addWidget(read);
    form->addRow(tr("&Dataset:"), inputRow);

    m_info = new QLabel(tr("Read the dataset's classes to map them to the project's."), this);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setHorizontalHeaderLabels({ tr("Class in the dataset"), tr("Class in the project") });
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_mapping, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDatasetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDatasetDialog::reject);
    layout->addWidget(buttons);

    connect(file, &QPushButton::clicked, this, [this] { browse(true); });
    connect(folder, &QPushButton::clicked, this, [this] { browse(false); });
    connect(read, &QPushButton::clicked, this, &ImportDatasetDialog::readClasses);
    resize(640, 440);
}

void ImportDatasetDialog::browse(bool file)
{
    const QString start = m_project.folder().absolutePath();
    const QString path = file ? QFileDialog::getOpenFileName(
                             this, tr("Annotation file"), start, tr("Annotation files (*.json *.xml);;All files (*)"))
                              : QFileDialog::getExistingDirectory(this, tr("Dataset folder"), start);
    if (path.isEmpty())
        return;
    setInput(path);
    readClasses();
}

QString ImportDatasetDialog::format() const
{
    return m_format->currentData().toString();
}

void ImportDatasetDialog::setFormat(const QString &name)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(name)));
}

QString ImportDatasetDialog::input() const
{
    return QDir::fromNativeSeparators(m_input->text().trimmed());
}

void ImportDatasetDialog::setInput(const QString &path)
{
    m_input->setText(QDir::toNativeSeparators(path));
}

bool ImportDatasetDialog::readClasses()
{
    m_error->hide();
    m_mapping->setRowCount(0);
    m_readFor.clear();
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto dataset = ImageFormat::read(format(), input(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!dataset) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    QHash<QString, int> counts;
    for (const DatasetImage &image : dataset->images)
        for (const DatasetLabel &label : image.labels)
            ++counts[label.className];
    QStringList projectClasses;
    for (const LabelClass &c : m_project.labels().classes())
        projectClasses.append(c.name);
    QStringList names = dataset->classes;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!names.contains(it.key()))
            names.append(it.key());
    int unknown = 0;
    for (const QString &name : std::as_const(names)) {
        const int row = m_mapping->rowCount();
        m_mapping->insertRow(row);
        auto *item = new QTableWidgetItem(tr("%1 (%n label(s))", nullptr, counts.value(name)).arg(name));
        item->setData(Qt::UserRole, name);
        m_mapping->setItem(row, 0, item);
        auto *choice = new QComboBox(m_mapping);
        choice->addItem(tr("Add as a new class"), QString());
        for (const QString &c : std::as_const(projectClasses))
            choice->addItem(c, c);
        const int known = choice->findData(name);
        choice->setCurrentIndex(std::max(0, known));
        if (known < 0)
            ++unknown;
        m_mapping->setCellWidget(row, 1, choice);
    }
    m_info->setText(tr("%n image(s) in the dataset.", nullptr, int(dataset->images.size())) + QLatin1Char(' ')
        + tr("%n class(es) the project does not know: add them or map them to existing classes.", nullptr, unknown));
    m_readFor = format() + QLatin1Char('\n') + input();
    return true;
}

QStringList ImportDatasetDialog::datasetClasses() const
{
    QStringList names;
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        names.append(m_mapping->item(row, 0)->data(Qt::UserRole).toString());
    return names;
}

bool ImportDatasetDialog::setMapping(const QString &datasetClass, const QString &projectClass)
{
    const int row = int(datasetClasses().indexOf(datasetClass));
    if (row < 0)
        return false;
    auto *choice = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
    const int index = projectClass.isEmpty() ? 0 : choice->findData(projectClass);
    if (index < 0)
        return false;
    choice->setCurrentIndex(index);
    return true;
}

ImportDatasetJob::Options ImportDatasetDialog::options() const
{
    ImportDatasetJob::Options o;
    o.addUnknownClasses = true;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString from = m_mapping->item(row, 0)->data(Qt::UserRole).toString();
        const QString to = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1))->currentData().toString();
        if (!to.isEmpty() && to != from)
            o.mapping.insert(from, to);
    }
    return o;
}

QString ImportDatasetDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<ImportDatasetJob> ImportDatasetDialog::createJob() const
{
    return std::make_unique<ImportDatasetJob>(m_project.path(), format(), input(), options(), m_project.userId());
}

void ImportDatasetDialog::accept()
{
    // The mapping must belong to this dataset: when the input changed, read it and let the user
    // look at the table before importing.
    if (m_readFor != format() + QLatin1Char('\n') + input()) {
        readClasses();
        return;
    }
    QDialog::accept();
}

} // namespace rwb::exchange
