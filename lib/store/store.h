#pragma once

#include "core/result.h"
#include "store/articlestore.h"
#include "store/feedstore.h"
#include "store/storetypes.h"

namespace ww {

class Database;

// The storage facade handed to the GUI, the CLI and the poller: one object per open Database (and thread),
// grouping the coarse per-area stores. Callers never see SQL.
class Store
{
public:
    explicit Store(Database &db);

    Database &database() { return m_db; }
    FeedStore &feeds() { return m_feeds; }
    ArticleStore &articles() { return m_articles; }

    Result<StoreStats> stats();

private:
    Database &m_db;
    FeedStore m_feeds;
    ArticleStore m_articles;
};

} // namespace ww
