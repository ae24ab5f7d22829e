#include "alertcenter.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

AlertCenter::AlertCenter(QObject *parent) : QObject(parent) {}

void AlertCenter::markSeen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    emit unseenChanged(0);
}

void AlertCenter::raise(const QList<ww::AlertRecord> &alerts)
{
    if (alerts.isEmpty())
        return;
    int shown = 0;
    int rest = 0;
    for (const ww::AlertRecord &a : alerts) {
        m_unseen += a.articleCount;
        if (shown < kMaxNotifications) {
            notify(tr("Wirewatch alert"), a.message);
            ++shown;
        } else {
            rest += a.articleCount;
        }
    }
    if (rest > 0)
        notify(tr("Wirewatch alert"), tr("More new matches in other saved searches: %1").arg(rest));
    emit unseenChanged(m_unseen);
}

void AlertCenter::notify(const QString &title, const QString &message)
{
    if (m_notifier) {
        m_notifier(title, message);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the badge still counts; the status bar shows it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Wirewatch"));
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}
