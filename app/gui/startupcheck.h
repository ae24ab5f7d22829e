#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

// The archive's full integrity check (IntegrityCheck::quickCheck) after the desk is shown: the window opens
// with the first page at once (Database::Options::deferQuickCheck) and the check reads the whole file on a
// thread and connection of its own. Exactly one of passed(), damaged() or failed() follows start(). The
// desk holds its background writers (polling, backups) until passed(), and on damaged() closes and offers
// the restore as at start-up (DamagedDatabaseDialog).
class StartupCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupCheck)

public:
    explicit StartupCheck(QObject *parent = nullptr);
    ~StartupCheck() override; // waits for a running check (it reads; it cannot be interrupted)

    void start(const QString &databasePath);
    bool isRunning() const { return m_thread != nullptr; }
    // The damaged-database message (with the problem and the way to restore) once damaged() was emitted.
    QString damage() const { return m_damage; }

signals:
    void passed();
    void damaged(const QString &message);
    // The check could not run for another reason than damage (the message says why).
    void failed(const QString &message);

private:
    void finish(const QString &databasePath, const ww::Result<QStringList> &problems);

    QThread *m_thread = nullptr;
    QString m_damage;
};
