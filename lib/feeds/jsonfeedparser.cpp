#include "feeds/jsonfeedparser.h"

#include "feeds/datetimeparser.h"
#include "feeds/feedparser.h"
#include "feeds/htmlentities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        if (!p.name.isEmpty() || !p.uri.isEmpty())
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
    if (!version.startsWith(QLatin1String("https://jsonfeed.org/version/")) &&
        !version.startsWith(QLatin1String("http://jsonfeed.org/version/")))
        return Error(Error::Code::NotAFeed, tr("not a feed (JSON without a JSON Feed version)"));

    ParsedFeed feed;
    feed.format = version.endsWith(QLatin1String("/1")) ? ParsedFeed::Format::JsonFeed10
                                                        : ParsedFeed::Format::JsonFeed11;
    feed.title = HtmlEntities::toPlainText(root.value(QLatin1String("title")).toString());
    feed.link = resolve(baseUrl, root.value(QLatin1String("home_page_url")).toString());
    feed.selfUrl = resolve(baseUrl, root.value(QLatin1String("feed_url")).toString());
    feed.description = root.value(QLatin1String("description")).toString();
    feed.language = root.value(QLatin1String("language")).toString();
    feed.image = resolve(baseUrl, root.value(QLatin1String("icon")).toString());
    const QList<Person> feedAuthors = authorsOf(root);

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
        if (item.url.isEmpty())
            item.url = resolve(baseUrl, o.value(QLatin1String("external_url")).toString());
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
            if (!t.toString().trimmed().isEmpty())
                item.categories << t.toString().trimmed();
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
        const QString image = o.value(QLatin1String("image")).toString();
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
