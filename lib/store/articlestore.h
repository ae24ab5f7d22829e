#pragma once

#include "core/result.h"
#include "extract/article.h"
#include "feeds/parsedfeed.h"
#include "store/storetypes.h"

#include <QList>

namespace ww {

class Database;

// Articles: feed ingestion with revisions, extraction results, filtered lists, and read/starred state.
class ArticleStore
{
public:
    explicit ArticleStore(Database &db) : m_db(db) {}

    // One transaction per feed update: all items or none. A known item key whose content hash changed
    // becomes a new revision of the same article (the previous version goes to article_revisions).
    Result<IngestResult> ingest(qint64 feedId, const ParsedFeed &feed);
    // Replaces the previous extraction (images from the page, claims, countries, quotes) in one transaction
    // and updates the text, language, producer and publisher fields and the search index.
    Status saveExtraction(qint64 articleId, const Article &article);

    // Newest-first text searches on SQLite page through SearchWindow (the same rows, without collecting
    // every match of a frequent word).
    Result<QList<ArticleSummary>> list(const ArticleQuery &query);
    // The rows list() would give among the ids from fromId on (0: all), without the window: SearchWindow's
    // step, and the reference its tests compare against.
    Result<QList<ArticleSummary>> listFrom(const ArticleQuery &query, qint64 fromId);
    Result<int> count(const ArticleQuery &query); // ignores limit/offset
    Result<qint64> maxId();                       // the newest arrival's id, 0 when empty
    Result<StoredArticle> get(qint64 id);
    Result<QList<ArticleRevision>> revisions(qint64 articleId); // superseded versions, oldest first

    Status setRead(const QList<qint64> &ids, bool read);
    Status setStarred(const QList<qint64> &ids, bool starred);

private:
    Status setFlag(const QString &column, const QList<qint64> &ids, bool value);
    Status fillTagsAndCountries(QList<ArticleSummary> &rows);

    Database &m_db;
};

} // namespace ww
