#pragma once

#include "extract/article.h"
#include "feeds/parsedfeed.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace ww {

// Page bytes (or a feed item, when the page cannot be fetched) to an Article: decoding, HTML5 parse,
// metadata, main text, images, then the analysis enrichment. Pure; run it on a worker thread.
class ArticleExtractor
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>; // as QNetworkReply::rawHeaderPairs()

    struct Options
    {
        bool enrich = true; // run ww::enrichArticle (producer, countries, quotes, ...)
        // The feed item the page was announced by: its Media RSS captions and credits (media:credit,
        // media:description) complete the page's pictures. Not owned; may be null.
        const FeedItem *feedItem = nullptr;
    };

    static Article extract(const QByteArray &html, const Headers &headers, const QUrl &url);
    static Article extract(const QByteArray &html, const Headers &headers, const QUrl &url,
                           const Options &options);
    // The feed's own content stands in for the page; fromFeedOnly is set and warnings say so.
    static Article fromFeedItem(const FeedItem &item, const QString &feedTitle = {});
    static Article fromFeedItem(const FeedItem &item, const QString &feedTitle, const Options &options);

    static QByteArray header(const Headers &headers, const QByteArray &name);

    // Media RSS pictures of a feed item: fills a matching picture's empty caption and credit, and adds
    // pictures the article does not have. Run enrichArticle afterwards (extract() does with feedItem set).
    static void mergeFeedMedia(Article &article, const FeedItem &item);
};

} // namespace ww
