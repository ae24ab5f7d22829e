#include "store/store.h"

#include "store/database.h"

#include <QCoreApplication>

namespace ww {

Store::Store(Database &db)
    : m_db(db), m_feeds(db), m_articles(db), m_tags(db), m_clusters(db), m_annotations(db),
      m_savedSearches(db), m_coverage(db)
{}

Result<StoreStats> Store::stats()
{
    StoreStats st;
    st.schemaVersion = m_db.schemaVersion();
    const std::pair<int *, const char *> counts[] = {
        {&st.sources, "SELECT COUNT(*) FROM sources"},
        {&st.feeds, "SELECT COUNT(*) FROM feeds"},
        {&st.pausedFeeds, "SELECT COUNT(*) FROM feeds WHERE paused = 1"},
        {&st.failingFeeds, "SELECT COUNT(*) FROM feeds WHERE consecutive_failures > 0"},
        {&st.articles, "SELECT COUNT(*) FROM articles"},
        {&st.unread, "SELECT COUNT(*) FROM articles WHERE read = 0"},
        {&st.starred, "SELECT COUNT(*) FROM articles WHERE starred = 1"},
        {&st.extracted, "SELECT COUNT(*) FROM articles WHERE extracted_at IS NOT NULL"},
        {&st.revisions, "SELECT COUNT(*) FROM article_revisions"},
        {&st.clusters, "SELECT COUNT(*) FROM clusters"},
        {&st.images, "SELECT COUNT(*) FROM images"},
        {&st.tags, "SELECT COUNT(*) FROM tags"},
        {&st.annotations, "SELECT COUNT(*) FROM annotations"},
        {&st.savedSearches, "SELECT COUNT(*) FROM saved_searches"},
    };
    for (const auto &[target, sql] : counts) {
        QSqlQuery q = m_db.query();
        if (!q.exec(QString::fromLatin1(sql)) || !q.next())
            return Database::sqlError(q.lastError(),
                                      QCoreApplication::translate("ww::Store", "Reading statistics failed"));
        *target = q.value(0).toInt();
    }
    return st;
}

} // namespace ww
