#include "writefailurebanner.h"

#include "store/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

WriteFailureBanner::WriteFailureBanner(ww::Database &database, QWidget *parent)
    : QFrame(parent), m_database(database)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Saving paused"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setToolTip(tr("Try saving again (after freeing disk space)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &WriteFailureBanner::retry);
    // A write can fail anywhere (poller, tags, notes); a cheap look at the flag once a second catches all.
    m_watch.setInterval(1000);
    connect(&m_watch, &QTimer::timeout, this, &WriteFailureBanner::refresh);
    m_watch.start();
    refresh();
}

QString WriteFailureBanner::message() const
{
    return m_label->text();
}

void WriteFailureBanner::refresh()
{
    const bool failed = m_database.isReadOnlyAfterFailure();
    if (failed) {
        // Short enough for the status bar; the database's own message (what failed and why) is the tooltip.
        m_label->setText(tr("Read-only: a change could not be saved. Nothing was lost; free disk space, then "
                            "retry."));
        m_label->setToolTip(m_database.writeFailureMessage());
    }
    setVisible(failed);
}

void WriteFailureBanner::retry()
{
    const ww::Status resumed = m_database.resumeWrites();
    if (!resumed) {
        m_label->setText(tr("Retry failed: %1").arg(resumed.error().message));
        return;
    }
    refresh();
    emit writesResumed();
}
