#include "feeds/rssparser.h"

#include "feeds/atomparser.h"
#include "feeds/datetimeparser.h"
#include "feeds/feedextensions.h"
#include "feeds/htmlentities.h"

#include <algorithm>

namespace ww {

namespace {

using X = FeedExtensions;

const QString &rss090Ns()
{
    static const QString s = QStringLiteral("http://my.netscape.com/rdf/simple/0.9/");
    return s;
}

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

// Element text (or unescaped inner HTML) with relative URLs in it made absolute.
QString html(const XmlTree &tree, int node)
{
    return X::resolveHtmlUrls(tree.content(node).trimmed(), tree.node(node).base);
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

// Every link of an item or channel in document order: RSS <link>, atom:link, <enclosure>.
QList<Link> linksOf(const XmlTree &tree, int parent)
{
    QList<Link> out;
    for (const int c : tree.node(parent).children) {
        const XmlNode &n = tree.node(c);
        Link link;
        bool ok = false;
        if (n.name == QLatin1String("link") && X::rssCore().contains(n.ns)) {
            const QString href = n.text.trimmed();
            if (href.isEmpty())
                continue;
            link.href = X::resolve(tree, c, href);
            link.rel = QStringLiteral("alternate");
            link.type = QStringLiteral("text/html");
        } else if (n.name == QLatin1String("link") && X::atomAny().contains(n.ns)) {
            link.href = X::resolve(tree, c, n.attribute(QStringLiteral("href")).trimmed());
            link.rel = n.attribute(QStringLiteral("rel")).trimmed();
            if (link.rel.isEmpty())
                link.rel = QStringLiteral("alternate");
            link.type = n.attribute(QStringLiteral("type")).trimmed();
            link.title = n.attribute(QStringLiteral("title"));
            link.hreflang = n.attribute(QStringLiteral("hreflang")).trimmed();
            const qint64 length = n.attribute(QStringLiteral("length")).trimmed().toLongLong(&ok);
            link.length = ok ? length : -1;
        } else if (n.name == QLatin1String("enclosure") && X::rssCore().contains(n.ns)) {
            link.href = X::resolve(tree, c, n.attribute(QStringLiteral("url")).trimmed());
            if (link.href.isEmpty())
                continue;
            link.rel = QStringLiteral("enclosure");
            link.type = n.attribute(QStringLiteral("type")).trimmed();
            const qint64 length = n.attribute(QStringLiteral("length")).trimmed().toLongLong(&ok);
            link.length = ok ? length : -1;
        } else {
            continue;
        }
        out << link;
    }
    return out;
}

QList<Category> categoriesOf(const XmlTree &tree, int parent)
{
    QList<Category> out;
    for (const int c : tree.node(parent).children) {
        const XmlNode &n = tree.node(c);
        const QString text = n.text.trimmed();
        if (n.name == QLatin1String("category") && X::rssCore().contains(n.ns)) {
            if (!text.isEmpty())
                out << Category{text, n.attribute(QStringLiteral("domain")).trimmed(), {}};
        } else if (n.name == QLatin1String("subject") && X::dc().contains(n.ns)) {
            if (!text.isEmpty())
                out << Category{text, {}, {}};
        } else if (n.name == QLatin1String("tags") && n.ns.isEmpty()) {
            // A non-standard comma-separated tag list some generators emit.
            for (const QString &t : text.split(u',', Qt::SkipEmptyParts))
                if (!t.trimmed().isEmpty())
                    out << Category{t.trimmed(), {}, {}};
        } else if (n.name == QLatin1String("category") && X::atomAny().contains(n.ns)) {
            const QString term = n.attribute(QStringLiteral("term")).trimmed();
            if (!term.isEmpty())
                out << Category{term, n.attribute(QStringLiteral("scheme")).trimmed(),
                                n.attribute(QStringLiteral("label")).trimmed()};
        } else if (n.name == QLatin1String("category") && n.ns == X::itunes()) {
            // Podcast categories: text attributes, a subcategory nested inside.
            for (int c2 = c; c2 >= 0; c2 = tree.child(c2, QStringLiteral("category"), {X::itunes()})) {
                const QString term = tree.node(c2).attribute(QStringLiteral("text")).trimmed();
                if (!term.isEmpty())
                    out << Category{term, QStringLiteral("http://www.itunes.com/"), {}};
            }
        } else if (n.name == QLatin1String("keywords") && n.ns == X::itunes()) {
            for (const QString &t : text.split(u',', Qt::SkipEmptyParts))
                if (!t.trimmed().isEmpty())
                    out << Category{t.trimmed(), {}, {}};
        } else if (n.name == QLatin1String("category") && n.ns == X::media()) {
            const QString scheme = n.attribute(QStringLiteral("scheme")).trimmed();
            const QString label = n.attribute(QStringLiteral("label")).trimmed();
            for (const QString &t : text.split(u' ', Qt::SkipEmptyParts))
                out << Category{t,
                                scheme.isEmpty()
                                    ? QStringLiteral("http://search.yahoo.com/mrss/category_schema")
                                    : scheme,
                                label};
        }
    }
    return out;
}

// Dublin Core / dcterms dates beyond published and updated, and RSS 0.93 expirationDate.
void readOtherDates(const XmlTree &tree, int node, QMap<QString, FeedDate> &out)
{
    for (const int c : tree.node(node).children) {
        const XmlNode &n = tree.node(c);
        const QString text = n.text.trimmed();
        if (n.ns == X::dcTerms() && n.name == QLatin1String("created")) {
            out.insert(QStringLiteral("created"), DateTimeParser::parseFeedDate(text));
        } else if (n.name == QLatin1String("expirationDate") && X::rssCore().contains(n.ns)) {
            out.insert(QStringLiteral("expired"), DateTimeParser::parseFeedDate(text));
        } else if (n.ns == X::dcTerms() && n.name == QLatin1String("valid")) {
            // DCMI Period: "start=...;end=...;scheme=W3C-DTF"
            for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
                const QString key = part.section(u'=', 0, 0).trimmed();
                const QString value = part.section(u'=', 1).trimmed();
                if (key == QLatin1String("start") || key == QLatin1String("end"))
                    out.insert(QLatin1String("validity_") + key, DateTimeParser::parseFeedDate(value));
            }
        }
    }
}

const QSet<QString> &itemNames()
{
    static const QSet<QString> names{
        QStringLiteral("title"),          QStringLiteral("link"),     QStringLiteral("guid"),
        QStringLiteral("description"),    QStringLiteral("author"),   QStringLiteral("category"),
        QStringLiteral("enclosure"),      QStringLiteral("pubDate"),  QStringLiteral("source"),
        QStringLiteral("comments"),       QStringLiteral("fullitem"), QStringLiteral("summary"),
        QStringLiteral("expirationDate"), QStringLiteral("tags"),     QStringLiteral("image")};
    return names;
}

// atom:author inside an RSS item (name/email/uri children).
QList<Person> atomPersons(const XmlTree &tree, int node)
{
    QList<Person> out;
    for (const int a : tree.childrenNamed(node, QStringLiteral("author"), X::atomAny())) {
        Person p;
        p.name = X::trimmedText(tree, tree.child(a, QStringLiteral("name"), X::atomAny()));
        p.email = X::trimmedText(tree, tree.child(a, QStringLiteral("email"), X::atomAny()));
        const int uri = tree.child(a, QStringLiteral("uri"), X::atomAny());
        if (uri >= 0)
            p.uri = X::resolve(tree, uri, tree.node(uri).text.trimmed()).toString();
        if (!p.name.isEmpty() || !p.email.isEmpty() || !p.uri.isEmpty())
            out << p;
    }
    return out;
}

void readContent(const XmlTree &tree, int node, FeedItem &item)
{
    // content:encoded is the full text by convention; xhtml:body and <fullitem> are older forms.
    int c = tree.child(node, QStringLiteral("encoded"), {X::content()});
    QString mime = QStringLiteral("text/html");
    if (c >= 0) {
        item.content = html(tree, c);
    } else if (c = tree.child(node, QStringLiteral("body"), {X::xhtml(), QString()}); c >= 0) {
        item.content = X::resolveHtmlUrls(tree.innerXml(c).trimmed(), tree.node(c).base);
        mime = QStringLiteral("application/xhtml+xml");
    } else if (c = tree.child(node, QStringLiteral("fullitem"), X::rssCore()); c >= 0) {
        item.content = html(tree, c);
    } else if (c = tree.child(node, QStringLiteral("content"), X::atomAny()); c >= 0) {
        TextInfo info;
        item.content = X::resolveHtmlUrls(AtomParser::textConstruct(tree, c, nullptr, &info).trimmed(),
                                          tree.node(c).base);
        mime = info.type;
    }
    if (c >= 0) {
        item.contentType = mime == QLatin1String("application/xhtml+xml") ? QStringLiteral("xhtml")
                           : mime == QLatin1String("text/plain")          ? QStringLiteral("text")
                                                                          : QStringLiteral("html");
        item.textInfo.insert(QStringLiteral("content"), X::textInfo(tree, c, mime));
    }
}

FeedItem parseItem(const XmlTree &tree, int node, const ParsedFeed &feed)
{
    FeedItem item;
    const XmlNode &n = tree.node(node);
    int title = tree.child(node, QStringLiteral("title"), X::rssCore());
    for (const QStringList &ns : {X::dc(), QStringList{X::media()}})
        if (title < 0)
            title = tree.child(node, QStringLiteral("title"), ns);
    if (title >= 0) {
        item.title = plain(tree, title);
        item.textInfo.insert(QStringLiteral("title"), X::textInfo(tree, title, QStringLiteral("text/plain")));
    }
    item.url = linkOf(tree, node);
    item.links = linksOf(tree, node);
    if (const int guid = tree.child(node, QStringLiteral("guid"), X::rssCore()); guid >= 0) {
        item.guid = tree.node(guid).text.trimmed();
        item.guidIsPermaLink = tree.node(guid).attribute(QStringLiteral("isPermaLink")).trimmed().toLower() !=
                               QLatin1String("false");
        if (item.url.isEmpty() && item.guidIsPermaLink && item.guid.contains(QLatin1String("://")))
            item.url = X::resolve(tree, guid, item.guid);
    }
    const QString about = n.attribute(QStringLiteral("about"), X::rdf());
    if (item.guid.isEmpty() && !about.isEmpty()) // RSS 1.0: rdf:about is the item's URI
        item.guid = about.trimmed();
    if (item.url.isEmpty() && !about.isEmpty())
        item.url = X::resolve(tree, node, about);
    int d = tree.child(node, QStringLiteral("description"), X::rssCore());
    if (d < 0)
        d = tree.child(node, QStringLiteral("description"), X::dc());
    if (d >= 0) {
        item.summary = html(tree, d);
        item.textInfo.insert(QStringLiteral("summary"), X::textInfo(tree, d, QStringLiteral("text/html")));
    }
    if (d < 0)
        if (const int s = tree.child(node, QStringLiteral("summary"), {X::itunes()}); s >= 0)
            item.summary = tree.node(s).text.trimmed(); // podcasts: plain text
    readContent(tree, node, item);
    item.authors << X::personsOf(tree, node, QStringLiteral("author"), X::rssCore());
    item.authors << atomPersons(tree, node);
    item.tags = categoriesOf(tree, node);
    for (const Category &c : std::as_const(item.tags))
        if (!item.categories.contains(c.term))
            item.categories << c.term;
    for (const Link &l : std::as_const(item.links))
        if (l.rel == QLatin1String("enclosure"))
            item.enclosures << Enclosure{l.href, l.type, l.length};
    if (const int c = tree.child(node, QStringLiteral("comments"), X::rssCore()); c >= 0)
        item.comments = X::resolve(tree, c, tree.node(c).text.trimmed());
    if (const int p = tree.child(node, QStringLiteral("pubDate"), X::rssCore()); p >= 0)
        item.published = DateTimeParser::parseFeedDate(tree.node(p).text.trimmed());
    if (const int u = tree.child(node, QStringLiteral("updated"), X::atomAny()); u >= 0)
        item.updated = DateTimeParser::parseFeedDate(tree.node(u).text.trimmed());
    if (item.published.raw.isEmpty())
        if (const int p = tree.child(node, QStringLiteral("published"), X::atomAny()); p >= 0)
            item.published = DateTimeParser::parseFeedDate(tree.node(p).text.trimmed());
    readOtherDates(tree, node, item.otherDates);
    if (const int s = tree.child(node, QStringLiteral("source"), X::rssCore()); s >= 0) {
        item.sourceTitle = HtmlEntities::toPlainText(tree.node(s).text);
        item.sourceUrl = X::resolve(tree, s, tree.node(s).attribute(QStringLiteral("url")).trimmed());
    }
    for (const int c : n.children) {
        const XmlNode &e = tree.node(c);
        if (e.name != QLatin1String("license") || !item.license.isEmpty())
            continue;
        // cc:license rdf:resource="..." (RDF) or creativeCommons:license text (Userland).
        const QString resource = e.attribute(QStringLiteral("resource"), X::rdf()).trimmed();
        item.license = X::resolve(tree, c, resource.isEmpty() ? e.text.trimmed() : resource);
    }
    X::readDublinCore(tree, node, item);
    X::readMedia(tree, node, item);
    // Podcast episode artwork: the item's image, or the thumbnail of its audio/video.
    if (const int i = tree.child(node, QStringLiteral("image"), {X::itunes()}); i >= 0) {
        const QUrl artwork = X::resolve(tree, i, tree.node(i).attribute(QStringLiteral("href")).trimmed());
        if (!artwork.isEmpty() && item.media.isEmpty()) {
            MediaObject m;
            m.url = artwork;
            m.type = QStringLiteral("image");
            item.media << m;
        }
        for (MediaObject &m : item.media)
            if (m.thumbnail.isEmpty() && m.url != artwork)
                m.thumbnail = artwork;
    }
    X::readGeo(tree, node, item);
    X::readExtensions(tree, node, itemNames(), item.extensions);
    for (const int c : n.children) {
        const XmlNode &e = tree.node(c);
        if (e.name == QLatin1String("publisher") && X::dc().contains(e.ns) && item.publisher.name.isEmpty() &&
            item.publisher.email.isEmpty())
            item.publisher = X::personFromText(e.text);
        else if (e.name == QLatin1String("rights") && X::dc().contains(e.ns) && item.rights.isEmpty())
            item.rights = e.text.trimmed();
    }
    if (item.authors.isEmpty())
        item.authors << X::personsOf(tree, node, QStringLiteral("author"), {X::itunes()});
    if (!item.authors.isEmpty())
        item.author = X::displayName(item.authors.constFirst());
    if (item.language.isEmpty())
        item.language = n.lang.isEmpty() ? feed.language : n.lang;
    return item;
}

ParsedFeed::Format formatOf(const XmlTree &tree)
{
    const int root = tree.root();
    const XmlNode &r = tree.node(root);
    if (r.name == QLatin1String("RDF")) {
        // RSS 0.90 puts its elements in the Netscape namespace; the start tag declares it.
        const bool rss090 = tree.child(root, QStringLiteral("channel"), {rss090Ns()}) >= 0 ||
                            QStringView(tree.source()).left(r.innerBegin).contains(rss090Ns());
        return rss090 ? ParsedFeed::Format::Rss090 : ParsedFeed::Format::Rss10;
    }
    const QString version = r.attribute(QStringLiteral("version")).trimmed();
    if (version == QLatin1String("0.91"))
        return ParsedFeed::Format::Rss091;
    if (version == QLatin1String("0.92"))
        return ParsedFeed::Format::Rss092;
    if (version == QLatin1String("0.93"))
        return ParsedFeed::Format::Rss093;
    if (version == QLatin1String("0.94"))
        return ParsedFeed::Format::Rss094;
    if (version == QLatin1String("0.90"))
        return ParsedFeed::Format::Rss090;
    if (version.isEmpty() && r.name == QLatin1String("rss"))
        return ParsedFeed::Format::RssUnversioned;
    return ParsedFeed::Format::Rss20;
}

// RSS sub-records kept by path: image/*, textInput/*, cloud attributes.
void readChannelRecords(const XmlTree &tree, int channel, int root, ParsedFeed &feed)
{
    // RSS 1.0 puts an rdf:resource reference in the channel and the record beside it.
    int image = tree.child(channel, QStringLiteral("image"), X::rssCore());
    if (image < 0 || tree.node(image).children.isEmpty())
        if (const int outside = tree.child(root, QStringLiteral("image"), X::rssCore()); outside >= 0)
            image = outside;
    if (image >= 0) {
        for (const int c : tree.node(image).children) {
            const XmlNode &n = tree.node(c);
            QString value = n.text.trimmed();
            if (n.name == QLatin1String("url") || n.name == QLatin1String("link"))
                value = X::resolve(tree, c, value).toString();
            feed.extensions.insert(QLatin1String("image/") + n.name, value);
        }
        const int url = tree.child(image, QStringLiteral("url"), X::rssCore());
        if (url >= 0)
            feed.image = X::resolve(tree, url, tree.node(url).text.trimmed());
    }
    int input = tree.child(channel, QStringLiteral("textInput"), X::rssCore());
    if (input < 0)
        input = tree.child(channel, QStringLiteral("textinput"), X::rssCore());
    if (input < 0)
        input = tree.child(root, QStringLiteral("textinput"), X::rssCore());
    if (input >= 0)
        for (const int c : tree.node(input).children) {
            const XmlNode &n = tree.node(c);
            QString value = n.text.trimmed();
            if (n.name == QLatin1String("link"))
                value = X::resolve(tree, c, value).toString();
            feed.extensions.insert(QLatin1String("textInput/") + n.name, value);
        }
    if (const int cloud = tree.child(channel, QStringLiteral("cloud"), X::rssCore()); cloud >= 0)
        for (const XmlAttribute &a : tree.node(cloud).attributes)
            feed.extensions.insert(QLatin1String("cloud/") + a.name, a.value);
    if (const int docs = tree.child(channel, QStringLiteral("docs"), X::rssCore()); docs >= 0)
        feed.docs = X::resolve(tree, docs, tree.node(docs).text.trimmed());
}

void readChannelPeople(const XmlTree &tree, int channel, ParsedFeed &feed)
{
    feed.authors << X::personsOf(tree, channel, QStringLiteral("managingEditor"), X::rssCore());
    feed.authors << X::personsOf(tree, channel, QStringLiteral("author"), X::rssCore());
    feed.authors << X::personsOf(tree, channel, QStringLiteral("creator"), X::dc());
    feed.authors << X::personsOf(tree, channel, QStringLiteral("author"), X::dc());
    feed.contributors << X::personsOf(tree, channel, QStringLiteral("contributor"), X::dc());
    QList<Person> publishers = X::personsOf(tree, channel, QStringLiteral("publisher"), X::dc());
    publishers << X::personsOf(tree, channel, QStringLiteral("webMaster"), X::rssCore());
    if (!publishers.isEmpty())
        feed.publisher = publishers.constFirst();
    // itunes:author names the show's author even when managingEditor gives an editor's address.
    for (const Person &p : X::personsOf(tree, channel, QStringLiteral("author"), {X::itunes()}))
        if (std::none_of(feed.authors.cbegin(), feed.authors.cend(),
                         [&](const Person &a) { return a.name == p.name && a.email == p.email; }))
            feed.authors << p;
    // itunes:owner: the podcast's contact, given as name and email children.
    if (const int o = tree.child(channel, QStringLiteral("owner"), {X::itunes()}); o >= 0) {
        feed.owner.name = X::trimmedText(tree, tree.child(o, QStringLiteral("name"), {X::itunes()}));
        feed.owner.email = X::trimmedText(tree, tree.child(o, QStringLiteral("email"), {X::itunes()}));
    }
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
    feed.format = formatOf(tree);

    const int channel = channelOf(tree);
    if (channel >= 0) {
        int title = tree.child(channel, QStringLiteral("title"), X::rssCore());
        if (title < 0)
            title = tree.child(channel, QStringLiteral("title"), X::dc());
        if (title >= 0) {
            feed.title = plain(tree, title);
            feed.textInfo.insert(QStringLiteral("title"),
                                 X::textInfo(tree, title, QStringLiteral("text/plain")));
        }
        feed.link = linkOf(tree, channel);
        feed.links = linksOf(tree, channel);
        int d = tree.child(channel, QStringLiteral("description"), X::rssCore());
        if (d < 0)
            d = tree.child(channel, QStringLiteral("description"), X::dc());
        if (d >= 0) {
            feed.description = html(tree, d);
            if (feed.description.isNull())
                feed.description = QLatin1String(""); // <description/> is an empty description
            feed.textInfo.insert(QStringLiteral("subtitle"),
                                 X::textInfo(tree, d, QStringLiteral("text/html")));
        }
        feed.language = X::trimmedText(tree, tree.child(channel, QStringLiteral("language"), X::rssCore()));
        if (feed.language.isEmpty())
            feed.language = X::trimmedText(tree, tree.child(channel, QStringLiteral("language"), X::dc()));
        if (feed.language.isEmpty())
            feed.language = tree.node(channel).lang;
        feed.generator = X::trimmedText(tree, tree.child(channel, QStringLiteral("generator"), X::rssCore()));
        int rights = tree.child(channel, QStringLiteral("copyright"), X::rssCore());
        if (rights < 0)
            rights = tree.child(channel, QStringLiteral("rights"), X::dc());
        if (rights >= 0) {
            feed.rights = plain(tree, rights);
            feed.textInfo.insert(QStringLiteral("rights"),
                                 X::textInfo(tree, rights, QStringLiteral("text/plain")));
        }
        readChannelRecords(tree, channel, root, feed);
        readChannelPeople(tree, channel, feed);
        if (feed.description.isNull())
            if (const int s = tree.child(channel, QStringLiteral("summary"), {X::itunes()}); s >= 0)
                feed.description = tree.node(s).text.trimmed();
        if (const int i = tree.child(channel, QStringLiteral("image"), {X::itunes()});
            i >= 0 && feed.image.isEmpty())
            feed.image = X::resolve(tree, i, tree.node(i).attribute(QStringLiteral("href")).trimmed());
        if (feed.image.isEmpty())
            for (const int m : tree.childrenNamed(channel, QStringLiteral("content"), {X::media()})) {
                const XmlNode &n = tree.node(m);
                const QString type =
                    n.attribute(QStringLiteral("type")) + n.attribute(QStringLiteral("medium"));
                if (type.startsWith(QLatin1String("image")) && feed.image.isEmpty())
                    feed.image = X::resolve(tree, m, n.attribute(QStringLiteral("url")).trimmed());
            }
        feed.tags = categoriesOf(tree, channel);
        if (const int p = tree.child(channel, QStringLiteral("pubDate"), X::rssCore()); p >= 0)
            feed.published = DateTimeParser::parseFeedDate(tree.node(p).text.trimmed());
        if (feed.published.raw.isEmpty())
            if (const int p = tree.child(channel, QStringLiteral("issued"), {X::dcTerms()}); p >= 0)
                feed.published = DateTimeParser::parseFeedDate(tree.node(p).text.trimmed());
        // When the channel last changed; pubDate is when it was published (kept in `published`).
        for (const char *name : {"lastBuildDate"}) {
            const int d = tree.child(channel, QLatin1String(name), X::rssCore());
            if (d >= 0 && feed.updated.raw.isEmpty())
                feed.updated = DateTimeParser::parseFeedDate(tree.node(d).text.trimmed());
        }
        for (const char *name : {"modified", "date"}) {
            const int d = tree.child(channel, QLatin1String(name), X::dc());
            if (d >= 0 && feed.updated.raw.isEmpty())
                feed.updated = DateTimeParser::parseFeedDate(tree.node(d).text.trimmed());
        }
        readOtherDates(tree, channel, feed.otherDates);
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
        for (const Link &l : std::as_const(feed.links))
            if (l.rel == QLatin1String("self") && feed.selfUrl.isEmpty())
                feed.selfUrl = l.href;
    }

    // <redirect><newLocation> (Userland): the feed has moved.
    if (const int redirect = tree.child(root, QStringLiteral("redirect"), X::rssCore()); redirect >= 0)
        if (const int loc = tree.child(redirect, QStringLiteral("newLocation"), X::rssCore()); loc >= 0)
            feed.extensions.insert(QStringLiteral("newLocation"), tree.node(loc).text.trimmed());

    QList<int> items;
    if (channel >= 0)
        items << tree.childrenNamed(channel, QStringLiteral("item"), X::rssCore());
    if (channel != root)
        items << tree.childrenNamed(root, QStringLiteral("item"), X::rssCore());
    for (const int i : std::as_const(items))
        feed.items << parseItem(tree, i, feed);
}

} // namespace ww
