#include "extract/imageextractor.h"

#include "extract/captionlocator.h"
#include "extract/captionparser.h"
#include "extract/htmlsanitizer.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ww {

namespace {

using Node = HtmlDocument::Node;

// A box beside the text that holds one picture and at most a caption's worth of unlinked text.
bool isLeadImageBox(const HtmlDocument &doc, int box)
{
    int images = 0;
    bool linked = false;
    doc.walk(box, [&](int i) {
        const Node &n = doc.node(i);
        if (n.type != Node::Type::Element)
            return false;
        if (n.tag == QLatin1String("img") || n.tag == QLatin1String("amp-img"))
            ++images;
        if (n.tag == QLatin1String("a"))
            linked = true;
        return images <= 1 && !linked;
    });
    return images == 1 && !linked && doc.textContent(box).size() <= CaptionLocator::MaxBoxText;
}

QString sameImageKey(const QUrl &url)
{
    // Resized variants differ in query strings; the path names the picture.
    return url.host().toLower() + url.path();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonText(v.toArray().first());
    return {};
}

} // namespace

QUrl ImageExtractor::bestSrcsetCandidate(const QString &srcset, const QUrl &baseUrl)
{
    QUrl best;
    double bestValue = -1;
    // The HTML spec's srcset parse: a URL runs to whitespace (commas inside it are part of it), then
    // descriptors run to the next comma.
    qsizetype i = 0;
    const qsizetype n = srcset.size();
    while (i < n) {
        while (i < n && (srcset.at(i).isSpace() || srcset.at(i) == QLatin1Char(',')))
            ++i;
        const qsizetype urlStart = i;
        while (i < n && !srcset.at(i).isSpace())
            ++i;
        QString candidate = srcset.mid(urlStart, i - urlStart);
        QString descriptor;
        if (candidate.endsWith(QLatin1Char(','))) {
            while (candidate.endsWith(QLatin1Char(',')))
                candidate.chop(1);
        } else {
            const qsizetype d = i;
            while (i < n && srcset.at(i) != QLatin1Char(','))
                ++i;
            descriptor = srcset.mid(d, i - d).trimmed();
        }
        if (candidate.isEmpty())
            continue;
        const QStringList parts{candidate, descriptor};
        double value = 1;
        if (!descriptor.isEmpty()) {
            QString d = descriptor.toLower();
            const QChar unit = d.back();
            d.chop(1);
            value = d.toDouble() * (unit == QLatin1Char('x') ? 1000 : 1);
        }
        const QUrl url = HtmlSanitizer::safeImageUrl(parts.at(0), baseUrl);
        if (!url.isEmpty() && value > bestValue) {
            best = url;
            bestValue = value;
        }
    }
    return best;
}

QUrl ImageExtractor::imageUrl(const HtmlDocument &doc, int img, const QUrl &baseUrl)
{
    for (const auto attr :
         {QLatin1String("data-src"), QLatin1String("data-original"), QLatin1String("data-lazy-src"),
          QLatin1String("data-url"), QLatin1String("src")}) {
        const QString raw = doc.attribute(img, attr).trimmed();
        if (raw.isEmpty() || raw.startsWith(QLatin1String("data:")))
            continue;
        const QUrl url = HtmlSanitizer::safeImageUrl(raw, baseUrl);
        if (!url.isEmpty())
            return url;
    }
    for (const auto attr : {QLatin1String("data-srcset"), QLatin1String("srcset")}) {
        const QUrl url = bestSrcsetCandidate(doc.attribute(img, attr), baseUrl);
        if (!url.isEmpty())
            return url;
    }
    // <picture><source srcset=...><img></picture>
    const int parent = doc.node(img).parent;
    if (parent > 0 && doc.isElement(parent, QLatin1String("picture"))) {
        for (int c : doc.node(parent).children) {
            if (doc.isElement(c, QLatin1String("source"))) {
                const QUrl url = bestSrcsetCandidate(doc.attribute(c, QLatin1String("srcset")), baseUrl);
                if (!url.isEmpty())
                    return url;
            }
        }
    }
    return {};
}

void ImageExtractor::completeFromCaption(ArticleImage &image)
{
    if (image.credit.isEmpty()) {
        const auto [caption, credit] = CaptionParser::splitCredit(image.caption);
        image.caption = caption;
        image.credit = credit;
    }
    if (image.takenDate.isEmpty())
        image.takenDate = CaptionParser::takenDate(image.caption);
    if (image.place.isEmpty())
        image.place = CaptionParser::place(image.caption);
    image.filePhoto = image.filePhoto || CaptionParser::isFilePhoto(image.caption, image.credit) ||
                      CaptionParser::isFilePhoto(image.alt, QString());
}

QList<ArticleImage> ImageExtractor::extract(const HtmlDocument &doc, const ExtractedContent &content,
                                            const PageMetadata &metadata, const QUrl &baseUrl)
{
    QList<ArticleImage> images;
    QList<int> scopes;
    const int article = content.top > 0 ? doc.closest(content.top, QLatin1String("article")) : -1;
    if (article > 0)
        scopes.append(article);
    else
        scopes = content.containers;
    // The lead picture often sits in its own box next to the text container ("art-pic", "news-img",
    // "photo"), outside what the scoring kept: take sibling boxes that hold a picture and little text.
    if (article <= 0) {
        for (int container : content.containers) {
            const int parent = doc.node(container).parent;
            if (parent <= 0)
                continue;
            for (int sibling : doc.node(parent).children) {
                if (scopes.contains(sibling) || doc.node(sibling).type != Node::Type::Element ||
                    (sibling < content.removed.size() && content.removed.at(sibling)))
                    continue;
                if (isLeadImageBox(doc, sibling))
                    scopes.append(sibling);
            }
        }
    }

    static const QRegularExpression decorativeName(QStringLiteral("logo|icon|avatar|sprite|\\.svg$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    for (int scope : std::as_const(scopes)) {
        doc.walk(scope, [&](int i) {
            if (i < content.removed.size() && content.removed.at(i))
                return false;
            if (!doc.isElement(i, QLatin1String("img")) && !doc.isElement(i, QLatin1String("amp-img")))
                return true;
            const QUrl url = imageUrl(doc, i, baseUrl);
            const QString w = doc.attribute(i, QLatin1String("width"));
            const QString h = doc.attribute(i, QLatin1String("height"));
            if (url.isEmpty() || HtmlSanitizer::isTrackingPixel(url, w, h))
                return false;
            // Icons and logos: small by declaration, or named so.
            if ((w.toInt() > 0 && w.toInt() < 80) || (h.toInt() > 0 && h.toInt() < 60) ||
                url.path().contains(decorativeName))
                return false;
            ArticleImage image;
            image.url = url;
            image.alt = collapseWhitespace(doc.attribute(i, QLatin1String("alt")));
            const CaptionLocator::Found around = CaptionLocator::locate(doc, i);
            image.caption = around.caption;
            image.credit = around.credit;
            if (image.caption.isEmpty()) {
                image.caption = collapseWhitespace(doc.attribute(i, QLatin1String("title")));
            }
            bool duplicate = false;
            for (const ArticleImage &seen : std::as_const(images))
                duplicate = duplicate || sameImageKey(seen.url) == sameImageKey(url);
            if (!duplicate)
                images.append(image);
            return false;
        });
    }

    // JSON-LD ImageObjects: complete what the page showed, or stand in when it showed nothing.
    for (const QJsonObject &o : metadata.jsonLd) {
        const QJsonValue type = o.value(QLatin1String("@type"));
        if (type.toString() != QLatin1String("ImageObject") &&
            !type.toArray().contains(QJsonValue(QStringLiteral("ImageObject"))))
            continue;
        const QUrl url = HtmlSanitizer::safeImageUrl(jsonText(o.contains(QLatin1String("contentUrl"))
                                                                  ? o.value(QLatin1String("contentUrl"))
                                                                  : o.value(QLatin1String("url"))),
                                                     baseUrl);
        if (url.isEmpty())
            continue;
        const QString caption =
            jsonText(o.contains(QLatin1String("caption")) ? o.value(QLatin1String("caption"))
                                                          : o.value(QLatin1String("description")));
        QString credit;
        for (const auto key :
             {QLatin1String("creditText"), QLatin1String("copyrightHolder"), QLatin1String("author"),
              QLatin1String("creator"), QLatin1String("copyrightNotice")}) {
            if (credit.isEmpty())
                credit = jsonText(o.value(key));
        }
        ArticleImage *match = nullptr;
        for (ArticleImage &image : images) {
            if (sameImageKey(image.url) == sameImageKey(url))
                match = &image;
        }
        if (match) {
            if (match->caption.isEmpty())
                match->caption = caption;
            if (match->credit.isEmpty())
                match->credit = credit;
        } else if (images.isEmpty() || !caption.isEmpty()) {
            ArticleImage image;
            image.url = url;
            image.caption = caption;
            image.credit = credit;
            images.append(image);
        }
    }

    // og:image: the lead image when the body showed none; otherwise only its alt text helps.
    if (!metadata.ogImage.isEmpty() && !HtmlSanitizer::isTrackingPixel(metadata.ogImage, {}, {})) {
        bool found = false;
        for (ArticleImage &image : images) {
            if (sameImageKey(image.url) == sameImageKey(metadata.ogImage)) {
                found = true;
                if (image.alt.isEmpty())
                    image.alt = metadata.ogImageAlt;
            }
        }
        if (!found && images.isEmpty()) {
            ArticleImage image;
            image.url = metadata.ogImage;
            image.alt = metadata.ogImageAlt;
            images.append(image);
        }
    }
    for (ArticleImage &image : images)
        completeFromCaption(image);
    return images;
}

} // namespace ww
