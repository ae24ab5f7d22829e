#include "feeds/xmltree.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::XmlTree", text);
}

// Prefixes feeds use without declaring them; resolved to the URI everybody means (flagged).
QString conventionalNamespace(const QString &prefix)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
        {QStringLiteral("dcterms"), QStringLiteral("http://purl.org/dc/terms/")},
        {QStringLiteral("content"), QStringLiteral("http://purl.org/rss/1.0/modules/content/")},
        {QStringLiteral("media"), QStringLiteral("http://search.yahoo.com/mrss/")},
        {QStringLiteral("atom"), QStringLiteral("http://www.w3.org/2005/Atom")},
        {QStringLiteral("sy"), QStringLiteral("http://purl.org/rss/1.0/modules/syndication/")},
        {QStringLiteral("georss"), QStringLiteral("http://www.georss.org/georss")},
        {QStringLiteral("geo"), QStringLiteral("http://www.w3.org/2003/01/geo/wgs84_pos#")},
        {QStringLiteral("gml"), QStringLiteral("http://www.opengis.net/gml")},
        {QStringLiteral("itunes"), QStringLiteral("http://www.itunes.com/dtds/podcast-1.0.dtd")},
        {QStringLiteral("rdf"), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#")},
        {QStringLiteral("slash"), QStringLiteral("http://purl.org/rss/1.0/modules/slash/")},
        {QStringLiteral("wfw"), QStringLiteral("http://wellformedweb.org/CommentAPI/")},
        {QStringLiteral("feedburner"), QStringLiteral("http://rssnamespace.org/feedburner/ext/1.0")},
        {QStringLiteral("xhtml"), QStringLiteral("http://www.w3.org/1999/xhtml")},
        {QStringLiteral("xml"), QStringLiteral("http://www.w3.org/XML/1998/namespace")},
    };
    return known.value(prefix);
}

// Variants of well-known namespace URIs seen in real feeds, mapped to the one the parsers match.
QString canonicalNamespace(const QString &uri)
{
    static const QHash<QString, QString> variants = {
        {QStringLiteral("http://search.yahoo.com/mrss"), QStringLiteral("http://search.yahoo.com/mrss/")},
        {QStringLiteral("http://backend.userland.com/rss"), QString()},
        {QStringLiteral("http://backend.userland.com/rss2.1"), QString()},
        {QStringLiteral("http://purl.org/dc/elements/1.1"),
         QStringLiteral("http://purl.org/dc/elements/1.1/")},
        {QStringLiteral("http://purl.org/rss/1.0/modules/content"),
         QStringLiteral("http://purl.org/rss/1.0/modules/content/")},
    };
    // iTunes' DTD URL is written in several capitalisations.
    if (uri.compare(QLatin1String("http://www.itunes.com/dtds/podcast-1.0.dtd"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("http://www.itunes.com/dtds/podcast-1.0.dtd");
    const auto it = variants.constFind(uri);
    return it == variants.constEnd() ? uri : it.value();
}

bool isItemName(const QString &name)
{
    return name == QLatin1String("item") || name == QLatin1String("entry");
}

} // namespace

QString XmlNode::attribute(const QString &localName, const QString &nsUri) const
{
    for (const XmlAttribute &a : attributes)
        if (a.name == localName && (nsUri.isEmpty() || a.ns == nsUri))
            return a.value;
    return {};
}

bool XmlNode::hasAttribute(const QString &localName) const
{
    for (const XmlAttribute &a : attributes)
        if (a.name == localName)
            return true;
    return false;
}

QString XmlTree::innerXml(int index) const
{
    const XmlNode &n = m_nodes.at(index);
    return m_source.mid(n.innerBegin, n.innerEnd - n.innerBegin);
}

int XmlTree::child(int index, const QString &name, const QStringList &namespaces) const
{
    for (const int c : m_nodes.at(index).children) {
        const XmlNode &n = m_nodes.at(c);
        if (n.name == name && (namespaces.isEmpty() || namespaces.contains(n.ns)))
            return c;
    }
    return -1;
}

QList<int> XmlTree::childrenNamed(int index, const QString &name, const QStringList &namespaces) const
{
    QList<int> out;
    for (const int c : m_nodes.at(index).children) {
        const XmlNode &n = m_nodes.at(c);
        if (n.name == name && (namespaces.isEmpty() || namespaces.contains(n.ns)))
            out << c;
    }
    return out;
}

QString XmlTree::content(int index) const
{
    const XmlNode &n = m_nodes.at(index);
    return n.children.isEmpty() ? n.text : innerXml(index);
}

Result<XmlTree> XmlTree::build(const QString &source, const QUrl &baseUrl, const XmlTreeLimits &limits,
                               const QString &baseLanguage, const QByteArray &sourceUtf8)
{
    XmlTree tree;
    tree.m_source = source;
    QXmlStreamReader reader;
    if (sourceUtf8.isEmpty()) {
        reader.addData(tree.m_source);
    } else {
        // addData(QString) is what locks the reader to UTF-8 and ignores the document's own encoding
        // declaration (the text is already decoded); an empty one does that without converting anything.
        reader.addData(QString());
        reader.addData(sourceUtf8);
    }
    // We resolve prefixes ourselves (see conventionalNamespace), so Qt must not reject undeclared ones.
    reader.setNamespaceProcessing(false);

    struct Frame
    {
        int node;
        QHash<QString, QString> namespaces; // declarations made on this element
    };
    QList<Frame> stack;
    QSet<QString> undeclared;
    qint64 totalText = 0, itemText = 0;
    int items = 0, itemDepth = -1;
    qsizetype lastOffset = 0;

    const auto lookupNamespace = [&stack](const QString &prefix, bool *found) -> QString {
        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
            const auto it = stack.at(i).namespaces.constFind(prefix);
            if (it != stack.at(i).namespaces.constEnd()) {
                *found = true;
                return it.value();
            }
        }
        *found = false;
        return {};
    };

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const qsizetype offset = reader.characterOffset();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= limits.maxDepth)
                return Error(Error::Code::TooLarge, tr("document nested deeper than %1 elements (line %2)")
                                                        .arg(limits.maxDepth)
                                                        .arg(reader.lineNumber()));
            if (tree.m_nodes.size() >= limits.maxNodes)
                return Error(Error::Code::TooLarge,
                             tr("document has more than %1 elements").arg(limits.maxNodes));
            Frame frame;
            XmlNode node;
            const QXmlStreamAttributes attrs = reader.attributes();
            for (const QXmlStreamAttribute &a : attrs) {
                const QStringView q = a.qualifiedName();
                if (q == u"xmlns")
                    frame.namespaces.insert(QString(), a.value().toString());
                else if (q.startsWith(u"xmlns:"))
                    frame.namespaces.insert(q.mid(6).toString(), a.value().toString());
            }
            stack.append(frame);
            const int parent = stack.size() > 1 ? stack.at(stack.size() - 2).node : -1;
            const QStringView qname = reader.qualifiedName();
            const qsizetype colon = qname.indexOf(u':');
            node.prefix = colon > 0 ? qname.left(colon).toString() : QString();
            node.name = (colon > 0 ? qname.mid(colon + 1) : qname).toString();
            bool found = false;
            node.ns = canonicalNamespace(lookupNamespace(node.prefix, &found));
            if (!found && !node.prefix.isEmpty()) {
                node.ns = conventionalNamespace(node.prefix);
                undeclared.insert(node.prefix);
            }
            for (const QXmlStreamAttribute &a : attrs) {
                const QStringView q = a.qualifiedName();
                if (q == u"xmlns" || q.startsWith(u"xmlns:"))
                    continue;
                XmlAttribute attribute;
                const qsizetype c = q.indexOf(u':');
                attribute.name = (c > 0 ? q.mid(c + 1) : q).toString();
                attribute.value = a.value().toString();
                if (c > 0) {
                    const QString prefix = q.left(c).toString();
                    bool declared = false;
                    attribute.ns = prefix == QLatin1String("xml")
                                       ? conventionalNamespace(prefix)
                                       : canonicalNamespace(lookupNamespace(prefix, &declared));
                    if (attribute.ns.isEmpty()) {
                        attribute.ns = conventionalNamespace(prefix);
                        undeclared.insert(prefix);
                    }
                }
                node.attributes.append(attribute);
            }
            node.parent = parent;
            const XmlNode *parentNode = parent >= 0 ? &tree.m_nodes.at(parent) : nullptr;
            node.base = parentNode ? parentNode->base : baseUrl;
            node.lang = parentNode ? parentNode->lang : baseLanguage;
            const QString xmlNs = conventionalNamespace(QStringLiteral("xml"));
            const QString xmlBase = node.attribute(QStringLiteral("base"), xmlNs);
            if (!xmlBase.isEmpty()) {
                // Same scheme family as the document only: no javascript:/data: bases from the feed.
                // "http:///host/path" (one slash too many) is a common typo for "http://host/path".
                static const QRegularExpression extraSlashes(QStringLiteral("^(https?:)/{3,}"),
                                                             QRegularExpression::CaseInsensitiveOption);
                const QString cleaned = xmlBase.trimmed().replace(extraSlashes, QStringLiteral("\\1//"));
                const QUrl resolved = node.base.resolved(QUrl(cleaned));
                const QString scheme = resolved.scheme();
                if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                    scheme == baseUrl.scheme())
                    node.base = resolved;
            }
            if (node.hasAttribute(QStringLiteral("lang"))) {
                const QString lang = node.attribute(QStringLiteral("lang"), xmlNs);
                if (!lang.isNull())
                    node.lang = QString(lang).replace(u'_', u'-').trimmed(); // en_US is meant as en-US
            }
            node.innerBegin = offset;
            node.innerEnd = offset;
            if (isItemName(node.name) && itemDepth < 0) {
                if (++items > limits.maxItems)
                    return Error(Error::Code::TooLarge,
                                 tr("feed has more than %1 items").arg(limits.maxItems));
                itemDepth = int(stack.size());
                itemText = 0;
            }
            const int index = int(tree.m_nodes.size());
            tree.m_nodes.append(std::move(node));
            stack.last().node = index;
            if (parent >= 0)
                tree.m_nodes[parent].children.append(index);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.isEmpty()) {
                // The reader looks ahead, so find the end tag's "</" instead of trusting lastOffset.
                XmlNode &closing = tree.m_nodes[stack.last().node];
                const qsizetype endTag =
                    offset > closing.innerBegin ? tree.m_source.lastIndexOf(u"</", offset - 1) : -1;
                closing.innerEnd = endTag >= closing.innerBegin ? endTag : closing.innerBegin;
                if (itemDepth == int(stack.size()))
                    itemDepth = -1;
                stack.removeLast();
            }
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (!stack.isEmpty()) {
                const QStringView text = reader.text();
                totalText += text.size();
                if (totalText > limits.maxTextChars)
                    return Error(Error::Code::TooLarge,
                                 tr("feed text exceeds the limit of %1 characters").arg(limits.maxTextChars));
                if (itemDepth >= 0) {
                    itemText += text.size();
                    if (itemText > limits.maxItemTextChars)
                        return Error(Error::Code::TooLarge,
                                     tr("item %1 text exceeds the limit of %2 characters")
                                         .arg(items)
                                         .arg(limits.maxItemTextChars));
                }
                tree.m_nodes[stack.last().node].text.append(text);
            }
            break;
        default:
            break;
        }
        lastOffset = offset;
    }

    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            if (tree.m_nodes.isEmpty())
                return Error(Error::Code::NotAFeed, tr("empty document: no XML element found"));
            // Only the wrappers left open: a missing root close, which we repair. Anything deeper
            // means the download stopped mid-document, and half a feed is worse than none.
            bool onlyWrappers = true;
            for (const Frame &f : std::as_const(stack)) {
                const QString &n = tree.m_nodes.at(f.node).name;
                if (n != QLatin1String("rss") && n != QLatin1String("channel") && n != QLatin1String("RDF") &&
                    n != QLatin1String("feed"))
                    onlyWrappers = false;
            }
            if (!onlyWrappers)
                return Error(Error::Code::Truncated,
                             tr("feed truncated at line %1").arg(reader.lineNumber()));
            for (const Frame &f : std::as_const(stack))
                tree.m_nodes[f.node].innerEnd = lastOffset;
            tree.m_repaired = true;
            tree.m_warnings << tr("missing close tag for the root element added");
        } else {
            const QString message = reader.errorString();
            if (message.contains(QLatin1String("entity"), Qt::CaseInsensitive) &&
                message.contains(QLatin1String("limit"), Qt::CaseInsensitive))
                return Error(Error::Code::TooLarge, tr("entity expansion limit exceeded at line %1: %2")
                                                        .arg(reader.lineNumber())
                                                        .arg(message));
            return Error(Error::Code::Malformed, tr("malformed XML at line %1, column %2: %3")
                                                     .arg(reader.lineNumber())
                                                     .arg(reader.columnNumber())
                                                     .arg(message));
        }
    }
    if (tree.m_nodes.isEmpty())
        return Error(Error::Code::NotAFeed, tr("empty document: no XML element found"));
    if (!undeclared.isEmpty()) {
        QStringList prefixes(undeclared.cbegin(), undeclared.cend());
        prefixes.sort();
        tree.m_repaired = true;
        tree.m_warnings << tr("undeclared namespace prefixes: %1").arg(prefixes.join(QLatin1String(", ")));
    }
    return tree;
}

} // namespace ww
