#include "extract/feeddiscovery.h"

namespace ww {

QList<DiscoveredFeed> FeedDiscovery::discover(const QString &html, const QUrl &pageUrl)
{
    return discover(HtmlDocument::parse(html), pageUrl);
}

QList<DiscoveredFeed> FeedDiscovery::discover(const HtmlDocument &doc, const QUrl &pageUrl)
{
    static const QStringList feedTypes = {
        QStringLiteral("application/rss+xml"), QStringLiteral("application/atom+xml"),
        QStringLiteral("application/feed+json"), QStringLiteral("application/json"),
        QStringLiteral("application/rdf+xml")};
    QUrl base = pageUrl;
    // <base href> changes what relative hrefs mean; only a web base is honoured.
    const int baseEl = doc.firstElement(QLatin1String("base"));
    if (baseEl > 0) {
        const QUrl declared = pageUrl.resolved(QUrl(doc.attribute(baseEl, QLatin1String("href")).trimmed()));
        if (declared.scheme() == QLatin1String("http") || declared.scheme() == QLatin1String("https"))
            base = declared;
    }
    QList<DiscoveredFeed> feeds;
    for (int link : doc.elements(QLatin1String("link"))) {
        const QStringList rel =
            doc.attribute(link, QLatin1String("rel")).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!rel.contains(QLatin1String("alternate")) && !rel.contains(QLatin1String("feed")))
            continue;
        QString type = doc.attribute(link, QLatin1String("type")).trimmed().toLower();
        type = type.section(QLatin1Char(';'), 0, 0).trimmed();
        if (!feedTypes.contains(type))
            continue;
        // application/json is too generic: only when the link says it is a feed.
        if (type == QLatin1String("application/json") && !rel.contains(QLatin1String("feed")) &&
            !doc.attribute(link, QLatin1String("title")).contains(QLatin1String("feed"), Qt::CaseInsensitive))
            continue;
        const QString href = doc.attribute(link, QLatin1String("href")).trimmed();
        if (href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if ((url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            continue;
        bool seen = false;
        for (const DiscoveredFeed &f : std::as_const(feeds))
            seen = seen || f.url == url;
        if (!seen)
            feeds.append({url, collapseWhitespace(doc.attribute(link, QLatin1String("title"))), type});
    }
    return feeds;
}

} // namespace ww
