#include "storedatasource.h"

#include "store/database.h"
#include "store/store.h"

ww::Result<QList<ww::Feed>> StoreDataSource::feeds()
{
    return m_store.feeds().feeds();
}

ww::Result<QHash<qint64, int>> StoreDataSource::unreadCounts()
{
    const auto all = m_store.feeds().feeds();
    if (!all.ok())
        return all.error();
    // One indexed count per feed: a desk has tens to hundreds of feeds, not millions.
    QHash<qint64, int> counts;
    for (const ww::Feed &feed : all.value()) {
        ww::ArticleQuery q;
        q.feedIds = {feed.id};
        q.unreadOnly = true;
        const auto n = m_store.articles().count(q);
        if (!n.ok())
            return n.error();
        counts.insert(feed.id, n.value());
    }
    return counts;
}

ww::Result<QList<ww::Tag>> StoreDataSource::tags()
{
    return m_store.tags().tags();
}

ww::Result<QList<ww::Source>> StoreDataSource::sources()
{
    return m_store.feeds().sources();
}

ww::Result<QList<ww::ArticleSummary>> StoreDataSource::articles(const ww::ArticleQuery &query)
{
    return m_store.articles().list(query);
}

ww::Result<ww::StoredArticle> StoreDataSource::article(qint64 id)
{
    return m_store.articles().get(id);
}

ww::Status StoreDataSource::setRead(qint64 id, bool read)
{
    return m_store.articles().setRead({id}, read);
}

ww::Status StoreDataSource::setStarred(qint64 id, bool starred)
{
    return m_store.articles().setStarred({id}, starred);
}

ww::Result<QList<ww::CoverageCell>> StoreDataSource::coverageByDay(const ww::ArticleQuery &query)
{
    return m_store.coverage().countriesByDay(query);
}

ww::Result<QList<ww::CountShare>> StoreDataSource::coverageShares(Share share, const ww::ArticleQuery &query,
                                                                  int limit)
{
    switch (share) {
    case Share::Countries:
        return m_store.coverage().topCountries(query, limit);
    case Share::Publishers:
        return m_store.coverage().byPublisher(query, limit);
    case Share::Producers:
        return m_store.coverage().byProducer(query, limit);
    case Share::Languages:
        return m_store.coverage().byLanguage(query, limit);
    }
    return QList<ww::CountShare>();
}

QString StoreDataSource::databasePath() const
{
    return m_store.database().path();
}
