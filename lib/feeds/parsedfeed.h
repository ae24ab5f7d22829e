#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace ww {

// A date as the feed wrote it, plus what we understood of it. An unparseable date stays invalid
// ("unknown"), never "now".
struct FeedDate
{
    QDateTime utc; // invalid when unknown
    QString raw;
    bool isKnown() const { return utc.isValid(); }
};

struct Person
{
    QString name;
    QString email;
    QString uri;
};

struct Enclosure
{
    QUrl url;
    QString type;
    qint64 length = -1;
};

// One Media RSS object (media:content / media:thumbnail / media:group member) with caption and credit.
struct MediaObject
{
    QUrl url;
    QString type; // MIME type or medium ("image", "video")
    QString title;
    QString description; // media:description: usually the photo caption
    QString credit;      // media:credit text, e.g. "Sputnik/Vladimir Smirnov/Pool via REUTERS"
    QString creditRole;  // media:credit role attribute
    QUrl thumbnail;
    int width = -1;
    int height = -1;
};

// One link element as written (atom:link, RSS <link>, enclosure), in document order.
struct Link
{
    QUrl href;
    QString rel; // "alternate" when the feed gives none
    QString type;
    QString title;
    QString hreflang;
    qint64 length = -1;
};

// A category with its vocabulary: atom:category term/scheme/label, RSS category domain, media:category.
struct Category
{
    QString term;
    QString scheme;
    QString label;
};

// Where a text field came from: its declared type as a MIME type ("text/plain", "text/html",
// "application/xhtml+xml"), and the xml:lang and xml:base in effect on its element.
struct TextInfo
{
    QString type;
    QString language;
    QUrl base;
};

struct ParsedFeed;

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

struct FeedItem
{
    QString guid; // as given; may be empty
    bool guidIsPermaLink = false;
    QString key; // stable identity: guid, or fallback (link, or hash of title+date+content)
    QUrl url;
    QString title;  // plain text
    QString author; // display form
    QList<Person> authors;
    QList<Person> contributors;
    FeedDate published;
    FeedDate updated;
    QString summary;     // HTML or text as given (never rendered unsanitised)
    QString content;     // content:encoded / atom:content / content_html
    QString contentType; // "html", "text" or "xhtml"
    QStringList categories;
    QList<Enclosure> enclosures;
    QList<MediaObject> media;
    QString sourceTitle; // <source> element: the feed the item came from
    QUrl sourceUrl;
    QString language;
    std::optional<GeoPoint> point;
    QString contentHash;               // hex SHA-1 over title+summary+content, to detect revisions
    bool encodingGuessed = false;      // copied from the feed: the bytes' encoding was detected, not declared
    bool encodingOverridden = false;   // copied from the feed: the declared encoding was wrong or unsupported
    QList<Link> links;                 // every link, enclosures included
    QList<Category> tags;              // categories with scheme/label (categories holds the terms)
    QString rights;                    // plain text
    QUrl comments;                     // RSS <comments>
    QUrl license;                      // cc:license / creativeCommons:license / atom:link rel=license
    Person publisher;                  // dc:publisher
    QHash<QString, TextInfo> textInfo; // "title", "summary", "content", "rights"
    QMap<QString, FeedDate> otherDates; // "created", "expired" (dates beyond published/updated)
    // Simple elements of other namespaces, keyed "prefix_localname" as written (wfw_comment,
    // slash_comments, an agency's own fields): kept as text, never interpreted.
    QMap<QString, QString> extensions;
    std::shared_ptr<const ParsedFeed> source; // atom:source: the feed this entry was copied from (no items)
};

struct ParsedFeed
{
    enum class Format {
        Unknown,
        Rss090,
        Rss091,
        Rss092,
        Rss10,
        Rss20,
        Atom03,
        Atom10,
        JsonFeed10,
        JsonFeed11,
        Rss093,
        Rss094,
        RssUnversioned // <rss> without a version attribute
    };

    Format format = Format::Unknown;
    QString title;
    QUrl link;    // the site
    QUrl selfUrl; // atom:link rel=self
    QString description;
    QString language;
    QString generator;
    QString rights;
    QUrl image;
    FeedDate updated;
    int ttlMinutes = -1;          // RSS ttl
    int updatePeriodMinutes = -1; // sy:updatePeriod / sy:updateFrequency
    QList<FeedItem> items;

    QString encoding;             // the encoding used to decode the bytes
    bool encodingGuessed = false; // nothing declared, or the declaration lied
    bool encodingOverridden =
        false;             // a declaration existed but was not used (wrong, unsupported, lower precedence)
    bool repaired = false; // a lenient repair was needed ("bozo")
    QStringList warnings;  // what was repaired or dropped, for people

    QString id; // atom:id
    QList<Person> authors;
    QList<Person> contributors;
    Person publisher; // dc:publisher, webMaster
    Person owner;     // itunes:owner: the podcast's contact
    QList<Category> tags;
    QList<Link> links;
    QUrl generatorUri;
    QString generatorVersion;
    QUrl icon;
    QUrl logo;
    QUrl docs;
    FeedDate published;
    QHash<QString, TextInfo> textInfo;  // "title", "subtitle", "rights"
    QMap<QString, FeedDate> otherDates; // "created", "validity_start", "validity_end"
    // RSS sub-records keyed by path ("image/title", "cloud/domain", "textInput/link") and simple
    // elements of other namespaces keyed "prefix_localname"; text as written.
    QMap<QString, QString> extensions;
};

QString formatName(ParsedFeed::Format format);

} // namespace ww
