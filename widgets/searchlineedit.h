#pragma once

#include <QLineEdit>
#include <QTimer>

namespace rwb::widgets {

/// A filter box: magnifier icon, clear button, Escape clears, and searchChanged() once the
/// user pauses typing (so that a filter over a large list does not run at every key).
class SearchLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchLineEdit(QWidget *parent = nullptr);

    /// The pause after the last key before searchChanged() (default 250 ms; 0: at once).
    void setDelay(int milliseconds);
    int delay() const { return m_timer.interval(); }

signals:
    /// The text to search for, trimmed; emitted after the pause, or at once on Enter/clear.
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void emitNow();

    QTimer m_timer;
    QString m_lastEmitted;
};

} // namespace rwb::widgets
