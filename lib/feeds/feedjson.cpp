#include "feeds/feedjson.h"

#include <QJsonArray>

namespace ww {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString(QUrl::FullyEncoded));
}

} // namespace

QJsonValue FeedJson::date(const FeedDate &date)
{
    if (!date.isKnown())
        return QJsonValue::Null;
    return date.utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject FeedJson::item(const FeedItem &item)
{
    QJsonObject o;
    o.insert(QLatin1String("guid"), stringOrNull(item.guid));
    o.insert(QLatin1String("key"), item.key);
    o.insert(QLatin1String("url"), urlOrNull(item.url));
    o.insert(QLatin1String("title"), item.title);
    o.insert(QLatin1String("author"), stringOrNull(item.author));
    o.insert(QLatin1String("published"), date(item.published));
    o.insert(QLatin1String("published_raw"), stringOrNull(item.published.raw));
    o.insert(QLatin1String("updated"), date(item.updated));
    o.insert(QLatin1String("summary"), stringOrNull(item.summary));
    o.insert(QLatin1String("content"), stringOrNull(item.content));
    o.insert(QLatin1String("categories"), QJsonArray::fromStringList(item.categories));
    QJsonArray enclosures;
    for (const Enclosure &e : item.enclosures) {
        QJsonObject eo;
        eo.insert(QLatin1String("url"), urlOrNull(e.url));
        eo.insert(QLatin1String("type"), stringOrNull(e.type));
        eo.insert(QLatin1String("length"), e.length >= 0 ? QJsonValue(double(e.length)) : QJsonValue());
        enclosures.append(eo);
    }
    o.insert(QLatin1String("enclosures"), enclosures);
    QJsonArray media;
    for (const MediaObject &m : item.media) {
        QJsonObject mo;
        mo.insert(QLatin1String("url"), urlOrNull(m.url));
        mo.insert(QLatin1String("type"), stringOrNull(m.type));
        mo.insert(QLatin1String("title"), stringOrNull(m.title));
        mo.insert(QLatin1String("description"), stringOrNull(m.description));
        mo.insert(QLatin1String("credit"), stringOrNull(m.credit));
        mo.insert(QLatin1String("credit_role"), stringOrNull(m.creditRole));
        mo.insert(QLatin1String("thumbnail"), urlOrNull(m.thumbnail));
        media.append(mo);
    }
    o.insert(QLatin1String("media"), media);
    return o;
}

QJsonObject FeedJson::feed(const ParsedFeed &feed)
{
    QJsonObject o;
    o.insert(QLatin1String("title"), feed.title);
    o.insert(QLatin1String("link"), urlOrNull(feed.link));
    o.insert(QLatin1String("language"), stringOrNull(feed.language));
    o.insert(QLatin1String("format"), formatName(feed.format));
    o.insert(QLatin1String("encoding"), feed.encoding);
    o.insert(QLatin1String("encoding_guessed"), feed.encodingGuessed);
    o.insert(QLatin1String("encoding_overridden"), feed.encodingOverridden);
    o.insert(QLatin1String("repaired"), feed.repaired);
    o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(feed.warnings));
    QJsonArray items;
    for (const FeedItem &item : feed.items)
        items.append(FeedJson::item(item));
    o.insert(QLatin1String("items"), items);
    return o;
}

QJsonObject feedToJson(const ParsedFeed &feed)
{
    return FeedJson::feed(feed);
}

} // namespace ww
