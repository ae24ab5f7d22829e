#pragma once

#include "store/backupservice.h"

#include <QObject>
#include <QTimer>

class QThread;

// Scheduled backups of the desk's own SQLite archive: when the newest backup is older than the interval,
// a new one is written (BackupService::backupNow, keeping the newest few) on a worker thread with its own
// read-only connection, so a large archive never freezes the window. A PostgreSQL team archive is backed up
// on the server (wirewatch-cli backup from a timer), not by every analyst's desk.
class BackupScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    BackupScheduler(const QString &databasePath, const ww::BackupService::Options &options,
                    qint64 intervalSeconds = 24 * 3600, QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Checks now and then every checkIntervalMs.
    void start(int checkIntervalMs = 60 * 60 * 1000);
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    // Starts a backup when one is due and none is running; returns whether it started.
    bool runIfDue();

signals:
    void backupWritten(const QString &path);
    void backupFailed(const QString &message);

private:
    ww::BackupService m_service;
    qint64 m_interval;
    QTimer m_timer;
    QThread *m_thread = nullptr;
};
