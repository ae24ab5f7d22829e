#include "startupcheck.h"

#include "store/integritycheck.h"

#include <QThread>

StartupCheck::StartupCheck(QObject *parent) : QObject(parent) {}

StartupCheck::~StartupCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void StartupCheck::start(const QString &databasePath)
{
    if (m_thread)
        return;
    m_damage.clear();
    m_thread = QThread::create([this, databasePath] {
        const ww::Result<QStringList> problems = ww::IntegrityCheck::quickCheck(databasePath);
        // Queued to this object's thread; dropped if this object is gone by then (its destructor waited for
        // this thread, so it is alive while the call is posted).
        QMetaObject::invokeMethod(
            this, [this, databasePath, problems] { finish(databasePath, problems); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("StartupCheck"));
    m_thread->start(QThread::LowPriority);
}

void StartupCheck::finish(const QString &databasePath, const ww::Result<QStringList> &problems)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (problems && problems->isEmpty()) {
        emit passed();
    } else if (problems || problems.error().code == ww::Error::Code::DatabaseCorrupt) {
        const QString detail =
            problems ? problems->mid(0, 3).join(QStringLiteral("; ")) : problems.error().message;
        m_damage = ww::IntegrityCheck::damaged(databasePath, detail).message;
        emit damaged(m_damage);
    } else {
        emit failed(problems.error().message);
    }
}
