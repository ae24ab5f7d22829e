#pragma once

#include "extract/htmldocument.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace ww {

struct DiscoveredFeed
{
    QUrl url;
    QString title;
    QString type; // "application/rss+xml", "application/atom+xml", "application/feed+json"
};

// Feeds a page announces with <link rel="alternate" type="...">, resolved against <base>/the page URL.
class FeedDiscovery
{
public:
    static QList<DiscoveredFeed> discover(const HtmlDocument &doc, const QUrl &pageUrl);
    static QList<DiscoveredFeed> discover(const QString &html, const QUrl &pageUrl);
};

} // namespace ww
