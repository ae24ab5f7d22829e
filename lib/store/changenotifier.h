#pragma once

#include "core/result.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>

namespace ww {

class Database;

// Live updates in team mode: tells the GUI when another client changed articles, tags or annotations, so it
// reloads what it shows instead of polling the database in a loop.
//
// PostgreSQL: statement-level triggers (installed by Database when it opens read-write) call pg_notify in
// the writer's own transaction, so a notification arrives only after the write committed, and never for
// a rolled-back one. The payload is the writer's client id (Database::clientId()); writes of this
// process are skipped unless setIgnoreOwnWrites(false). Give the notifier a Database of its own (the same
// connection string): Qt reads notifications only while the connection is idle.
//
// SQLite: start() succeeds and nothing is ever emitted. A file has a single writer (the instance lock),
// which already knows what it changed.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    Status start();
    void stop();
    bool isListening() const { return m_listening; }
    void setIgnoreOwnWrites(bool ignore) { m_ignoreOwn = ignore; }
    // How often a lost session is noticed and re-established (a local status check, not a query).
    void setRecoveryInterval(int ms) { m_watch.setInterval(ms); }

    // The channels the triggers notify on.
    static QString articlesChannel() { return QStringLiteral("wirewatch_articles"); }
    static QString tagsChannel() { return QStringLiteral("wirewatch_tags"); }
    static QString annotationsChannel() { return QStringLiteral("wirewatch_annotations"); }
    // Creates the notify triggers when missing (PostgreSQL, read-write); a no-op on SQLite.
    static Status installTriggers(Database &db);

signals:
    void articlesChanged();
    void tagsChanged();
    void annotationsChanged();
    // The session was lost and is back: notifications may have been missed, so all three signals follow.
    void reconnected();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void checkConnection();

    Database &m_db;
    QMetaObject::Connection m_connection;
    QTimer m_watch;
    bool m_listening = false;
    bool m_ignoreOwn = true;
};

} // namespace ww
