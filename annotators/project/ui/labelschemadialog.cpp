#include "labelschemadialog.h"

#include "../commands/addlabelattributecommand.h"
#include "../commands/addlabelclasscommand.h"
#include "../commands/editlabelattributecommand.h"
#include "../commands/editlabelclasscommand.h"
#include "../commands/removelabelattributecommand.h"
#include "../commands/removelabelclasscommand.h"
#include "../labelattribute.h"
#include "../labelclass.h"
#include "../labelschema.h"
#include "../project.h"
#include "../projectsignals.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rwb::project {

namespace {
enum AttributeColumn { NameColumn, TypeColumn, OptionsColumn, DefaultColumn, RequiredColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;

QList<AttributeType> attributeTypes()
{
    return { AttributeType::Bool, AttributeType::Int, AttributeType::Float, AttributeType::Enum, AttributeType::Text };
}

QString typeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Bool:
        return LabelSchemaDialog::tr("Yes/no");
    case AttributeType::Int:
        return LabelSchemaDialog::tr("Integer");
    case AttributeType::Float:
        return LabelSchemaDialog::tr("Number");
    case AttributeType::Enum:
        return LabelSchemaDialog::tr("Choice");
    case AttributeType::Text:
        return LabelSchemaDialog::tr("Text");
    }
    return {};
}

QString defaultText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble());
}

QJsonValue parseDefault(AttributeType type, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue();
    switch (type) {
    case AttributeType::Bool:
        return t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes");
    case AttributeType::Int:
    case AttributeType::Float: {
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(t); // validation names the bad value
    }
    case AttributeType::Enum:
    case AttributeType::Text:
        return t;
    }
    return t;
}

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(color));
    return QIcon(pixmap);
}
} // namespace

LabelSchemaDialog::LabelSchemaDialog(Project &project, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_undo(undoStack)
{
    setWindowTitle(tr("Label Schema"));
    buildUi();
    reload();
    connect(m_project.notifier(), &ProjectSignals::labelSchemaChanged, this, [this] {
        if (!m_loading)
            reload();
    });
}

LabelSchemaDialog::~LabelSchemaDialog() = default;

void LabelSchemaDialog::buildUi()
{
    auto *splitter = new QSplitter(this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_classes = new QTreeWidget(left);
    m_classes->setHeaderLabels({ tr("Class"), tr("Shortcut"), tr("Annotations") });
    m_classes->setRootIsDecorated(true);
    m_classes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    leftLayout->addWidget(m_classes);
    auto *classButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Class"), left);
    m_addChild = new QPushButton(tr("Add Subclass"), left);
    m_removeClass = new QPushButton(tr("Remove"), left);
    classButtons->addWidget(add);
    classButtons->addWidget(m_addChild);
    classButtons->addWidget(m_removeClass);
    leftLayout->addLayout(classButtons);
    connect(add, &QPushButton::clicked, this, &LabelSchemaDialog::addClass);
    connect(m_addChild, &QPushButton::clicked, this, &LabelSchemaDialog::addChildClass);
    connect(m_removeClass, &QPushButton::clicked, this, &LabelSchemaDialog::removeSelectedClass);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *classBox = new QGroupBox(tr("Class"), right);
    auto *form = new QFormLayout(classBox);
    m_name = new QLineEdit(classBox);
    m_titleEn = new QLineEdit(classBox);
    m_titleZh = new QLineEdit(classBox);
    m_color = new QPushButton(classBox);
    m_shortcut = new QKeySequenceEdit(classBox);
    m_parent = new QComboBox(classBox);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("English title:"), m_titleEn);
    form->addRow(tr("Chinese title:"), m_titleZh);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Shortcut:"), m_shortcut);
    form->addRow(tr("Parent class:"), m_parent);
    auto *kinds = new QHBoxLayout;
    for (AssetKind kind : allAssetKinds()) {
        auto *box = new QCheckBox(displayName(kind), classBox);
        box->setProperty("kind", int(kind));
        kinds->addWidget(box);
        m_kinds.append(box);
        connect(box, &QCheckBox::toggled, this, &LabelSchemaDialog::applyClassForm);
    }
    kinds->addStretch();
    form->addRow(tr("Applies to:"), kinds);
    m_shapes = new QListWidget(classBox);
    m_shapes->setFlow(QListView::LeftToRight);
    m_shapes->setWrapping(true);
    m_shapes->setMaximumHeight(80);
    for (const QString &shapeKind : shape::all()) {
        auto *item = new QListWidgetItem(shape::displayName(shapeKind), m_shapes);
        item->setData(Qt::UserRole, shapeKind);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("Shapes (none: all):"), m_shapes);
    m_overlap = new QCheckBox(tr("Labels of this class may overlap (time ranges, text spans)"), classBox);
    m_overlap->setObjectName(QStringLiteral("classOverlap"));
    form->addRow(QString(), m_overlap);
    connect(m_overlap, &QCheckBox::toggled, this, &LabelSchemaDialog::applyClassForm);
    rightLayout->addWidget(classBox);

    for (QLineEdit *edit : { m_name, m_titleEn, m_titleZh })
        connect(edit, &QLineEdit::editingFinished, this, &LabelSchemaDialog::applyClassForm);
    connect(m_shortcut, &QKeySequenceEdit::editingFinished, this, &LabelSchemaDialog::applyClassForm);
    connect(m_parent, &QComboBox::activated, this, &LabelSchemaDialog::applyClassForm);
    connect(m_shapes, &QListWidget::itemChanged, this, &LabelSchemaDialog::applyClassForm);
    connect(m_color, &QPushButton::clicked, this, &LabelSchemaDialog::chooseColor);

    auto *attributeBox = new QGroupBox(tr("Attributes of this class and of all classes"), right);
    auto *attributeLayout = new QVBoxLayout(attributeBox);
    m_attributes = new QTableWidget(0, ColumnCount, attributeBox);
    m_attributes->setHorizontalHeaderLabels(
        { tr("Name"), tr("Type"), tr("Choices (comma-separated)"), tr("Default"), tr("Required") });
    m_attributes->horizontalHeader()->setSectionResizeMode(OptionsColumn, QHeaderView::Stretch);
    m_attributes->verticalHeader()->hide();
    attributeLayout->addWidget(m_attributes);
    auto *attributeButtons = new QHBoxLayout;
    auto *addAttr = new QPushButton(tr("Add Attribute"), attributeBox);
    m_removeAttribute = new QPushButton(tr("Remove Attribute"), attributeBox);
    attributeButtons->addWidget(addAttr);
    attributeButtons->addWidget(m_removeAttribute);
    attributeButtons->addStretch();
    attributeLayout->addLayout(attributeButtons);
    rightLayout->addWidget(attributeBox, 1);
    connect(addAttr, &QPushButton::clicked, this, &LabelSchemaDialog::addAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, &LabelSchemaDialog::removeSelectedAttribute);
    connect(m_attributes, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            applyAttributeRow(item->row());
    });

    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(new QLabel(tr("Changes apply at once and can be undone with Ctrl+Z."), this));
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_classes, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading) {
            loadClassForm();
            loadAttributes();
        }
    });
}

void LabelSchemaDialog::reload()
{
    const std::optional<qint64> selected = selectedClassId();
    m_loading = true;
    m_classes->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    const QList<LabelClass> classes = m_project.labels().classes();
    // Parents may sort after their children: create every item first, then attach.
    for (const LabelClass &c : classes) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, c.title(false) == c.name ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.title(false)));
        item->setIcon(0, swatch(c.color));
        item->setText(1, c.shortcut);
        item->setText(2, QLocale().toString(m_project.labels().annotationCount(c.id)));
        item->setData(0, IdRole, c.id);
        items.insert(c.id, item);
    }
    for (const LabelClass &c : classes) {
        QTreeWidgetItem *parentItem = c.parentId ? items.value(*c.parentId) : nullptr;
        if (parentItem)
            parentItem->addChild(items.value(c.id));
        else
            m_classes->addTopLevelItem(items.value(c.id));
    }
    m_classes->expandAll();
    m_loading = false;
    if (selected && items.contains(*selected))
        m_classes->setCurrentItem(items.value(*selected));
    else if (m_classes->topLevelItemCount() > 0)
        m_classes->setCurrentItem(m_classes->topLevelItem(0));
    loadClassForm();
    loadAttributes();
}

std::optional<qint64> LabelSchemaDialog::selectedClassId() const
{
    const QTreeWidgetItem *item = m_classes->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(0, IdRole).toLongLong();
}

void LabelSchemaDialog::selectClass(qint64 classId)
{
    for (QTreeWidgetItemIterator it(m_classes); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == classId) {
            m_classes->setCurrentItem(*it);
            return;
        }
    }
}

void LabelSchemaDialog::loadClassForm()
{
    const std::optional<qint64> id = selectedClassId();
    const std::optional<LabelClass> c = id ? m_project.labels().classById(*id) : std::nullopt;
    m_loading = true;
    const bool enabled = c.has_value();
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_titleEn, m_titleZh, m_color, m_shortcut, m_parent,
             m_shapes, m_overlap, m_removeClass, m_addChild })
        w->setEnabled(enabled);
    m_name->setText(c ? c->name : QString());
    m_titleEn->setText(c ? c->titleEn : QString());
    m_titleZh->setText(c ? c->titleZh : QString());
    m_colorValue = c ? c->color : QString();
    m_color->setIcon(swatch(c ? c->color : QStringLiteral("#808080")));
    m_color->setText(m_colorValue);
    m_shortcut->setKeySequence(QKeySequence(c ? c->shortcut : QString()));
    m_overlap->setChecked(!c || c->allowOverlap);
    m_parent->clear();
    m_parent->addItem(tr("(none)"), QVariant());
    for (const LabelClass &other : m_project.labels().classes()) {
        if (c && other.id == c->id)
            continue;
        m_parent->addItem(swatch(other.color), other.name, other.id);
        if (c && c->parentId == other.id)
            m_parent->setCurrentIndex(m_parent->count() - 1);
    }
    for (QCheckBox *box : std::as_const(m_kinds)) {
        box->setEnabled(enabled);
        box->setChecked(c && c->assetKinds.contains(AssetKind(box->property("kind").toInt())));
    }
    for (int i = 0; i < m_shapes->count(); ++i) {
        QListWidgetItem *item = m_shapes->item(i);
        item->setCheckState(c && c->shapes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

bool LabelSchemaDialog::push(QUndoCommand *command)
{
    m_loading = true;
    m_undo.push(command);
    m_loading = false;
    const QString error = StoreCommand::takeLastError();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Label Schema"), error);
        reload();
        return false;
    }
    reload();
    return true;
}

void LabelSchemaDialog::applyClassForm()
{
    if (m_loading)
        return;
    const std::optional<qint64> id = selectedClassId();
    const std::optional<LabelClass> before = id ? m_project.labels().classById(*id) : std::nullopt;
    if (!before)
        return;
    LabelClass after = *before;
    after.name = m_name->text().trimmed();
    after.titleEn = m_titleEn->text().trimmed();
    after.titleZh = m_titleZh->text().trimmed();
    after.color = m_colorValue;
    after.shortcut = m_shortcut->keySequence().toString(QKeySequence::PortableText);
    after.allowOverlap = m_overlap->isChecked();
    const QVariant parentId = m_parent->currentData();
    after.parentId = parentId.isValid() ? std::optional<qint64>(parentId.toLongLong()) : std::nullopt;
    after.assetKinds.clear();
    for (QCheckBox *box : std::as_const(m_kinds)) {
        if (box->isChecked())
            after.assetKinds.append(AssetKind(box->property("kind").toInt()));
    }
    after.shapes.clear();
    for (int i = 0; i < m_shapes->count(); ++i) {
        if (m_shapes->item(i)->checkState() == Qt::Checked)
            after.shapes.append(m_shapes->item(i)->data(Qt::UserRole).toString());
    }
    if (after == *before)
        return;
    const QString problem = LabelSchema::validate(after);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Label Schema"), problem);
        loadClassForm();
        return;
    }
    push(new EditLabelClassCommand(m_project.connection(), *before, after));
}

void LabelSchemaDialog::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colorValue), this, tr("Class Colour"));
    if (!chosen.isValid())
        return;
    m_colorValue = chosen.name();
    applyClassForm();
}

QString LabelSchemaDialog::uniqueClassName() const
{
    const QString base = tr("new_class");
    QString name = base;
    for (int n = 2; m_project.labels().classByName(name); ++n)
        name = QStringLiteral("%1_%2").arg(base).arg(n);
    return name;
}

void LabelSchemaDialog::addClass()
{
    LabelClass c;
    c.name = uniqueClassName();
    // A distinct colour per class: walk the hue circle by the golden angle.
    const int index = int(m_project.labels().classes().size());
    c.color = QColor::fromHsv((index * 137) % 360, 200, 230).name();
    auto *command = new AddLabelClassCommand(m_project.connection(), c);
    if (push(command))
        selectClass(command->classId());
    m_name->setFocus();
    m_name->selectAll();
}

void LabelSchemaDialog::addChildClass()
{
    const std::optional<qint64> parentId = selectedClassId();
    if (!parentId)
        return;
    LabelClass c;
    c.name = uniqueClassName();
    c.parentId = parentId;
    if (const auto parent = m_project.labels().classById(*parentId)) {
        c.color = parent->color;
        c.assetKinds = parent->assetKinds;
        c.shapes = parent->shapes;
    }
    auto *command = new AddLabelClassCommand(m_project.connection(), c);
    if (push(command))
        selectClass(command->classId());
}

void LabelSchemaDialog::removeSelectedClass()
{
    const std::optional<qint64> id = selectedClassId();
    if (!id)
        return;
    // The store refuses classes still in use; the command reports why.
    push(new RemoveLabelClassCommand(m_project.connection(), *id));
}

void LabelSchemaDialog::loadAttributes()
{
    m_loading = true;
    m_attributes->setRowCount(0);
    const std::optional<qint64> classId = selectedClassId();
    QList<LabelAttribute> shown = m_project.labels().attributesFor(std::nullopt);
    if (classId)
        shown = m_project.labels().attributesFor(classId);
    for (const LabelAttribute &a : std::as_const(shown)) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        auto *name = new QTableWidgetItem(a.name);
        name->setData(IdRole, a.id);
        name->setToolTip(a.classId ? tr("Only this class") : tr("Every class"));
        if (!a.classId)
            name->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
        m_attributes->setItem(row, NameColumn, name);
        auto *type = new QComboBox(m_attributes);
        for (AttributeType t : attributeTypes())
            type->addItem(typeName(t), int(t));
        type->setCurrentIndex(int(attributeTypes().indexOf(a.type)));
        connect(type, &QComboBox::activated, this, [this, type] {
            for (int r = 0; r < m_attributes->rowCount(); ++r) {
                if (m_attributes->cellWidget(r, TypeColumn) == type)
                    applyAttributeRow(r);
            }
        });
        m_attributes->setCellWidget(row, TypeColumn, type);
        m_attributes->setItem(row, OptionsColumn, new QTableWidgetItem(a.options.join(QStringLiteral(", "))));
        m_attributes->setItem(row, DefaultColumn, new QTableWidgetItem(defaultText(a.defaultValue)));
        auto *required = new QTableWidgetItem;
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        required->setCheckState(a.required ? Qt::Checked : Qt::Unchecked);
        m_attributes->setItem(row, RequiredColumn, required);
    }
    m_removeAttribute->setEnabled(m_attributes->rowCount() > 0);
    m_loading = false;
}

void LabelSchemaDialog::applyAttributeRow(int row)
{
    const QTableWidgetItem *name = m_attributes->item(row, NameColumn);
    if (!name)
        return;
    const std::optional<LabelAttribute> before = m_project.labels().attributeById(name->data(IdRole).toLongLong());
    if (!before)
        return;
    LabelAttribute after = *before;
    after.name = name->text().trimmed();
    if (auto *type = qobject_cast<QComboBox *>(m_attributes->cellWidget(row, TypeColumn)))
        after.type = AttributeType(type->currentData().toInt());
    after.options.clear();
    if (const QTableWidgetItem *options = m_attributes->item(row, OptionsColumn)) {
        for (const QString &option : options->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!option.trimmed().isEmpty())
                after.options.append(option.trimmed());
        }
    }
    if (const QTableWidgetItem *def = m_attributes->item(row, DefaultColumn))
        after.defaultValue = parseDefault(after.type, def->text());
    if (const QTableWidgetItem *required = m_attributes->item(row, RequiredColumn))
        after.required = required->checkState() == Qt::Checked;
    if (after == *before)
        return;
    const QString problem = LabelSchema::validate(after);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Label Schema"), problem);
        loadAttributes();
        return;
    }
    push(new EditLabelAttributeCommand(m_project.connection(), *before, after));
}

void LabelSchemaDialog::addAttribute()
{
    LabelAttribute a;
    a.classId = selectedClassId();
    const QString base = tr("attribute");
    a.name = base;
    QStringList taken;
    for (const LabelAttribute &existing : m_project.labels().attributesFor(a.classId))
        taken.append(existing.name);
    for (int n = 2; taken.contains(a.name); ++n)
        a.name = QStringLiteral("%1_%2").arg(base).arg(n);
    a.type = AttributeType::Text;
    push(new AddLabelAttributeCommand(m_project.connection(), a));
}

void LabelSchemaDialog::removeSelectedAttribute()
{
    const int row = m_attributes->currentRow();
    const QTableWidgetItem *name = row >= 0 ? m_attributes->item(row, NameColumn) : nullptr;
    if (!name)
        return;
    push(new RemoveLabelAttributeCommand(m_project.connection(), name->data(IdRole).toLongLong()));
}

} // namespace rwb::project
