#include "taskprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

TaskProgress::TaskProgress(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel = new QToolButton(this);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setToolTip(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_cancelTask)
            m_cancelTask();
        emit cancelled();
        finish();
    });
    hide();
}

void TaskProgress::begin(const QString &label, int maximum, std::function<void()> cancel)
{
    m_running = true;
    m_cancelTask = std::move(cancel);
    m_label->setText(label);
    m_bar->setRange(0, qMax(0, maximum));
    m_bar->setValue(0);
    m_cancel->setEnabled(bool(m_cancelTask));
    show();
}

void TaskProgress::setProgress(int value, const QString &label)
{
    m_bar->setValue(value);
    if (!label.isEmpty())
        m_label->setText(label);
}

void TaskProgress::finish()
{
    m_running = false;
    m_cancelTask = nullptr;
    hide();
}
