#pragma once

#include "knowledge/evidence.h"

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace rwb::project {
struct Annotation;
struct Asset;
class Project;
} // namespace rwb::project

namespace rwb::knowledge {

/// The node page: every piece of evidence of the selected node or edge across modalities —
/// image regions as thumbnails cropped from the asset, signal ranges as min/max sparklines from
/// the signal cache, document spans as text snippets — with counts per modality, the label
/// classes mapped to the node, and actions to link an annotation or open the evidence's asset.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    /// The annotation the user has at hand (e.g. one of the asset open in the annotator); the
    /// "Link Annotation" action offers the annotations of the asset it returns.
    using AssetProvider = std::function<std::optional<qint64>()>;

    static constexpr int ThumbnailSize = 96;

    explicit EvidencePanel(QWidget *parent = nullptr);

    void setProject(project::Project *project, QUndoStack *stack);
    void setChinese(bool zh);
    void setAssetProvider(AssetProvider provider) { m_assetProvider = std::move(provider); }
    void showNode(qint64 nodeId);
    void showEdge(qint64 edgeId);
    void refresh();

    /// Links annotation \a annotationId to what is shown; returns the store's error (empty: linked).
    QString linkAnnotation(qint64 annotationId, const QString &note = {});
    /// Opens the asset of evidence row \a row (emits openAssetRequested).
    void openEvidenceAsset(int row);

    QListWidget *list() const { return m_list; }
    /// "Images: 2 · Signals: 1 · Documents: 0" as shown.
    QString countsText() const;
    int count(const QString &modality) const { return m_counts.value(modality); }
    QString labelClassesText() const;

    /// A thumbnail of annotation \a a on \a asset (exposed for tests and other views).
    static QPixmap snippet(const project::Project &project, const project::Asset &asset, const project::Annotation &a,
        const QColor &color, QString *text);

signals:
    void openAssetRequested(qint64 assetId);
    void editFailed(const QString &message);

private:
    void reload();
    void linkDialog();
    void unlinkSelected();

    project::Project *m_project = nullptr;
    QPointer<QUndoStack> m_stack;
    bool m_zh = false;
    qint64 m_nodeId = 0;
    qint64 m_edgeId = 0;
    QHash<QString, int> m_counts;
    AssetProvider m_assetProvider;

    QLabel *m_title = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_classes = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace rwb::knowledge
