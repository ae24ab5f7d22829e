#include "extract/htmlsanitizer.h"

#include <QRegularExpression>
#include <QSet>

namespace ww {

namespace {

using Node = HtmlDocument::Node;

// Elements kept as they are (QTextBrowser knows them).
const QSet<QString> &keptTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),       QStringLiteral("br"),         QStringLiteral("b"),
        QStringLiteral("i"),       QStringLiteral("em"),         QStringLiteral("strong"),
        QStringLiteral("u"),       QStringLiteral("s"),          QStringLiteral("sub"),
        QStringLiteral("sup"),     QStringLiteral("small"),      QStringLiteral("big"),
        QStringLiteral("a"),       QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("li"),      QStringLiteral("dl"),         QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),      QStringLiteral("blockquote"), QStringLiteral("q"),
        QStringLiteral("cite"),    QStringLiteral("pre"),        QStringLiteral("code"),
        QStringLiteral("kbd"),     QStringLiteral("samp"),       QStringLiteral("tt"),
        QStringLiteral("var"),     QStringLiteral("img"),        QStringLiteral("table"),
        QStringLiteral("thead"),   QStringLiteral("tbody"),      QStringLiteral("tfoot"),
        QStringLiteral("tr"),      QStringLiteral("td"),         QStringLiteral("th"),
        QStringLiteral("caption"), QStringLiteral("hr"),         QStringLiteral("span"),
        QStringLiteral("div"),     QStringLiteral("abbr"),       QStringLiteral("dfn"),
        QStringLiteral("del"),     QStringLiteral("ins"),        QStringLiteral("strike"),
        QStringLiteral("center")};
    return tags;
}

// HTML5 elements QTextBrowser does not know, mapped to ones it does.
QString mappedTag(const QString &tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("article"), QStringLiteral("section"), QStringLiteral("main"),
        QStringLiteral("header"),  QStringLiteral("figure"),  QStringLiteral("address"),
        QStringLiteral("details"), QStringLiteral("hgroup"),  QStringLiteral("picture")};
    if (blocks.contains(tag))
        return QStringLiteral("div");
    if (tag == QLatin1String("figcaption") || tag == QLatin1String("summary"))
        return QStringLiteral("p");
    if (tag == QLatin1String("mark") || tag == QLatin1String("time") || tag == QLatin1String("font") ||
        tag == QLatin1String("label") || tag == QLatin1String("bdi"))
        return QStringLiteral("span");
    return keptTags().contains(tag) ? tag : QString();
}

// Dropped with everything inside them.
bool isDroppedWithContent(const QString &tag)
{
    static const QSet<QString> tags = {
        QStringLiteral("script"),   QStringLiteral("style"),     QStringLiteral("iframe"),
        QStringLiteral("frame"),    QStringLiteral("frameset"),  QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("applet"),    QStringLiteral("param"),
        QStringLiteral("input"),    QStringLiteral("button"),    QStringLiteral("select"),
        QStringLiteral("option"),   QStringLiteral("optgroup"),  QStringLiteral("textarea"),
        QStringLiteral("datalist"), QStringLiteral("output"),    QStringLiteral("meta"),
        QStringLiteral("link"),     QStringLiteral("base"),      QStringLiteral("head"),
        QStringLiteral("title"),    QStringLiteral("noscript"),  QStringLiteral("template"),
        QStringLiteral("svg"),      QStringLiteral("math"),      QStringLiteral("canvas"),
        QStringLiteral("audio"),    QStringLiteral("video"),     QStringLiteral("source"),
        QStringLiteral("track"),    QStringLiteral("portal"),    QStringLiteral("dialog"),
        QStringLiteral("xmp"),      QStringLiteral("plaintext"), QStringLiteral("noembed"),
        QStringLiteral("noframes"), QStringLiteral("map"),       QStringLiteral("area"),
        QStringLiteral("slot"),     QStringLiteral("keygen"),    QStringLiteral("marquee")};
    return tags.contains(tag);
}

QString escapeAttribute(const QString &value)
{
    return value.toHtmlEscaped(); // escapes & < > and the double quote we delimit with
}

// Numbers only, clamped: layout must not be steered into a 100000x100000 box.
QString dimension(const QString &raw)
{
    bool ok = false;
    const int v = raw.trimmed().toInt(&ok);
    if (!ok || v <= 0)
        return {};
    return QString::number(qMin(v, 2000));
}

QString stripForScheme(const QString &raw)
{
    // Browsers drop ASCII tab/newline anywhere and leading/trailing C0 controls and spaces.
    QString s;
    s.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.unicode() < 0x21 || c == QChar(0x7F) || c == QChar(0x00AD) || c == QChar(0x200B) ||
            c == QChar(0xFEFF))
            continue;
        s += c;
    }
    return s;
}

QUrl safeUrl(const QString &raw, const QUrl &base, bool allowMailto)
{
    const QString cleaned = stripForScheme(raw);
    if (cleaned.isEmpty() || cleaned.size() > 4096)
        return {};
    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto m = schemeRe.match(cleaned);
    QUrl url;
    if (m.hasMatch()) {
        url = QUrl(cleaned, QUrl::StrictMode);
    } else {
        // Relative (or "//host/x"): only meaningful against a web base.
        if (!base.isValid() ||
            (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
            return {};
        url = base.resolved(QUrl(cleaned, QUrl::StrictMode));
    }
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return url.host().isEmpty() ? QUrl() : url;
    if (allowMailto && scheme == QLatin1String("mailto"))
        return url;
    return {};
}

} // namespace

QUrl HtmlSanitizer::safeLinkUrl(const QString &raw, const QUrl &base)
{
    return safeUrl(raw, base, true);
}

QUrl HtmlSanitizer::safeImageUrl(const QString &raw, const QUrl &base)
{
    return safeUrl(raw, base, false);
}

bool HtmlSanitizer::isTrackingPixel(const QUrl &url, const QString &width, const QString &height)
{
    bool wOk = false;
    bool hOk = false;
    const int w = width.trimmed().remove(QLatin1String("px")).toInt(&wOk);
    const int h = height.trimmed().remove(QLatin1String("px")).toInt(&hOk);
    if ((wOk && w <= 1) || (hOk && h <= 1))
        return true;
    static const QRegularExpression beacon(
        QStringLiteral("(^|[./-])(pixel|tracker|tracking|beacon|analytics|doubleclick|scorecardresearch|"
                       "googletagmanager|google-analytics|facebook\\.com/tr|quantserve|chartbeat|"
                       "mc\\.yandex|top-fwz1|counter\\.yadro|tns-counter|hit\\.gemius)|/(p|px|pixel|"
                       "spacer|blank|1x1|clear|transparent)\\.(gif|png)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return beacon.match(url.host() + url.path()).hasMatch();
}

QString HtmlSanitizer::sanitize(const QString &html)
{
    return sanitize(html, Options{});
}

QString HtmlSanitizer::sanitize(const QString &html, const Options &options)
{
    const HtmlDocument doc = HtmlDocument::parse(html);
    const int body = doc.body();
    return sanitize(doc, {body > 0 ? body : HtmlDocument::Root}, options);
}

QString HtmlSanitizer::sanitize(const HtmlDocument &doc, const QList<int> &roots, const Options &options,
                                const std::function<bool(int)> &skip)
{
    QString out;
    for (int root : roots) {
        QList<std::pair<int, bool>> stack{{root, false}};
        while (!stack.isEmpty() && out.size() < options.maxOutput) {
            auto [i, exiting] = stack.takeLast();
            const Node &node = doc.node(i);
            if (exiting) {
                out += QLatin1String("</") + mappedTag(node.tag) + QLatin1Char('>');
                continue;
            }
            if (skip && skip(i))
                continue;
            if (node.type == Node::Type::Text) {
                out += node.text.toHtmlEscaped();
                continue;
            }
            if (node.type == Node::Type::Element && isDroppedWithContent(node.tag))
                continue;
            QString tag = node.type == Node::Type::Element ? mappedTag(node.tag) : QString();
            // Roots are containers (body, article): their children matter, not their own tag.
            if (i == root && tag != QLatin1String("p") && tag != QLatin1String("blockquote"))
                tag.clear();
            if (tag == QLatin1String("img")) {
                if (!options.allowImages)
                    continue;
                const QUrl src = safeImageUrl(doc.attribute(i, QLatin1String("src")), options.baseUrl);
                const QString w = doc.attribute(i, QLatin1String("width"));
                const QString h = doc.attribute(i, QLatin1String("height"));
                if (src.isEmpty() || isTrackingPixel(src, w, h))
                    continue;
                out += QLatin1String("<img src=\"") + escapeAttribute(QString::fromUtf8(src.toEncoded())) +
                       QLatin1Char('"');
                const QString alt = doc.attribute(i, QLatin1String("alt"));
                if (!alt.isEmpty())
                    out += QLatin1String(" alt=\"") + escapeAttribute(alt) + QLatin1Char('"');
                if (!dimension(w).isEmpty())
                    out += QLatin1String(" width=\"") + dimension(w) + QLatin1Char('"');
                if (!dimension(h).isEmpty())
                    out += QLatin1String(" height=\"") + dimension(h) + QLatin1Char('"');
                out += QLatin1String(">");
                continue;
            }
            if (tag == QLatin1String("a")) {
                const QUrl href = safeLinkUrl(doc.attribute(i, QLatin1String("href")), options.baseUrl);
                if (href.isEmpty()) {
                    tag.clear(); // keep the text, lose the link
                } else {
                    out += QLatin1String("<a href=\"") +
                           escapeAttribute(QString::fromUtf8(href.toEncoded())) + QLatin1String("\">");
                    stack.append({i, true});
                }
            } else if (tag == QLatin1String("br") || tag == QLatin1String("hr")) {
                out += QLatin1Char('<') + tag + QLatin1Char('>');
                continue;
            } else if (!tag.isEmpty()) {
                out += QLatin1Char('<') + tag;
                if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
                    for (const auto name : {QLatin1String("colspan"), QLatin1String("rowspan")}) {
                        const QString v = dimension(doc.attribute(i, name));
                        if (!v.isEmpty())
                            out += QLatin1Char(' ') + name + QLatin1String("=\"") + v + QLatin1Char('"');
                    }
                }
                const QString dir = doc.attribute(i, QLatin1String("dir")).toLower();
                if (dir == QLatin1String("rtl") || dir == QLatin1String("ltr"))
                    out += QLatin1String(" dir=\"") + dir + QLatin1Char('"');
                out += QLatin1Char('>');
                stack.append({i, true});
            }
            for (qsizetype c = node.children.size(); c > 0; --c)
                stack.append({node.children.at(c - 1), false});
        }
    }
    return out;
}

} // namespace ww
