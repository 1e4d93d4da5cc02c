#include "signalgroupdialog.h"

#include "project/project.h"
#include "timeseries/signalcachebuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace rwb::timeseries {

namespace {
/// A finite number in the user's locale (a decimal comma) or in C notation.
std::optional<double> number(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}
} // namespace

SignalGroupDialog::SignalGroupDialog(const QString &projectFolder, QWidget *parent)
    : QDialog(parent)
    , m_projectFolder(projectFolder)
{
    setWindowTitle(tr("Import Signals Aligned on Time"));
    auto *intro = new QLabel(tr("Files recorded side by side become one asset with every channel on one time axis. "
                                "Give the start of files without clock time (sound recordings), a clock offset, "
                                "or the sampling rate of files without a time column."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Start (UTC, ISO 8601)"), tr("Offset (s)"), tr("Rate (Hz)") });
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StartColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();

    auto *add = new QPushButton(tr("Add Files…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &SignalGroupDialog::browse);
    connect(m_remove, &QPushButton::clicked, this, &SignalGroupDialog::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_reference = new QComboBox(this);
    m_grid = new QComboBox(this);
    m_grid->addItem(tr("Grid of the reference file"), SignalGroup::gridName(SignalGroup::Grid::Reference));
    m_grid->addItem(tr("Every time stamp of every file"), SignalGroup::gridName(SignalGroup::Grid::Union));
    m_fill = new QComboBox(this);
    m_fill->addItem(tr("Hold the last value"), SignalGroup::fillName(SignalGroup::Fill::Hold));
    m_fill->addItem(tr("Interpolate linearly"), SignalGroup::fillName(SignalGroup::Fill::Linear));
    m_span = new QComboBox(this);
    m_span->addItem(
        tr("From the first file's start to the last file's end"), SignalGroup::spanName(SignalGroup::Span::All));
    m_span->addItem(tr("Only the time every file covers"), SignalGroup::spanName(SignalGroup::Span::Overlap));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("name of the group file in the project folder"));
    connect(m_grid, &QComboBox::currentIndexChanged, this,
        [this] { m_reference->setEnabled(m_grid->currentData().toString() == QLatin1String("reference")); });

    auto *form = new QFormLayout;
    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("Time axis:"), m_grid);
    form->addRow(tr("Between samples:"), m_fill);
    form->addRow(tr("Span:"), m_span);
    form->addRow(tr("Name:"), m_name);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(box, &QDialogButtonBox::accepted, this, &SignalGroupDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &SignalGroupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);
    resize(760, 440);
    updateReferences();
}

QString SignalGroupDialog::actionTitle()
{
    return tr("Import Signals Aligned on &Time…");
}

QString SignalGroupDialog::actionStatusTip()
{
    return tr("Several signal files recorded side by side as one asset on one time axis");
}

QStringList SignalGroupDialog::pick(QWidget *parent, const project::Project &project)
{
    SignalGroupDialog dialog(project.folder().absolutePath(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return { dialog.m_written };
}

void SignalGroupDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()));
        item->setData(Qt::UserRole, QFileInfo(file).absoluteFilePath());
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, FileColumn, item);
        for (int c = StartColumn; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
    }
    if (m_name->text().isEmpty() && !files.isEmpty())
        m_name->setText(QFileInfo(files.first()).completeBaseName() + QStringLiteral("-aligned"));
    updateReferences();
}

void SignalGroupDialog::browse()
{
    QStringList patterns;
    for (const QString &s : SignalCacheBuilder::textSuffixes() + SignalCacheBuilder::soundSuffixes())
        patterns << QStringLiteral("*.") + s;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Signal Files"), m_projectFolder,
        tr("Signals (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)"));
    addFiles(files);
}

void SignalGroupDialog::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &i : rows)
        numbers << i.row();
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (int r : numbers)
        m_table->removeRow(r);
    updateReferences();
}

void SignalGroupDialog::updateReferences()
{
    const int previous = m_reference->currentIndex();
    m_reference->clear();
    m_reference->addItem(tr("The file with the finest sampling"), -1);
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_reference->addItem(QFileInfo(m_table->item(r, FileColumn)->data(Qt::UserRole).toString()).fileName(), r);
    m_reference->setCurrentIndex(previous >= 0 && previous < m_reference->count() ? previous : 0);
    m_remove->setEnabled(m_table->rowCount() > 0);
}

void SignalGroupDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString SignalGroupDialog::errorText() const
{
    return m_error->text();
}

std::optional<SignalGroup> SignalGroupDialog::group()
{
    SignalGroup g;
    if (m_table->rowCount() < 2) {
        showError(tr("Add at least two files."));
        return std::nullopt;
    }
    for (int r = 0; r < m_table->rowCount(); ++r) {
        SignalGroup::Member m;
        m.path = m_table->item(r, FileColumn)->data(Qt::UserRole).toString();
        const QString name = QFileInfo(m.path).fileName();
        const QString start = m_table->item(r, StartColumn)->text().trimmed();
        if (!start.isEmpty()) {
            m.startNs = SignalGroup::parseTime(start);
            if (!m.startNs) {
                showError(
                    tr("%1: the start \"%2\" is not a date and time such as 2026-03-02T06:00:00Z.").arg(name, start));
                return std::nullopt;
            }
        }
        const QString offset = m_table->item(r, OffsetColumn)->text().trimmed();
        if (!offset.isEmpty()) {
            const std::optional<double> c = number(offset);
            if (!c) {
                showError(tr("%1: the offset \"%2\" is not a number of seconds.").arg(name, offset));
                return std::nullopt;
            }
            m.offsetNs = qint64(std::llround(*c * 1e9));
        }
        const QString rate = m_table->item(r, RateColumn)->text().trimmed();
        if (!rate.isEmpty()) {
            const std::optional<double> hz = number(rate);
            if (!hz || !(*hz > 0)) {
                showError(tr("%1: the rate \"%2\" is not a positive number of Hz.").arg(name, rate));
                return std::nullopt;
            }
            m.rateHz = *hz;
        }
        g.members.append(m);
    }
    g.reference = m_reference->currentData().toInt();
    g.grid = *SignalGroup::gridFromName(m_grid->currentData().toString());
    g.fill = *SignalGroup::fillFromName(m_fill->currentData().toString());
    g.span = *SignalGroup::spanFromName(m_span->currentData().toString());
    showError({});
    return g;
}

QString SignalGroupDialog::write()
{
    std::optional<SignalGroup> g = group();
    if (!g)
        return {};
    QString name = m_name->text().trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        showError(tr("Give the group a file name (without folders)."));
        return {};
    }
    if (!name.endsWith(QLatin1Char('.') + SignalGroup::suffix()))
        name += QLatin1Char('.') + SignalGroup::suffix();
    const QString path = QDir(m_projectFolder).filePath(name);
    if (QFileInfo::exists(path)) {
        showError(tr("%1 exists already in the project folder; choose another name.").arg(name));
        return {};
    }
    QString error;
    if (!g->write(path, &error)) {
        showError(error);
        return {};
    }
    return path;
}

void SignalGroupDialog::accept()
{
    m_written = write();
    if (!m_written.isEmpty())
        QDialog::accept();
}

} // namespace rwb::timeseries
