#pragma once

#include "timeseries/signalgroup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rwb::project {
class Project;
}

namespace rwb::timeseries {

/// File ▸ Import Signals Aligned on Time…: the user lists files recorded side by side, gives
/// the start of those without clock time (a WAV), a clock offset or a sampling rate where
/// needed, and chooses the reference grid and the fill; OK writes a SignalGroup file into the
/// project folder, which is then imported as one asset.
class SignalGroupDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { FileColumn, StartColumn, OffsetColumn, RateColumn, ColumnCount };

    explicit SignalGroupDialog(const QString &projectFolder, QWidget *parent = nullptr);

    static QString actionTitle();
    static QString actionStatusTip();
    /// Runs the dialog; the written group file, or nothing when cancelled.
    static QStringList pick(QWidget *parent, const project::Project &project);

    void addFiles(const QStringList &files);
    QTableWidget *table() const { return m_table; }
    QComboBox *referenceBox() const { return m_reference; }
    QComboBox *gridBox() const { return m_grid; }
    QComboBox *fillBox() const { return m_fill; }
    QComboBox *spanBox() const { return m_span; }
    QLineEdit *nameEdit() const { return m_name; }
    /// The group as entered; std::nullopt with the reason shown in the dialog when a field is wrong.
    std::optional<SignalGroup> group();
    /// Writes the group (as accept() does); its path, or empty with the reason shown.
    QString write();
    QString errorText() const;

public slots:
    void accept() override;

private:
    void browse();
    void removeSelected();
    void updateReferences();
    void showError(const QString &text);

    QString m_projectFolder;
    QString m_written;
    QTableWidget *m_table = nullptr;
    QComboBox *m_reference = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_fill = nullptr;
    QComboBox *m_span = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace rwb::timeseries
