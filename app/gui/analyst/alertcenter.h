#pragma once

#include "store/storetypes.h"

#include <QObject>

#include <functional>

class QSystemTrayIcon;

// Turns alerts recorded by the poller into what the analyst notices: a desktop notification (through the
// system tray when the desktop has one) and an unseen-alerts badge count until the analyst looks.
class AlertCenter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)
public:
    // Shows one notification; the default uses the system tray. Tests inject a recorder.
    using Notifier = std::function<void(const QString &title, const QString &message)>;

    explicit AlertCenter(QObject *parent = nullptr);
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }

    int unseen() const { return m_unseen; }
    void markSeen();

    // At most this many notifications per batch; the rest are summed up in one.
    static constexpr int kMaxNotifications = 3;

public slots:
    void raise(const QList<ww::AlertRecord> &alerts);

signals:
    void unseenChanged(int count);

private:
    void notify(const QString &title, const QString &message);

    Notifier m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    int m_unseen = 0;
};
