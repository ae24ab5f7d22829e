#include "extract/contentextractor.h"

#include "extract/htmlsanitizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace ww {

namespace {

using Node = HtmlDocument::Node;

const QRegularExpression &unlikelyRe()
{
    static const QRegularExpression re(QStringLiteral(
        "-ad-|\\bads?\\b|ad-slot|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|"
        "disqus|extra|footer|gdpr|cookie|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
        "skyscraper|social|sponsor|supplemental|agegate|pagination|pager|popup|share|sharing|newsletter|"
        "subscri|promo|recommend|most-?read|trending|widget|toolbar|signup|paywall|outbrain|taboola|"
        "read-?more|more-?stories|tags\\b|author-?bio|print-?only"));
    return re;
}

const QRegularExpression &maybeRe()
{
    static const QRegularExpression re(
        QStringLiteral("and|article|body|column|content|main|shadow|story|text"));
    return re;
}

const QRegularExpression &positiveRe()
{
    static const QRegularExpression re(QStringLiteral(
        "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|caption"));
    return re;
}

const QRegularExpression &negativeRe()
{
    static const QRegularExpression re(QStringLiteral(
        "-ad-|hidden|\\bhid\\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|"
        "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|"
        "widget|newsletter|subscri|recommend|teaser"));
    return re;
}

// Headings that open a box of other stories or a sign-up form: the box goes, whatever its class says.
const QRegularExpression &furnitureHeadingRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(you (may|might) (also )?(be interested in|like)|related( stories| articles| news| "
                       "coverage| content)?|more (from|on|stories|news)|read (more|also|next)|see also|"
                       "recommended|most (read|popular|viewed)|trending|popular|latest (news|stories)|"
                       "top stories|editor'?s picks|subscribe|sign up|newsletter|comments?|share( this)?|"
                       "читайте также|смотрите также|по теме|популярное|новости по теме|рекомендуем|"
                       "관련 ?기사|많이 본 뉴스|추천 기사|이 시각 주요뉴스)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &boilerplateLineRe()
{
    static const QRegularExpression re(
        QStringLiteral("^(read more|read also|also read|see also|related|more:|watch:|listen:|advertisement|"
                       "share on|share this|subscribe to|sign up for|click here|читайте также|реклама|"
                       "광고)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &attributionRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(source|sources|photo|photos|photograph|image|credit|источник|фото|джерело|출처|사진)"
            "\\s*[:：]|produced by|has not been edited by|written by|copyright|©|ⓒ|\\(c\\)\\s*\\d|"
            "all rights reserved|все права защищены|무단 ?전재|저작권자|при (использовании|"
            "цитировании)|contributed to this report|additional reporting by|editing by|"
            "reporting by"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Rights footers ("© 2024 Reuters. All rights reserved.", "무단전재 및 재배포 금지") and wire credit lines
// ("(Reporting by A; Editing by B)"): attribution evidence (attributionLines() keeps them), not text.
bool isRightsOrCreditLine(const QString &para)
{
    if (para.size() > 300)
        return false;
    static const QRegularExpression rights(
        QStringLiteral("^\\s*(?:©|ⓒ|\\(c\\)\\s*\\d|copyright\\b|저작권자)|all rights reserved|"
                       "все права (?:защищены|сохранены)|всі права (?:захищені|застережені)|"
                       "무단\\s*전재|재배포\\s*금지|جميع الحقوق محفوظة|版权所有"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (rights.match(para).hasMatch())
        return true;
    static const QRegularExpression credits(
        QStringLiteral("^\\s*[(\\[]?\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|"
                       "produced|graphics)\\s+by\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!credits.match(para).hasMatch())
        return false;
    // "Reporting by the BBC revealed ..." is prose: a credit line is bracketed or lists several roles.
    const QString t = para.trimmed();
    return (t.startsWith(QLatin1Char('(')) &&
            (t.endsWith(QLatin1Char(')')) || t.endsWith(QLatin1String(").")))) ||
           t.contains(QLatin1Char(';')) || t.contains(QLatin1String("editing by"), Qt::CaseInsensitive);
}

bool isDropTag(const QString &tag)
{
    static const QStringList tags = {
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("svg"),    QStringLiteral("canvas"),
        QStringLiteral("input"),    QStringLiteral("button"), QStringLiteral("select"),
        QStringLiteral("textarea"), QStringLiteral("nav"),    QStringLiteral("aside"),
        QStringLiteral("footer"),   QStringLiteral("menu"),   QStringLiteral("dialog"),
        QStringLiteral("head"),     QStringLiteral("form"),   QStringLiteral("math"),
        QStringLiteral("video"),    QStringLiteral("audio")};
    return tags.contains(tag);
}

bool isHidden(const HtmlDocument &doc, int i)
{
    if (doc.hasAttribute(i, QLatin1String("hidden")))
        return true;
    if (doc.attribute(i, QLatin1String("aria-hidden")).compare(QLatin1String("true"), Qt::CaseInsensitive) ==
        0)
        return true;
    QString style = doc.attribute(i, QLatin1String("style")).toLower();
    style.remove(QLatin1Char(' '));
    if (style.contains(QLatin1String("display:none")) || style.contains(QLatin1String("visibility:hidden")))
        return true;
    static const QStringList roles = {
        QStringLiteral("navigation"),  QStringLiteral("complementary"), QStringLiteral("banner"),
        QStringLiteral("contentinfo"), QStringLiteral("menu"),          QStringLiteral("menubar"),
        QStringLiteral("dialog"),      QStringLiteral("alertdialog"),   QStringLiteral("search")};
    return roles.contains(doc.attribute(i, QLatin1String("role")).toLower());
}

int classWeight(const HtmlDocument &doc, int i)
{
    int weight = 0;
    const QString cls = doc.attribute(i, QLatin1String("class")).toLower();
    const QString id = doc.attribute(i, QLatin1String("id")).toLower();
    for (const QString &s : {cls, id}) {
        if (s.isEmpty())
            continue;
        if (negativeRe().match(s).hasMatch())
            weight -= 25;
        if (positiveRe().match(s).hasMatch())
            weight += 25;
    }
    return weight;
}

int tagWeight(const QString &tag)
{
    if (tag == QLatin1String("div") || tag == QLatin1String("article") || tag == QLatin1String("section") ||
        tag == QLatin1String("main"))
        return 5;
    if (tag == QLatin1String("pre") || tag == QLatin1String("td") || tag == QLatin1String("blockquote"))
        return 3;
    if (tag == QLatin1String("address") || tag == QLatin1String("ol") || tag == QLatin1String("ul") ||
        tag == QLatin1String("dl") || tag == QLatin1String("dd") || tag == QLatin1String("dt") ||
        tag == QLatin1String("li") || tag == QLatin1String("form"))
        return -3;
    if ((tag.size() == 2 && tag.at(0) == QLatin1Char('h')) || tag == QLatin1String("th"))
        return -5;
    return 0;
}

int commaCount(QStringView text)
{
    int n = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QChar(0x3001) || c == QChar(0x060C))
            ++n;
    }
    return n;
}

bool isHeadingTag(const QString &tag)
{
    return tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1) >= QLatin1Char('1') &&
           tag.at(1) <= QLatin1Char('6');
}

// Text lengths and link text lengths per subtree, in one backwards pass (children have larger indices).
struct Lengths
{
    QList<int> text;
    QList<int> link;
    QList<bool> hasBlock; // some descendant element is block-level
};

Lengths measure(const HtmlDocument &doc, const QList<bool> &removed)
{
    const int n = doc.size();
    Lengths l{QList<int>(n, 0), QList<int>(n, 0), QList<bool>(n, false)};
    for (int i = n - 1; i > 0; --i) {
        const Node &node = doc.node(i);
        if (removed.at(i))
            continue;
        if (node.type == Node::Type::Text)
            l.text[i] = int(collapseWhitespace(node.text).size());
        else if (node.tag == QLatin1String("a"))
            l.link[i] = l.text.at(i);
        const int p = node.parent;
        l.text[p] += l.text.at(i);
        l.link[p] += l.link.at(i);
        if (node.type == Node::Type::Element && (ContentExtractor::isBlockTag(node.tag) || l.hasBlock.at(i)))
            l.hasBlock[p] = true;
    }
    return l;
}

double linkDensity(const Lengths &l, int i)
{
    return l.text.at(i) > 0 ? double(l.link.at(i)) / l.text.at(i) : 0.0;
}

} // namespace

bool ContentExtractor::isBlockTag(const QString &tag)
{
    static const QStringList tags = {
        QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("dd"),      QStringLiteral("details"),
        QStringLiteral("div"),        QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("figcaption"), QStringLiteral("figure"),  QStringLiteral("footer"),
        QStringLiteral("form"),       QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),         QStringLiteral("header"),  QStringLiteral("hr"),
        QStringLiteral("li"),         QStringLiteral("main"),    QStringLiteral("nav"),
        QStringLiteral("ol"),         QStringLiteral("p"),       QStringLiteral("pre"),
        QStringLiteral("section"),    QStringLiteral("table"),   QStringLiteral("ul"),
        QStringLiteral("tr"),         QStringLiteral("td"),      QStringLiteral("th"),
        QStringLiteral("caption"),    QStringLiteral("summary"), QStringLiteral("center")};
    return tags.contains(tag);
}

QList<bool> ContentExtractor::furnitureMask(const HtmlDocument &doc)
{
    const int n = doc.size();
    QList<bool> removed(n, false);
    for (int i = 1; i < n; ++i) {
        const Node &node = doc.node(i);
        if (removed.at(node.parent)) {
            removed[i] = true;
            continue;
        }
        if (node.type != Node::Type::Element)
            continue;
        const QString &tag = node.tag;
        if (isDropTag(tag) || isHidden(doc, i)) {
            removed[i] = true;
            continue;
        }
        // A page header is furniture; an <article>'s own header holds its title and lead image.
        if (tag == QLatin1String("header") && doc.closest(node.parent, QLatin1String("article")) < 0) {
            removed[i] = true;
            continue;
        }
        if (tag == QLatin1String("body") || tag == QLatin1String("html") || tag == QLatin1String("article") ||
            tag == QLatin1String("main") || tag == QLatin1String("a") || tag == QLatin1String("figure") ||
            tag == QLatin1String("figcaption") || tag == QLatin1String("img"))
            continue;
        const QString ci = doc.classAndId(i);
        if (!ci.isEmpty() && unlikelyRe().match(ci).hasMatch() && !maybeRe().match(ci).hasMatch())
            removed[i] = true;
    }
    // Boxes announced by their heading ("You may be interested in", "Related stories").
    const QList<bool> structural = removed;
    const Lengths lengths = measure(doc, structural);
    for (int i = 1; i < n; ++i) {
        const Node &node = doc.node(i);
        if (removed.at(i) || node.type != Node::Type::Element)
            continue;
        if (!isHeadingTag(node.tag) && node.tag != QLatin1String("strong") &&
            node.tag != QLatin1String("span") && node.tag != QLatin1String("div") &&
            node.tag != QLatin1String("p"))
            continue;
        const QString text = doc.textContent(i);
        if (text.isEmpty() || text.size() > 60 || !furnitureHeadingRe().match(text).hasMatch())
            continue;
        int box = node.parent;
        // Climb out of wrappers that hold only the heading.
        while (box > 0 && lengths.text.at(box) <= text.size() + 2 && doc.node(box).parent > 0)
            box = doc.node(box).parent;
        const QString &boxTag = doc.node(box).tag;
        if (boxTag == QLatin1String("body") || boxTag == QLatin1String("main") ||
            boxTag == QLatin1String("html") || boxTag == QLatin1String("article") ||
            lengths.text.at(box) > 3000 || linkDensity(lengths, box) < 0.3)
            removed[i] = true; // only the heading: the box around it is the article itself
        else
            doc.walk(box, [&](int j) {
                removed[j] = true;
                return true;
            });
    }
    for (int i = 1; i < n; ++i) {
        if (removed.at(doc.node(i).parent))
            removed[i] = true;
    }
    return removed;
}

ExtractedContent ContentExtractor::extract(const HtmlDocument &doc, const QUrl &baseUrl)
{
    return run(doc, baseUrl, false);
}

ExtractedContent ContentExtractor::extractAll(const HtmlDocument &doc, const QUrl &baseUrl)
{
    return run(doc, baseUrl, true);
}

ExtractedContent ContentExtractor::run(const HtmlDocument &doc, const QUrl &baseUrl, bool wholeDocument)
{
    // Compiled once: a pattern built per call costs a PCRE2 compile and JIT pass per page.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?。…]\"?$"));
    static const QRegularExpression bylineStart(QStringLiteral("^(by|от|автор|기자)\\s+\\S"),
                                                QRegularExpression::CaseInsensitiveOption);
    ExtractedContent out;
    out.removed = furnitureMask(doc);
    const QList<bool> &removed = out.removed;
    const Lengths lengths = measure(doc, removed);
    const int n = doc.size();

    // Score paragraphs into their ancestors.
    QList<double> score(n, 0.0);
    QList<bool> initialised(n, false);
    auto initialise = [&](int i) {
        if (!initialised.at(i)) {
            initialised[i] = true;
            score[i] = tagWeight(doc.node(i).tag) + classWeight(doc, i);
        }
    };
    for (int i = 1; i < n; ++i) {
        const Node &node = doc.node(i);
        if (removed.at(i) || node.type != Node::Type::Element)
            continue;
        const QString &tag = node.tag;
        const bool paragraphLike = tag == QLatin1String("p") || tag == QLatin1String("pre") ||
                                   tag == QLatin1String("td") ||
                                   (tag == QLatin1String("div") && !lengths.hasBlock.at(i));
        if (!paragraphLike || lengths.text.at(i) < 25)
            continue;
        const QString text = doc.textContent(i);
        const double contentScore = 1 + commaCount(text) + qMin(text.size() / 100, qsizetype(3));
        int ancestor = node.parent;
        for (int level = 0; ancestor > 0 && level < 5; ++level, ancestor = doc.node(ancestor).parent) {
            if (doc.node(ancestor).tag == QLatin1String("html"))
                break;
            initialise(ancestor);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            score[ancestor] += contentScore / divider;
        }
    }
    int top = -1;
    double best = 0;
    for (int i = 1; i < n; ++i) {
        if (!initialised.at(i) || removed.at(i))
            continue;
        score[i] *= 1 - linkDensity(lengths, i);
        if (top < 0 || score.at(i) > best) {
            top = i;
            best = score.at(i);
        }
    }
    if (top < 0 || wholeDocument) {
        top = doc.body() > 0 ? doc.body() : HtmlDocument::Root;
        best = 0;
    }
    // Several strong candidates under one ancestor mean the content is split: take the ancestor.
    {
        QList<int> strong;
        for (int i = 1; i < n; ++i) {
            if (i != top && initialised.at(i) && !removed.at(i) && score.at(i) >= best * 0.75 &&
                !doc.isAncestor(i, top) && !doc.isAncestor(top, i))
                strong.append(i);
        }
        if (strong.size() >= 2 && !wholeDocument) {
            int ancestor = doc.node(top).parent;
            while (ancestor > 0) {
                int contained = 0;
                for (int s : strong)
                    contained += doc.isAncestor(ancestor, s) ? 1 : 0;
                if (contained >= 2)
                    break;
                ancestor = doc.node(ancestor).parent;
            }
            if (ancestor > 0 && doc.node(ancestor).tag != QLatin1String("html"))
                top = ancestor;
        }
    }
    out.top = top;

    // Merge siblings that look like more of the same (Readability's threshold), and lead figures.
    const int parent = doc.node(top).parent;
    if (parent > 0 && doc.node(top).tag != QLatin1String("body")) {
        const double threshold = qMax(10.0, best * 0.2);
        const QString topClass = doc.attribute(top, QLatin1String("class"));
        for (int sibling : doc.node(parent).children) {
            const Node &s = doc.node(sibling);
            if (sibling == top) {
                out.containers.append(sibling);
                continue;
            }
            if (removed.at(sibling) || s.type != Node::Type::Element)
                continue;
            double bonus = 0;
            if (!topClass.isEmpty() && doc.attribute(sibling, QLatin1String("class")) == topClass)
                bonus = best * 0.2;
            bool append = initialised.at(sibling) && score.at(sibling) + bonus >= threshold;
            if (!append && s.tag == QLatin1String("p")) {
                const int len = lengths.text.at(sibling);
                const double density = linkDensity(lengths, sibling);
                const QString text = doc.textContent(sibling);
                if (len > 80 && density < 0.25)
                    append = true;
                else if (len > 0 && len <= 80 && density == 0 && sentenceEnd.match(text).hasMatch())
                    append = true;
            }
            if (!append && s.tag == QLatin1String("figure") &&
                doc.firstElement(QLatin1String("img"), sibling) > 0)
                append = true;
            // A "Source: ..." or "produced by" line next to the body belongs to the article.
            if (!append && lengths.text.at(sibling) > 0 && lengths.text.at(sibling) < 300 &&
                attributionRe().match(doc.textContent(sibling)).hasMatch())
                append = true;
            if (append)
                out.containers.append(sibling);
        }
    } else {
        out.containers.append(top);
    }

    // Serialise the kept blocks in order. Inline runs are gathered until the next block boundary.
    QString buffer;
    QString bufferTag;
    auto flush = [&]() {
        QString para;
        const QStringList lines = buffer.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString clean = collapseWhitespace(line);
            if (clean.isEmpty() || isRightsOrCreditLine(clean))
                continue;
            if (!para.isEmpty())
                para += QLatin1Char('\n');
            para += clean;
        }
        buffer.clear();
        if (para.isEmpty())
            return;
        if (isHeadingTag(bufferTag)) {
            if (bufferTag != QLatin1String("h1"))
                out.headings.append(para);
            else
                return; // the title, reported separately
        } else if (para.size() < 80 && bylineStart.match(para).hasMatch() && out.byline.isEmpty()) {
            out.byline = para;
            return;
        } else if (para.size() < 120 && boilerplateLineRe().match(para).hasMatch()) {
            return;
        }
        out.paragraphs.append(para);
    };
    auto skipped = [&](int i) {
        const Node &node = doc.node(i);
        if (removed.at(i))
            return true;
        if (node.type != Node::Type::Element)
            return false;
        // Figures are images (the image extractor reads them); in text they'd repeat the caption.
        if (node.tag == QLatin1String("figure") || node.tag == QLatin1String("figcaption") ||
            node.tag == QLatin1String("picture"))
            return true;
        // Link lists inside the body ("Read more: a, b, c") and negative-weight boxes are clutter.
        if (node.tag == QLatin1String("ul") || node.tag == QLatin1String("ol") ||
            node.tag == QLatin1String("div") || node.tag == QLatin1String("section") ||
            node.tag == QLatin1String("table") || node.tag == QLatin1String("p")) {
            if (i == top)
                return false;
            const double density = linkDensity(lengths, i);
            if (classWeight(doc, i) < 0 && density > 0.2)
                return true;
            if (density > 0.6 && lengths.text.at(i) < 600)
                return true;
        }
        return false;
    };
    for (int container : out.containers) {
        QList<std::pair<int, bool>> stack{{container, false}};
        while (!stack.isEmpty()) {
            auto [i, exiting] = stack.takeLast();
            const Node &node = doc.node(i);
            if (exiting) {
                flush();
                continue;
            }
            if (skipped(i))
                continue;
            if (node.type == Node::Type::Text) {
                buffer += node.text;
                continue;
            }
            if (node.tag == QLatin1String("br")) {
                buffer += QLatin1Char('\n');
                continue;
            }
            const bool block = isBlockTag(node.tag);
            if (block) {
                flush();
                bufferTag = node.tag;
                stack.append({i, true});
            }
            for (qsizetype c = node.children.size(); c > 0; --c)
                stack.append({node.children.at(c - 1), false});
        }
        flush();
    }
    out.text = out.paragraphs.join(QLatin1String("\n\n"));

    HtmlSanitizer::Options options;
    options.baseUrl = baseUrl;
    out.html = HtmlSanitizer::sanitize(doc, out.containers, options, [&](int i) {
        if (removed.at(i))
            return true;
        const Node &node = doc.node(i);
        if (node.type == Node::Type::Element && node.tag == QLatin1String("h1"))
            return true;
        // Rights footers and wire credit lines stay out of the HTML as they stay out of the text.
        if (node.type == Node::Type::Element && !lengths.hasBlock.at(i) && lengths.text.at(i) > 0 &&
            lengths.text.at(i) <= 300 && (isBlockTag(node.tag)) && isRightsOrCreditLine(doc.textContent(i)))
            return true;
        return node.tag != QLatin1String("figure") && node.tag != QLatin1String("figcaption") &&
               node.tag != QLatin1String("picture") && skipped(i);
    });
    return out;
}

QStringList ContentExtractor::attributionLines(const HtmlDocument &doc)
{
    QStringList lines;
    const QList<bool> drop = [&] {
        QList<bool> d(doc.size(), false);
        for (int i = 1; i < doc.size(); ++i) {
            const Node &node = doc.node(i);
            d[i] = d.at(node.parent) ||
                   (node.type == Node::Type::Element &&
                    (node.tag == QLatin1String("script") || node.tag == QLatin1String("style") ||
                     node.tag == QLatin1String("head") || node.tag == QLatin1String("template") ||
                     node.tag == QLatin1String("noscript")));
        }
        return d;
    }();
    // Leaf-level blocks: their own text, when short, is one line of furniture or prose.
    for (int i = 1; i < doc.size(); ++i) {
        const Node &node = doc.node(i);
        if (drop.at(i) || node.type != Node::Type::Element)
            continue;
        if (!isBlockTag(node.tag) && node.tag != QLatin1String("span") &&
            node.tag != QLatin1String("small") && node.tag != QLatin1String("em") &&
            node.tag != QLatin1String("i"))
            continue;
        bool hasBlockChild = false;
        for (int c : node.children) {
            if (doc.node(c).type == Node::Type::Element && isBlockTag(doc.node(c).tag))
                hasBlockChild = true;
        }
        if (hasBlockChild)
            continue;
        const QString text = doc.textContent(i);
        if (text.isEmpty() || text.size() > 300 || !attributionRe().match(text).hasMatch())
            continue;
        // An inline element repeats its block's line; keep the fuller one.
        bool covered = false;
        for (const QString &l : std::as_const(lines))
            covered = covered || l.contains(text);
        if (covered)
            continue;
        lines.removeIf([&](const QString &l) { return text.contains(l); });
        lines.append(text);
    }
    return lines;
}

} // namespace ww
