#pragma once

#include "datasource.h"

#include <memory>

namespace ww {
class Store;
}

// The desk over the application's store (the GUI thread's own connection).
class StoreDataSource : public DataSource
{
public:
    explicit StoreDataSource(ww::Store &store) : m_store(store) {}

    // A data source over its own read-only connection to the database at path (a file or a PostgreSQL
    // connection string), for work on another thread; it belongs to the calling thread. Null on failure.
    static std::unique_ptr<DataSource> openReadOnly(const QString &path, ww::Error *error = nullptr);

    ww::Result<QList<ww::Feed>> feeds() override;
    ww::Result<QHash<qint64, int>> unreadCounts() override;
    ww::Result<QList<ww::Tag>> tags() override;
    ww::Result<QList<ww::Source>> sources() override;
    ww::Result<QList<ww::SavedSearch>> savedSearches() override;
    ww::Result<int> count(const ww::ArticleQuery &query) override;
    ww::Result<QList<ww::ArticleSummary>> articles(const ww::ArticleQuery &query) override;
    ww::Result<ww::StoredArticle> article(qint64 id) override;
    QString databasePath() const override;
    ww::Status setRead(qint64 id, bool read) override;
    ww::Status setStarred(qint64 id, bool starred) override;
    ww::Result<QList<ww::CoverageCell>> coverageByDay(const ww::ArticleQuery &query) override;
    ww::Result<QList<ww::CountShare>> coverageShares(Share share, const ww::ArticleQuery &query,
                                                     int limit) override;

private:
    ww::Store &m_store;
};
