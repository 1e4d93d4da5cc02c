#include "graphinspector.h"

#include "knowledge/commands/editedgecommand.h"
#include "knowledge/commands/editnodecommand.h"
#include "knowledge/graphstore.h"
#include "project/commands/storecommand.h"
#include "project/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rwb::knowledge {

namespace {

QStringList splitAliases(const QString &text)
{
    QStringList aliases;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;；]")), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            aliases.append(part.trimmed());
    return aliases;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QString propertyTitle(const PropertyDef &def, bool zh)
{
    QString title = zh ? (def.titleZh.isEmpty() ? def.titleEn : def.titleZh)
                       : (def.titleEn.isEmpty() ? def.titleZh : def.titleEn);
    if (title.isEmpty())
        title = def.name;
    if (!def.unit.isEmpty())
        title += QStringLiteral(" (%1)").arg(def.unit);
    return title;
}

} // namespace

GraphInspector::GraphInspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("GraphInspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_empty = new QLabel(tr("Select a node or an edge to edit it."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(m_empty);

    auto *nodePage = new QWidget(this);
    auto *nodeForm = new QFormLayout(nodePage);
    m_key = new QLineEdit(nodePage);
    m_type = new QComboBox(nodePage);
    m_labelEn = new QLineEdit(nodePage);
    m_labelEn->setObjectName(QStringLiteral("labelEn"));
    m_labelZh = new QLineEdit(nodePage);
    m_labelZh->setObjectName(QStringLiteral("labelZh"));
    m_aliasesEn = new QLineEdit(nodePage);
    m_aliasesZh = new QLineEdit(nodePage);
    m_aliasesEn->setPlaceholderText(tr("separated by ;"));
    m_aliasesZh->setPlaceholderText(tr("separated by ;"));
    nodeForm->addRow(tr("Label (English):"), m_labelEn);
    nodeForm->addRow(tr("Label (Chinese):"), m_labelZh);
    nodeForm->addRow(tr("Aliases (English):"), m_aliasesEn);
    nodeForm->addRow(tr("Aliases (Chinese):"), m_aliasesZh);
    nodeForm->addRow(tr("Type:"), m_type);
    nodeForm->addRow(tr("Key:"), m_key);
    auto *nodeProps = new QGroupBox(tr("Properties"), nodePage);
    m_nodeProperties = new QFormLayout(nodeProps);
    nodeForm->addRow(nodeProps);
    m_pages->addWidget(nodePage);
    for (QLineEdit *edit : { m_key, m_labelEn, m_labelZh, m_aliasesEn, m_aliasesZh })
        connect(edit, &QLineEdit::editingFinished, this, &GraphInspector::applyNode);
    connect(m_type, &QComboBox::activated, this, &GraphInspector::applyNode);

    auto *edgePage = new QWidget(this);
    auto *edgeForm = new QFormLayout(edgePage);
    m_relation = new QComboBox(edgePage);
    m_from = new QLabel(edgePage);
    m_to = new QLabel(edgePage);
    m_confidence = new QDoubleSpinBox(edgePage);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->setRange(-0.01, 1.0);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    m_confidence->setSpecialValueText(tr("not assessed"));
    edgeForm->addRow(tr("Relation:"), m_relation);
    edgeForm->addRow(tr("From:"), m_from);
    edgeForm->addRow(tr("To:"), m_to);
    edgeForm->addRow(tr("Confidence:"), m_confidence);
    auto *edgeProps = new QGroupBox(tr("Properties"), edgePage);
    m_edgeProperties = new QFormLayout(edgeProps);
    edgeForm->addRow(edgeProps);
    m_pages->addWidget(edgePage);
    connect(m_relation, &QComboBox::activated, this, &GraphInspector::applyEdge);
    connect(m_confidence, &QDoubleSpinBox::editingFinished, this, &GraphInspector::applyEdge);
}

void GraphInspector::setEditing(project::Connection *connection, QUndoStack *stack)
{
    m_connection = connection;
    m_stack = stack;
    clear();
}

void GraphInspector::setChinese(bool zh)
{
    m_zh = zh;
    refresh();
}

void GraphInspector::clear()
{
    m_node.reset();
    m_edge.reset();
    m_pages->setCurrentIndex(0);
}

void GraphInspector::showNode(qint64 nodeId)
{
    m_edge.reset();
    m_node.reset();
    if (m_connection && nodeId > 0) {
        GraphStore store(*m_connection);
        m_node = store.node(nodeId);
        m_ontology = store.ontology();
    }
    if (!m_node) {
        clear();
        return;
    }
    m_filling = true;
    m_key->setText(m_node->key);
    m_labelEn->setText(m_node->labelEn);
    m_labelZh->setText(m_node->labelZh);
    m_aliasesEn->setText(m_node->aliasesEn.join(QStringLiteral("; ")));
    m_aliasesZh->setText(m_node->aliasesZh.join(QStringLiteral("; ")));
    m_type->clear();
    for (const NodeType &t : m_ontology.nodeTypes) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(t.color));
        m_type->addItem(QIcon(swatch), t.title(m_zh), t.id);
    }
    m_type->setCurrentIndex(m_type->findData(m_node->typeId));
    buildNodeProperties();
    m_filling = false;
    m_pages->setCurrentIndex(1);
}

void GraphInspector::showEdge(qint64 edgeId)
{
    m_node.reset();
    m_edge.reset();
    std::optional<Node> from;
    std::optional<Node> to;
    if (m_connection && edgeId > 0) {
        GraphStore store(*m_connection);
        m_edge = store.edge(edgeId);
        m_ontology = store.ontology();
        if (m_edge) {
            from = store.node(m_edge->fromId);
            to = store.node(m_edge->toId);
        }
    }
    if (!m_edge) {
        clear();
        return;
    }
    m_filling = true;
    m_relation->clear();
    for (const RelationType &r : m_ontology.relationTypes)
        m_relation->addItem(r.title(m_zh), r.id);
    m_relation->setCurrentIndex(m_relation->findData(m_edge->typeId));
    m_from->setText(from ? from->label(m_zh) : QString());
    m_to->setText(to ? to->label(m_zh) : QString());
    m_confidence->setValue(m_edge->confidence.value_or(-0.01));
    buildEdgeProperties();
    m_filling = false;
    m_pages->setCurrentIndex(2);
}

void GraphInspector::refresh()
{
    if (m_node)
        showNode(m_node->id);
    else if (m_edge)
        showEdge(m_edge->id);
}

/// Calls \a slot when the user has finished with \a editor.
template<typename Slot> static void connectEditor(QWidget *editor, GraphInspector *receiver, Slot slot)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, receiver, slot);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        QObject::connect(spin, &QAbstractSpinBox::editingFinished, receiver, slot);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        QObject::connect(check, &QCheckBox::clicked, receiver, slot);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        QObject::connect(combo, &QComboBox::activated, receiver, slot);
}

static QWidget *makeEditor(const PropertyDef &def, const QJsonValue &value, QWidget *parent)
{
    if (def.type == QLatin1String("int")) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        spin->setSpecialValueText(GraphInspector::tr("unset"));
        spin->setMinimum(std::numeric_limits<int>::min());
        spin->setValue(value.isDouble() ? value.toInt() : spin->minimum());
        return spin;
    }
    if (def.type == QLatin1String("float")) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(3);
        spin->setSpecialValueText(GraphInspector::tr("unset"));
        spin->setValue(value.isDouble() ? value.toDouble() : spin->minimum());
        return spin;
    }
    if (def.type == QLatin1String("bool")) {
        auto *check = new QCheckBox(parent);
        check->setTristate(true);
        check->setCheckState(value.isBool() ? (value.toBool() ? Qt::Checked : Qt::Unchecked) : Qt::PartiallyChecked);
        return check;
    }
    if (def.type == QLatin1String("enum")) {
        auto *combo = new QComboBox(parent);
        combo->addItem(GraphInspector::tr("unset"), QString());
        for (const QString &o : def.options)
            combo->addItem(o, o);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        return combo;
    }
    auto *line = new QLineEdit(parent);
    line->setText(value.toString());
    return line;
}

static QJsonValue readEditor(const PropertyDef &def, QWidget *editor)
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return spin->value() == spin->minimum() ? QJsonValue() : QJsonValue(spin->value());
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        return spin->value() == spin->minimum() ? QJsonValue() : QJsonValue(spin->value());
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->checkState() == Qt::PartiallyChecked ? QJsonValue() : QJsonValue(check->isChecked());
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString().isEmpty() ? QJsonValue() : QJsonValue(combo->currentData().toString());
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().isEmpty() ? QJsonValue() : QJsonValue(line->text());
    Q_UNUSED(def);
    return {};
}

void GraphInspector::buildNodeProperties()
{
    clearForm(m_nodeProperties);
    const NodeType *type = m_ontology.nodeType(m_node->typeId);
    if (!type)
        return;
    for (const PropertyDef &def : type->properties) {
        QWidget *editor = makeEditor(def, m_node->properties.value(def.name), this);
        editor->setProperty("rwbProperty", def.name);
        m_nodeProperties->addRow(propertyTitle(def, m_zh) + QLatin1Char(':'), editor);
        connectEditor(editor, this, &GraphInspector::applyNode);
    }
    if (type->properties.isEmpty())
        m_nodeProperties->addRow(new QLabel(tr("This node type has no properties."), this));
}

void GraphInspector::buildEdgeProperties()
{
    clearForm(m_edgeProperties);
    const RelationType *type = m_ontology.relationType(m_edge->typeId);
    if (!type)
        return;
    for (const PropertyDef &def : type->properties) {
        QWidget *editor = makeEditor(def, m_edge->properties.value(def.name), this);
        editor->setProperty("rwbProperty", def.name);
        m_edgeProperties->addRow(propertyTitle(def, m_zh) + QLatin1Char(':'), editor);
        connectEditor(editor, this, &GraphInspector::applyEdge);
    }
    if (type->properties.isEmpty())
        m_edgeProperties->addRow(new QLabel(tr("This relation type has no properties."), this));
}

QJsonObject GraphInspector::readProperties(
    const QList<PropertyDef> &defs, QFormLayout *form, const QJsonObject &base) const
{
    QJsonObject properties = base;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *item = form->itemAt(row, QFormLayout::FieldRole);
        QWidget *editor = item ? item->widget() : nullptr;
        if (!editor)
            continue;
        const QString name = editor->property("rwbProperty").toString();
        for (const PropertyDef &def : defs) {
            if (def.name != name)
                continue;
            const QJsonValue v = readEditor(def, editor);
            if (v.isNull())
                properties.remove(name);
            else
                properties.insert(name, v);
        }
    }
    return properties;
}

void GraphInspector::applyNode()
{
    if (m_filling || !m_node || !m_connection)
        return;
    Node after = *m_node;
    after.key = m_key->text().trimmed();
    after.labelEn = m_labelEn->text().trimmed();
    after.labelZh = m_labelZh->text().trimmed();
    after.aliasesEn = splitAliases(m_aliasesEn->text());
    after.aliasesZh = splitAliases(m_aliasesZh->text());
    if (m_type->currentIndex() >= 0)
        after.typeId = m_type->currentData().toLongLong();
    if (const NodeType *type = m_ontology.nodeType(m_node->typeId))
        after.properties = readProperties(type->properties, m_nodeProperties, m_node->properties);
    if (after == *m_node)
        return;
    const Node before = *m_node;
    const QString error = project::StoreCommand::pushTo(m_stack, new EditNodeCommand(*m_connection, before, after));
    if (!error.isEmpty())
        emit editFailed(error);
    showNode(before.id);
}

void GraphInspector::applyEdge()
{
    if (m_filling || !m_edge || !m_connection)
        return;
    Edge after = *m_edge;
    if (m_relation->currentIndex() >= 0)
        after.typeId = m_relation->currentData().toLongLong();
    if (m_confidence->value() < 0)
        after.confidence.reset();
    else
        after.confidence = m_confidence->value();
    if (const RelationType *type = m_ontology.relationType(m_edge->typeId))
        after.properties = readProperties(type->properties, m_edgeProperties, m_edge->properties);
    if (after == *m_edge)
        return;
    const Edge before = *m_edge;
    const QString error = project::StoreCommand::pushTo(m_stack, new EditEdgeCommand(*m_connection, before, after));
    if (!error.isEmpty())
        emit editFailed(error);
    showEdge(before.id);
}

} // namespace rwb::knowledge
