#include "feeds/rssparser.h"

#include "feeds/datetimeparser.h"
#include "feeds/feedextensions.h"
#include "feeds/htmlentities.h"

namespace ww {

namespace {

using X = FeedExtensions;

int channelOf(const XmlTree &tree)
{
    const int root = tree.root();
    if (tree.node(root).name == QLatin1String("channel"))
        return root;
    return tree.child(root, QStringLiteral("channel"), X::rssCore());
}

QString plain(const XmlTree &tree, int node)
{
    return node < 0 ? QString() : HtmlEntities::toPlainText(tree.content(node));
}

// First non-empty <link> text, else atom:link rel=alternate.
QUrl linkOf(const XmlTree &tree, int parent)
{
    for (const int l : tree.childrenNamed(parent, QStringLiteral("link"), X::rssCore())) {
        const QString href = tree.node(l).text.trimmed();
        if (!href.isEmpty())
            return X::resolve(tree, l, href);
    }
    for (const int l : tree.childrenNamed(parent, QStringLiteral("link"), X::atomAny())) {
        const XmlNode &n = tree.node(l);
        const QString rel = n.attribute(QStringLiteral("rel"));
        if (rel.isEmpty() || rel == QLatin1String("alternate"))
            return X::resolve(tree, l, n.attribute(QStringLiteral("href")).trimmed());
    }
    return {};
}

int minutesPerPeriod(const QString &period)
{
    const QString p = period.trimmed().toLower();
    if (p == QLatin1String("hourly"))
        return 60;
    if (p == QLatin1String("daily"))
        return 1440;
    if (p == QLatin1String("weekly"))
        return 10080;
    if (p == QLatin1String("monthly"))
        return 43200;
    if (p == QLatin1String("yearly"))
        return 525600;
    return -1;
}

FeedItem parseItem(const XmlTree &tree, int node, const ParsedFeed &feed)
{
    FeedItem item;
    const XmlNode &n = tree.node(node);
    item.title = plain(tree, tree.child(node, QStringLiteral("title"), X::rssCore()));
    item.url = linkOf(tree, node);
    if (const int guid = tree.child(node, QStringLiteral("guid"), X::rssCore()); guid >= 0) {
        item.guid = tree.node(guid).text.trimmed();
        item.guidIsPermaLink = tree.node(guid).attribute(QStringLiteral("isPermaLink")).trimmed().toLower() !=
                               QLatin1String("false");
        if (item.url.isEmpty() && item.guidIsPermaLink && item.guid.contains(QLatin1String("://")))
            item.url = X::resolve(tree, guid, item.guid);
    }
    if (item.url.isEmpty()) {
        const QString about = n.attribute(QStringLiteral("about"), X::rdf());
        if (!about.isEmpty())
            item.url = X::resolve(tree, node, about);
    }
    if (const int d = tree.child(node, QStringLiteral("description"), X::rssCore()); d >= 0)
        item.summary = X::resolveHtmlUrls(tree.content(d).trimmed(), tree.node(d).base);
    if (const int c = tree.child(node, QStringLiteral("encoded"), {X::content()}); c >= 0) {
        item.content = X::resolveHtmlUrls(tree.content(c).trimmed(), tree.node(c).base);
        item.contentType = QStringLiteral("html");
    }
    if (const int a = tree.child(node, QStringLiteral("author"), X::rssCore()); a >= 0) {
        const QString text = tree.node(a).text.trimmed();
        if (!text.isEmpty())
            item.authors << X::personFromText(text);
    }
    for (const int c : tree.childrenNamed(node, QStringLiteral("category"), X::rssCore())) {
        const QString text = tree.node(c).text.trimmed();
        if (!text.isEmpty() && !item.categories.contains(text))
            item.categories << text;
    }
    for (const int e : tree.childrenNamed(node, QStringLiteral("enclosure"), X::rssCore())) {
        const XmlNode &en = tree.node(e);
        Enclosure enclosure;
        enclosure.url = X::resolve(tree, e, en.attribute(QStringLiteral("url")).trimmed());
        enclosure.type = en.attribute(QStringLiteral("type")).trimmed();
        bool ok = false;
        const qint64 length = en.attribute(QStringLiteral("length")).trimmed().toLongLong(&ok);
        enclosure.length = ok ? length : -1;
        if (!enclosure.url.isEmpty())
            item.enclosures << enclosure;
    }
    if (const int p = tree.child(node, QStringLiteral("pubDate"), X::rssCore()); p >= 0)
        item.published = DateTimeParser::parseFeedDate(tree.node(p).text.trimmed());
    if (const int u = tree.child(node, QStringLiteral("updated"), X::atomAny()); u >= 0)
        item.updated = DateTimeParser::parseFeedDate(tree.node(u).text.trimmed());
    if (const int s = tree.child(node, QStringLiteral("source"), X::rssCore()); s >= 0) {
        item.sourceTitle = HtmlEntities::toPlainText(tree.node(s).text);
        item.sourceUrl = X::resolve(tree, s, tree.node(s).attribute(QStringLiteral("url")).trimmed());
    }
    X::readDublinCore(tree, node, item);
    X::readMedia(tree, node, item);
    X::readGeo(tree, node, item);
    if (!item.authors.isEmpty())
        item.author = X::displayName(item.authors.constFirst());
    if (item.language.isEmpty())
        item.language = n.lang.isEmpty() ? feed.language : n.lang;
    return item;
}

} // namespace

bool RssParser::accepts(const XmlTree &tree)
{
    const XmlNode &root = tree.node(tree.root());
    return root.name == QLatin1String("rss") || root.name == QLatin1String("RDF") ||
           root.name == QLatin1String("channel");
}

void RssParser::parse(const XmlTree &tree, ParsedFeed &feed)
{
    const int root = tree.root();
    const XmlNode &r = tree.node(root);
    if (r.name == QLatin1String("RDF")) {
        const bool rss090 = tree.child(root, QStringLiteral("channel"),
                                       {QStringLiteral("http://my.netscape.com/rdf/simple/0.9/")}) >= 0;
        feed.format = rss090 ? ParsedFeed::Format::Rss090 : ParsedFeed::Format::Rss10;
    } else {
        const QString version = r.attribute(QStringLiteral("version")).trimmed();
        if (version == QLatin1String("0.91"))
            feed.format = ParsedFeed::Format::Rss091;
        else if (version == QLatin1String("0.92"))
            feed.format = ParsedFeed::Format::Rss092;
        else if (version == QLatin1String("0.90"))
            feed.format = ParsedFeed::Format::Rss090;
        else
            feed.format = ParsedFeed::Format::Rss20;
    }

    const int channel = channelOf(tree);
    if (channel >= 0) {
        feed.title = plain(tree, tree.child(channel, QStringLiteral("title"), X::rssCore()));
        feed.link = linkOf(tree, channel);
        if (const int d = tree.child(channel, QStringLiteral("description"), X::rssCore()); d >= 0)
            feed.description = tree.content(d).trimmed();
        feed.language = X::trimmedText(tree, tree.child(channel, QStringLiteral("language"), X::rssCore()));
        if (feed.language.isEmpty())
            feed.language = X::trimmedText(tree, tree.child(channel, QStringLiteral("language"), X::dc()));
        if (feed.language.isEmpty())
            feed.language = tree.node(channel).lang;
        feed.generator = X::trimmedText(tree, tree.child(channel, QStringLiteral("generator"), X::rssCore()));
        feed.rights = X::trimmedText(tree, tree.child(channel, QStringLiteral("copyright"), X::rssCore()));
        if (feed.rights.isEmpty())
            feed.rights = X::trimmedText(tree, tree.child(channel, QStringLiteral("rights"), X::dc()));
        int image = tree.child(channel, QStringLiteral("image"), X::rssCore());
        if (image < 0)
            image = tree.child(root, QStringLiteral("image"), X::rssCore());
        if (image >= 0) {
            const int url = tree.child(image, QStringLiteral("url"), X::rssCore());
            if (url >= 0)
                feed.image = X::resolve(tree, url, tree.node(url).text.trimmed());
        }
        for (const char *name : {"lastBuildDate", "pubDate"}) {
            const int d = tree.child(channel, QLatin1String(name), X::rssCore());
            if (d >= 0 && feed.updated.raw.isEmpty())
                feed.updated = DateTimeParser::parseFeedDate(tree.node(d).text.trimmed());
        }
        if (feed.updated.raw.isEmpty()) {
            const int d = tree.child(channel, QStringLiteral("date"), X::dc());
            if (d >= 0)
                feed.updated = DateTimeParser::parseFeedDate(tree.node(d).text.trimmed());
        }
        bool ok = false;
        const int ttl =
            X::trimmedText(tree, tree.child(channel, QStringLiteral("ttl"), X::rssCore())).toInt(&ok);
        if (ok && ttl > 0)
            feed.ttlMinutes = ttl;
        const int period = minutesPerPeriod(
            X::trimmedText(tree, tree.child(channel, QStringLiteral("updatePeriod"), {X::sy()})));
        if (period > 0) {
            const int frequency =
                X::trimmedText(tree, tree.child(channel, QStringLiteral("updateFrequency"), {X::sy()}))
                    .toInt(&ok);
            feed.updatePeriodMinutes = (ok && frequency > 0) ? std::max(1, period / frequency) : period;
        }
        for (const int l : tree.childrenNamed(channel, QStringLiteral("link"), X::atomAny())) {
            const XmlNode &n = tree.node(l);
            if (n.attribute(QStringLiteral("rel")) == QLatin1String("self"))
                feed.selfUrl = X::resolve(tree, l, n.attribute(QStringLiteral("href")).trimmed());
        }
    }

    QList<int> items;
    if (channel >= 0)
        items << tree.childrenNamed(channel, QStringLiteral("item"), X::rssCore());
    if (channel != root)
        items << tree.childrenNamed(root, QStringLiteral("item"), X::rssCore());
    for (const int i : std::as_const(items))
        feed.items << parseItem(tree, i, feed);
}

} // namespace ww
