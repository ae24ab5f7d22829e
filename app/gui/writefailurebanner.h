#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace ww {
class Database;
}

// Shown while the store refuses writes after a disk-full or I/O error (Database::isReadOnlyAfterFailure):
// says why and offers Retry, which lets writes through again (Database::resumeWrites). A write that fails
// again brings the banner back. It watches the connection's in-memory flag; it never queries the database.
class WriteFailureBanner : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteFailureBanner)

public:
    explicit WriteFailureBanner(ww::Database &database, QWidget *parent = nullptr);

    QPushButton *retryButton() const { return m_retry; }
    QString message() const;

public slots:
    void refresh();
    void retry();

signals:
    void writesResumed();

private:
    ww::Database &m_database;
    QLabel *m_label = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_watch;
};
