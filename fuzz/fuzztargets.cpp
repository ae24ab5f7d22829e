#include "fuzztargets.h"

#include "analysis/agencyregistry.h"
#include "analysis/creditparser.h"
#include "core/textdecoder.h"
#include "extract/articleextractor.h"
#include "extract/htmlsanitizer.h"
#include "extract/pagedecoder.h"
#include "feeds/datetimeparser.h"
#include "feeds/feedparser.h"

#include <QRegularExpression>

namespace wwfuzz {

namespace {

// Inputs start with an optional "label\n" line (a charset or content type) when it is short and printable,
// so one input carries both what a server declares and the bytes it sends.
QPair<QByteArray, QByteArray> splitLabel(const QByteArray &input)
{
    const qsizetype nl = input.indexOf('\n');
    if (nl < 0 || nl > 64)
        return {{}, input};
    const QByteArray label = input.left(nl);
    for (char c : label) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7e)
            return {{}, input};
    }
    return {label, input.mid(nl + 1)};
}

// What an allowlist sanitiser must never let through, whatever the input.
QStringList unsafeMarkup(const QString &html)
{
    QStringList problems;
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression handler(QStringLiteral("(^|[\\s\"'/])on[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression badScheme(
        QStringLiteral("(href|src)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data|"
                       "file):"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList forbidden = {
        QStringLiteral("script"), QStringLiteral("style"),  QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"),  QStringLiteral("form"),
        QStringLiteral("input"),  QStringLiteral("base"),   QStringLiteral("meta"),
        QStringLiteral("link"),   QStringLiteral("frame"),  QStringLiteral("textarea"),
        QStringLiteral("button"), QStringLiteral("select"), QStringLiteral("svg"),
        QStringLiteral("math")};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (forbidden.contains(m.captured(1).toLower()))
            problems << QStringLiteral("forbidden element <%1> in sanitised output").arg(m.captured(1));
        if (handler.match(m.captured(2)).hasMatch())
            problems << QStringLiteral("event handler attribute in sanitised output: ") +
                            m.captured(0).left(200);
        if (badScheme.match(m.captured(2)).hasMatch())
            problems << QStringLiteral("unsafe URL scheme in sanitised output: ") + m.captured(0).left(200);
    }
    return problems;
}

QStringList feedParser(const QByteArray &input)
{
    const auto [contentType, bytes] = splitLabel(input);
    ww::HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    ww::ParseLimits limits;
    const ww::Result<ww::ParsedFeed> feed =
        ww::parseFeed(bytes, headers, QUrl(QStringLiteral("https://feeds.example/feed.xml")), limits);
    if (feed && feed->items.size() > limits.maxItems)
        return {QStringLiteral("item cap exceeded: %1").arg(feed->items.size())};
    return {};
}

QStringList articleExtractor(const QByteArray &input)
{
    const auto [contentType, bytes] = splitLabel(input);
    ww::ArticleExtractor::Headers headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    const ww::Article article = ww::ArticleExtractor::extract(
        bytes, headers, QUrl(QStringLiteral("https://news.example/world/story")));
    return unsafeMarkup(article.html);
}

QStringList htmlSanitizer(const QByteArray &input)
{
    return unsafeMarkup(ww::HtmlSanitizer::sanitize(QString::fromUtf8(input)));
}

QStringList dateTime(const QByteArray &input)
{
    const QDateTime parsed = ww::DateTimeParser::parse(QString::fromUtf8(input));
    if (parsed.isValid() && parsed.timeSpec() != Qt::UTC)
        return {QStringLiteral("a parsed date is not in UTC")};
    return {};
}

QStringList creditParser(const QByteArray &input)
{
    static const ww::AgencyRegistry registry = ww::AgencyRegistry::builtin();
    const ww::CreditParser parser(registry);
    const auto [publisher, credit] = splitLabel(input);
    parser.parse(QString::fromUtf8(credit));
    parser.parse(QString::fromUtf8(credit), QString::fromUtf8(publisher));
    return {};
}

// "Never returns replacement characters without setting lossy" (TextDecoder's promise).
QStringList checkDecoded(const ww::Result<ww::DecodedText> &decoded, const QByteArray &bytes)
{
    if (!decoded || decoded->lossy || !decoded->text.contains(QChar::ReplacementCharacter))
        return {};
    if (decoded->encoding == QLatin1String("UTF-8") && !bytes.contains("\xEF\xBF\xBD"))
        return {QStringLiteral("U+FFFD in UTF-8 output without lossy set")};
    return {};
}

QStringList textDecoder(const QByteArray &input)
{
    const auto [charset, bytes] = splitLabel(input);
    QStringList problems = checkDecoded(ww::TextDecoder::decode(bytes, charset), bytes);
    problems << checkDecoded(
        ww::TextDecoder::decodeXml(bytes, charset.isEmpty() ? QByteArray() : "text/xml; charset=" + charset),
        bytes);
    ww::TextDecoder::detect(bytes);
    return problems;
}

QStringList pageDecoder(const QByteArray &input)
{
    const auto [contentType, bytes] = splitLabel(input);
    return checkDecoded(ww::PageDecoder::decode(bytes, contentType), bytes);
}

} // namespace

const QList<Target> &targets()
{
    static const QList<Target> all = {
        {"feedparser", feedParser},       {"articleextractor", articleExtractor},
        {"htmlsanitizer", htmlSanitizer}, {"datetime", dateTime},
        {"creditparser", creditParser},   {"textdecoder", textDecoder},
        {"pagedecoder", pageDecoder},
    };
    return all;
}

TargetFunction find(const QString &name)
{
    for (const Target &t : targets()) {
        if (name == QLatin1String(t.name))
            return t.run;
    }
    return nullptr;
}

} // namespace wwfuzz
