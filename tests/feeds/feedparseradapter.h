#pragma once

// Presents a ParsedFeed the way feedparser's result dict looks (feedparser suite README section 1.2),
// with feedparser's key aliases filled in, for tst_conformance_feedparser. Only what our model
// stores is shown; nothing here parses the document again.
#include "feeds/parsedfeed.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ww::feedparserview {

inline QJsonValue parsedTuple(const FeedDate &d)
{
    if (!d.isKnown())
        return QJsonValue();
    const QDateTime u = d.utc.toUTC();
    return QJsonArray{u.date().year(),          u.date().month(),     u.date().day(),
                      u.time().hour(),          u.time().minute(),    u.time().second(),
                      u.date().dayOfWeek() - 1, u.date().dayOfYear(), 0};
}

inline QJsonObject person(const Person &p)
{
    QJsonObject o;
    if (!p.name.isEmpty())
        o.insert(QLatin1String("name"), p.name);
    if (!p.email.isEmpty())
        o.insert(QLatin1String("email"), p.email);
    if (!p.uri.isEmpty()) {
        o.insert(QLatin1String("href"), p.uri);
        o.insert(QLatin1String("url"), p.uri);
    }
    return o;
}

// feedparser's "author": "Name (email)", the name, or the email.
inline QString displayName(const Person &p)
{
    if (!p.name.isEmpty())
        return p.email.isEmpty() ? p.name : p.name + QLatin1String(" (") + p.email + u')';
    return p.email;
}

inline void putDate(QJsonObject &o, const FeedDate &d, std::initializer_list<const char *> names)
{
    if (d.raw.isEmpty())
        return;
    for (const char *name : names) {
        o.insert(QLatin1String(name), d.raw);
        o.insert(QLatin1String(name) + QLatin1String("_parsed"), parsedTuple(d));
    }
}

// feedparser's `version`: ours, but empty when the format is unknown.
inline QString versionName(ParsedFeed::Format f)
{
    return f == ParsedFeed::Format::Unknown ? QString() : formatName(f);
}

// A *_detail dict: the value plus the type, xml:lang and xml:base our model records for it.
inline QJsonObject detail(const QString &value, const TextInfo &info, const QString &defaultType)
{
    QJsonObject d{{QLatin1String("value"), value},
                  {QLatin1String("type"), info.type.isEmpty() ? defaultType : info.type}};
    d.insert(QLatin1String("language"), info.language.isEmpty() ? QJsonValue() : QJsonValue(info.language));
    if (!info.base.isEmpty())
        d.insert(QLatin1String("base"), info.base.toString());
    return d;
}

inline void putText(QJsonObject &o, const QString &value, const QHash<QString, TextInfo> &infos,
                    const QString &infoKey, std::initializer_list<const char *> names,
                    const QString &defaultType)
{
    const QJsonObject d = detail(value, infos.value(infoKey), defaultType);
    for (const char *name : names) {
        o.insert(QLatin1String(name), value);
        o.insert(QLatin1String(name) + QLatin1String("_detail"), d);
    }
}

inline QJsonObject link(const Link &l)
{
    QJsonObject o{{QLatin1String("href"), l.href.toString()}, {QLatin1String("rel"), l.rel}};
    if (!l.type.isEmpty())
        o.insert(QLatin1String("type"), l.type);
    if (!l.title.isEmpty())
        o.insert(QLatin1String("title"), l.title);
    if (!l.hreflang.isEmpty())
        o.insert(QLatin1String("hreflang"), l.hreflang);
    if (l.length >= 0)
        o.insert(QLatin1String("length"), QString::number(l.length));
    return o;
}

inline QJsonArray tagsOf(const QList<Category> &tags, const QStringList &categories)
{
    QJsonArray out;
    for (const Category &c : tags) {
        QJsonObject o{{QLatin1String("term"), c.term}};
        o.insert(QLatin1String("scheme"), c.scheme.isEmpty() ? QJsonValue() : QJsonValue(c.scheme));
        o.insert(QLatin1String("label"), c.label.isEmpty() ? QJsonValue() : QJsonValue(c.label));
        out.append(o);
    }
    if (tags.isEmpty()) // JSON Feed has terms only
        for (const QString &c : categories)
            out.append(QJsonObject{{QLatin1String("term"), c}});
    return out;
}

inline void putPeople(QJsonObject &o, const QList<Person> &authors, const QList<Person> &contributors,
                      const Person &publisher)
{
    QJsonArray a, c;
    for (const Person &p : authors)
        a.append(person(p));
    for (const Person &p : contributors)
        c.append(person(p));
    o.insert(QLatin1String("authors"), a);
    o.insert(QLatin1String("contributors"), c);
    if (!authors.isEmpty()) {
        o.insert(QLatin1String("author"), displayName(authors.constFirst()));
        o.insert(QLatin1String("author_detail"), person(authors.constFirst()));
    }
    if (!publisher.name.isEmpty() || !publisher.email.isEmpty()) {
        o.insert(QLatin1String("publisher"), displayName(publisher));
        o.insert(QLatin1String("publisher_detail"), person(publisher));
    }
}

// Extension elements go in under their own key unless the model already put a field there.
inline void putExtensions(QJsonObject &o, const QMap<QString, QString> &extensions)
{
    QMap<QString, QJsonObject> records; // "image/width" -> image: {width}
    for (auto it = extensions.begin(); it != extensions.end(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        if (slash > 0)
            records[it.key().left(slash).toLower()].insert(it.key().mid(slash + 1).toLower(), it.value());
        else if (!o.contains(it.key().toLower()))
            o.insert(it.key().toLower(), it.value());
    }
    for (auto it = records.begin(); it != records.end(); ++it) {
        QJsonObject merged = o.value(it.key()).toObject();
        for (auto f = it.value().begin(); f != it.value().end(); ++f)
            if (!merged.contains(f.key()))
                merged.insert(f.key(), f.value());
        if (it.key() == QLatin1String("image") && merged.contains(QLatin1String("url")))
            merged.insert(QLatin1String("href"), merged.value(QLatin1String("url")));
        o.insert(it.key(), merged);
    }
}

// Feed-level fields, for the feed and for an entry's source.
inline QJsonObject adaptHeader(const ParsedFeed &feed)
{
    QJsonObject f;
    putText(f, feed.title, feed.textInfo, QStringLiteral("title"), {"title"}, QStringLiteral("text/plain"));
    QJsonArray links;
    for (const Link &l : feed.links)
        links.append(link(l));
    if (feed.links.isEmpty() && !feed.link.isEmpty())
        links.append(
            link(Link{feed.link, QStringLiteral("alternate"), QStringLiteral("text/html"), {}, {}, -1}));
    if (feed.links.isEmpty() && !feed.selfUrl.isEmpty())
        links.append(link(Link{feed.selfUrl, QStringLiteral("self"), {}, {}, {}, -1}));
    if (!feed.link.isEmpty())
        f.insert(QLatin1String("link"), feed.link.toString());
    f.insert(QLatin1String("links"), links);
    if (!feed.description.isNull())
        putText(f, feed.description, feed.textInfo, QStringLiteral("subtitle"),
                {"subtitle", "tagline", "description"}, QStringLiteral("text/html"));
    if (feed.extensions.contains(QStringLiteral("info")))
        putText(f, feed.extensions.value(QStringLiteral("info")), feed.textInfo, QStringLiteral("info"),
                {"info"}, QStringLiteral("text/plain"));
    else if (!feed.description.isNull())
        putText(f, feed.description, feed.textInfo, QStringLiteral("subtitle"), {"info"},
                QStringLiteral("text/html"));
    if (!feed.language.isEmpty())
        f.insert(QLatin1String("language"), feed.language);
    if (!feed.generator.isEmpty() || !feed.generatorUri.isEmpty()) {
        f.insert(QLatin1String("generator"), feed.generator);
        QJsonObject g{{QLatin1String("name"), feed.generator}};
        if (!feed.generatorUri.isEmpty()) {
            g.insert(QLatin1String("href"), feed.generatorUri.toString());
            g.insert(QLatin1String("url"), feed.generatorUri.toString());
        }
        if (!feed.generatorVersion.isEmpty())
            g.insert(QLatin1String("version"), feed.generatorVersion);
        f.insert(QLatin1String("generator_detail"), g);
    }
    if (feed.textInfo.contains(QStringLiteral("rights")) || !feed.rights.isEmpty())
        putText(f, feed.rights, feed.textInfo, QStringLiteral("rights"), {"rights", "copyright"},
                QStringLiteral("text/plain"));
    if (!feed.image.isEmpty())
        f.insert(QLatin1String("image"), QJsonObject{{QLatin1String("href"), feed.image.toString()},
                                                     {QLatin1String("url"), feed.image.toString()}});
    if (!feed.icon.isEmpty())
        f.insert(QLatin1String("icon"), feed.icon.toString());
    if (!feed.logo.isEmpty())
        f.insert(QLatin1String("logo"), feed.logo.toString());
    if (!feed.docs.isEmpty())
        f.insert(QLatin1String("docs"), feed.docs.toString());
    if (!feed.id.isEmpty()) {
        f.insert(QLatin1String("id"), feed.id);
        f.insert(QLatin1String("guid"), feed.id);
    }
    putDate(f, feed.updated, {"updated", "modified", "date"});
    putDate(f, feed.published, {"published", "issued"});
    for (auto it = feed.otherDates.begin(); it != feed.otherDates.end(); ++it)
        putDate(f, it.value(), {it.key().toLatin1().constData()});
    putPeople(f, feed.authors, feed.contributors, feed.publisher);
    const QJsonArray tags = tagsOf(feed.tags, {});
    f.insert(QLatin1String("tags"), tags);
    if (!tags.isEmpty())
        f.insert(QLatin1String("category"), tags.at(0).toObject().value(QLatin1String("term")));
    if (feed.ttlMinutes > 0)
        f.insert(QLatin1String("ttl"), QString::number(feed.ttlMinutes));
    putExtensions(f, feed.extensions);
    return f;
}

inline QJsonObject adaptItem(const FeedItem &item)
{
    QJsonObject e;
    putText(e, item.title, item.textInfo, QStringLiteral("title"), {"title"}, QStringLiteral("text/plain"));
    QJsonArray links, enclosures;
    for (const Link &l : item.links)
        links.append(link(l));
    if (item.links.isEmpty() && !item.url.isEmpty())
        links.append(
            link(Link{item.url, QStringLiteral("alternate"), QStringLiteral("text/html"), {}, {}, -1}));
    if (!item.url.isEmpty())
        e.insert(QLatin1String("link"), item.url.toString());
    for (const Enclosure &en : item.enclosures) {
        QJsonObject eo = link(Link{en.url, QStringLiteral("enclosure"), en.type, {}, {}, en.length});
        eo.insert(QLatin1String("url"), en.url.toString());
        enclosures.append(eo);
        if (item.links.isEmpty())
            links.append(eo);
    }
    e.insert(QLatin1String("links"), links);
    e.insert(QLatin1String("enclosures"), enclosures);
    if (!item.guid.isEmpty()) {
        e.insert(QLatin1String("id"), item.guid);
        e.insert(QLatin1String("guid"), item.guid);
        e.insert(QLatin1String("guidislink"), item.guidIsPermaLink && item.url.toString() == item.guid);
    }
    const bool hasSummary = !item.summary.isNull() || item.textInfo.contains(QStringLiteral("summary"));
    if (hasSummary || !item.content.isEmpty())
        putText(e, hasSummary ? item.summary : item.content, item.textInfo,
                hasSummary ? QStringLiteral("summary") : QStringLiteral("content"),
                {"summary", "description"}, QStringLiteral("text/html"));
    if (!item.content.isEmpty() || item.extensions.contains(QStringLiteral("content_src"))) {
        QJsonObject c =
            detail(item.content, item.textInfo.value(QStringLiteral("content")),
                   item.contentType == QLatin1String("xhtml")  ? QStringLiteral("application/xhtml+xml")
                   : item.contentType == QLatin1String("text") ? QStringLiteral("text/plain")
                                                               : QStringLiteral("text/html"));
        if (item.extensions.contains(QStringLiteral("content_src")))
            c.insert(QLatin1String("src"), item.extensions.value(QStringLiteral("content_src")));
        e.insert(QLatin1String("content"), QJsonArray{c});
    }
    putDate(e, item.published, {"published", "issued"});
    putDate(e, item.updated, {"updated", "modified", "date"});
    if (item.updated.raw.isEmpty())
        putDate(e, item.published, {"updated", "date"});
    for (auto it = item.otherDates.begin(); it != item.otherDates.end(); ++it)
        putDate(e, it.value(), {it.key().toLatin1().constData()});
    putPeople(e, item.authors, item.contributors, item.publisher);
    const QJsonArray tags = tagsOf(item.tags, item.categories);
    e.insert(QLatin1String("tags"), tags);
    if (!tags.isEmpty())
        e.insert(QLatin1String("category"), tags.at(0).toObject().value(QLatin1String("term")));
    if (item.textInfo.contains(QStringLiteral("rights")) || !item.rights.isEmpty())
        putText(e, item.rights, item.textInfo, QStringLiteral("rights"), {"rights", "copyright"},
                QStringLiteral("text/plain"));
    if (!item.comments.isEmpty())
        e.insert(QLatin1String("comments"), item.comments.toString());
    if (!item.license.isEmpty())
        e.insert(QLatin1String("license"), item.license.toString());
    QJsonArray mediaContent, thumbnails, credits;
    for (const MediaObject &m : item.media) {
        mediaContent.append(
            QJsonObject{{QLatin1String("url"), m.url.toString()}, {QLatin1String("type"), m.type}});
        if (!m.thumbnail.isEmpty())
            thumbnails.append(QJsonObject{{QLatin1String("url"), m.thumbnail.toString()}});
        if (!m.credit.isEmpty())
            credits.append(
                QJsonObject{{QLatin1String("content"), m.credit}, {QLatin1String("role"), m.creditRole}});
    }
    e.insert(QLatin1String("media_content"), mediaContent);
    e.insert(QLatin1String("media_thumbnail"), thumbnails);
    e.insert(QLatin1String("media_credit"), credits);
    if (item.point)
        e.insert(QLatin1String("where"),
                 QJsonObject{{QLatin1String("type"), QStringLiteral("Point")},
                             {QLatin1String("coordinates"), QJsonArray{item.point->lat, item.point->lon}}});
    else
        e.insert(QLatin1String("where"), QJsonObject{});
    if (item.source) {
        e.insert(QLatin1String("source"), adaptHeader(*item.source));
    } else if (!item.sourceTitle.isEmpty() || !item.sourceUrl.isEmpty()) {
        QJsonObject s{{QLatin1String("title"), item.sourceTitle}};
        if (!item.sourceUrl.isEmpty()) {
            s.insert(QLatin1String("href"), item.sourceUrl.toString());
            s.insert(QLatin1String("link"), item.sourceUrl.toString());
        }
        e.insert(QLatin1String("source"), s);
    }
    if (!item.language.isEmpty())
        e.insert(QLatin1String("language"), item.language);
    putExtensions(e, item.extensions);
    return e;
}

// The feedparser-shaped view of what we store, with feedparser's key aliases filled in.
inline QJsonObject adapt(const ParsedFeed &feed)
{
    QJsonArray entries;
    for (const FeedItem &item : feed.items)
        entries.append(adaptItem(item));
    QJsonObject root;
    root.insert(QLatin1String("feed"), adaptHeader(feed));
    root.insert(QLatin1String("entries"), entries);
    root.insert(QLatin1String("encoding"), feed.encoding);
    root.insert(QLatin1String("version"), versionName(feed.format));
    return root;
}

} // namespace ww::feedparserview
