#pragma once

#include "core/result.h"
#include "extract/article.h"

namespace ww {

class Database;

// The per-article rows an extraction produces (page images, attribution claims, country mentions, quotes):
// replaced as a set, and read back into an Article.
class ExtractionRows
{
public:
    explicit ExtractionRows(Database &db) : m_db(db) {}

    // Call inside a transaction: deletes the previous page rows, then inserts these.
    Status replace(qint64 articleId, const Article &article);
    // Replaces the images that came with the feed item (media:content and image enclosures).
    Status replaceFeedImages(qint64 articleId, const QList<ArticleImage> &images);
    // Fills images, claims, countries and quotes of `article`.
    Status load(qint64 articleId, Article &article);

    static QString roleName(AttributionClaim::Role role);
    static QString kindName(AttributionClaim::Kind kind);
    static AttributionClaim::Role roleFromName(const QString &name);
    static AttributionClaim::Kind kindFromName(const QString &name);

private:
    Status insertImages(qint64 articleId, const QString &origin, const QList<ArticleImage> &images);
    Status deleteRows(const QString &sql, qint64 articleId);

    Database &m_db;
};

} // namespace ww
