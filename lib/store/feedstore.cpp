#include "store/feedstore.h"

#include "store/database.h"
#include "store/searchindex.h"
#include "store/sqlvalues.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::FeedStore", text);
}

const QString kFeedColumns = QStringLiteral(
    "SELECT id, url, title, source_id, folder, site_url, language, schedule_minutes, etag, last_modified, "
    "next_poll_at, last_polled_at, last_success_at, consecutive_failures, paused, last_error, last_status, "
    "redirect_candidate, redirect_count FROM feeds");

Feed feedFromRow(const QSqlQuery &q)
{
    Feed f;
    f.id = q.value(0).toLongLong();
    f.url = sqlv::url(q.value(1));
    f.title = q.value(2).toString();
    f.sourceId = q.value(3).toLongLong();
    f.folder = q.value(4).toString();
    f.siteUrl = sqlv::url(q.value(5));
    f.language = q.value(6).toString();
    f.scheduleMinutes = q.value(7).toInt();
    FeedState &s = f.state;
    s.etag = q.value(8).toString();
    s.lastModified = q.value(9).toString();
    s.nextPollAt = sqlv::time(q.value(10));
    s.lastPolledAt = sqlv::time(q.value(11));
    s.lastSuccessAt = sqlv::time(q.value(12));
    s.consecutiveFailures = q.value(13).toInt();
    s.paused = q.value(14).toBool();
    s.lastError = q.value(15).toString();
    s.lastStatus = q.value(16).toInt();
    s.redirectCandidate = sqlv::url(q.value(17));
    s.redirectCount = q.value(18).toInt();
    return f;
}

Source sourceFromRow(const QSqlQuery &q)
{
    Source s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.homepage = sqlv::url(q.value(2));
    s.country = q.value(3).toString();
    s.language = q.value(4).toString();
    s.kind = q.value(5).toString();
    s.stateAffiliated = q.value(6).toBool();
    return s;
}

const QString kSourceColumns =
    QStringLiteral("SELECT id, name, homepage, country, language, kind, state_affiliated FROM sources");

} // namespace

Result<qint64> FeedStore::addSource(const Source &source)
{
    if (source.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidArgument, tr("A source needs a name."));
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("INSERT INTO sources (name, homepage, country, language, kind, "
                                           "state_affiliated, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                           "RETURNING id"));
        !s)
        return s.error();
    q.addBindValue(source.name.trimmed());
    q.addBindValue(sqlv::url(source.homepage));
    q.addBindValue(source.country.toUpper());
    q.addBindValue(source.language);
    q.addBindValue(source.kind);
    q.addBindValue(sqlv::flag(source.stateAffiliated));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("Adding the source %1 failed").arg(source.name)); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Status FeedStore::updateSource(const Source &source)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("UPDATE sources SET name = ?, homepage = ?, country = ?, "
                                           "language = ?, kind = ?, state_affiliated = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(sqlv::text(source.name.trimmed()));
    q.addBindValue(sqlv::url(source.homepage));
    q.addBindValue(source.country.toUpper());
    q.addBindValue(source.language);
    q.addBindValue(source.kind);
    q.addBindValue(sqlv::flag(source.stateAffiliated));
    q.addBindValue(source.id);
    if (Status s = m_db.exec(q, tr("Updating the source %1 failed").arg(source.name)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("Source %1 does not exist.").arg(source.id));
    return {};
}

Result<Source> FeedStore::source(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, kSourceColumns + QStringLiteral(" WHERE id = ?")); !s)
        return s.error();
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("Reading a source failed")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("Source %1 does not exist.").arg(id));
    return sourceFromRow(q);
}

Result<QList<Source>> FeedStore::sources()
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, kSourceColumns + QStringLiteral(" ORDER BY name")); !s)
        return s.error();
    if (Status s = m_db.exec(q, tr("Reading sources failed")); !s)
        return s.error();
    QList<Source> out;
    while (q.next())
        out << sourceFromRow(q);
    return out;
}

Status FeedStore::removeSource(qint64 id)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, QStringLiteral("DELETE FROM sources WHERE id = ?")); !s)
        return s;
    q.addBindValue(id);
    return m_db.exec(q, tr("Removing a source failed"));
}

Result<qint64> FeedStore::addFeed(const Feed &feed)
{
    if (!feed.url.isValid() || feed.url.isRelative())
        return Error(Error::Code::InvalidArgument,
                     tr("The feed address \"%1\" is not a valid URL.").arg(feed.url.toString()));
    if (Result<Feed> existing = feedByUrl(feed.url); existing)
        return Error(Error::Code::InvalidArgument, tr("Already subscribed to %1.").arg(feed.url.toString()));
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("INSERT INTO feeds (url, title, source_id, folder, site_url, "
                                           "language, schedule_minutes, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        !s)
        return s.error();
    q.addBindValue(sqlv::url(feed.url));
    q.addBindValue(sqlv::text(feed.title));
    q.addBindValue(sqlv::id(feed.sourceId));
    q.addBindValue(sqlv::text(feed.folder));
    q.addBindValue(sqlv::url(feed.siteUrl));
    q.addBindValue(feed.language);
    q.addBindValue(feed.scheduleMinutes > 0 ? feed.scheduleMinutes : 60);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("Adding the feed %1 failed").arg(feed.url.toString())); !s)
        return s.error();
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (feed.state.paused || feed.state.nextPollAt.isValid() || !feed.state.etag.isEmpty()) {
        if (Status s = setState(id, feed.state); !s)
            return s.error();
    }
    return id;
}

Status FeedStore::updateFeed(const Feed &feed)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            m_db.prepare(q, QStringLiteral("UPDATE feeds SET url = ?, title = ?, source_id = ?, folder = ?, "
                                           "site_url = ?, language = ?, schedule_minutes = ? WHERE id = ?"));
        !s)
        return s;
    q.addBindValue(sqlv::url(feed.url));
    q.addBindValue(sqlv::text(feed.title));
    q.addBindValue(sqlv::id(feed.sourceId));
    q.addBindValue(sqlv::text(feed.folder));
    q.addBindValue(sqlv::url(feed.siteUrl));
    q.addBindValue(feed.language);
    q.addBindValue(feed.scheduleMinutes > 0 ? feed.scheduleMinutes : 60);
    q.addBindValue(feed.id);
    if (Status s = m_db.exec(q, tr("Updating the feed %1 failed").arg(feed.url.toString())); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("Feed %1 does not exist.").arg(feed.id));
    return {};
}

Result<QList<Feed>> FeedStore::selectFeeds(const QString &where, const QVariantList &values)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, kFeedColumns + where); !s)
        return s.error();
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("Reading feeds failed")); !s)
        return s.error();
    QList<Feed> out;
    while (q.next())
        out << feedFromRow(q);
    return out;
}

Result<Feed> FeedStore::feed(qint64 id)
{
    Result<QList<Feed>> list = selectFeeds(QStringLiteral(" WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("Feed %1 does not exist.").arg(id));
    return list->constFirst();
}

Result<Feed> FeedStore::feedByUrl(const QUrl &url)
{
    Result<QList<Feed>> list = selectFeeds(QStringLiteral(" WHERE url = ?"), {sqlv::url(url)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("Not subscribed to %1.").arg(url.toString()));
    return list->constFirst();
}

Result<QList<Feed>> FeedStore::feeds()
{
    return selectFeeds(QStringLiteral(" ORDER BY folder, title, id"), {});
}

Result<QList<Feed>> FeedStore::dueFeeds(const QDateTime &now)
{
    return selectFeeds(QStringLiteral(" WHERE paused = 0 AND (next_poll_at IS NULL OR next_poll_at <= ?) "
                                      "ORDER BY COALESCE(next_poll_at, 0), id"),
                       {now.toMSecsSinceEpoch()});
}

Result<QStringList> FeedStore::folders()
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT DISTINCT folder FROM feeds WHERE folder <> '' ORDER BY folder")))
        return Database::sqlError(q.lastError(), tr("Reading folders failed"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status FeedStore::removeFeed(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        SearchIndex index(m_db);
        if (Status s = index.removeFeed(id); !s)
            return s;
        QSqlQuery q = m_db.query();
        if (Status s = m_db.prepare(q, QStringLiteral("DELETE FROM feeds WHERE id = ?")); !s)
            return s;
        q.addBindValue(id);
        return m_db.exec(q, tr("Removing the feed failed"));
    });
}

Status FeedStore::setState(qint64 feedId, const FeedState &st)
{
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(
            q, QStringLiteral("UPDATE feeds SET etag = ?, last_modified = ?, next_poll_at = ?, "
                              "last_polled_at = ?, last_success_at = ?, consecutive_failures = ?, "
                              "paused = ?, last_error = ?, last_status = ?, "
                              "redirect_candidate = ?, redirect_count = ? WHERE id = ?"));
        !s)
        return s;
    // Validators go back to the server exactly as it sent them.
    q.addBindValue(st.etag.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(st.etag));
    q.addBindValue(st.lastModified.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(st.lastModified));
    q.addBindValue(sqlv::time(st.nextPollAt));
    q.addBindValue(sqlv::time(st.lastPolledAt));
    q.addBindValue(sqlv::time(st.lastSuccessAt));
    q.addBindValue(st.consecutiveFailures);
    q.addBindValue(sqlv::flag(st.paused));
    q.addBindValue(st.lastError.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(st.lastError));
    q.addBindValue(st.lastStatus);
    q.addBindValue(sqlv::url(st.redirectCandidate));
    q.addBindValue(st.redirectCount);
    q.addBindValue(feedId);
    if (Status s = m_db.exec(q, tr("Saving the poll state failed")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("Feed %1 does not exist.").arg(feedId));
    return {};
}

} // namespace ww
