#include "exportdatasetdialog.h"

#include "exchange/exportjob.h"
#include "exchange/imageformat.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpacerItem>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace rwb::exchange {

using namespace rwb::project;

namespace {

QListWidget *checkList(QWidget *parent, const QString &objectName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setMinimumHeight(72);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QVariant &data, bool checked = true)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

/// The data of the checked items; empty when all are checked ("all" in DatasetSelection).
QList<QVariant> checkedData(const QListWidget *list, bool emptyWhenAll = true)
{
    QList<QVariant> data;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            data.append(list->item(i)->data(Qt::UserRole));
    if (emptyWhenAll && data.size() == list->count())
        return {};
    return data;
}

/// A row whose field is a layout: QFormLayout makes no buddy then, so the label's '&' would show.
void addRow(QFormLayout *form, QWidget *parent, const QString &text, QLayout *field, QWidget *buddy)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    form->addRow(label, field);
}

/// Tall enough for every row, no taller.
void fitRows(QListWidget *list)
{
    const int height = list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth() + 4;
    list->setMinimumHeight(std::min(height, 160));
    list->setMaximumHeight(height);
}

} // namespace

ExportDatasetDialog::ExportDatasetDialog(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
{
    setObjectName(QStringLiteral("exportDatasetDialog"));
    setWindowTitle(tr("Export Dataset"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    // What and where.
    auto *general = new QWidget(m_tabs);
    auto *form = new QFormLayout(general);
    m_format = new QComboBox(general);
    m_format->setObjectName(QStringLiteral("format"));
    for (const QString &name : ImageFormat::exportNames())
        m_format->addItem(ImageFormat::displayName(name), name);
    m_format->addItem(tr("Dataset package (several formats, splits, manifest, card)"), Package);
    form->addRow(tr("&Format:"), m_format);
    m_images = new QComboBox(general);
    m_images->setObjectName(QStringLiteral("images"));
    m_images->addItem(tr("Linked (hard links where possible)"), QVariant::fromValue(int(DatasetWriter::Images::Link)));
    m_images->addItem(tr("Copied"), QVariant::fromValue(int(DatasetWriter::Images::Copy)));
    m_images->addItem(tr("Left out (labels only)"), QVariant::fromValue(int(DatasetWriter::Images::None)));
    form->addRow(tr("&Images:"), m_images);
    auto *targetRow = new QHBoxLayout;
    m_target = new QLineEdit(general);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("A new folder"));
    auto *browse = new QPushButton(tr("&Browse…"), general);
    connect(browse, &QPushButton::clicked, this, &ExportDatasetDialog::browseTarget);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    addRow(form, general, tr("&Target folder:"), targetRow, m_target);
    auto *note = new QLabel(tr("The folder must not exist yet; it is written completely or not at all."), general);
    note->setWordWrap(true);
    note->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    form->addRow(QString(), note);
    m_packageFormats = checkList(general, QStringLiteral("packageFormats"));
    for (const QString &name : ImageFormat::exportNames())
        addCheckItem(m_packageFormats, ImageFormat::displayName(name), name, name == QLatin1String("coco"));
    fitRows(m_packageFormats);
    form->addRow(tr("Package &formats:"), m_packageFormats);
    auto *parts = new QHBoxLayout;
    m_timeSeries = new QCheckBox(tr("Time series"), general);
    m_timeSeries->setObjectName(QStringLiteral("timeSeries"));
    m_documents = new QCheckBox(tr("Documents"), general);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_knowledge = new QCheckBox(tr("Knowledge graph"), general);
    m_knowledge->setObjectName(QStringLiteral("knowledge"));
    for (QCheckBox *box : { m_timeSeries, m_documents, m_knowledge }) {
        box->setChecked(true);
        parts->addWidget(box);
    }
    parts->addStretch();
    addRow(form, general, tr("Package &parts:"), parts, m_timeSeries);
    m_generalForm = form;
    m_parts = parts;
    form->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
    m_tabs->addTab(general, tr("Format"));

    // What goes in.
    auto *selection = new QWidget(m_tabs);
    auto *sform = new QFormLayout(selection);
    m_reviewedOnly = new QCheckBox(tr("Only accepted or done assets (reviewed)"), selection);
    m_reviewedOnly->setObjectName(QStringLiteral("reviewedOnly"));
    sform->addRow(QString(), m_reviewedOnly);
    m_classes = checkList(selection, QStringLiteral("classes"));
    for (const LabelClass &c : project.labels().classes())
        addCheckItem(m_classes, c.name, c.name);
    sform->addRow(tr("&Classes:"), m_classes);
    m_annotators = checkList(selection, QStringLiteral("annotators"));
    for (const User &u : project.users().all())
        addCheckItem(m_annotators, u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    sform->addRow(tr("&Annotators:"), m_annotators);
    m_kinds = checkList(selection, QStringLiteral("kinds"));
    for (AssetKind kind : { AssetKind::Image, AssetKind::TimeSeries, AssetKind::Document })
        addCheckItem(m_kinds, displayName(kind), int(kind));
    fitRows(m_kinds);
    fitRows(m_annotators);
    sform->addRow(tr("Asset &kinds:"), m_kinds);
    m_selectionForm = sform;
    auto *dates = new QHBoxLayout;
    m_useDates = new QCheckBox(tr("Labeled between"), selection);
    m_useDates->setObjectName(QStringLiteral("useDates"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), selection);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(QDate::currentDate(), selection);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("and"), selection));
    dates->addWidget(m_to);
    dates->addStretch();
    addRow(sform, selection, tr("&Dates:"), dates, m_useDates);
    m_proposals = new QCheckBox(tr("Include model proposals not yet accepted"), selection);
    m_proposals->setObjectName(QStringLiteral("proposals"));
    sform->addRow(QString(), m_proposals);
    m_tabs->addTab(selection, tr("Selection"));

    // Splits (packages).
    auto *splits = new QWidget(m_tabs);
    auto *pform = new QFormLayout(splits);
    m_keepSplits = new QRadioButton(tr("Keep the splits the assets have (others are dealt anew)"), splits);
    m_keepSplits->setObjectName(QStringLiteral("keepSplits"));
    m_resplit = new QRadioButton(tr("Split everything anew"), splits);
    m_resplit->setObjectName(QStringLiteral("resplit"));
    m_keepSplits->setChecked(true);
    pform->addRow(QString(), m_keepSplits);
    pform->addRow(QString(), m_resplit);
    const DatasetSplitter::Options defaults;
    auto ratio = [&](double value, const char *name) {
        auto *box = new QDoubleSpinBox(splits);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, 1);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        box->setValue(value);
        return box;
    };
    m_train = ratio(defaults.train, "train");
    m_val = ratio(defaults.val, "val");
    m_test = ratio(defaults.test, "test");
    auto *ratios = new QHBoxLayout;
    ratios->addWidget(new QLabel(tr("Train"), splits));
    ratios->addWidget(m_train);
    ratios->addWidget(new QLabel(tr("Validation"), splits));
    ratios->addWidget(m_val);
    ratios->addWidget(new QLabel(tr("Test"), splits));
    ratios->addWidget(m_test);
    ratios->addStretch();
    addRow(pform, splits, tr("&Ratios:"), ratios, m_train);
    m_grouping = new QComboBox(splits);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->addItem(
        tr("By sequence (frames of one recording stay together)"), int(DatasetSplitter::Grouping::Sequence));
    m_grouping->addItem(tr("By source folder"), int(DatasetSplitter::Grouping::Folder));
    m_grouping->addItem(tr("None (each asset alone)"), int(DatasetSplitter::Grouping::None));
    pform->addRow(tr("&Grouping:"), m_grouping);
    m_seed = new QSpinBox(splits);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(defaults.seed));
    m_seed->setMaximumWidth(140);
    pform->addRow(tr("&Seed:"), m_seed);
    auto *stratified = new QLabel(
        tr("Splits are stratified by class: each split gets its share of every class. The same seed gives the same "
           "splits."),
        splits);
    stratified->setWordWrap(true);
    pform->addRow(QString(), stratified);
    pform->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
    m_tabs->addTab(splits, tr("Splits"));

    // The dataset card.
    auto *card = new QWidget(m_tabs);
    auto *cform = new QFormLayout(card);
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(project.name());
    cform->addRow(tr("&Name:"), m_name);
    m_version = new QSpinBox(card);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setRange(1, 1000000);
    m_version->setMaximumWidth(140);
    cform->addRow(tr("&Version:"), m_version);
    m_licence = new QComboBox(card);
    m_licence->setObjectName(QStringLiteral("licence"));
    m_licence->setEditable(true);
    m_licence->addItems({ QStringLiteral("proprietary"), QStringLiteral("CC-BY-4.0"), QStringLiteral("CC-BY-SA-4.0"),
        QStringLiteral("CC0-1.0") });
    cform->addRow(tr("&Licence:"), m_licence);
    m_purpose = new QPlainTextEdit(card);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setPlaceholderText(tr("What the dataset is for, e.g. training a defect detector for the strip line"));
    cform->addRow(tr("&Purpose:"), m_purpose);
    m_collection = new QPlainTextEdit(card);
    m_collection->setObjectName(QStringLiteral("collection"));
    m_collection->setPlaceholderText(tr("How the data was collected"));
    cform->addRow(tr("&Collection:"), m_collection);
    m_tabs->addTab(card, tr("Card"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDatasetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDatasetDialog::reject);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDatasetDialog::updateEnabled);
    connect(m_useDates, &QCheckBox::toggled, this, &ExportDatasetDialog::updateEnabled);
    connect(m_resplit, &QRadioButton::toggled, this, &ExportDatasetDialog::updateEnabled);
    updateEnabled();
    resize(sizeHint().expandedTo(QSize(620, 480)));
}

void ExportDatasetDialog::updateEnabled()
{
    const bool package = format() == Package;
    m_generalForm->setRowVisible(m_packageFormats, package);
    m_generalForm->setRowVisible(m_parts, package);
    // An image format holds images only.
    m_selectionForm->setRowVisible(m_kinds, package);
    m_tabs->setTabEnabled(2, package);
    m_tabs->setTabEnabled(3, package);
    m_from->setEnabled(m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isChecked());
}

void ExportDatasetDialog::browseTarget()
{
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Folder to create the dataset in"), m_project.folder().absolutePath());
    if (parent.isEmpty())
        return;
    const QString base = m_name->text().isEmpty() ? m_project.name() : m_name->text();
    QString suffix = format() == Package ? QStringLiteral("-v%1").arg(m_version->value()) : QLatin1Char('-') + format();
    setTarget(QDir(parent).filePath(QString(base + suffix).replace(QLatin1Char(' '), QLatin1Char('_'))));
}

QString ExportDatasetDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDatasetDialog::setFormat(const QString &name)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(name)));
}

QString ExportDatasetDialog::target() const
{
    return m_target->text().trimmed();
}

void ExportDatasetDialog::setTarget(const QString &folder)
{
    m_target->setText(QDir::toNativeSeparators(folder));
}

DatasetWriter::Images ExportDatasetDialog::images() const
{
    return DatasetWriter::Images(m_images->currentData().toInt());
}

DatasetSelection ExportDatasetDialog::selection() const
{
    DatasetSelection s;
    if (m_reviewedOnly->isChecked())
        s.statuses = DatasetSelection::reviewedOnly().statuses;
    for (const QVariant &v : checkedData(m_classes))
        s.classes.append(v.toString());
    for (const QVariant &v : checkedData(m_annotators))
        s.annotators.append(v.toLongLong());
    if (format() == Package)
        for (const QVariant &v : checkedData(m_kinds))
            s.kinds.append(AssetKind(v.toInt()));
    if (m_useDates->isChecked()) {
        s.from = m_from->date().toString(Qt::ISODate);
        s.to = m_to->date().toString(Qt::ISODate);
    }
    s.includeProposed = m_proposals->isChecked();
    return s;
}

PackageOptions ExportDatasetDialog::packageOptions() const
{
    PackageOptions o;
    o.name = m_name->text().trimmed();
    o.version = m_version->value();
    o.formats.clear();
    for (const QVariant &v : checkedData(m_packageFormats, false))
        o.formats.append(v.toString());
    o.selection = selection();
    o.splits.train = m_train->value();
    o.splits.val = m_val->value();
    o.splits.test = m_test->value();
    o.splits.seed = quint64(m_seed->value());
    o.splits.grouping = DatasetSplitter::Grouping(m_grouping->currentData().toInt());
    o.splits.resplit = m_resplit->isChecked();
    o.images = images();
    o.licence = m_licence->currentText().trimmed();
    o.purpose = m_purpose->toPlainText().trimmed();
    o.collection = m_collection->toPlainText().trimmed();
    o.timeSeries = m_timeSeries->isChecked();
    o.documents = m_documents->isChecked();
    o.knowledge = m_knowledge->isChecked();
    return o;
}

std::unique_ptr<Job> ExportDatasetDialog::createJob() const
{
    const QString folder = QDir::fromNativeSeparators(target());
    if (format() == Package)
        return std::make_unique<PackageBuilder>(m_project.path(), packageOptions(), folder);
    return std::make_unique<ExportJob>(m_project.path(), format(), selection(), folder, images());
}

QString ExportDatasetDialog::summary(const Job *job)
{
    QStringList warnings;
    if (const auto *e = qobject_cast<const ExportJob *>(job))
        warnings = e->warnings();
    else if (const auto *p = qobject_cast<const PackageBuilder *>(job))
        warnings = p->warnings();
    warnings.removeDuplicates();
    if (warnings.isEmpty())
        return {};
    return tr("What the export could not express or left out:") + QStringLiteral("\n• ")
        + warnings.join(QStringLiteral("\n• "));
}

void ExportDatasetDialog::accept()
{
    QString problem;
    if (target().isEmpty())
        problem = tr("Choose the folder to write the dataset to.");
    else if (QFileInfo::exists(QDir::fromNativeSeparators(target())))
        problem = tr("%1 exists already; an export never overwrites. Choose a new folder.").arg(target());
    else if (format() == Package && packageOptions().formats.isEmpty()
        && !(m_timeSeries->isChecked() || m_documents->isChecked() || m_knowledge->isChecked()))
        problem = tr("Choose at least one format or part for the package.");
    else if (format() == Package && std::abs(m_train->value() + m_val->value() + m_test->value() - 1.0) > 1e-6)
        problem = tr("The split ratios must add up to 1 (now %1).")
                      .arg(m_train->value() + m_val->value() + m_test->value(), 0, 'f', 2);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

} // namespace rwb::exchange
