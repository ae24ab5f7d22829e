#pragma once

#include "extract/article.h"
#include "extract/contentextractor.h"
#include "extract/htmldocument.h"
#include "extract/metadataextractor.h"

#include <QList>
#include <QUrl>

namespace ww {

// The article's own images with alt, caption, credit, date and place: figure/figcaption, caption and
// credit markup next to the image, JSON-LD ImageObject, og:image. Furniture images (related-story
// thumbnails, logos) and tracking pixels are not article images.
class ImageExtractor
{
public:
    static QList<ArticleImage> extract(const HtmlDocument &doc, const ExtractedContent &content,
                                       const PageMetadata &metadata, const QUrl &baseUrl);

    // src, the lazy-loading attributes, or the best srcset candidate; http(s) only.
    static QUrl imageUrl(const HtmlDocument &doc, int img, const QUrl &baseUrl);
    // The widest ("800w") or densest ("2x") candidate of a srcset.
    static QUrl bestSrcsetCandidate(const QString &srcset, const QUrl &baseUrl);
    // Fills takenDate/place/filePhoto from caption and credit, splitting a trailing credit off.
    static void completeFromCaption(ArticleImage &image);
};

} // namespace ww
