#include "feeds/atomparser.h"

#include "feeds/datetimeparser.h"
#include "feeds/feedextensions.h"
#include "feeds/htmlentities.h"

namespace ww {

namespace {

using X = FeedExtensions;

QString plainTitle(const XmlTree &tree, int node)
{
    if (node < 0)
        return {};
    QString type;
    const QString value = AtomParser::textConstruct(tree, node, &type);
    return type == QLatin1String("text") ? value.simplified() : HtmlEntities::toPlainText(value);
}

QList<Person> persons(const XmlTree &tree, int parent, const QString &element, const QStringList &ns)
{
    QList<Person> out;
    for (const int a : tree.childrenNamed(parent, element, ns)) {
        Person p;
        p.name = X::trimmedText(tree, tree.child(a, QStringLiteral("name"), ns));
        p.email = X::trimmedText(tree, tree.child(a, QStringLiteral("email"), ns));
        int uri = tree.child(a, QStringLiteral("uri"), ns);
        if (uri < 0)
            uri = tree.child(a, QStringLiteral("url"), ns);
        if (uri >= 0)
            p.uri = X::resolve(tree, uri, tree.node(uri).text.trimmed()).toString();
        if (p.name.isEmpty() && p.email.isEmpty() && p.uri.isEmpty())
            p.name = tree.node(a).text.trimmed();
        if (!p.name.isEmpty() || !p.email.isEmpty() || !p.uri.isEmpty())
            out << p;
    }
    return out;
}

FeedDate dateOf(const XmlTree &tree, int parent, const QStringList &ns,
                std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int d = tree.child(parent, QLatin1String(name), ns);
        if (d >= 0)
            return DateTimeParser::parseFeedDate(tree.node(d).text.trimmed());
    }
    return {};
}

struct Links
{
    QUrl alternate;
    QUrl self;
    QList<Enclosure> enclosures;
};

Links linksOf(const XmlTree &tree, int parent, const QStringList &ns)
{
    Links links;
    bool alternateIsHtml = false;
    for (const int l : tree.childrenNamed(parent, QStringLiteral("link"), ns)) {
        const XmlNode &n = tree.node(l);
        const QString rel = n.attribute(QStringLiteral("rel")).trimmed();
        const QString type = n.attribute(QStringLiteral("type")).trimmed();
        const QUrl href = X::resolve(tree, l, n.attribute(QStringLiteral("href")).trimmed());
        if (rel.isEmpty() || rel == QLatin1String("alternate")) {
            const bool html = type.isEmpty() || type.contains(QLatin1String("html"));
            if (links.alternate.isEmpty() || (html && !alternateIsHtml)) {
                links.alternate = href;
                alternateIsHtml = html;
            }
        } else if (rel == QLatin1String("self")) {
            links.self = href;
        } else if (rel == QLatin1String("enclosure")) {
            Enclosure e;
            e.url = href;
            e.type = type;
            bool ok = false;
            const qint64 length = n.attribute(QStringLiteral("length")).toLongLong(&ok);
            e.length = ok ? length : -1;
            links.enclosures << e;
        }
    }
    return links;
}

FeedItem parseEntry(const XmlTree &tree, int node, const ParsedFeed &feed, const QList<Person> &feedAuthors,
                    const QStringList &ns)
{
    FeedItem item;
    const XmlNode &n = tree.node(node);
    item.title = plainTitle(tree, tree.child(node, QStringLiteral("title"), ns));
    item.guid = X::trimmedText(tree, tree.child(node, QStringLiteral("id"), ns));
    const Links links = linksOf(tree, node, ns);
    item.url = links.alternate;
    item.enclosures = links.enclosures;
    if (const int s = tree.child(node, QStringLiteral("summary"), ns); s >= 0) {
        QString type;
        item.summary = AtomParser::textConstruct(tree, s, &type).trimmed();
        if (type != QLatin1String("text"))
            item.summary = X::resolveHtmlUrls(item.summary, tree.node(s).base);
    }
    if (const int c = tree.child(node, QStringLiteral("content"), ns); c >= 0) {
        if (tree.node(c).attribute(QStringLiteral("src")).isEmpty()) {
            item.content = AtomParser::textConstruct(tree, c, &item.contentType).trimmed();
            if (item.contentType != QLatin1String("text"))
                item.content = X::resolveHtmlUrls(item.content, tree.node(c).base);
        }
    }
    item.published = dateOf(tree, node, ns, {"published", "issued", "created"});
    item.updated = dateOf(tree, node, ns, {"updated", "modified"});
    item.authors = persons(tree, node, QStringLiteral("author"), ns);
    item.contributors = persons(tree, node, QStringLiteral("contributor"), ns);
    for (const int c : tree.childrenNamed(node, QStringLiteral("category"), ns)) {
        QString term = tree.node(c).attribute(QStringLiteral("term")).trimmed();
        if (term.isEmpty())
            term = tree.node(c).text.trimmed();
        if (!term.isEmpty() && !item.categories.contains(term))
            item.categories << term;
    }
    if (const int s = tree.child(node, QStringLiteral("source"), ns); s >= 0) {
        item.sourceTitle = plainTitle(tree, tree.child(s, QStringLiteral("title"), ns));
        item.sourceUrl = linksOf(tree, s, ns).alternate;
        if (item.authors.isEmpty())
            item.authors = persons(tree, s, QStringLiteral("author"), ns);
    }
    X::readDublinCore(tree, node, item);
    X::readMedia(tree, node, item);
    X::readGeo(tree, node, item);
    if (item.authors.isEmpty()) // RFC 4287 4.2.1: entries inherit the feed's authors
        item.authors = feedAuthors;
    if (!item.authors.isEmpty())
        item.author = X::displayName(item.authors.constFirst());
    item.language = n.lang.isEmpty() ? feed.language : n.lang;
    return item;
}

} // namespace

bool AtomParser::accepts(const XmlTree &tree)
{
    return tree.node(tree.root()).name == QLatin1String("feed");
}

QString AtomParser::textConstruct(const XmlTree &tree, int node, QString *typeOut)
{
    const XmlNode &n = tree.node(node);
    const QString type = n.attribute(QStringLiteral("type")).trimmed().toLower();
    const QString mode = n.attribute(QStringLiteral("mode")).trimmed().toLower();
    QString kind = QStringLiteral("text");
    QString value;
    if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")) {
        kind = QStringLiteral("xhtml");
        const int div = tree.child(node, QStringLiteral("div"), {X::xhtml()});
        value = div >= 0 && n.children.size() == 1 ? tree.innerXml(div) : tree.innerXml(node);
    } else if (type == QLatin1String("html") || type == QLatin1String("text/html")) {
        kind = QStringLiteral("html");
        value = tree.content(node);
    } else if (type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("text/plain")) {
        value = n.children.isEmpty() ? n.text : tree.innerXml(node);
        if (!n.children.isEmpty())
            kind = QStringLiteral("html");
    } else {
        value = tree.content(node);
        kind = type.contains(QLatin1String("html")) ? QStringLiteral("html") : QStringLiteral("text");
    }
    // RFC 4287 3.1.1.3 / 4.1.3.3: a non-text, non-XML media type means base64 content.
    const bool base64Type = !type.isEmpty() && type.contains(u'/') &&
                            !type.startsWith(QLatin1String("text/")) && !type.endsWith(QLatin1String("xml"));
    if (mode == QLatin1String("base64") || (base64Type && mode.isEmpty()))
        value = QString::fromUtf8(QByteArray::fromBase64(value.trimmed().toLatin1()));
    else if (mode == QLatin1String("xml") && !n.children.isEmpty())
        kind = QStringLiteral("html");
    if (typeOut)
        *typeOut = kind;
    return value;
}

void AtomParser::parse(const XmlTree &tree, ParsedFeed &feed)
{
    const int root = tree.root();
    const XmlNode &r = tree.node(root);
    // Any namespace on <feed> is accepted (pre-standard feeds used their own URIs).
    const QStringList ns{X::atom10(), X::atom03(), r.ns};
    feed.format = (r.ns == X::atom03() || r.attribute(QStringLiteral("version")) == QLatin1String("0.3"))
                      ? ParsedFeed::Format::Atom03
                      : ParsedFeed::Format::Atom10;
    feed.title = plainTitle(tree, tree.child(root, QStringLiteral("title"), ns));
    const Links links = linksOf(tree, root, ns);
    feed.link = links.alternate;
    feed.selfUrl = links.self;
    for (const char *name : {"subtitle", "tagline"}) {
        const int s = tree.child(root, QLatin1String(name), ns);
        if (s >= 0 && feed.description.isEmpty())
            feed.description = textConstruct(tree, s).trimmed();
    }
    for (const char *name : {"rights", "copyright"}) {
        const int s = tree.child(root, QLatin1String(name), ns);
        if (s >= 0 && feed.rights.isEmpty())
            feed.rights = plainTitle(tree, s);
    }
    feed.generator = X::trimmedText(tree, tree.child(root, QStringLiteral("generator"), ns));
    for (const char *name : {"logo", "icon"}) {
        const int s = tree.child(root, QLatin1String(name), ns);
        if (s >= 0 && feed.image.isEmpty())
            feed.image = X::resolve(tree, s, tree.node(s).text.trimmed());
    }
    feed.updated = dateOf(tree, root, ns, {"updated", "modified"});
    feed.language = r.lang;
    const QList<Person> feedAuthors = persons(tree, root, QStringLiteral("author"), ns);
    for (const int e : tree.childrenNamed(root, QStringLiteral("entry"), ns))
        feed.items << parseEntry(tree, e, feed, feedAuthors, ns);
}

} // namespace ww
