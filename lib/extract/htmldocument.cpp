#include "extract/htmldocument.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace ww {

namespace {

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    QString name = QString::fromUtf8(piece.data, qsizetype(piece.length));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSpace() || c == QLatin1Char('/')) {
            name.truncate(i);
            break;
        }
    }
    return name.toLower();
}

bool isTagChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// Elements that never nest by markup alone (void) or whose end tag is implied by the next sibling.
// Sorted, for a binary search over a name that is already lower case.
bool countsForNesting(std::string_view name)
{
    static constexpr std::array<std::string_view, 34> skip = {
        "area",     "base",   "body", "br",    "col",   "colgroup", "dd", "dt",     "embed",
        "head",     "hr",     "html", "img",   "input", "keygen",   "li", "link",   "meta",
        "optgroup", "option", "p",    "param", "rb",    "rp",       "rt", "source", "tbody",
        "td",       "tfoot",  "th",   "thead", "tr",    "track",    "wbr"};
    static_assert(std::is_sorted(skip.begin(), skip.end()));
    return !std::binary_search(skip.begin(), skip.end(), name);
}

// gumbo's tree builder scans the open-element stack on many start tags, so 100k nested <div>s cost
// minutes. A rough tag counter drops start/end tags past a sane depth before gumbo sees them; it only
// changes pages no browser would lay out anyway. With `out` null it only reports whether any tag would
// be dropped, so the common page is scanned once and never copied.
bool limitNesting(const QByteArray &in, int limit, QByteArray *out)
{
    int depth = 0;
    bool dropped = false;
    qsizetype i = 0;
    const qsizetype n = in.size();
    const char *data = in.constData();
    auto copy = [&](qsizetype from, qsizetype to) {
        if (out)
            out->append(data + from, to - from);
    };
    auto skipTo = [&](const char *needle) {
        const qsizetype end = in.indexOf(needle, i);
        const qsizetype stop = end < 0 ? n : end;
        copy(i, stop);
        i = stop;
    };
    while (i < n) {
        const qsizetype lt = in.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n) {
            copy(i, n);
            break;
        }
        copy(i, lt);
        i = lt;
        if (lt + 4 <= n && std::string_view(data + lt, 4) == "<!--") {
            copy(i, i + 4);
            i += 4;
            skipTo("-->");
            continue;
        }
        const bool closing = data[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        char name[16];
        qsizetype length = 0;
        while (j < n && isTagChar(data[j])) {
            if (length < qsizetype(sizeof name))
                name[length] = char(data[j] | (data[j] >= 'A' && data[j] <= 'Z' ? 0x20 : 0));
            ++length;
            ++j;
        }
        if (j == nameStart) {
            copy(i, i + 1);
            ++i;
            continue;
        }
        const std::string_view tag(name, size_t(std::min(length, qsizetype(sizeof name))));
        qsizetype close = in.indexOf('>', j);
        if (close < 0)
            close = n - 1;
        const bool selfClosing = close > 0 && data[close - 1] == '/';
        bool keep = true;
        if ((length > qsizetype(sizeof name) || countsForNesting(tag)) && !selfClosing) {
            if (closing) {
                keep = depth <= limit;
                depth = qMax(0, depth - 1);
            } else {
                ++depth;
                keep = depth <= limit;
            }
        }
        if (!keep) {
            if (!out)
                return true;
            dropped = true;
        } else {
            copy(i, close + 1);
        }
        i = close + 1;
        if (!closing && keep && (tag == "script" || tag == "style" || tag == "textarea"))
            skipTo("</");
    }
    return dropped;
}

QByteArray limitNesting(const QByteArray &in, int limit)
{
    if (!limitNesting(in, limit, nullptr))
        return in;
    QByteArray out;
    out.reserve(in.size());
    limitNesting(in, limit, &out);
    return out;
}

} // namespace

HtmlDocument::HtmlDocument()
{
    m_nodes.append(Node{Node::Type::Document, {}, {}, {}, {}, -1, 0});
}

HtmlDocument HtmlDocument::parse(QStringView html)
{
    return parse(html, Options{});
}

HtmlDocument HtmlDocument::parse(QStringView html, const Options &options)
{
    HtmlDocument doc;
    QByteArray utf8 = html.toUtf8();
    if (utf8.size() > options.maxBytes) {
        // Cut on a character boundary so gumbo never sees half a UTF-8 sequence.
        qsizetype cut = options.maxBytes;
        while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        utf8.truncate(cut);
        doc.m_truncated = true;
    }
    utf8 = limitNesting(utf8, options.maxMarkupDepth);
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.max_errors = 1000; // error bookkeeping costs memory on garbage input; we never read errors
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, utf8.constData(), size_t(utf8.size()));

    // Preorder walk with an explicit stack: (gumbo node, our parent index).
    QList<std::pair<const GumboNode *, int>> stack;
    const GumboVector &top = output->document->v.document.children;
    for (unsigned i = top.length; i > 0; --i)
        stack.append({static_cast<const GumboNode *>(top.data[i - 1]), Root});
    while (!stack.isEmpty()) {
        auto [gnode, parent] = stack.takeLast();
        if (doc.m_nodes.size() >= options.maxNodes) {
            doc.m_truncated = true;
            break;
        }
        Node node;
        const GumboVector *children = nullptr;
        switch (gnode->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = gnode->v.element;
            node.type = Node::Type::Element;
            node.tag = tagName(element);
            node.attributes.reserve(element.attributes.length);
            for (unsigned a = 0; a < element.attributes.length; ++a) {
                const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[a]);
                node.attributes.append(
                    {QString::fromUtf8(attr->name).toLower(), QString::fromUtf8(attr->value)});
            }
            children = &element.children;
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            node.type = Node::Type::Text;
            node.text = QString::fromUtf8(gnode->v.text.text);
            break;
        default:
            continue; // comments and the document itself carry nothing we use
        }
        // Too deep: hang the node on its ancestor at maxDepth, keeping document order.
        while (doc.m_nodes.at(parent).depth >= options.maxDepth)
            parent = doc.m_nodes.at(parent).parent;
        node.parent = parent;
        node.depth = doc.m_nodes.at(parent).depth + 1;
        const int index = int(doc.m_nodes.size());
        doc.m_nodes.append(std::move(node));
        doc.m_nodes[parent].children.append(index);
        if (children) {
            for (unsigned i = children->length; i > 0; --i)
                stack.append({static_cast<const GumboNode *>(children->data[i - 1]), index});
        }
    }
    gumbo_destroy_output(&gumboOptions, output);
    return doc;
}

bool HtmlDocument::isElement(int index, QLatin1String tag) const
{
    const Node &n = m_nodes.at(index);
    return n.type == Node::Type::Element && n.tag == tag;
}

QString HtmlDocument::attribute(int index, QLatin1String name) const
{
    for (const Attribute &a : m_nodes.at(index).attributes) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

bool HtmlDocument::hasAttribute(int index, QLatin1String name) const
{
    for (const Attribute &a : m_nodes.at(index).attributes) {
        if (a.name == name)
            return true;
    }
    return false;
}

QString HtmlDocument::classAndId(int index) const
{
    const QString cls = attribute(index, QLatin1String("class"));
    const QString id = attribute(index, QLatin1String("id"));
    if (id.isEmpty())
        return cls.toLower();
    return (cls + QLatin1Char(' ') + id).toLower();
}

void HtmlDocument::walk(int index, const std::function<bool(int)> &visitor) const
{
    QList<int> stack{index};
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        if (!visitor(current))
            continue;
        const QList<int> &children = m_nodes.at(current).children;
        for (qsizetype i = children.size(); i > 0; --i)
            stack.append(children.at(i - 1));
    }
}

QList<int> HtmlDocument::elements(QLatin1String tag, int under) const
{
    QList<int> found;
    walk(under, [&](int i) {
        if (isElement(i, tag))
            found.append(i);
        return true;
    });
    return found;
}

int HtmlDocument::firstElement(QLatin1String tag, int under) const
{
    int found = -1;
    walk(under, [&](int i) {
        if (found >= 0)
            return false;
        if (isElement(i, tag)) {
            found = i;
            return false;
        }
        return true;
    });
    return found;
}

QString HtmlDocument::textContent(int index) const
{
    QString out;
    walk(index, [&](int i) {
        const Node &n = m_nodes.at(i);
        if (n.type == Node::Type::Text) {
            out += n.text;
            return false;
        }
        if (n.type == Node::Type::Element) {
            if (n.tag == QLatin1String("script") || n.tag == QLatin1String("style") ||
                n.tag == QLatin1String("template") || n.tag == QLatin1String("noscript"))
                return false;
            if (n.tag == QLatin1String("br"))
                out += QLatin1Char(' ');
        }
        return true;
    });
    return collapseWhitespace(out);
}

bool HtmlDocument::isAncestor(int ancestor, int index) const
{
    for (int p = index; p >= 0; p = m_nodes.at(p).parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

int HtmlDocument::closest(int index, QLatin1String tag) const
{
    for (int p = index; p >= 0; p = m_nodes.at(p).parent) {
        if (isElement(p, tag))
            return p;
    }
    return -1;
}

QString collapseWhitespace(QStringView text)
{
    // Runs on every text node of every page: write into a sized buffer, with an ASCII fast path.
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype n = 0;
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ws = u < 0x80 ? (u == u' ' || (u >= u'\t' && u <= u'\r'))
                                 : (u == 0x00A0 || u == 0x200B || c.isSpace());
        if (ws) {
            space = true;
            continue;
        }
        if (space && n > 0)
            dst[n++] = QLatin1Char(' ');
        space = false;
        dst[n++] = c;
    }
    out.truncate(n);
    return out;
}

} // namespace ww
