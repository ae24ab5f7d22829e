#pragma once

#include "extract/article.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Value types exchanged with the stores. Ids are database ids (> 0); 0 means "none".
namespace ww {

struct Source
{
    qint64 id = 0;
    QString name;
    QUrl homepage;
    QString country;  // ISO 3166-1 alpha-2
    QString language; // BCP 47
    QString kind;     // "agency", "newspaper", "broadcaster", "state media"...
    bool stateAffiliated = false;
};

// Poll state kept per feed. Validators are stored verbatim (quotes and W/ kept, dates not re-formatted).
struct FeedState
{
    QString etag;
    QString lastModified;
    QDateTime nextPollAt;
    QDateTime lastPolledAt;
    QDateTime lastSuccessAt;
    int consecutiveFailures = 0;
    bool paused = false;
    QString lastError;
    int lastStatus = 0;     // HTTP status of the last attempt, 0 if none
    QUrl redirectCandidate; // a 301/308 target seen but not yet adopted
    int redirectCount = 0;  // how many polls in a row saw that target
};

struct Feed
{
    qint64 id = 0;
    QUrl url;
    QString title;
    qint64 sourceId = 0;
    QString folder;
    QUrl siteUrl;
    QString language;
    int scheduleMinutes = 60;
    FeedState state;
};

struct IngestResult
{
    int added = 0;
    int revised = 0;
    int unchanged = 0;
    int skipped = 0; // items without any usable identity
    QList<qint64> addedIds;
    QList<qint64> revisedIds; // their extraction is stale
};

// Filters for article lists, counts and charts. Empty members do not filter.
struct ArticleQuery
{
    enum class Sort { NewestFirst, OldestFirst, TitleAscending, ArrivalOrder }; // ArrivalOrder: by id

    QList<qint64> feedIds;
    QString folder;
    QString text;        // user search syntax: words, "phrases", AND/OR/NOT, -word, prefix*, (groups)
    QString countryCode; // mentioned country
    QString producer;    // producing agency ("Reuters")
    QString publisher;   // publishing outlet: the extracted publisher or the feed's source name
    QList<qint64> sourceIds;
    qint64 tagId = 0;
    qint64 clusterId = 0;
    QString language;
    QDateTime from; // inclusive, on the article's sort time (published, or fetched when unknown)
    QDateTime to;   // exclusive
    bool unreadOnly = false;
    bool starredOnly = false;
    qint64 minId = 0; // only ids above this (saved-search alerts)
    Sort sort = Sort::NewestFirst;
    int limit = 100;
    int offset = 0;
    // Keyset paging (ArticleStore::list): with afterId > 0, only the rows after this one in the sort order,
    // and offset is ignored, so a page costs the same at any depth. The row's own sort key goes with its id:
    // afterSortTime for the time orders, afterTitle for TitleAscending (ArrivalOrder needs the id only).
    // Counts and coverage ignore these, as they ignore limit and offset.
    qint64 afterId = 0;
    QDateTime afterSortTime;
    QString afterTitle;
};

// One row of an article list: light enough for a 1,000,000-row archive's first page.
struct ArticleSummary
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString sourceName;
    QString title;
    QUrl url;
    QDateTime published; // invalid when the feed gave no usable date
    QDateTime sortTime;  // published, or fetched when unknown
    QString producer;
    QString countries; // comma-separated codes, most relevant first
    QStringList tags;
    QString language;
    bool read = false;
    bool starred = false;
    qint64 clusterId = 0;
    int revision = 1;
};

struct ArticleRevision
{
    int revision = 0;
    QString title;
    QString summary;
    QString content;
    QString contentHash;
    QDateTime seenAt;
};

// Everything stored about one article: feed fields, raw content, extraction and analyst state.
struct StoredArticle
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString sourceName;
    QString itemKey;
    QString guid;
    QString author;
    QString publishedRaw;
    QString summary;    // as the feed gave it (HTML or text; never rendered unsanitised)
    QString contentRaw; // as the feed gave it
    QString contentType;
    QStringList categories;
    QString contentHash;
    int revision = 1;
    QDateTime fetched;
    QDateTime extracted; // invalid until saveExtraction ran for the current revision
    QString encoding;
    bool encodingGuessed = false;
    bool repaired = false;
    bool read = false;
    bool starred = false;
    qint64 clusterId = 0;
    QStringList tags;
    Article article; // title, url, dates, extraction (images, claims, countries, quotes...)
};

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb"
    int articleCount = 0;
};

struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0; // one of articleId / clusterId is set
    qint64 clusterId = 0;
    QString quote;
    QString prefix; // text just before the quote, to re-anchor after a revision
    QString suffix;
    int start = -1;
    int end = -1;
    QString note;
    QDateTime created;
    QDateTime updated;
    bool orphaned = false; // the quote no longer appears in the current text
};

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;   // user search syntax, as ArticleQuery::text
    QString filters; // other filters, serialised by the GUI (opaque to the store)
    bool alert = false;
    qint64 lastSeenId = 0;    // the highest article id the analyst has seen for this search
    qint64 tagId = 0;         // a tag rule: new matches get this tag (0: none)
    qint64 lastCheckedId = 0; // new matches are ids above this; moved by SavedSearchRunner only
};

struct AlertRecord
{
    qint64 id = 0;
    qint64 searchId = 0;
    QDateTime firedAt;
    int articleCount = 0;
    qint64 maxArticleId = 0;
    QString message;
};

struct CoverageCell
{
    QDate day; // UTC
    QString countryCode;
    int articles = 0;
};

struct CountShare
{
    QString key; // country code, outlet name or agency name
    int count = 0;
};

struct StoreStats
{
    int sources = 0;
    int feeds = 0;
    int pausedFeeds = 0;
    int failingFeeds = 0;
    int articles = 0;
    int unread = 0;
    int starred = 0;
    int extracted = 0;
    int revisions = 0;
    int clusters = 0;
    int images = 0;
    int tags = 0;
    int annotations = 0;
    int savedSearches = 0;
    int schemaVersion = 0;
};

} // namespace ww
