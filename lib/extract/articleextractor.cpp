#include "extract/articleextractor.h"

#include "analysis/enrichment.h"
#include "extract/captionlocator.h"
#include "extract/captionparser.h"
#include "extract/contentextractor.h"
#include "extract/htmldocument.h"
#include "extract/imageextractor.h"
#include "extract/languagedetector.h"
#include "extract/metadataextractor.h"
#include "extract/pagedecoder.h"

namespace ww {

namespace {

QString chooseLanguage(const QString &declared, const QString &text)
{
    // Templates declare one lang for every edition; the text itself is the better witness when sure.
    const auto detected = LanguageDetector::detect(text);
    if (detected.reliable && !detected.code.isEmpty())
        return detected.code;
    if (!declared.isEmpty())
        return declared;
    return detected.code;
}

QUrl baseUrlOf(const HtmlDocument &doc, const QUrl &url, const QUrl &canonical)
{
    const QUrl page = url.isValid() && !url.isRelative() ? url : canonical;
    const int base = doc.firstElement(QLatin1String("base"));
    if (base > 0) {
        const QUrl declared = page.resolved(QUrl(doc.attribute(base, QLatin1String("href")).trimmed()));
        if (declared.scheme() == QLatin1String("http") || declared.scheme() == QLatin1String("https"))
            return declared;
    }
    return page;
}

bool isImageMedia(const MediaObject &m)
{
    if (m.type.startsWith(QLatin1String("image")))
        return true;
    if (!m.type.isEmpty())
        return false;
    static const QStringList exts = {QStringLiteral(".jpg"), QStringLiteral(".jpeg"), QStringLiteral(".png"),
                                     QStringLiteral(".webp"), QStringLiteral(".gif")};
    const QString path = m.url.path().toLower();
    for (const QString &e : exts) {
        if (path.endsWith(e))
            return true;
    }
    return false;
}

} // namespace

QByteArray ArticleExtractor::header(const Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Article ArticleExtractor::extract(const QByteArray &html, const Headers &headers, const QUrl &url)
{
    return extract(html, headers, url, Options{});
}

Article ArticleExtractor::extract(const QByteArray &html, const Headers &headers, const QUrl &url,
                                  const Options &options)
{
    Article article;
    article.url = url;
    QString decoded;
    const auto result = PageDecoder::decode(html, header(headers, "Content-Type"));
    if (result.ok()) {
        decoded = result->text;
        if (result->guessed)
            article.warnings.append(QStringLiteral("encoding-guessed:%1").arg(result->encoding));
        if (result->lossy)
            article.warnings.append(QStringLiteral("encoding-lossy"));
    } else {
        decoded = QString::fromUtf8(html);
        article.warnings.append(QStringLiteral("encoding-unsupported: %1").arg(result.error().message));
    }

    const HtmlDocument doc = HtmlDocument::parse(decoded);
    if (doc.truncated())
        article.warnings.append(QStringLiteral("page-truncated"));
    const PageMetadata md = MetadataExtractor::extract(doc, url);
    article.canonicalUrl = md.canonicalUrl.isEmpty() ? url : md.canonicalUrl;
    const QUrl base = baseUrlOf(doc, url, article.canonicalUrl);
    const ExtractedContent content = ContentExtractor::extract(doc, base);

    article.title = md.title;
    article.byline = md.byline.isEmpty() ? content.byline : md.byline;
    article.siteName = md.siteName;
    article.publisher = md.siteName.trimmed();
    article.section = md.section;
    article.publishedUtc = md.publishedUtc;
    article.updatedUtc = md.updatedUtc;
    article.text = content.text;
    article.html = content.html;
    article.sections = content.headings;
    article.images = ImageExtractor::extract(doc, content, md, base);
    article.claims = md.claims;
    article.attributionLines = ContentExtractor::attributionLines(doc);
    article.language = chooseLanguage(md.declaredLanguage, article.title + QLatin1Char('\n') + article.text);
    if (article.text.isEmpty())
        article.warnings.append(QStringLiteral("no-main-text"));
    if (options.feedItem)
        mergeFeedMedia(article, *options.feedItem);
    if (options.enrich)
        enrichArticle(article);
    return article;
}

void ArticleExtractor::mergeFeedMedia(Article &article, const FeedItem &item)
{
    // The path names the picture; CDNs resize it through query strings.
    const auto key = [](const QUrl &u) { return u.host().toLower() + u.path(); };
    // Media RSS: media:description is the caption, media:credit the credit.
    for (const MediaObject &m : item.media) {
        if (!isImageMedia(m) ||
            (m.url.scheme() != QLatin1String("http") && m.url.scheme() != QLatin1String("https")))
            continue;
        const QString caption =
            collapseWhitespace(HtmlDocument::parse(m.description).textContent(HtmlDocument::Root));
        ArticleImage *seen = nullptr;
        for (ArticleImage &i : article.images) {
            if (key(i.url) == key(m.url))
                seen = &i;
        }
        if (seen) {
            if (seen->caption.isEmpty())
                seen->caption = caption;
            if (seen->credit.isEmpty())
                seen->credit = CaptionLocator::stripCreditLabel(m.credit);
            ImageExtractor::completeFromCaption(*seen);
            continue;
        }
        ArticleImage image;
        image.url = m.url;
        image.alt = m.title;
        image.caption = caption;
        image.credit = CaptionLocator::stripCreditLabel(m.credit);
        ImageExtractor::completeFromCaption(image);
        article.images.append(image);
    }
    for (const Enclosure &e : item.enclosures) {
        if (!e.type.startsWith(QLatin1String("image")) ||
            (e.url.scheme() != QLatin1String("http") && e.url.scheme() != QLatin1String("https")))
            continue;
        bool seen = false;
        for (const ArticleImage &i : std::as_const(article.images))
            seen = seen || key(i.url) == key(e.url);
        if (!seen) {
            ArticleImage image;
            image.url = e.url;
            article.images.append(image);
        }
    }
}

Article ArticleExtractor::fromFeedItem(const FeedItem &item, const QString &feedTitle)
{
    return fromFeedItem(item, feedTitle, Options{});
}

Article ArticleExtractor::fromFeedItem(const FeedItem &item, const QString &feedTitle, const Options &options)
{
    Article article;
    article.fromFeedOnly = true;
    article.warnings.append(QStringLiteral("from-feed-only"));
    article.url = item.url;
    article.canonicalUrl = item.url;
    article.title = collapseWhitespace(item.title);
    article.byline = item.author;
    article.publishedUtc = item.published.utc;
    article.updatedUtc = item.updated.utc;
    article.siteName = feedTitle.trimmed();
    article.publisher = item.sourceTitle.trimmed().isEmpty() ? article.siteName : item.sourceTitle.trimmed();
    if (!item.sourceTitle.trimmed().isEmpty())
        article.claims.append({AttributionClaim::Role::Publisher, AttributionClaim::Kind::Feed,
                               item.sourceTitle.trimmed(),
                               QStringLiteral("<source>%1</source>").arg(item.sourceTitle.trimmed()), 0.7});
    if (!item.categories.isEmpty())
        article.section = item.categories.first();

    const QString body = item.content.isEmpty() ? item.summary : item.content;
    if (item.contentType == QLatin1String("text") && !body.contains(QLatin1Char('<'))) {
        article.text = body.trimmed();
        article.html = article.text.toHtmlEscaped().replace(QLatin1String("\n\n"), QLatin1String("<p>"));
    } else {
        const HtmlDocument doc = HtmlDocument::parse(body);
        ExtractedContent content = ContentExtractor::extract(doc, item.url);
        // A feed's content is the article itself: if scoring picked a fragment, take everything.
        const int bodyEl = doc.body();
        const QString all = bodyEl > 0 ? doc.textContent(bodyEl) : QString();
        if (content.text.size() < all.size() / 2) {
            ExtractedContent whole = ContentExtractor::extractAll(doc, item.url);
            if (whole.text.size() > content.text.size())
                content = whole;
        }
        article.text = content.text;
        article.html = content.html;
        article.sections = content.headings;
        article.attributionLines = ContentExtractor::attributionLines(doc);
        PageMetadata none;
        article.images = ImageExtractor::extract(doc, content, none, item.url);
    }
    mergeFeedMedia(article, item);
    article.language = chooseLanguage(MetadataExtractor::primaryLanguage(item.language),
                                      article.title + QLatin1Char('\n') + article.text);
    if (options.enrich)
        enrichArticle(article);
    return article;
}

} // namespace ww
