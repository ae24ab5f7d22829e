#pragma once

#include "extract/article.h"
#include "extract/htmldocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace ww {

// What the page says about itself: meta tags, Open Graph, JSON-LD, <time>, the <title>.
struct PageMetadata
{
    QString title;
    QString byline;
    QString siteName;
    QString section;
    QString description;
    QString declaredLanguage; // primary subtag ("en") from html lang / meta / og:locale / JSON-LD
    QUrl canonicalUrl;
    QDateTime publishedUtc;
    QDateTime updatedUtc;
    QUrl ogImage;
    QString ogImageAlt;
    QList<AttributionClaim> claims; // JSON-LD publisher/author/sourceOrganization/creator, og:site_name
    QList<QJsonObject> jsonLd;      // every JSON-LD object, @graph and nesting flattened
};

class MetadataExtractor
{
public:
    static PageMetadata extract(const HtmlDocument &doc, const QUrl &pageUrl);

    // "Headline | Site" -> "Headline" when the tail is the site (or the h1 is the head).
    static QString cleanTitle(const QString &title, const QString &siteName, const QString &h1 = {});
    // ISO 8601 (with or without zone, "T" or space), RFC 2822, and "14 Oct 2024, 16:05 GMT"-like forms.
    static QDateTime parseDate(const QString &raw);
    static QList<QJsonObject> jsonLdObjects(const HtmlDocument &doc);
    static QString primaryLanguage(const QString &tag);
};

} // namespace ww
