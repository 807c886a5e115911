#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace leap::ui {

// The strip a page shows while an operation runs: what is happening now, a busy bar and Cancel.
// Hidden when idle, so a page's layout does not jump when work starts (space is kept).
class ProgressStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressStrip(QWidget *parent = nullptr);

    void start(const QString &text);
    void setText(const QString &text);
    void stop();
    bool isRunning() const { return m_running; }
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_running = false;
};

} // namespace leap::ui
