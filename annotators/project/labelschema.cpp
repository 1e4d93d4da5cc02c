#include "labelschema.h"

#include "annotation.h"

#include "auditlog.h"
#include "connection.h"
#include "jsonutil.h"
#include "projectsignals.h"
#include "statement.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace rwb::project {

namespace {

constexpr const char *kClassColumns
    = "id, parent_id, name, title_en, title_zh, color, shortcut, asset_kinds, shapes, knowledge_node, sort_order,"
      " overlap";
constexpr const char *kAttributeColumns
    = "id, class_id, name, title_en, title_zh, type, options, default_value, required, sort_order";

LabelClass readClass(const Statement &s)
{
    LabelClass c;
    c.id = s.int64(0);
    c.parentId = s.optionalInt64(1);
    c.name = s.text(2);
    c.titleEn = s.text(3);
    c.titleZh = s.text(4);
    c.color = s.text(5);
    c.shortcut = s.text(6);
    for (const QString &k : s.text(7).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto kind = assetKindFromString(k))
            c.assetKinds.append(*kind);
    }
    c.shapes = s.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.knowledgeNode = s.optionalInt64(9);
    c.sortOrder = s.int32(10);
    c.allowOverlap = s.int32(11) != 0;
    return c;
}

LabelAttribute readAttribute(const Statement &s)
{
    LabelAttribute a;
    a.id = s.int64(0);
    a.classId = s.optionalInt64(1);
    a.name = s.text(2);
    a.titleEn = s.text(3);
    a.titleZh = s.text(4);
    a.type = attributeTypeFromString(s.text(5)).value_or(AttributeType::Text);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.utf8(6)).array())
        a.options.append(v.toString());
    if (!s.isNull(7)) {
        // Stored as a JSON value; wrap it to parse scalars.
        const QJsonArray wrapped = QJsonDocument::fromJson("[" + s.utf8(7) + "]").array();
        a.defaultValue = wrapped.isEmpty() ? QJsonValue() : wrapped.first();
    }
    a.required = s.int64(8) != 0;
    a.sortOrder = s.int32(9);
    return a;
}

QString joinKinds(const QList<AssetKind> &kinds)
{
    QStringList out;
    for (AssetKind k : kinds)
        out.append(toString(k));
    return out.join(QLatin1Char(','));
}

QByteArray jsonValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    QByteArray text = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void bindClass(Statement &s, const LabelClass &c)
{
    s.bind(2, c.parentId).bind(3, c.name).bindOptional(4, c.titleEn).bindOptional(5, c.titleZh).bind(6, c.color);
    s.bindOptional(7, c.shortcut).bind(8, joinKinds(c.assetKinds)).bind(9, c.shapes.join(QLatin1Char(',')));
    s.bind(10, c.knowledgeNode).bind(11, qint64(c.sortOrder)).bind(12, qint64(c.allowOverlap ? 1 : 0));
}

void bindAttribute(Statement &s, const LabelAttribute &a)
{
    s.bind(2, a.classId).bind(3, a.name).bindOptional(4, a.titleEn).bindOptional(5, a.titleZh);
    s.bind(6, toString(a.type))
        .bind(7, QJsonDocument(QJsonArray::fromStringList(a.options)).toJson(QJsonDocument::Compact));
    s.bind(8, jsonValue(a.defaultValue)).bind(9, qint64(a.required ? 1 : 0)).bind(10, qint64(a.sortOrder));
}

} // namespace

LabelSchema::LabelSchema(Connection &connection)
    : m_connection(connection)
{ }

void LabelSchema::notify()
{
    if (m_connection.notifier())
        emit m_connection.notifier()->labelSchemaChanged();
}

QString LabelSchema::validate(const LabelClass &c)
{
    static const QRegularExpression namePattern(
        QStringLiteral("^[\\w][\\w.\\- ]*$"), QRegularExpression::UseUnicodePropertiesOption);
    if (c.name.trimmed().isEmpty())
        return QCoreApplication::translate("rwb::project::LabelSchema", "a label class needs a name");
    if (!namePattern.match(c.name).hasMatch())
        return QCoreApplication::translate("rwb::project::LabelSchema",
            "label class name \"%1\" may only hold letters, digits, spaces, '_', '-' and '.'")
            .arg(c.name);
    if (!QColor::isValidColorName(c.color))
        return QCoreApplication::translate("rwb::project::LabelSchema", "\"%1\" is not a colour (use #rrggbb)")
            .arg(c.color);
    if (c.parentId && *c.parentId == c.id && c.id != 0)
        return QCoreApplication::translate("rwb::project::LabelSchema", "label class \"%1\" cannot be its own parent")
            .arg(c.name);
    for (const QString &s : c.shapes) {
        if (!shape::all().contains(s))
            return QCoreApplication::translate("rwb::project::LabelSchema", "unknown shape \"%1\" (known: %2)")
                .arg(s, shape::all().join(QLatin1String(", ")));
    }
    return {};
}

QString LabelSchema::validate(const LabelAttribute &a)
{
    if (a.name.trimmed().isEmpty())
        return QCoreApplication::translate("rwb::project::LabelSchema", "an attribute needs a name");
    if (a.type == AttributeType::Enum && a.options.isEmpty())
        return QCoreApplication::translate(
            "rwb::project::LabelSchema", "enum attribute \"%1\" needs at least one option")
            .arg(a.name);
    if (QStringList(a.options).removeDuplicates() != 0)
        return QCoreApplication::translate("rwb::project::LabelSchema", "attribute \"%1\" lists an option twice")
            .arg(a.name);
    if (!a.defaultValue.isNull() && !a.defaultValue.isUndefined()) {
        LabelAttribute probe = a;
        probe.required = false;
        const QString problem = probe.validate(a.defaultValue);
        if (!problem.isEmpty())
            return QCoreApplication::translate("rwb::project::LabelSchema", "default value: %1").arg(problem);
    }
    return {};
}

QList<LabelClass> LabelSchema::classes() const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM label_classes ORDER BY sort_order, name").arg(QLatin1String(kClassColumns)));
    QList<LabelClass> out;
    while (s.step())
        out.append(readClass(s));
    return out;
}

std::optional<LabelClass> LabelSchema::classById(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM label_classes WHERE id = ?1").arg(QLatin1String(kClassColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readClass(s);
}

std::optional<LabelClass> LabelSchema::classByName(const QString &name) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM label_classes WHERE name = ?1").arg(QLatin1String(kClassColumns)));
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    return readClass(s);
}

qint64 LabelSchema::addClass(LabelClass &c)
{
    const QString problem = validate(c);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    if (classByName(c.name))
        throw StoreError(StoreError::Code::Constraint,
            QCoreApplication::translate("rwb::project::LabelSchema", "a label class named \"%1\" already exists")
                .arg(c.name));
    if (c.parentId && !classById(*c.parentId))
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::LabelSchema", "parent class %1 does not exist")
                .arg(*c.parentId));
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(
        "INSERT INTO label_classes (id, parent_id, name, title_en, title_zh, color, shortcut, asset_kinds, shapes,"
        " knowledge_node, sort_order, overlap) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (c.id > 0)
        s.bind(1, c.id);
    else
        s.bindNull(1);
    bindClass(s, c);
    s.run();
    c.id = m_connection.db().lastInsertId();
    AuditLog(m_connection).record(QStringLiteral("label_class"), c.id, QStringLiteral("insert"), {}, c.toJson());
    tx.commit();
    notify();
    return c.id;
}

void LabelSchema::updateClass(const LabelClass &c)
{
    const QString problem = validate(c);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    const std::optional<LabelClass> before = classById(c.id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::LabelSchema", "label class %1 does not exist").arg(c.id));
    if (const auto other = classByName(c.name); other && other->id != c.id)
        throw StoreError(StoreError::Code::Constraint,
            QCoreApplication::translate("rwb::project::LabelSchema", "a label class named \"%1\" already exists")
                .arg(c.name));
    // A class may not end up below itself.
    for (std::optional<qint64> p = c.parentId; p;) {
        if (*p == c.id)
            throw StoreError(StoreError::Code::Constraint,
                QCoreApplication::translate(
                    "rwb::project::LabelSchema", "label class \"%1\" cannot be placed below its own descendant")
                    .arg(c.name));
        const std::optional<LabelClass> parent = classById(*p);
        p = parent ? parent->parentId : std::nullopt;
    }
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(
        "UPDATE label_classes SET parent_id = ?2, name = ?3, title_en = ?4, title_zh = ?5, color = ?6, shortcut = ?7,"
        " asset_kinds = ?8, shapes = ?9, knowledge_node = ?10, sort_order = ?11, overlap = ?12 WHERE id = ?1");
    s.bind(1, c.id);
    bindClass(s, c);
    s.run();
    AuditLog(m_connection)
        .record(QStringLiteral("label_class"), c.id, QStringLiteral("update"), before->toJson(), c.toJson());
    tx.commit();
    notify();
}

qint64 LabelSchema::annotationCount(qint64 classId) const
{
    Statement s = m_connection.db().prepare("SELECT count(*) FROM annotations WHERE class_id = ?1");
    s.bind(1, classId);
    s.step();
    return s.int64(0);
}

void LabelSchema::removeClass(qint64 id)
{
    const std::optional<LabelClass> before = classById(id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::LabelSchema", "label class %1 does not exist").arg(id));
    if (const qint64 n = annotationCount(id); n > 0)
        throw StoreError(StoreError::Code::Constraint,
            QCoreApplication::translate("rwb::project::LabelSchema",
                "label class \"%1\" is used by %2 annotation(s); change or delete them first")
                .arg(before->name)
                .arg(n));
    Statement children = m_connection.db().prepare("SELECT count(*) FROM label_classes WHERE parent_id = ?1");
    children.bind(1, id);
    children.step();
    if (children.int64(0) > 0)
        throw StoreError(StoreError::Code::Constraint,
            QCoreApplication::translate(
                "rwb::project::LabelSchema", "label class \"%1\" has subclasses; move or delete them first")
                .arg(before->name));
    Transaction tx(m_connection.db());
    // Attributes owned by the class are removed with it; record them so undo can restore them.
    for (const LabelAttribute &a : attributes()) {
        if (a.classId == id)
            AuditLog(m_connection)
                .record(QStringLiteral("label_attribute"), a.id, QStringLiteral("delete"), a.toJson(), {});
    }
    Statement s = m_connection.db().prepare("DELETE FROM label_classes WHERE id = ?1");
    s.bind(1, id).run();
    AuditLog(m_connection).record(QStringLiteral("label_class"), id, QStringLiteral("delete"), before->toJson(), {});
    tx.commit();
    notify();
}

QList<LabelAttribute> LabelSchema::attributes() const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM label_attributes ORDER BY ifnull(class_id, 0), sort_order, name")
            .arg(QLatin1String(kAttributeColumns)));
    QList<LabelAttribute> out;
    while (s.step())
        out.append(readAttribute(s));
    return out;
}

void LabelSchema::applyDefaults(Annotation &annotation) const
{
    for (const LabelAttribute &attribute : attributesFor(annotation.classId)) {
        if (!attribute.defaultValue.isUndefined() && !attribute.defaultValue.isNull())
            annotation.attributes.insert(attribute.name, attribute.defaultValue);
    }
}

QList<LabelAttribute> LabelSchema::attributesFor(std::optional<qint64> classId) const
{
    QList<LabelAttribute> out;
    for (const LabelAttribute &a : attributes()) {
        if (!a.classId || a.classId == classId)
            out.append(a);
    }
    return out;
}

std::optional<LabelAttribute> LabelSchema::attributeById(qint64 id) const
{
    Statement s = m_connection.db().prepare(
        QStringLiteral("SELECT %1 FROM label_attributes WHERE id = ?1").arg(QLatin1String(kAttributeColumns)));
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readAttribute(s);
}

qint64 LabelSchema::addAttribute(LabelAttribute &a)
{
    const QString problem = validate(a);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    for (const LabelAttribute &other : attributes()) {
        if (other.classId == a.classId && other.name == a.name)
            throw StoreError(StoreError::Code::Constraint,
                QCoreApplication::translate("rwb::project::LabelSchema", "attribute \"%1\" already exists")
                    .arg(a.name));
    }
    if (a.classId && !classById(*a.classId))
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::LabelSchema", "label class %1 does not exist").arg(*a.classId));
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(
        "INSERT INTO label_attributes (id, class_id, name, title_en, title_zh, type, options, default_value, required,"
        " sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (a.id > 0)
        s.bind(1, a.id);
    else
        s.bindNull(1);
    bindAttribute(s, a);
    s.run();
    a.id = m_connection.db().lastInsertId();
    AuditLog(m_connection).record(QStringLiteral("label_attribute"), a.id, QStringLiteral("insert"), {}, a.toJson());
    tx.commit();
    notify();
    return a.id;
}

void LabelSchema::updateAttribute(const LabelAttribute &a)
{
    const QString problem = validate(a);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Code::InvalidArgument, problem);
    const std::optional<LabelAttribute> before = attributeById(a.id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::LabelSchema", "attribute %1 does not exist").arg(a.id));
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare(
        "UPDATE label_attributes SET class_id = ?2, name = ?3, title_en = ?4, title_zh = ?5, type = ?6, options = ?7,"
        " default_value = ?8, required = ?9, sort_order = ?10 WHERE id = ?1");
    s.bind(1, a.id);
    bindAttribute(s, a);
    s.run();
    AuditLog(m_connection)
        .record(QStringLiteral("label_attribute"), a.id, QStringLiteral("update"), before->toJson(), a.toJson());
    tx.commit();
    notify();
}

void LabelSchema::removeAttribute(qint64 id)
{
    const std::optional<LabelAttribute> before = attributeById(id);
    if (!before)
        throw StoreError(StoreError::Code::NotFound,
            QCoreApplication::translate("rwb::project::LabelSchema", "attribute %1 does not exist").arg(id));
    Transaction tx(m_connection.db());
    Statement s = m_connection.db().prepare("DELETE FROM label_attributes WHERE id = ?1");
    s.bind(1, id).run();
    AuditLog(m_connection)
        .record(QStringLiteral("label_attribute"), id, QStringLiteral("delete"), before->toJson(), {});
    tx.commit();
    notify();
}

QJsonObject LabelSchema::toJson() const
{
    const QList<LabelClass> all = classes();
    QHash<qint64, QString> names;
    for (const LabelClass &c : all)
        names.insert(c.id, c.name);
    QJsonArray classArray;
    for (const LabelClass &c : all) {
        QJsonObject o = c.toJson();
        o.remove(QLatin1String("id"));
        o.remove(QLatin1String("knowledge_node"));
        o[QLatin1String("parent")] = c.parentId ? QJsonValue(names.value(*c.parentId)) : QJsonValue();
        classArray.append(o);
    }
    QJsonArray attributeArray;
    for (const LabelAttribute &a : attributes()) {
        QJsonObject o = a.toJson();
        o.remove(QLatin1String("id"));
        o.remove(QLatin1String("class_id"));
        o[QLatin1String("class")] = a.classId ? QJsonValue(names.value(*a.classId)) : QJsonValue();
        attributeArray.append(o);
    }
    return { { QStringLiteral("format"), QStringLiteral("resonance-label-schema") }, { QStringLiteral("version"), 1 },
        { QStringLiteral("classes"), classArray }, { QStringLiteral("attributes"), attributeArray } };
}

LabelSchema::ImportResult LabelSchema::importJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("classes")).isArray())
        throw StoreError(StoreError::Code::InvalidArgument,
            QCoreApplication::translate(
                "rwb::project::LabelSchema", "not a label schema: the \"classes\" list is missing"));
    ImportResult result;
    Transaction tx(m_connection.db());
    const QJsonArray classArray = json.value(QLatin1String("classes")).toArray();
    // Two passes: create/update every class, then set parents (a parent may come later).
    for (int i = 0; i < classArray.size(); ++i) {
        const QJsonObject o = classArray[i].toObject();
        LabelClass c = LabelClass::fromJson(o);
        c.parentId.reset();
        c.id = 0;
        if (c.name.isEmpty())
            throw StoreError(StoreError::Code::InvalidArgument,
                QCoreApplication::translate("rwb::project::LabelSchema", "class %1 in the schema has no name")
                    .arg(i + 1));
        if (auto existing = classByName(c.name)) {
            c.id = existing->id;
            c.parentId = existing->parentId;
            c.knowledgeNode = existing->knowledgeNode;
            updateClass(c);
            ++result.classesUpdated;
        } else {
            addClass(c);
            ++result.classesAdded;
        }
    }
    for (const QJsonValue &v : classArray) {
        const QJsonObject o = v.toObject();
        const QString parentName = o.value(QLatin1String("parent")).toString();
        if (parentName.isEmpty())
            continue;
        auto parent = classByName(parentName);
        if (!parent)
            throw StoreError(StoreError::Code::InvalidArgument,
                QCoreApplication::translate("rwb::project::LabelSchema", "class \"%1\" names an unknown parent \"%2\"")
                    .arg(o.value(QLatin1String("name")).toString(), parentName));
        LabelClass c = *classByName(o.value(QLatin1String("name")).toString());
        c.parentId = parent->id;
        updateClass(c);
    }
    for (const QJsonValue &v : json.value(QLatin1String("attributes")).toArray()) {
        const QJsonObject o = v.toObject();
        LabelAttribute a = LabelAttribute::fromJson(o);
        a.id = 0;
        const QString className = o.value(QLatin1String("class")).toString();
        if (!className.isEmpty()) {
            auto owner = classByName(className);
            if (!owner)
                throw StoreError(StoreError::Code::InvalidArgument,
                    QCoreApplication::translate(
                        "rwb::project::LabelSchema", "attribute \"%1\" names an unknown class \"%2\"")
                        .arg(a.name, className));
            a.classId = owner->id;
        }
        bool updated = false;
        for (const LabelAttribute &existing : attributes()) {
            if (existing.classId == a.classId && existing.name == a.name) {
                a.id = existing.id;
                updateAttribute(a);
                updated = true;
                break;
            }
        }
        if (updated) {
            ++result.attributesUpdated;
        } else {
            addAttribute(a);
            ++result.attributesAdded;
        }
    }
    tx.commit();
    return result;
}

} // namespace rwb::project
