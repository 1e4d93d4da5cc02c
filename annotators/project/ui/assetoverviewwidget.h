#pragma once

#include "project/projecttypes.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace rwb::widgets {
class ElidedLabel;
}

namespace rwb::project {

class Project;
class ProjectSignals;

/// The page of the AssetOverview annotator: an asset's metadata (file, kind, size,
/// dimensions/pages/channels, workflow state, annotation counts) and, for images, a preview
/// decoded off the GUI thread. Follows edits of the asset and its annotations.
class AssetOverviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AssetOverviewWidget(QWidget *parent = nullptr);
    ~AssetOverviewWidget() override;

    /// Shows asset \a assetId of \a project (which must outlive the page or be cleared first).
    void showAsset(Project *project, qint64 assetId);
    void clear();
    std::optional<qint64> assetId() const { return m_assetId; }
    /// Whether an image preview (rather than a kind icon) is shown.
    bool hasImagePreview() const { return !m_preview.isNull(); }
    /// Whether the preview is still being decoded.
    bool isLoading() const { return m_previewIsImage && m_preview.isNull() && m_previewError.isEmpty(); }

signals:
    /// The preview has been decoded (or failed); for tests and screenshots.
    void previewLoaded();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum Field {
        PathField,
        KindField,
        MediaTypeField,
        FileSizeField,
        DimensionsField,
        BitDepthField,
        PagesField,
        ChannelsField,
        SamplesField,
        StatusField,
        SplitField,
        AnnotationsField,
        ClassesField,
        AddedField,
        ModifiedField,
        HashField,
        FieldCount
    };

    void retranslateUi();
    void refresh();
    void setField(Field field, const QString &text);
    void loadPreview(const QString &path);
    void updatePreviewPixmap();

    Project *m_project = nullptr;
    std::optional<qint64> m_assetId;
    std::optional<AssetKind> m_kind;
    QList<QMetaObject::Connection> m_connections;
    QImage m_preview;
    QString m_previewError;
    bool m_previewIsImage = false;
    quint64 m_previewGeneration = 0;

    QLabel *m_previewLabel;
    widgets::ElidedLabel *m_title;
    QLabel *m_emptyLabel;
    QWidget *m_details;
    QFormLayout *m_form;
    QLabel *m_fieldNames[FieldCount] {};
    QWidget *m_fieldValues[FieldCount] {};
};

} // namespace rwb::project
