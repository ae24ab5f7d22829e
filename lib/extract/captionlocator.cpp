#include "extract/captionlocator.h"

#include "extract/captionparser.h"

#include <QRegularExpression>

namespace ww {

namespace {

using Node = HtmlDocument::Node;

constexpr auto Ci =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool isImageTag(const QString &tag)
{
    return tag == QLatin1String("img") || tag == QLatin1String("amp-img");
}

bool isSkippedTag(const QString &tag)
{
    return tag == QLatin1String("script") || tag == QLatin1String("style") ||
           tag == QLatin1String("template") || tag == QLatin1String("noscript") ||
           tag == QLatin1String("button") || tag == QLatin1String("svg");
}

QString markupOf(const HtmlDocument &doc, int i)
{
    return (doc.classAndId(i) + QLatin1Char(' ') + doc.attribute(i, QLatin1String("itemprop"))).toLower();
}

// Text that only screen readers get ("Image source, ", "Image caption, ").
bool isScreenReaderOnly(const HtmlDocument &doc, int i)
{
    static const QRegularExpression re(QStringLiteral(
        "visually-?hidden|sr-only|screen-?reader|off-?screen|a11y|element-invisible|hidden-text|u-hidden"));
    const QString ci = doc.classAndId(i);
    return !ci.isEmpty() && re.match(ci).hasMatch();
}

// Visible text under root, block boundaries and <br> as spaces; `skip` subtrees left out.
QString visibleText(const HtmlDocument &doc, int root, const QList<int> &skip = {})
{
    QString out;
    doc.walk(root, [&](int i) {
        const Node &n = doc.node(i);
        if (n.type == Node::Type::Text) {
            out += n.text;
            return false;
        }
        if (n.type != Node::Type::Element)
            return true;
        if (i != root && (skip.contains(i) || isSkippedTag(n.tag) || isScreenReaderOnly(doc, i)))
            return false;
        if (n.tag == QLatin1String("br") || n.tag == QLatin1String("p") || n.tag == QLatin1String("div") ||
            n.tag == QLatin1String("td") || n.tag == QLatin1String("li"))
            out += QLatin1Char(' ');
        return true;
    });
    return collapseWhitespace(out);
}

// What a candidate box holds: text length (stops counting past the limit), other images, prose blocks.
struct BoxStats
{
    int text = 0;
    bool otherImage = false;
    int proseBlocks = 0;
};

BoxStats statsOf(const HtmlDocument &doc, int box, int img)
{
    BoxStats s;
    QList<int> stack{box};
    while (!stack.isEmpty() && s.text <= CaptionLocator::MaxBoxText && !s.otherImage) {
        const int i = stack.takeLast();
        const Node &n = doc.node(i);
        if (n.type == Node::Type::Text) {
            s.text += int(n.text.trimmed().size());
            continue;
        }
        if (n.type != Node::Type::Element || isSkippedTag(n.tag))
            continue;
        if (i != img && isImageTag(n.tag)) {
            s.otherImage = true;
            break;
        }
        // Paragraphs and headings mean the box has become the article (short in dense scripts).
        if (n.tag == QLatin1String("p") && doc.textContent(i).size() >= 25 &&
            !CaptionLocator::isCaptionMarkup(markupOf(doc, i)))
            ++s.proseBlocks;
        if (n.tag == QLatin1String("h1") || n.tag == QLatin1String("h2") || n.tag == QLatin1String("h3"))
            s.proseBlocks += 2;
        for (qsizetype c = n.children.size(); c > 0; --c)
            stack.append(n.children.at(c - 1));
    }
    return s;
}

bool isImageBoxMarkup(const QString &markup)
{
    static const QRegularExpression re(
        QStringLiteral("photo|image|img|pic|media|figure|caption|thumb|visual|foto|lead-?art"));
    return re.match(markup).hasMatch();
}

// The highest ancestor of img (a few levels at most) that holds only this image and caption-sized text.
int imageBox(const HtmlDocument &doc, int img)
{
    const int figure = doc.closest(img, QLatin1String("figure"));
    if (figure > 0)
        return figure;
    int best = -1;
    int b = doc.node(img).parent;
    for (int level = 0; b > 0 && level < 5; ++level, b = doc.node(b).parent) {
        const QString &tag = doc.node(b).tag;
        if (tag == QLatin1String("body") || tag == QLatin1String("html") || tag == QLatin1String("article") ||
            tag == QLatin1String("main") || tag == QLatin1String("p"))
            break;
        const BoxStats s = statsOf(doc, b, img);
        if (s.otherImage || s.text > CaptionLocator::MaxBoxText || s.proseBlocks >= 2)
            break;
        best = b;
    }
    return best;
}

// The label a credit line starts with: "Photo: ...", "Фото: ...", "사진=...", "Photograph by ...".
const QRegularExpression &mediumLabel()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:photo(?:graph)?s?|pictures?|images?|credit|фото(?:графия)?|світлина|"
                       "사진|图片?|صورة|تصوير)\\s*(?:by\\b|[:=：])\\s*"),
        Ci);
    return re;
}

// A credit line printed by itself.
bool hasMediumLabel(const QString &text)
{
    return mediumLabel().match(text).hasMatch();
}

int nextElementSibling(const HtmlDocument &doc, int i)
{
    const int parent = doc.node(i).parent;
    if (parent < 0)
        return -1;
    const QList<int> &siblings = doc.node(parent).children;
    const qsizetype at = siblings.indexOf(i);
    for (qsizetype k = at + 1; k >= 1 && k < siblings.size(); ++k) {
        const Node &n = doc.node(siblings.at(k));
        if (n.type == Node::Type::Element)
            return siblings.at(k);
        if (!n.text.trimmed().isEmpty())
            return -1;
    }
    return -1;
}

} // namespace

bool CaptionLocator::isCreditMarkup(const QString &markup)
{
    static const QRegularExpression re(QStringLiteral(
        "credit|copyright|byline|author|photographer|source|attribution|rights|courtesy|\\bcr\\b|"
        "photo-?by|creator|credittext"));
    return re.match(markup).hasMatch();
}

bool CaptionLocator::isCaptionMarkup(const QString &markup)
{
    static const QRegularExpression re(
        QStringLiteral("caption|description|\\bdesc|legend|summary|text|txt|\\btx\\b|subtitle"));
    return re.match(markup).hasMatch();
}

QString CaptionLocator::stripCreditLabel(const QString &credit)
{
    static const QRegularExpression label(
        QStringLiteral("^\\s*(?:image\\s+source|image\\s+credit|photo\\s+credit|picture\\s+credit|"
                       "credits?|источник\\s+фото|джерело\\s+фото)\\s*[,:：]\\s*"),
        Ci);
    QString out = collapseWhitespace(credit);
    out.remove(label);
    return out.trimmed();
}

QString CaptionLocator::stripMediumLabel(const QString &credit)
{
    const QString bare = stripCreditLabel(credit);
    QString out = bare;
    out.remove(mediumLabel());
    out = out.trimmed();
    return out.isEmpty() ? bare : out; // "Photo:" alone is all there is: keep it rather than print nothing
}

QString CaptionLocator::stripCaptionLabel(const QString &caption)
{
    static const QRegularExpression label(QStringLiteral("^\\s*(?:image\\s+caption|caption)\\s*[,:：]\\s*"),
                                          Ci);
    QString out = collapseWhitespace(caption);
    out.remove(label);
    return out.trimmed();
}

CaptionLocator::Found CaptionLocator::locate(const HtmlDocument &doc, int img)
{
    Found found;
    const int box = imageBox(doc, img);
    if (box > 0) {
        const bool figure = doc.isElement(box, QLatin1String("figure"));
        QList<int> creditNodes;
        int captionNode = -1;
        doc.walk(box, [&](int i) {
            const Node &n = doc.node(i);
            if (n.type != Node::Type::Element)
                return false;
            if (i == box)
                return true;
            if (i == img || isSkippedTag(n.tag) || isScreenReaderOnly(doc, i))
                return false;
            const QString m = markupOf(doc, i);
            if (isCreditMarkup(m) && !doc.isAncestor(i, img)) {
                creditNodes.append(i);
                return false;
            }
            if (captionNode < 0 && !doc.isAncestor(i, img) &&
                (n.tag == QLatin1String("figcaption") || (!m.trimmed().isEmpty() && isCaptionMarkup(m))))
                captionNode = i;
            return true;
        });
        for (int c : std::as_const(creditNodes)) {
            const QString text = visibleText(doc, c);
            if (!text.isEmpty() && text.size() <= MaxCreditText) {
                found.credit = text;
                break;
            }
        }
        QList<int> exclude = creditNodes;
        exclude.append(img);
        if (captionNode > 0)
            found.caption = visibleText(doc, captionNode, exclude);
        else if (figure || doc.node(box).tag == QLatin1String("table") ||
                 isImageBoxMarkup(markupOf(doc, box)))
            found.caption = visibleText(doc, box, exclude);
    }
    // A credit line printed right after the figure or box ("<div class=newsImageAuthor>Фото: ...").
    if (found.credit.isEmpty()) {
        const int next = nextElementSibling(doc, box > 0 ? box : img);
        if (next > 0) {
            const QString text = visibleText(doc, next);
            if (!text.isEmpty() && text.size() <= MaxCreditText &&
                (isCreditMarkup(markupOf(doc, next)) ||
                 (hasMediumLabel(text) && CaptionParser::looksLikeCredit(text))))
                found.credit = text;
        }
    }
    found.caption = stripCaptionLabel(found.caption);
    found.credit = stripCreditLabel(found.credit);
    // An unmarked credit inside the caption text: "Caption | REUTERS/Name", "... 2024. (AP Photo/X)".
    if (found.credit.isEmpty() && !found.caption.isEmpty()) {
        const auto [caption, credit] = CaptionParser::splitCredit(found.caption);
        found.caption = caption;
        found.credit = credit;
    }
    return found;
}

} // namespace ww
