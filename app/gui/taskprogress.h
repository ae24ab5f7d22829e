#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's progress for long work (polling, enrichment): a label, a bar and a cancel button.
// Hidden when idle. Whoever starts a task passes the function that cancels it.
class TaskProgress : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgress)
public:
    explicit TaskProgress(QWidget *parent = nullptr);

    // maximum 0: busy indicator without a known end.
    void begin(const QString &label, int maximum, std::function<void()> cancel);
    void setProgress(int value, const QString &label = {});
    void finish();
    bool isRunning() const { return m_running; }

signals:
    void cancelled();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    std::function<void()> m_cancelTask;
    bool m_running = false;
};
