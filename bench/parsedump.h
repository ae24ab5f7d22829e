#pragma once

// Every field of a parse result as deterministic text, so a change to the parser can be checked to leave
// its output identical over a corpus (`bench_parse --dump FILE...`, then diff the two dumps).
#include "feeds/feedparser.h"

#include <QDateTime>
#include <QTextStream>

#include <algorithm>

namespace wwbench {

inline QString dumpDate(const ww::FeedDate &d)
{
    return d.utc.toUTC().toString(Qt::ISODateWithMs) + QLatin1String(" raw=") + d.raw;
}

inline void dumpPerson(QTextStream &out, const char *what, const ww::Person &p)
{
    out << what << ": " << p.name << " | " << p.email << " | " << p.uri << '\n';
}

inline void dumpLinks(QTextStream &out, const QList<ww::Link> &links)
{
    for (const ww::Link &l : links)
        out << "link: " << l.href.toString(QUrl::FullyEncoded) << " rel=" << l.rel << " type=" << l.type
            << " title=" << l.title << " hreflang=" << l.hreflang << " length=" << l.length << '\n';
}

inline void dumpTags(QTextStream &out, const QList<ww::Category> &tags)
{
    for (const ww::Category &c : tags)
        out << "tag: " << c.term << " | " << c.scheme << " | " << c.label << '\n';
}

inline void dumpTextInfo(QTextStream &out, const QHash<QString, ww::TextInfo> &info)
{
    QStringList keys = info.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : keys) {
        const ww::TextInfo &t = info.value(k);
        out << "textinfo " << k << ": " << t.type << " | " << t.language << " | "
            << t.base.toString(QUrl::FullyEncoded) << '\n';
    }
}

template<typename Map> void dumpMap(QTextStream &out, const char *what, const Map &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out << what << ' ' << it.key() << ": ";
        if constexpr (std::is_same_v<typename Map::mapped_type, ww::FeedDate>)
            out << dumpDate(it.value());
        else
            out << it.value();
        out << '\n';
    }
}

inline void dumpFeed(QTextStream &out, const ww::ParsedFeed &f, bool withItems);

inline void dumpItem(QTextStream &out, const ww::FeedItem &i)
{
    out << "-- item\nguid: " << i.guid << " permalink=" << i.guidIsPermaLink << "\nkey: " << i.key
        << "\nurl: " << i.url.toString(QUrl::FullyEncoded) << "\ntitle: " << i.title
        << "\nauthor: " << i.author << '\n';
    for (const ww::Person &p : i.authors)
        dumpPerson(out, "authors", p);
    for (const ww::Person &p : i.contributors)
        dumpPerson(out, "contributors", p);
    out << "published: " << dumpDate(i.published) << "\nupdated: " << dumpDate(i.updated)
        << "\nsummary: " << i.summary << "\ncontent: " << i.content << "\ncontentType: " << i.contentType
        << "\ncategories: " << i.categories.join(QLatin1String(" || ")) << '\n';
    for (const ww::Enclosure &e : i.enclosures)
        out << "enclosure: " << e.url.toString(QUrl::FullyEncoded) << ' ' << e.type << ' ' << e.length
            << '\n';
    for (const ww::MediaObject &m : i.media)
        out << "media: " << m.url.toString(QUrl::FullyEncoded) << " | " << m.type << " | " << m.title << " | "
            << m.description << " | " << m.credit << " | " << m.creditRole << " | "
            << m.thumbnail.toString(QUrl::FullyEncoded) << " | " << m.width << 'x' << m.height << '\n';
    out << "source: " << i.sourceTitle << " | " << i.sourceUrl.toString(QUrl::FullyEncoded)
        << "\nlanguage: " << i.language << '\n';
    if (i.point)
        out << "point: " << i.point->lat << ',' << i.point->lon << '\n';
    out << "contentHash: " << i.contentHash << "\nencoding: " << i.encodingGuessed << i.encodingOverridden
        << '\n';
    dumpLinks(out, i.links);
    dumpTags(out, i.tags);
    out << "rights: " << i.rights << "\ncomments: " << i.comments.toString(QUrl::FullyEncoded)
        << "\nlicense: " << i.license.toString(QUrl::FullyEncoded) << '\n';
    dumpPerson(out, "publisher", i.publisher);
    dumpTextInfo(out, i.textInfo);
    dumpMap(out, "date", i.otherDates);
    dumpMap(out, "ext", i.extensions);
    if (i.source) {
        out << "atom:source {\n";
        dumpFeed(out, *i.source, false);
        out << "}\n";
    }
}

inline void dumpFeed(QTextStream &out, const ww::ParsedFeed &f, bool withItems)
{
    out << "format: " << ww::formatName(f.format) << "\ntitle: " << f.title
        << "\nlink: " << f.link.toString(QUrl::FullyEncoded)
        << "\nself: " << f.selfUrl.toString(QUrl::FullyEncoded) << "\ndescription: " << f.description
        << "\nlanguage: " << f.language << "\ngenerator: " << f.generator << " | "
        << f.generatorUri.toString(QUrl::FullyEncoded) << " | " << f.generatorVersion
        << "\nrights: " << f.rights << "\nimage: " << f.image.toString(QUrl::FullyEncoded)
        << "\nupdated: " << dumpDate(f.updated) << "\npublished: " << dumpDate(f.published)
        << "\nttl: " << f.ttlMinutes << ' ' << f.updatePeriodMinutes << "\nencoding: " << f.encoding << ' '
        << f.encodingGuessed << f.encodingOverridden << "\nrepaired: " << f.repaired
        << "\nwarnings: " << f.warnings.join(QLatin1String(" || ")) << "\nid: " << f.id << '\n';
    for (const ww::Person &p : f.authors)
        dumpPerson(out, "authors", p);
    for (const ww::Person &p : f.contributors)
        dumpPerson(out, "contributors", p);
    dumpPerson(out, "publisher", f.publisher);
    dumpPerson(out, "owner", f.owner);
    dumpTags(out, f.tags);
    dumpLinks(out, f.links);
    out << "icon: " << f.icon.toString(QUrl::FullyEncoded)
        << "\nlogo: " << f.logo.toString(QUrl::FullyEncoded)
        << "\ndocs: " << f.docs.toString(QUrl::FullyEncoded) << '\n';
    dumpTextInfo(out, f.textInfo);
    dumpMap(out, "date", f.otherDates);
    dumpMap(out, "ext", f.extensions);
    if (withItems)
        for (const ww::FeedItem &i : f.items)
            dumpItem(out, i);
}

inline void dumpResult(QTextStream &out, const ww::Result<ww::ParsedFeed> &r)
{
    if (!r) {
        out << "error: " << int(r.error().code) << ' ' << r.error().message << '\n';
        return;
    }
    dumpFeed(out, *r, true);
}

} // namespace wwbench
