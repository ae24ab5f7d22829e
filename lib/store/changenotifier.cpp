#include "store/changenotifier.h"

#include "store/database.h"

namespace ww {

namespace {

struct Watched
{
    const char *table;
    const char *channel;
};

// Clusters change what the article list shows (story grouping), so they ride on the articles channel.
constexpr Watched kWatched[] = {
    {"articles", "wirewatch_articles"}, {"clusters", "wirewatch_articles"},
    {"tags", "wirewatch_tags"},         {"article_tags", "wirewatch_tags"},
    {"cluster_tags", "wirewatch_tags"}, {"annotations", "wirewatch_annotations"},
};

} // namespace

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_watch.setInterval(5000);
    connect(&m_watch, &QTimer::timeout, this, &ChangeNotifier::checkConnection);
}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

Status ChangeNotifier::installTriggers(Database &db)
{
    if (db.dialect().isSqlite() || db.isReadOnly())
        return {};
    QStringList missing;
    for (const Watched &w : kWatched) {
        QSqlQuery q = db.query();
        if (Status s =
                db.prepare(q, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = ? AND NOT "
                                             "tgisinternal"));
            !s)
            return s;
        q.addBindValue(QString(QStringLiteral("wirewatch_notify_") + QLatin1String(w.table)));
        if (Status s = db.exec(q, tr("Checking the change notification triggers failed")); !s)
            return s;
        if (!q.next() || q.value(0).toInt() > 0)
            continue;
        // A schema without the table (a test's own migrations) gets no trigger for it.
        QSqlQuery t = db.query();
        if (Status s = db.prepare(t, db.dialect().tableExistsQuery()); !s)
            return s;
        t.bindValue(QStringLiteral(":table"), QString::fromLatin1(w.table));
        if (Status s = db.exec(t, tr("Checking the change notification triggers failed")); !s)
            return s;
        if (t.next() && t.value(0).toInt() > 0)
            missing << QLatin1String(w.table);
    }
    if (missing.isEmpty())
        return {};
    // Statement-level: a feed update of 500 rows sends one notification per statement, and PostgreSQL
    // folds identical ones within a transaction. Names and channels are constants, never input.
    return db.transaction([&]() -> Status {
        QSqlQuery fn = db.query();
        if (!fn.exec(QStringLiteral(
                "CREATE OR REPLACE FUNCTION wirewatch_notify() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                "BEGIN PERFORM pg_notify(TG_ARGV[0], COALESCE(current_setting('wirewatch.client', true), "
                "'')); "
                "RETURN NULL; END $body$")))
            return Database::sqlError(fn.lastError(), tr("Installing change notifications failed"));
        for (const Watched &w : kWatched) {
            const QString table = QLatin1String(w.table);
            if (!missing.contains(table))
                continue;
            QSqlQuery t = db.query();
            if (!t.exec(QStringLiteral(
                            "CREATE TRIGGER wirewatch_notify_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH STATEMENT EXECUTE FUNCTION wirewatch_notify('%2')")
                            .arg(table, QLatin1String(w.channel))))
                return Database::sqlError(t.lastError(), tr("Installing change notifications failed"));
        }
        return {};
    });
}

Status ChangeNotifier::start()
{
    if (m_listening)
        return {};
    if (m_db.dialect().isSqlite())
        return {}; // documented: nothing to hear on a single-writer file
    QSqlDriver *driver = m_db.driver();
    if (!driver || !m_db.isConnected())
        return Error(Error::Code::Database, tr("Change notifications need an open database connection."));
    for (const QString &channel : {articlesChannel(), tagsChannel(), annotationsChannel()}) {
        if (!driver->subscribedToNotifications().contains(channel) &&
            !driver->subscribeToNotification(channel))
            return Database::sqlError(driver->lastError(),
                                      tr("Listening for changes by other clients failed"));
    }
    m_connection = connect(driver, &QSqlDriver::notification, this, &ChangeNotifier::onNotification);
    m_listening = true;
    m_watch.start();
    return {};
}

void ChangeNotifier::stop()
{
    if (!m_listening)
        return;
    disconnect(m_connection);
    m_watch.stop();
    if (QSqlDriver *driver = m_db.driver(); driver && m_db.isConnected()) {
        for (const QString &channel : {articlesChannel(), tagsChannel(), annotationsChannel()})
            driver->unsubscribeFromNotification(channel);
    }
    m_listening = false;
}

void ChangeNotifier::checkConnection()
{
    if (m_db.isConnected() || m_db.inTransaction())
        return;
    if (!m_db.reconnect())
        return; // the server is still away: try again on the next tick
    emit reconnected();
    emit articlesChanged();
    emit tagsChanged();
    emit annotationsChanged();
}

void ChangeNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    // SelfSource: this very connection wrote; a payload equal to our id: another connection of ours did.
    if (m_ignoreOwn && (source == QSqlDriver::SelfSource || payload.toString() == m_db.clientId()))
        return;
    if (name == articlesChannel())
        emit articlesChanged();
    else if (name == tagsChannel())
        emit tagsChanged();
    else if (name == annotationsChannel())
        emit annotationsChanged();
}

} // namespace ww
