#include "feeds/feedextensions.h"

#include "feeds/datetimeparser.h"
#include "feeds/htmlentities.h"

#include <QRegularExpression>

namespace ww {

namespace {

MediaObject mediaFrom(const XmlTree &tree, int node)
{
    const XmlNode &n = tree.node(node);
    MediaObject m;
    m.url = FeedExtensions::resolve(tree, node, n.attribute(QStringLiteral("url")).trimmed());
    // Video hosts give only an embeddable player page; that is still where the media is.
    if (m.url.isEmpty())
        if (const int player = tree.child(node, QStringLiteral("player"), {FeedExtensions::media()});
            player >= 0)
            m.url = FeedExtensions::resolve(tree, player,
                                            tree.node(player).attribute(QStringLiteral("url")).trimmed());
    m.type = n.attribute(QStringLiteral("type"));
    if (m.type.isEmpty())
        m.type = n.attribute(QStringLiteral("medium"));
    bool ok = false;
    const int w = n.attribute(QStringLiteral("width")).toInt(&ok);
    if (ok)
        m.width = w;
    const int h = n.attribute(QStringLiteral("height")).toInt(&ok);
    if (ok)
        m.height = h;
    return m;
}

// media:title/description/credit/thumbnail children of `node` fill the empty fields of `m`.
void applyMetadata(const XmlTree &tree, int node, MediaObject &m)
{
    const QStringList mediaNs{FeedExtensions::media()};
    if (m.title.isEmpty())
        m.title = FeedExtensions::trimmedText(tree, tree.child(node, QStringLiteral("title"), mediaNs));
    if (m.description.isEmpty())
        m.description =
            FeedExtensions::trimmedText(tree, tree.child(node, QStringLiteral("description"), mediaNs));
    if (m.credit.isEmpty()) {
        const int credit = tree.child(node, QStringLiteral("credit"), mediaNs);
        if (credit >= 0) {
            m.credit = FeedExtensions::trimmedText(tree, credit);
            m.creditRole = tree.node(credit).attribute(QStringLiteral("role"));
        }
    }
    if (m.thumbnail.isEmpty()) {
        const int thumb = tree.child(node, QStringLiteral("thumbnail"), mediaNs);
        if (thumb >= 0)
            m.thumbnail = FeedExtensions::resolve(
                tree, thumb, tree.node(thumb).attribute(QStringLiteral("url")).trimmed());
    }
}

} // namespace

const QString &FeedExtensions::atom10()
{
    static const QString s = QStringLiteral("http://www.w3.org/2005/Atom");
    return s;
}

const QString &FeedExtensions::atom03()
{
    static const QString s = QStringLiteral("http://purl.org/atom/ns#");
    return s;
}

const QStringList &FeedExtensions::atomAny()
{
    static const QStringList s{atom10(), atom03()};
    return s;
}

const QStringList &FeedExtensions::rssCore()
{
    static const QStringList s{QString(), QStringLiteral("http://purl.org/rss/1.0/"),
                               QStringLiteral("http://my.netscape.com/rdf/simple/0.9/"),
                               QStringLiteral("http://backend.userland.com/rss2"),
                               QStringLiteral("http://blogs.law.harvard.edu/tech/rss")};
    return s;
}

const QStringList &FeedExtensions::dc()
{
    static const QStringList s{QStringLiteral("http://purl.org/dc/elements/1.1/"), dcTerms()};
    return s;
}

const QString &FeedExtensions::dcTerms()
{
    static const QString s = QStringLiteral("http://purl.org/dc/terms/");
    return s;
}

const QString &FeedExtensions::content()
{
    static const QString s = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
    return s;
}

const QString &FeedExtensions::media()
{
    static const QString s = QStringLiteral("http://search.yahoo.com/mrss/");
    return s;
}

const QString &FeedExtensions::sy()
{
    static const QString s = QStringLiteral("http://purl.org/rss/1.0/modules/syndication/");
    return s;
}

const QString &FeedExtensions::rdf()
{
    static const QString s = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    return s;
}

const QString &FeedExtensions::xhtml()
{
    static const QString s = QStringLiteral("http://www.w3.org/1999/xhtml");
    return s;
}

const QString &FeedExtensions::itunes()
{
    static const QString s = QStringLiteral("http://www.itunes.com/dtds/podcast-1.0.dtd");
    return s;
}

QString FeedExtensions::trimmedText(const XmlTree &tree, int node)
{
    return node < 0 ? QString() : tree.node(node).text.trimmed();
}

TextInfo FeedExtensions::textInfo(const XmlTree &tree, int node, const QString &mimeType)
{
    if (node < 0)
        return {};
    const XmlNode &n = tree.node(node);
    return TextInfo{mimeType, n.lang, n.base};
}

void FeedExtensions::readExtensions(const XmlTree &tree, int node, const QSet<QString> &mappedNames,
                                    QMap<QString, QString> &out)
{
    // Namespaces whose elements we map into the model ourselves.
    static const QSet<QString> mapped{QString(),
                                      atom10(),
                                      atom03(),
                                      content(),
                                      media(),
                                      sy(),
                                      rdf(),
                                      xhtml(),
                                      dcTerms(),
                                      QStringLiteral("http://purl.org/dc/elements/1.1/"),
                                      QStringLiteral("http://purl.org/rss/1.0/"),
                                      QStringLiteral("http://my.netscape.com/rdf/simple/0.9/"),
                                      QStringLiteral("http://backend.userland.com/rss2"),
                                      QStringLiteral("http://blogs.law.harvard.edu/tech/rss"),
                                      QStringLiteral("http://www.georss.org/georss"),
                                      QStringLiteral("http://www.w3.org/2003/01/geo/wgs84_pos#"),
                                      QStringLiteral("http://www.opengis.net/gml")};
    static const QSet<QString> uriElements{QStringLiteral("wfw_comment"), QStringLiteral("wfw_commentrss")};
    const XmlNode &parent = tree.node(node);
    for (const int c : parent.children) {
        const XmlNode &n = tree.node(c);
        if (!n.children.isEmpty())
            continue;
        QString key;
        if (!mapped.contains(n.ns))
            key = (n.prefix.isEmpty() ? QString() : n.prefix.toLower() + u'_') + n.name.toLower();
        else if (n.ns == parent.ns && !mappedNames.contains(n.name))
            key = n.name.toLower();
        if (key.isEmpty() || out.contains(key)) // the first one, as feedparser keeps it
            continue;
        QString value = n.text.trimmed();
        if (value.isEmpty() && !n.attributes.isEmpty()) {
            // An empty element carries its data in attributes (thr:in-reply-to ref= href=).
            for (const XmlAttribute &a : n.attributes)
                out.insert(key + u'/' + a.name, a.name == QLatin1String("href")
                                                    ? resolve(tree, c, a.value.trimmed()).toString()
                                                    : a.value);
            continue;
        }
        if (uriElements.contains(key))
            value = resolve(tree, c, value).toString();
        out.insert(key, value);
    }
}

QList<Person> FeedExtensions::personsOf(const XmlTree &tree, int parent, const QString &name,
                                        const QStringList &namespaces)
{
    QList<Person> out;
    for (const int a : tree.childrenNamed(parent, name, namespaces)) {
        const QString text = tree.node(a).text.trimmed();
        if (!text.isEmpty())
            out << personFromText(text);
    }
    return out;
}

QUrl FeedExtensions::resolve(const XmlTree &tree, int node, const QString &href)
{
    if (href.isEmpty())
        return {};
    const QUrl url(href);
    const QUrl &base = tree.node(node).base;
    return base.isValid() && !base.isEmpty() ? base.resolved(url) : url;
}

QString FeedExtensions::resolveHtmlUrls(const QString &html, const QUrl &base)
{
    if (base.isEmpty() || !base.isValid() || base.isRelative() || !html.contains(u'='))
        return html;
    static const QRegularExpression attr(QStringLiteral("(\\s(?:href|src)\\s*=\\s*)([\"'])(.*?)\\2"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = attr.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = m.captured(3);
        const QUrl url(HtmlEntities::decode(value).trimmed());
        if (!url.isRelative() || value.trimmed().isEmpty() || value.trimmed().startsWith(u'#'))
            continue;
        out += QStringView(html).mid(last, m.capturedStart(3) - last);
        out += base.resolved(url).toString().toHtmlEscaped();
        last = m.capturedEnd(3);
    }
    if (last == 0)
        return html;
    out += QStringView(html).mid(last);
    return out;
}

Person FeedExtensions::personFromText(const QString &text)
{
    Person p;
    const QString t = text.simplified();
    static const QRegularExpression emailParen(QStringLiteral("^(\\S+@\\S+)\\s*\\((.*)\\)$"));
    static const QRegularExpression nameAngle(QStringLiteral("^(.*?)\\s*<(\\S+@\\S+)>$"));
    static const QRegularExpression nameParen(QStringLiteral("^(.*?)\\s*\\((\\S+@\\S+)\\)$"));
    static const QRegularExpression bareEmail(QStringLiteral("^\\S+@\\S+\\.\\S+$"));
    if (const auto m = emailParen.match(t); m.hasMatch()) {
        p.email = m.captured(1);
        p.name = m.captured(2).trimmed();
    } else if (const auto m2 = nameAngle.match(t); m2.hasMatch()) {
        p.name = m2.captured(1).trimmed();
        p.email = m2.captured(2);
    } else if (const auto m3 = nameParen.match(t); m3.hasMatch()) {
        p.name = m3.captured(1).trimmed();
        p.email = m3.captured(2);
    } else if (bareEmail.match(t).hasMatch()) {
        p.email = t;
    } else {
        p.name = t;
    }
    return p;
}

QString FeedExtensions::displayName(const Person &person)
{
    if (!person.name.isEmpty())
        return person.email.isEmpty() ? person.name : person.name + QLatin1String(" (") + person.email + u')';
    return person.email;
}

void FeedExtensions::readMedia(const XmlTree &tree, int itemNode, FeedItem &item)
{
    const QStringList mediaNs{media()};
    const XmlNode &itemN = tree.node(itemNode);
    QList<MediaObject> found;
    for (const int c : itemN.children) {
        const XmlNode &n = tree.node(c);
        if (n.ns != media())
            continue;
        if (n.name == QLatin1String("content")) {
            MediaObject m = mediaFrom(tree, c);
            applyMetadata(tree, c, m);
            found << m;
        } else if (n.name == QLatin1String("group")) {
            for (const int member : tree.childrenNamed(c, QStringLiteral("content"), mediaNs)) {
                MediaObject m = mediaFrom(tree, member);
                applyMetadata(tree, member, m);
                applyMetadata(tree, c, m); // group-level caption/credit apply to every member
                found << m;
            }
        }
    }
    // Item-level media:* describe the item's media; with no media:content, a thumbnail is the image.
    if (found.isEmpty()) {
        const int thumb = tree.child(itemNode, QStringLiteral("thumbnail"), mediaNs);
        if (thumb >= 0) {
            MediaObject m;
            m.url = resolve(tree, thumb, tree.node(thumb).attribute(QStringLiteral("url")).trimmed());
            m.type = QStringLiteral("image");
            applyMetadata(tree, itemNode, m);
            found << m;
        }
    } else {
        for (MediaObject &m : found)
            applyMetadata(tree, itemNode, m);
    }
    item.media << found;
}

void FeedExtensions::readGeo(const XmlTree &tree, int itemNode, FeedItem &item)
{
    const auto parsePair = [](const QString &text) -> std::optional<GeoPoint> {
        const QStringList parts =
            text.simplified().split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
        if (parts.size() < 2)
            return std::nullopt;
        bool ok1 = false, ok2 = false;
        const double lat = parts.at(0).toDouble(&ok1);
        const double lon = parts.at(1).toDouble(&ok2);
        if (!ok1 || !ok2 || lat < -90 || lat > 90 || lon < -180 || lon > 180)
            return std::nullopt;
        return GeoPoint{lat, lon};
    };
    const QStringList georss{QStringLiteral("http://www.georss.org/georss")};
    if (const int point = tree.child(itemNode, QStringLiteral("point"), georss); point >= 0) {
        item.point = parsePair(tree.node(point).text);
        return;
    }
    if (const int where = tree.child(itemNode, QStringLiteral("where"), georss); where >= 0) {
        const QStringList gml{QStringLiteral("http://www.opengis.net/gml")};
        const int p = tree.child(where, QStringLiteral("Point"), gml);
        const int pos = p >= 0 ? tree.child(p, QStringLiteral("pos"), gml) : -1;
        if (pos >= 0) {
            item.point = parsePair(tree.node(pos).text);
            return;
        }
    }
    const QStringList geo{QStringLiteral("http://www.w3.org/2003/01/geo/wgs84_pos#")};
    const int lat = tree.child(itemNode, QStringLiteral("lat"), geo);
    const int lon = tree.child(itemNode, QStringLiteral("long"), geo);
    if (lat >= 0 && lon >= 0)
        item.point = parsePair(tree.node(lat).text + u' ' + tree.node(lon).text);
}

void FeedExtensions::readDublinCore(const XmlTree &tree, int itemNode, FeedItem &item)
{
    for (const int c : tree.node(itemNode).children) {
        const XmlNode &n = tree.node(c);
        if (!dc().contains(n.ns))
            continue;
        const QString text = n.text.trimmed();
        if (n.name == QLatin1String("creator") || n.name == QLatin1String("author")) {
            if (!text.isEmpty())
                item.authors << personFromText(text);
        } else if (n.name == QLatin1String("contributor")) {
            if (!text.isEmpty())
                item.contributors << personFromText(text);
        } else if (n.name == QLatin1String("subject")) {
            if (!text.isEmpty() && !item.categories.contains(text))
                item.categories << text;
        } else if (n.name == QLatin1String("date") || n.name == QLatin1String("issued") ||
                   n.name == QLatin1String("created")) {
            if (item.published.raw.isEmpty())
                item.published = DateTimeParser::parseFeedDate(text);
        } else if (n.name == QLatin1String("modified")) {
            if (item.updated.raw.isEmpty())
                item.updated = DateTimeParser::parseFeedDate(text);
        } else if (n.name == QLatin1String("language")) {
            if (item.language.isEmpty())
                item.language = text;
        }
    }
}

} // namespace ww
