#include "backupscheduler.h"

#include <QThread>

#include <memory>

BackupScheduler::BackupScheduler(const QString &databasePath, const ww::BackupService::Options &options,
                                 qint64 intervalSeconds, QObject *parent)
    : QObject(parent), m_service(databasePath, options), m_interval(intervalSeconds)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::runIfDue);
}

BackupScheduler::~BackupScheduler()
{
    // The worker only reads a copy of the service; let a backup in progress finish rather than tear it.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::start(int checkIntervalMs)
{
    m_timer.start(checkIntervalMs);
    runIfDue();
}

bool BackupScheduler::runIfDue()
{
    if (m_thread || m_service.isPostgres() || !m_service.isDue(m_interval))
        return false;
    auto result = std::make_shared<ww::Result<QString>>(ww::Error(ww::Error::Code::Cancelled, QString()));
    ww::BackupService service = m_service;
    m_thread = QThread::create([service, result]() mutable { *result = service.backupNow(); });
    connect(m_thread, &QThread::finished, this, [this, result]() {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (*result)
            emit backupWritten(result->value());
        else
            emit backupFailed(result->error().message);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}
