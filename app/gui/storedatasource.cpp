#include "storedatasource.h"

#include "store/database.h"
#include "store/store.h"

namespace {

// Owns the connection and the store the data source reads through (declared in destruction order).
class OwnedStoreDataSource final : public StoreDataSource
{
public:
    OwnedStoreDataSource(std::unique_ptr<ww::Database> db, std::unique_ptr<ww::Store> store)
        : StoreDataSource(*store), m_db(std::move(db)), m_ownedStore(std::move(store))
    {}

private:
    std::unique_ptr<ww::Database> m_db;
    std::unique_ptr<ww::Store> m_ownedStore;
};

} // namespace

std::unique_ptr<DataSource> StoreDataSource::openReadOnly(const QString &path, ww::Error *error)
{
    auto db = std::make_unique<ww::Database>();
    ww::Database::Options options;
    options.mode = ww::Database::Mode::ReadOnly;
    options.quickCheck = false; // the desk checked the file when it opened it
    if (const ww::Status opened = db->open(path, options); !opened) {
        if (error)
            *error = opened.error();
        return nullptr;
    }
    auto store = std::make_unique<ww::Store>(*db);
    return std::make_unique<OwnedStoreDataSource>(std::move(db), std::move(store));
}

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

ww::Result<QList<ww::SavedSearch>> StoreDataSource::savedSearches()
{
    return m_store.savedSearches().list();
}

ww::Result<int> StoreDataSource::count(const ww::ArticleQuery &query)
{
    return m_store.articles().count(query);
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
