#include "feeds/feedparser.h"

#include "core/textdecoder.h"
#include "feeds/atomparser.h"
#include "feeds/jsonfeedparser.h"
#include "feeds/rssparser.h"
#include "feeds/xmlrepair.h"
#include "feeds/xmltree.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::FeedParser", text);
}

QString kilobytes(qsizetype bytes)
{
    return QString::number(std::max<qsizetype>(1, (bytes + 512) / 1024));
}

// The first markup of the document, lowercased, for sniffing HTML error pages and challenges.
QByteArray headOf(const QByteArray &bytes)
{
    QByteArray head = bytes.left(2048).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    return head.trimmed();
}

bool looksLikeHtml(const QByteArray &bytes, const QByteArray &contentType)
{
    QByteArray head = headOf(bytes);
    // Skip comments and the XML declaration some CMSs put before their HTML.
    while (head.startsWith("<!--") || head.startsWith("<?xml")) {
        const int end = head.indexOf(head.startsWith("<!--") ? "-->" : "?>");
        if (end < 0)
            break;
        head = head.mid(end + (head.startsWith("<!--") ? 3 : 2)).trimmed();
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return true;
    const bool htmlType = contentType.trimmed().toLower().startsWith("text/html");
    if (htmlType) {
        const QByteArray lower = bytes.left(8192).toLower();
        return !lower.contains("<rss") && !lower.contains("<feed") && !lower.contains("<rdf:rdf") &&
               !lower.contains("<channel");
    }
    return false;
}

// bytes.trimmed().isEmpty() without copying the document.
bool isBlank(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
}

// hash.addData(text.simplified().toUtf8()) without the simplified copy: the same algorithm as
// QString::simplified() (trim, each inner run of QChar::isSpace() becomes one ' ') into a reused buffer.
void addSimplified(QCryptographicHash &hash, const QString &text)
{
    thread_local QString buffer;
    const QChar *src = text.constData();
    const QChar *end = src + text.size();
    while (src != end && src->isSpace())
        ++src;
    while (src != end && end[-1].isSpace())
        --end;
    buffer.resize(end - src);
    QChar *dst = buffer.data();
    QChar *const begin = dst;
    while (src != end) {
        while (src != end && !src->isSpace())
            *dst++ = *src++;
        while (src != end && src->isSpace())
            ++src;
        if (src == end)
            break;
        *dst++ = QChar::Space;
    }
    hash.addData(QStringView(begin, dst - begin).toUtf8());
    if (buffer.capacity() > (1 << 20)) // do not keep a huge item's buffer alive per thread
        buffer = QString();
}

QString fallbackHash(const FeedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addSimplified(hash, item.title);
    hash.addData("\n");
    hash.addData(item.published.raw.toUtf8());
    hash.addData("\n");
    hash.addData(item.url.toString().toUtf8());
    hash.addData("\n");
    addSimplified(hash, item.content.isEmpty() ? item.summary : item.content);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QByteArray FeedParser::header(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
        if (key.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    return {};
}

QString FeedParser::contentHash(const FeedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addSimplified(hash, item.title);
    hash.addData("\n");
    addSimplified(hash, item.summary);
    hash.addData("\n");
    addSimplified(hash, item.content);
    return QString::fromLatin1(hash.result().toHex());
}

void FeedParser::assignIdentity(QList<FeedItem> &items)
{
    QHash<QString, int> guidCount, linkCount;
    for (const FeedItem &item : std::as_const(items)) {
        if (!item.guid.isEmpty())
            ++guidCount[item.guid];
        if (!item.url.isEmpty())
            ++linkCount[item.url.toString()];
    }
    QSet<QString> used;
    for (FeedItem &item : items) {
        QString key;
        if (!item.guid.isEmpty() && guidCount.value(item.guid) == 1)
            key = item.guid;
        else if (!item.guid.isEmpty())
            key = item.guid + QLatin1String("#") + fallbackHash(item).left(12);
        else if (!item.url.isEmpty() && linkCount.value(item.url.toString()) == 1)
            key = item.url.toString();
        else
            key = QLatin1String("sha1:") + fallbackHash(item);
        // Identical duplicates still need distinct keys within one feed.
        const QString base = key;
        for (int n = 2; used.contains(key); ++n)
            key = base + QLatin1Char('#') + QString::number(n);
        used.insert(key);
        item.key = key;
        item.contentHash = contentHash(item);
    }
}

Result<ParsedFeed> FeedParser::parse(const QByteArray &bytes, const HttpHeaders &headers, const QUrl &baseUrl,
                                     const ParseLimits &limits)
{
    if (isBlank(bytes))
        return Error(Error::Code::NotAFeed, tr("not a feed (empty document, %1 bytes)").arg(bytes.size()));
    if (bytes.size() > limits.maxInputBytes)
        return Error(Error::Code::TooLarge,
                     tr("feed larger than %1 KB").arg(kilobytes(limits.maxInputBytes)));
    const QByteArray contentType = header(headers, "Content-Type");
    if (looksLikeHtml(bytes, contentType))
        return Error(Error::Code::NotAFeed, tr("not a feed (got HTML, %1 KB)").arg(kilobytes(bytes.size())));

    QUrl base = baseUrl;
    if (const QByteArray location = header(headers, "Content-Location"); !location.isEmpty()) {
        // Only a web base: "javascript:" or "data:" must never become the base of stored links.
        const QUrl resolved = base.resolved(QUrl(QString::fromUtf8(location)));
        if (resolved.scheme() == QLatin1String("http") || resolved.scheme() == QLatin1String("https"))
            base = resolved;
    }

    const QByteArray head = headOf(bytes);
    Result<ParsedFeed> result = Error();
    Result<DecodedText> decoded =
        head.startsWith('{') ? TextDecoder::decode(bytes, TextDecoder::charsetFromContentType(contentType))
                             : TextDecoder::decodeXml(bytes, contentType);
    if (!decoded)
        return decoded.error();

    ParsedFeed feed;
    if (JsonFeedParser::looksLikeJson(decoded->text)) {
        result = JsonFeedParser::parse(decoded->text, base, limits);
        if (!result)
            return result.error();
        feed = std::move(result.value());
    } else {
        XmlRepairLimits repairLimits;
        repairLimits.maxEntityExpansion = limits.maxEntityExpansion;
        repairLimits.maxTotalExpansion = limits.maxFeedTextChars;
        Result<RepairedXml> repaired = XmlRepair::repair(decoded->text, repairLimits);
        if (!repaired)
            return repaired.error();
        XmlTreeLimits treeLimits;
        treeLimits.maxTextChars = limits.maxFeedTextChars;
        treeLimits.maxItemTextChars = limits.maxItemTextChars;
        treeLimits.maxItems = limits.maxItems;
        treeLimits.maxDepth = limits.maxDepth;
        const QString contentLanguage =
            QString::fromUtf8(header(headers, "Content-Language")).section(u',', 0, 0).trimmed();
        // Valid UTF-8 that needed no repair is its own UTF-8 form: hand the reader the bytes as they are.
        const bool bytesAreText = decoded->encoding == QLatin1String("UTF-8") && !decoded->lossy &&
                                  repaired->text.isSharedWith(decoded->text) &&
                                  TextDecoder::bomEncoding(bytes).isEmpty();
        Result<XmlTree> tree = XmlTree::build(repaired->text, base, treeLimits, contentLanguage,
                                              bytesAreText ? bytes : QByteArray());
        if (!tree)
            return tree.error();
        const QString rootName = tree->node(tree->root()).name;
        if (RssParser::accepts(*tree))
            RssParser::parse(*tree, feed);
        else if (AtomParser::accepts(*tree))
            AtomParser::parse(*tree, feed);
        else if (rootName.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
            return Error(Error::Code::NotAFeed,
                         tr("not a feed (got HTML, %1 KB)").arg(kilobytes(bytes.size())));
        else
            return Error(Error::Code::NotAFeed, tr("not a feed (root element <%1>)").arg(rootName));
        feed.repaired = repaired->repaired || tree->repaired();
        feed.warnings << repaired->warnings << tree->warnings();
    }

    feed.encoding = decoded->encoding;
    feed.encodingGuessed = decoded->guessed;
    feed.encodingOverridden = decoded->overridden;
    feed.warnings << decoded->warnings;
    if (decoded->lossy)
        feed.repaired = true;
    if (feed.language.isEmpty())
        feed.language = QString::fromUtf8(header(headers, "Content-Language")).section(u',', 0, 0).trimmed();
    for (FeedItem &item : feed.items) {
        item.encodingGuessed = feed.encodingGuessed;
        item.encodingOverridden = feed.encodingOverridden;
        if (item.language.isEmpty())
            item.language = feed.language;
    }
    assignIdentity(feed.items);
    return feed;
}

Result<ParsedFeed> parseFeed(const QByteArray &bytes, const HttpHeaders &headers, const QUrl &baseUrl,
                             const ParseLimits &limits)
{
    return FeedParser::parse(bytes, headers, baseUrl, limits);
}

} // namespace ww
