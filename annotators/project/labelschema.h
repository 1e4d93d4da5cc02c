#pragma once

#include "labelattribute.h"
#include "labelclass.h"

#include <QJsonObject>
#include <QList>

namespace rwb::project {

struct Annotation;

class Connection;

/// The label schema: classes (with hierarchy) and typed attributes. Every change is audited
/// and committed at once.
class LabelSchema
{
public:
    explicit LabelSchema(Connection &connection);

    QList<LabelClass> classes() const; ///< ordered by sort order, then name
    std::optional<LabelClass> classById(qint64 id) const;
    std::optional<LabelClass> classByName(const QString &name) const;
    /// Inserts \a c; c.id > 0 re-creates a class with that id (undo of a removal).
    qint64 addClass(LabelClass &c);
    void updateClass(const LabelClass &c);
    /// Throws StoreError(Constraint) while annotations or child classes use the class.
    void removeClass(qint64 id);
    qint64 annotationCount(qint64 classId) const;

    QList<LabelAttribute> attributes() const;
    /// Attributes that apply to \a classId: the class's own and the global ones.
    QList<LabelAttribute> attributesFor(std::optional<qint64> classId) const;
    /// Gives \a annotation the default value of every attribute of its class that has one, so
    /// that a new label starts with its required attributes filled.
    void applyDefaults(Annotation &annotation) const;
    std::optional<LabelAttribute> attributeById(qint64 id) const;
    qint64 addAttribute(LabelAttribute &a);
    void updateAttribute(const LabelAttribute &a);
    void removeAttribute(qint64 id);

    /// The schema as JSON: {"classes": [...], "attributes": [...]}, classes and attributes
    /// referring to each other by name so the file can go into another project.
    QJsonObject toJson() const;
    struct ImportResult
    {
        int classesAdded = 0;
        int classesUpdated = 0;
        int attributesAdded = 0;
        int attributesUpdated = 0;
    };
    /// Merges \a json into the schema in one transaction (classes matched by name). Throws
    /// StoreError(InvalidArgument) naming the problem; nothing is changed then.
    ImportResult importJson(const QJsonObject &json);

    /// Checks names, colours and attribute options; returns the reason a record is invalid.
    static QString validate(const LabelClass &c);
    static QString validate(const LabelAttribute &a);

private:
    void notify();
    Connection &m_connection;
};

} // namespace rwb::project
