#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <functional>

namespace ww {

class Database;

// A newest-first text search's page without collecting every match (issue 5 "Scale": "sanctions" matches
// a third of a 1,000,000-article archive, and collecting those matches to pick the newest 200 took
// seconds). Article ids grow with the time articles arrive, so the newest matches sit among the highest
// ids: the page is first asked among the ids from (top - window) on, with the search index's side bounded
// the same way, and the window grows until the answer is provably the unbounded one:
// - the window held a full page, and
// - no article below the window sorts after the page's last row (one indexed look at the newest times).
// Otherwise, or once the window covers every id, the unbounded query answers. So the rows and their order
// are always exactly those of the query without the window; only the cost changes.
class SearchWindow
{
public:
    // Runs the query among the ids from fromId on (0: all ids, no window).
    using Page = std::function<Result<QList<ArticleSummary>>(qint64 fromId)>;

    explicit SearchWindow(Database &db) : m_db(db) {}

    // SQLite, a text search, newest first, a page limit: where the window pays off.
    static bool applies(const Database &db, const ArticleQuery &query);

    // The page for query (its limit, sort and cursor as given). firstWindow: ids in the first window
    // (0: eight pages' worth); each further window is at least eight times larger, more when the last one
    // held few matches.
    Result<QList<ArticleSummary>> list(const ArticleQuery &query, const Page &page, qint64 firstWindow = 0);
    // How many windowed queries the last list() ran before it answered (0: it ran only the unbounded one).
    int rounds() const { return m_rounds; }
    // Whether the last list() answered from a window rather than the unbounded query.
    bool answeredFromWindow() const { return m_fromWindow; }

private:
    Result<bool> newerBelow(const ArticleQuery &query, const ArticleSummary &last, qint64 fromId) const;

    Database &m_db;
    int m_rounds = 0;
    bool m_fromWindow = false;
};

} // namespace ww
