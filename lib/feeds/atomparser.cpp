#include "feeds/atomparser.h"

#include "feeds/datetimeparser.h"
#include "feeds/feedextensions.h"
#include "feeds/htmlentities.h"

#include <QRegularExpression>

namespace ww {

namespace {

using X = FeedExtensions;

QString plainTitle(const XmlTree &tree, int node, TextInfo *info = nullptr)
{
    if (node < 0)
        return {};
    QString type;
    const QString value = AtomParser::textConstruct(tree, node, &type, info);
    return type == QLatin1String("text") ? value.simplified() : HtmlEntities::toPlainText(value);
}

// An HTML or XHTML text construct with relative URLs made absolute; plain text as written.
QString richText(const XmlTree &tree, int node, QString *kind = nullptr, TextInfo *info = nullptr)
{
    QString type;
    QString value = AtomParser::textConstruct(tree, node, &type, info).trimmed();
    if (type != QLatin1String("text"))
        value = X::resolveHtmlUrls(value, tree.node(node).base);
    if (kind)
        *kind = type;
    return value;
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
        if (uri < 0)
            uri = tree.child(a, QStringLiteral("homepage"), ns); // Atom 0.2/0.3 drafts
        if (uri >= 0)
            p.uri = X::resolve(tree, uri, tree.node(uri).text.trimmed()).toString();
        if (p.name.isEmpty() && p.email.isEmpty() && p.uri.isEmpty())
            p.name = tree.node(a).text.trimmed();
        if (!p.name.isEmpty() || !p.email.isEmpty() || !p.uri.isEmpty())
            out << p;
    }
    return out;
}

// The last of repeated date elements wins, as a later value overrides an earlier one.
FeedDate dateOf(const XmlTree &tree, int parent, const QStringList &ns,
                std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QList<int> found = tree.childrenNamed(parent, QLatin1String(name), ns);
        if (!found.isEmpty())
            return DateTimeParser::parseFeedDate(tree.node(found.constLast()).text.trimmed());
    }
    return {};
}

struct Links
{
    QUrl alternate;
    QUrl self;
    QList<Enclosure> enclosures;
    QList<Link> all;
    QUrl license;
};

Links linksOf(const XmlTree &tree, int parent, const QStringList &ns)
{
    Links links;
    bool alternateIsHtml = false;
    for (const int l : tree.childrenNamed(parent, QStringLiteral("link"), ns)) {
        const XmlNode &n = tree.node(l);
        Link link;
        link.rel = n.attribute(QStringLiteral("rel")).trimmed();
        if (link.rel.isEmpty())
            link.rel = QStringLiteral("alternate"); // RFC 4287 4.2.7.2
        link.type = n.attribute(QStringLiteral("type")).trimmed();
        if (link.type.isEmpty() && link.rel == QLatin1String("self"))
            link.type = QStringLiteral("application/atom+xml");
        if (link.type.isEmpty() && link.rel == QLatin1String("alternate"))
            link.type = QStringLiteral("text/html");
        // Atom 0.3 drafts put the URL in the element text.
        QString href = n.attribute(QStringLiteral("href")).trimmed();
        if (href.isEmpty() && !n.hasAttribute(QStringLiteral("href")))
            href = n.text.trimmed();
        // href="" is a same-document reference: the base itself (RFC 3986 5.2).
        link.href =
            href.isEmpty() && n.hasAttribute(QStringLiteral("href")) ? n.base : X::resolve(tree, l, href);
        link.title = n.attribute(QStringLiteral("title"));
        link.hreflang = n.attribute(QStringLiteral("hreflang")).trimmed();
        bool ok = false;
        const qint64 length = n.attribute(QStringLiteral("length")).trimmed().toLongLong(&ok);
        link.length = ok ? length : -1;
        links.all << link;
        if (link.rel == QLatin1String("alternate")) {
            const bool html = link.type.contains(QLatin1String("html"));
            if (links.alternate.isEmpty() || (html && !alternateIsHtml)) {
                links.alternate = link.href;
                alternateIsHtml = html;
            }
        } else if (link.rel == QLatin1String("self")) {
            links.self = link.href;
        } else if (link.rel == QLatin1String("license")) {
            if (links.license.isEmpty())
                links.license = link.href;
        } else if (link.rel == QLatin1String("enclosure")) {
            links.enclosures << Enclosure{link.href, link.type, link.length};
        }
    }
    return links;
}

QList<Category> categoriesOf(const XmlTree &tree, int parent, const QStringList &ns)
{
    QList<Category> out;
    for (const int c : tree.childrenNamed(parent, QStringLiteral("category"), ns)) {
        const XmlNode &n = tree.node(c);
        Category cat;
        cat.term = n.attribute(QStringLiteral("term")).trimmed();
        if (cat.term.isEmpty())
            cat.term = n.text.trimmed();
        cat.scheme = n.attribute(QStringLiteral("scheme")).trimmed();
        cat.label = n.attribute(QStringLiteral("label")).trimmed();
        if (!cat.term.isEmpty() || !cat.label.isEmpty())
            out << cat;
    }
    return out;
}

// Atom ids are compared as written (RFC 4287 4.2.6.1): only a relative one is resolved, and only
// against a web base.
QString idOf(const XmlTree &tree, int node)
{
    const QString id = tree.node(node).text.trimmed();
    const QUrl &base = tree.node(node).base;
    if (id.isEmpty() || !QUrl(id).isRelative() ||
        (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return id;
    return base.resolved(QUrl(id)).toString();
}

// Feed-level metadata shared by <feed> and an entry's <source>.
void readHeader(const XmlTree &tree, int node, const QStringList &ns, ParsedFeed &feed)
{
    const int title = tree.child(node, QStringLiteral("title"), ns);
    feed.title = plainTitle(tree, title, &feed.textInfo[QStringLiteral("title")]);
    if (title < 0)
        feed.textInfo.remove(QStringLiteral("title"));
    const Links links = linksOf(tree, node, ns);
    feed.link = links.alternate;
    feed.selfUrl = links.self;
    feed.links = links.all;
    for (const char *name : {"subtitle", "tagline"}) {
        const int s = tree.child(node, QLatin1String(name), ns);
        if (s >= 0 && feed.description.isNull())
            feed.description = richText(tree, s, nullptr, &feed.textInfo[QStringLiteral("subtitle")]);
    }
    if (const int info = tree.child(node, QStringLiteral("info"), ns); info >= 0) // Atom 0.3
        feed.extensions.insert(QStringLiteral("info"),
                               richText(tree, info, nullptr, &feed.textInfo[QStringLiteral("info")]));
    for (const char *name : {"rights", "copyright"}) {
        const int s = tree.child(node, QLatin1String(name), ns);
        if (s >= 0 && feed.rights.isEmpty())
            feed.rights = plainTitle(tree, s, &feed.textInfo[QStringLiteral("rights")]);
    }
    if (const int g = tree.child(node, QStringLiteral("generator"), ns); g >= 0) {
        const XmlNode &n = tree.node(g);
        feed.generator = n.text.trimmed();
        QString uri = n.attribute(QStringLiteral("uri")).trimmed();
        if (uri.isEmpty())
            uri = n.attribute(QStringLiteral("url")).trimmed();
        feed.generatorUri = X::resolve(tree, g, uri);
        feed.generatorVersion = n.attribute(QStringLiteral("version")).trimmed();
    }
    if (const int s = tree.child(node, QStringLiteral("icon"), ns); s >= 0)
        feed.icon = X::resolve(tree, s, tree.node(s).text.trimmed());
    if (const int s = tree.child(node, QStringLiteral("logo"), ns); s >= 0)
        feed.logo = X::resolve(tree, s, tree.node(s).text.trimmed());
    feed.image = feed.logo.isEmpty() ? feed.icon : feed.logo;
    if (const int s = tree.child(node, QStringLiteral("id"), ns); s >= 0)
        feed.id = idOf(tree, s);
    feed.updated = dateOf(tree, node, ns, {"updated", "modified"});
    feed.published = dateOf(tree, node, ns, {"published", "issued"});
    feed.authors = persons(tree, node, QStringLiteral("author"), ns);
    feed.contributors = persons(tree, node, QStringLiteral("contributor"), ns);
    feed.tags = categoriesOf(tree, node, ns);
}

const QSet<QString> &entryNames()
{
    static const QSet<QString> names{
        QStringLiteral("title"),    QStringLiteral("id"),      QStringLiteral("link"),
        QStringLiteral("summary"),  QStringLiteral("content"), QStringLiteral("published"),
        QStringLiteral("issued"),   QStringLiteral("created"), QStringLiteral("updated"),
        QStringLiteral("modified"), QStringLiteral("author"),  QStringLiteral("contributor"),
        QStringLiteral("category"), QStringLiteral("source"),  QStringLiteral("rights"),
        QStringLiteral("copyright")};
    return names;
}

FeedItem parseEntry(const XmlTree &tree, int node, const ParsedFeed &feed, const QStringList &ns)
{
    FeedItem item;
    const XmlNode &n = tree.node(node);
    if (const int t = tree.child(node, QStringLiteral("title"), ns); t >= 0)
        item.title = plainTitle(tree, t, &item.textInfo[QStringLiteral("title")]);
    if (const int id = tree.child(node, QStringLiteral("id"), ns); id >= 0)
        item.guid = idOf(tree, id);
    const Links links = linksOf(tree, node, ns);
    item.url = links.alternate;
    item.enclosures = links.enclosures;
    item.links = links.all;
    item.license = links.license;
    if (const int s = tree.child(node, QStringLiteral("summary"), ns); s >= 0)
        item.summary = richText(tree, s, nullptr, &item.textInfo[QStringLiteral("summary")]);
    if (const int c = tree.child(node, QStringLiteral("content"), ns); c >= 0) {
        const QString src = tree.node(c).attribute(QStringLiteral("src")).trimmed();
        if (src.isEmpty()) {
            item.content = richText(tree, c, &item.contentType, &item.textInfo[QStringLiteral("content")]);
        } else {
            // Out-of-line content (RFC 4287 4.1.3.2): keep where it lives, never fetch it here.
            item.extensions.insert(QStringLiteral("content_src"), X::resolve(tree, c, src).toString());
            item.textInfo[QStringLiteral("content")] =
                X::textInfo(tree, c, tree.node(c).attribute(QStringLiteral("type")).trimmed());
        }
    }
    for (const char *name : {"rights", "copyright"}) {
        const int s = tree.child(node, QLatin1String(name), ns);
        if (s >= 0 && item.rights.isEmpty())
            item.rights = plainTitle(tree, s, &item.textInfo[QStringLiteral("rights")]);
    }
    item.published = dateOf(tree, node, ns, {"published", "issued"});
    item.updated = dateOf(tree, node, ns, {"updated", "modified"});
    if (const FeedDate created = dateOf(tree, node, ns, {"created"}); !created.raw.isEmpty()) {
        item.otherDates.insert(QStringLiteral("created"), created);
        if (item.published.raw.isEmpty())
            item.published = created;
    }
    item.authors = persons(tree, node, QStringLiteral("author"), ns);
    item.contributors = persons(tree, node, QStringLiteral("contributor"), ns);
    item.tags = categoriesOf(tree, node, ns);
    for (const Category &c : std::as_const(item.tags))
        if (!c.term.isEmpty() && !item.categories.contains(c.term))
            item.categories << c.term;
    if (const int s = tree.child(node, QStringLiteral("source"), ns); s >= 0) {
        auto source = std::make_shared<ParsedFeed>();
        readHeader(tree, s, ns, *source);
        item.sourceTitle = source->title;
        item.sourceUrl = source->link;
        if (item.authors.isEmpty())
            item.authors = source->authors;
        item.source = std::move(source);
    }
    X::readDublinCore(tree, node, item);
    X::readMedia(tree, node, item);
    X::readGeo(tree, node, item);
    X::readExtensions(tree, node, entryNames(), item.extensions);
    if (item.authors.isEmpty()) // RFC 4287 4.2.1: entries inherit the feed's authors
        item.authors = feed.authors;
    if (!item.authors.isEmpty())
        item.author = X::displayName(item.authors.constFirst());
    item.language = n.lang.isEmpty() ? feed.language : n.lang;
    return item;
}

// Inline XHTML as feedparser and readers present it: without the XHTML namespace declarations.
QString withoutXhtmlNamespace(QString markup)
{
    static const QRegularExpression decl(QStringLiteral(
        "\\s+xmlns(?::[A-Za-z_][\\w.-]*)?\\s*=\\s*([\"'])http://www\\.w3\\.org/1999/xhtml\\1"));
    if (markup.contains(QLatin1String("xmlns")))
        markup.remove(decl);
    return markup;
}

} // namespace

bool AtomParser::accepts(const XmlTree &tree)
{
    const XmlNode &root = tree.node(tree.root());
    // RFC 4287 5: an Atom Entry Document is a lone <entry>, read as a feed of one.
    return root.name == QLatin1String("feed") ||
           (root.name == QLatin1String("entry") && X::atomAny().contains(root.ns));
}

QString AtomParser::textConstruct(const XmlTree &tree, int node, QString *typeOut, TextInfo *infoOut)
{
    const XmlNode &n = tree.node(node);
    const QString type = n.attribute(QStringLiteral("type")).trimmed().toLower();
    const QString mode = n.attribute(QStringLiteral("mode")).trimmed().toLower();
    QString kind = QStringLiteral("text");
    QString mime = QStringLiteral("text/plain");
    QString value;
    if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")) {
        kind = QStringLiteral("xhtml");
        mime = QStringLiteral("application/xhtml+xml");
        // Atom 1.0 wraps XHTML in a div that is not part of the content (RFC 4287 3.1.1.3);
        // Atom 0.3 has no such rule, so its div stays.
        const int div = tree.child(node, QStringLiteral("div"), {X::xhtml()});
        const bool wrapper = type == QLatin1String("xhtml") && div >= 0 && n.children.size() == 1;
        value = withoutXhtmlNamespace(wrapper ? tree.innerXml(div) : tree.innerXml(node));
    } else if (type == QLatin1String("html") || type == QLatin1String("text/html")) {
        kind = QStringLiteral("html");
        mime = QStringLiteral("text/html");
        value = tree.content(node);
    } else if (type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("text/plain")) {
        value = n.children.isEmpty() ? n.text : withoutXhtmlNamespace(tree.innerXml(node));
        if (!n.children.isEmpty()) {
            kind = QStringLiteral("html");
            mime = QStringLiteral("text/html");
        }
    } else {
        value = tree.content(node);
        mime = type;
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
    if (infoOut)
        *infoOut = X::textInfo(tree, node, mime);
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
    feed.language = r.lang;
    if (r.name == QLatin1String("entry")) {
        feed.items << parseEntry(tree, root, feed, ns);
        return;
    }
    readHeader(tree, root, ns, feed);
    for (const int c : r.children) {
        const XmlNode &n = tree.node(c);
        // <item> inside Atom is a common confusion; it is meant as an entry.
        if ((n.name == QLatin1String("entry") || n.name == QLatin1String("item")) && ns.contains(n.ns))
            feed.items << parseEntry(tree, c, feed, ns);
    }
}

} // namespace ww
