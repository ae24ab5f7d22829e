#include "feeds/jsonfeedparser.h"

#include "feeds/datetimeparser.h"
#include "feeds/feedparser.h"
#include "feeds/htmlentities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::JsonFeedParser", text);
}

QUrl resolve(const QUrl &base, const QString &href)
{
    if (href.trimmed().isEmpty())
        return {};
    return base.isEmpty() ? QUrl(href.trimmed()) : base.resolved(QUrl(href.trimmed()));
}

QList<Person> authorsOf(const QJsonObject &object)
{
    QList<Person> out;
    QJsonArray list = object.value(QLatin1String("authors")).toArray();
    if (object.value(QLatin1String("author")).isObject())
        list.prepend(object.value(QLatin1String("author")));
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject a = v.toObject();
        Person p;
        p.name = a.value(QLatin1String("name")).toString().trimmed();
        p.uri = a.value(QLatin1String("url")).toString().trimmed();
        // 1.1 feeds often repeat the 1.0 "author" in "authors".
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&p](const Person &o) { return o.name == p.name && o.uri == p.uri; });
        if ((!p.name.isEmpty() || !p.uri.isEmpty()) && !seen)
            out << p;
    }
    return out;
}

} // namespace

bool JsonFeedParser::looksLikeJson(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0xfeff))
            continue;
        return c == u'{';
    }
    return false;
}

Result<ParsedFeed> JsonFeedParser::parse(const QString &text, const QUrl &baseUrl, const ParseLimits &limits)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error(Error::Code::Malformed,
                     tr("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = doc.object();
    const QString version = root.value(QLatin1String("version")).toString();
    const bool versioned = version.startsWith(QLatin1String("https://jsonfeed.org/version/")) ||
                           version.startsWith(QLatin1String("http://jsonfeed.org/version/"));
    // Some generators write "version": "1.0"; an object with an items array is still a JSON Feed.
    if (!versioned && !root.value(QLatin1String("items")).isArray())
        return Error(Error::Code::NotAFeed, tr("not a feed (JSON without a JSON Feed version)"));

    ParsedFeed feed;
    feed.format = version.endsWith(QLatin1String("1.1")) ? ParsedFeed::Format::JsonFeed11
                                                         : ParsedFeed::Format::JsonFeed10;
    if (!versioned) {
        feed.repaired = true;
        feed.warnings << tr("JSON Feed version \"%1\" is not a jsonfeed.org version URL").arg(version);
    }
    feed.title = HtmlEntities::toPlainText(root.value(QLatin1String("title")).toString());
    feed.link = resolve(baseUrl, root.value(QLatin1String("home_page_url")).toString());
    feed.selfUrl = resolve(baseUrl, root.value(QLatin1String("feed_url")).toString());
    feed.description = root.value(QLatin1String("description")).toString();
    feed.language = root.value(QLatin1String("language")).toString();
    feed.image = resolve(baseUrl, root.value(QLatin1String("icon")).toString());
    feed.logo = feed.image; // JSON Feed's "icon" is the large square image
    feed.icon = resolve(baseUrl, root.value(QLatin1String("favicon")).toString());
    if (!feed.link.isEmpty())
        feed.links << Link{feed.link, QStringLiteral("alternate"), {}, {}, {}, -1};
    if (!feed.selfUrl.isEmpty())
        feed.links << Link{feed.selfUrl, QStringLiteral("self"), {}, {}, {}, -1};
    const QList<Person> feedAuthors = authorsOf(root);
    feed.authors = feedAuthors;

    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    if (items.size() > limits.maxItems)
        return Error(Error::Code::TooLarge, tr("feed has more than %1 items").arg(limits.maxItems));
    qint64 total = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        FeedItem item;
        const QJsonValue id = o.value(QLatin1String("id"));
        item.guid = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString().trimmed();
        item.url = resolve(baseUrl, o.value(QLatin1String("url")).toString());
        const QUrl external = resolve(baseUrl, o.value(QLatin1String("external_url")).toString());
        if (!item.url.isEmpty())
            item.links << Link{item.url, QStringLiteral("alternate"), {}, {}, {}, -1};
        if (!external.isEmpty()) // the page the item is about, elsewhere (JSON Feed 1.1)
            item.links << Link{external, QStringLiteral("related"), {}, {}, {}, -1};
        if (item.url.isEmpty())
            item.url = external;
        item.title = HtmlEntities::toPlainText(o.value(QLatin1String("title")).toString());
        item.summary = o.value(QLatin1String("summary")).toString();
        item.content = o.value(QLatin1String("content_html")).toString();
        item.contentType = QStringLiteral("html");
        if (item.content.isEmpty()) {
            item.content = o.value(QLatin1String("content_text")).toString();
            item.contentType = item.content.isEmpty() ? QString() : QStringLiteral("text");
        }
        const qint64 size = item.title.size() + item.summary.size() + item.content.size();
        if (size > limits.maxItemTextChars)
            return Error(Error::Code::TooLarge, tr("item %1 text exceeds the limit of %2 characters")
                                                    .arg(feed.items.size() + 1)
                                                    .arg(limits.maxItemTextChars));
        total += size;
        if (total > limits.maxFeedTextChars)
            return Error(Error::Code::TooLarge,
                         tr("feed text exceeds the limit of %1 characters").arg(limits.maxFeedTextChars));
        item.published = DateTimeParser::parseFeedDate(o.value(QLatin1String("date_published")).toString());
        item.updated = DateTimeParser::parseFeedDate(o.value(QLatin1String("date_modified")).toString());
        item.authors = authorsOf(o);
        if (item.authors.isEmpty())
            item.authors = feedAuthors;
        if (!item.authors.isEmpty())
            item.author = item.authors.constFirst().name;
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            if (!t.toString().trimmed().isEmpty()) {
                item.categories << t.toString().trimmed();
                item.tags << Category{t.toString().trimmed(), {}, {}};
            }
        for (const QJsonValue &a : o.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject att = a.toObject();
            Enclosure e;
            e.url = resolve(baseUrl, att.value(QLatin1String("url")).toString());
            e.type = att.value(QLatin1String("mime_type")).toString();
            e.length = att.contains(QLatin1String("size_in_bytes"))
                           ? qint64(att.value(QLatin1String("size_in_bytes")).toDouble())
                           : -1;
            if (!e.url.isEmpty())
                item.enclosures << e;
        }
        QString image = o.value(QLatin1String("image")).toString();
        if (image.isEmpty()) // the wide banner is still the item's picture when there is no main image
            image = o.value(QLatin1String("banner_image")).toString();
        if (!image.isEmpty()) {
            MediaObject m;
            m.url = resolve(baseUrl, image);
            m.type = QStringLiteral("image");
            item.media << m;
        }
        item.language = o.value(QLatin1String("language")).toString(feed.language);
        feed.items << item;
    }
    return feed;
}

} // namespace ww
