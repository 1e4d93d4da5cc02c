#include "attributeeditor.h"

#include "project/labelschema.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace rwb::project {

namespace {
bool isZh()
{
    return QLocale().language() == QLocale::Chinese;
}

QString titleOf(const LabelAttribute &a)
{
    const QString t = isZh() ? a.titleZh : a.titleEn;
    return t.isEmpty() ? a.name : t;
}
} // namespace

AttributeEditor::AttributeEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("attributeEditorClass"));
    m_provenance = new QLabel(this);
    m_provenance->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_title);
    layout->addWidget(m_class);
    layout->addWidget(m_provenance);
    layout->addLayout(m_form);
    connect(m_class, &QComboBox::activated, this, [this](int index) {
        if (m_building)
            return;
        const QVariant id = m_class->itemData(index);
        emit classChosen(id.isValid() && id.toLongLong() > 0 ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
    });
    rebuild();
}

void AttributeEditor::setProject(Project *project, AssetKind kind)
{
    m_project = project;
    m_kind = kind;
    m_annotations.clear();
    rebuild();
}

void AttributeEditor::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    rebuild();
}

void AttributeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

std::optional<QJsonValue> AttributeEditor::commonValue(const QString &name) const
{
    std::optional<QJsonValue> common;
    for (const Annotation &a : m_annotations) {
        const QJsonValue v = a.attributes.value(name);
        if (!common)
            common = v;
        else if (*common != v)
            return std::nullopt;
    }
    return common;
}

void AttributeEditor::rebuild()
{
    m_building = true;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_title->setText(m_annotations.isEmpty() ? tr("Nothing selected")
                                             : tr("%n annotation(s) selected", nullptr, int(m_annotations.size())));

    m_class->clear();
    m_class->setEnabled(!m_annotations.isEmpty() && m_project);
    std::optional<std::optional<qint64>> commonClass;
    bool mixedClass = false;
    for (const Annotation &a : m_annotations) {
        if (!commonClass)
            commonClass = a.classId;
        else if (*commonClass != a.classId)
            mixedClass = true;
    }
    if (mixedClass)
        m_class->addItem(tr("(several classes)"), QVariant());
    m_class->addItem(tr("(no class)"), QVariant(qint64(0)));
    if (m_project) {
        for (const LabelClass &c : m_project->labels().classes()) {
            if (c.appliesTo(m_kind))
                m_class->addItem(c.title(isZh()), QVariant(c.id));
        }
    }
    if (!mixedClass && commonClass && *commonClass) {
        const int row = m_class->findData(QVariant(**commonClass));
        m_class->setCurrentIndex(std::max(0, row));
    } else {
        m_class->setCurrentIndex(0);
    }

    QString provenance;
    if (m_annotations.size() == 1) {
        const Annotation &a = m_annotations.first();
        switch (a.source) {
        case AnnotationSource::Manual:
            provenance = tr("Drawn by hand");
            break;
        case AnnotationSource::Model:
            provenance = a.confidence ? tr("Model %1, confidence %2").arg(a.sourceRef).arg(*a.confidence, 0, 'f', 2)
                                      : tr("Model %1").arg(a.sourceRef);
            break;
        case AnnotationSource::Import:
            provenance = tr("Imported from %1").arg(a.sourceRef);
            break;
        case AnnotationSource::Rule:
            provenance = tr("Rule %1").arg(a.sourceRef);
            break;
        }
        if (a.state == AnnotationState::Proposed)
            provenance += QStringLiteral(" · ") + tr("proposal, not yet accepted");
        provenance += QStringLiteral(" · ") + tr("revision %1").arg(a.revision);
    }
    m_provenance->setText(provenance);
    m_provenance->setVisible(!provenance.isEmpty());

    if (m_project && !m_annotations.isEmpty()) {
        // Attributes of every selected annotation's class (global ones included), once each.
        QList<LabelAttribute> attributes;
        QStringList seen;
        for (const Annotation &a : std::as_const(m_annotations)) {
            for (const LabelAttribute &attribute : m_project->labels().attributesFor(a.classId)) {
                if (!seen.contains(attribute.name)) {
                    seen.append(attribute.name);
                    attributes.append(attribute);
                }
            }
        }
        for (const LabelAttribute &attribute : std::as_const(attributes)) {
            QString label = titleOf(attribute);
            if (attribute.required)
                label += QStringLiteral(" *");
            m_form->addRow(label, editorFor(attribute, commonValue(attribute.name)));
        }
    }
    m_building = false;
}

QWidget *AttributeEditor::editorFor(const LabelAttribute &attribute, const std::optional<QJsonValue> &value)
{
    const QString name = attribute.name;
    const bool mixed = !value.has_value();
    const QJsonValue v = value.value_or(QJsonValue());
    QWidget *editor = nullptr;
    switch (attribute.type) {
    case AttributeType::Bool: {
        auto *box = new QCheckBox(this);
        box->setTristate(mixed);
        box->setCheckState(mixed ? Qt::PartiallyChecked : (v.toBool() ? Qt::Checked : Qt::Unchecked));
        connect(box, &QCheckBox::clicked, this, [this, name, box](bool on) {
            box->setTristate(false);
            emit attributeEdited(name, on);
        });
        editor = box;
        break;
    }
    case AttributeType::Int: {
        auto *spin = new QSpinBox(this);
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        spin->setSpecialValueText(mixed ? QStringLiteral("—") : QString());
        spin->setValue(v.isDouble() ? v.toInt() : 0);
        connect(
            spin, &QSpinBox::editingFinished, this, [this, name, spin] { emit attributeEdited(name, spin->value()); });
        editor = spin;
        break;
    }
    case AttributeType::Float: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(4);
        spin->setValue(v.isDouble() ? v.toDouble() : 0.0);
        connect(spin, &QDoubleSpinBox::editingFinished, this,
            [this, name, spin] { emit attributeEdited(name, spin->value()); });
        editor = spin;
        break;
    }
    case AttributeType::Enum: {
        auto *combo = new QComboBox(this);
        combo->addItem(mixed ? tr("(several values)") : QStringLiteral("—"), QVariant());
        for (const QString &option : attribute.options)
            combo->addItem(option, option);
        const int row = v.isString() ? combo->findData(v.toString()) : -1;
        combo->setCurrentIndex(std::max(0, row));
        connect(combo, &QComboBox::activated, this, [this, name, combo](int index) {
            const QVariant choice = combo->itemData(index);
            emit attributeEdited(
                name, choice.isValid() ? QJsonValue(choice.toString()) : QJsonValue(QJsonValue::Undefined));
        });
        editor = combo;
        break;
    }
    case AttributeType::Text: {
        auto *line = new QLineEdit(this);
        line->setText(v.toString());
        if (mixed)
            line->setPlaceholderText(tr("(several values)"));
        connect(line, &QLineEdit::editingFinished, this, [this, name, line] {
            if (!line->isModified())
                return;
            line->setModified(false);
            emit attributeEdited(
                name, line->text().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(line->text()));
        });
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("attribute_") + name);
    return editor;
}

} // namespace rwb::project
