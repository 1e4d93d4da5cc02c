#pragma once

#include "project/annotation.h"
#include "project/labelattribute.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;

namespace rwb::project {

class Project;

/// The inspector of the selected annotations, for every annotator: their class and the typed
/// attributes the label schema gives that class (check box, spin boxes, a choice list or a
/// text field), with where they came from (manual, model with its confidence). With several
/// annotations selected, fields whose values differ stay blank until the user sets them for all.
/// It changes nothing itself: edits leave as signals that the annotator turns into undo commands.
class AttributeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeEditor(QWidget *parent = nullptr);

    /// The project whose label schema is shown (null: none); \a kind limits the class list.
    void setProject(Project *project, AssetKind kind);
    /// Shows \a annotations (empty: nothing selected).
    void setAnnotations(const QList<Annotation> &annotations);
    QList<Annotation> annotations() const { return m_annotations; }

signals:
    void classChosen(std::optional<qint64> classId);
    /// \a value undefined: the attribute is cleared.
    void attributeEdited(const QString &name, const QJsonValue &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *editorFor(const LabelAttribute &attribute, const std::optional<QJsonValue> &value);
    /// The value every selected annotation has for \a name, or nullopt when they differ.
    std::optional<QJsonValue> commonValue(const QString &name) const;

    Project *m_project = nullptr;
    AssetKind m_kind = AssetKind::Image;
    QList<Annotation> m_annotations;
    QLabel *m_title = nullptr;
    QComboBox *m_class = nullptr;
    QLabel *m_provenance = nullptr;
    QFormLayout *m_form = nullptr;
    bool m_building = false;
};

} // namespace rwb::project
