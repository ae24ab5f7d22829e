#pragma once

#include "core/result.h"
#include "feeds/parsedfeed.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace ww {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>; // name, value as received

// Our own budgets; Qt's per-entity limit alone does not stop quadratic blowup (RELIABILITY b.1).
struct ParseLimits
{
    qint64 maxInputBytes = 64 * 1024 * 1024;
    qint64 maxFeedTextChars = 20000000; // decoded character data in the whole feed
    qint64 maxItemTextChars = 5000000;  // decoded character data in one item
    int maxItems = 10000;
    int maxDepth = 256;               // element nesting
    qint64 maxEntityExpansion = 4096; // characters a single internal entity may expand to
};

// bytes + HTTP headers + base URL -> feed and items, or a clear error. Pure: no I/O, no QObject.
// A truncated document is an error (nothing half-parsed comes back); recoverable breakage is
// repaired and reported in ParsedFeed::repaired / warnings.
Result<ParsedFeed> parseFeed(const QByteArray &bytes, const HttpHeaders &headers = {},
                             const QUrl &baseUrl = {}, const ParseLimits &limits = {});

class FeedParser
{
public:
    static Result<ParsedFeed> parse(const QByteArray &bytes, const HttpHeaders &headers, const QUrl &baseUrl,
                                    const ParseLimits &limits);
    // FeedItem::key: the guid when present and unique in the feed; duplicated guids get a suffix
    // from link/title/date; no guid: the link if unique, else a hash of title+date+content.
    static void assignIdentity(QList<FeedItem> &items);
    // Hex SHA-1 over whitespace-normalised title, summary and content: a change means a revision.
    static QString contentHash(const FeedItem &item);
    static QByteArray header(const HttpHeaders &headers, const QByteArray &name);
};

} // namespace ww
