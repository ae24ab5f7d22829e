#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>

// What the desk reads from and writes to. The application implements it over the store; tests may too.
// Calls are synchronous and coarse: one page, one article, one flag.
class DataSource
{
public:
    virtual ~DataSource() = default;

    virtual ww::Result<QList<ww::Feed>> feeds() = 0;
    virtual ww::Result<QHash<qint64, int>> unreadCounts() = 0; // per feed id
    virtual ww::Result<QList<ww::Tag>> tags() = 0;
    virtual ww::Result<QList<ww::Source>> sources() = 0;
    // Saved searches by name (the sources pane shows them as smart folders); none by default.
    virtual ww::Result<QList<ww::SavedSearch>> savedSearches() { return QList<ww::SavedSearch>(); }
    // How many articles a query selects (its limit and offset are ignored).
    virtual ww::Result<int> count(const ww::ArticleQuery &query) = 0;
    virtual ww::Result<QList<ww::ArticleSummary>> articles(const ww::ArticleQuery &query) = 0;
    virtual ww::Result<ww::StoredArticle> article(qint64 id) = 0;
    virtual ww::Status setRead(qint64 id, bool read) = 0;
    virtual ww::Status setStarred(qint64 id, bool starred) = 0;
    // The database file, for work that opens its own read-only connection on another thread (reports);
    // empty when there is none (test doubles).
    virtual QString databasePath() const { return {}; }

    // Coverage of the articles a query selects (its limit, offset and sort are ignored).
    enum class Share { Countries, Publishers, Producers, Languages };
    virtual ww::Result<QList<ww::CoverageCell>> coverageByDay(const ww::ArticleQuery &query) = 0;
    // Largest first; limit <= 0 returns all.
    virtual ww::Result<QList<ww::CountShare>> coverageShares(Share share, const ww::ArticleQuery &query,
                                                             int limit) = 0;
};
