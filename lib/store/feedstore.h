#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QList>
#include <QSqlQuery>

namespace ww {

class Database;

// Outlets (sources) and feed subscriptions with their poll state.
class FeedStore
{
public:
    explicit FeedStore(Database &db) : m_db(db) {}

    Result<qint64> addSource(const Source &source);
    Status updateSource(const Source &source);
    Result<Source> source(qint64 id);
    Result<QList<Source>> sources();
    Status removeSource(qint64 id); // its feeds stay, without a source

    Result<qint64> addFeed(const Feed &feed); // InvalidArgument when the URL is already subscribed
    Status
    updateFeed(const Feed &feed); // settings only: url, title, source, folder, site, language, schedule
    Result<Feed> feed(qint64 id);
    Result<Feed> feedByUrl(const QUrl &url); // NotFound when not subscribed
    Result<QList<Feed>> feeds();
    Status removeFeed(qint64 id); // with its articles
    Status setState(qint64 feedId, const FeedState &state);
    // Feeds not paused whose next poll is due at `now` (or never polled), soonest first.
    Result<QList<Feed>> dueFeeds(const QDateTime &now);
    Result<QStringList> folders();

private:
    Result<QList<Feed>> selectFeeds(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace ww
