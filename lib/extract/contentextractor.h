#pragma once

#include "extract/htmldocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ww {

// The main content of a page, found by the rules of the trade (Mozilla Readability's): paragraphs
// scored by length and commas, ancestors by class/id weights and link density, good siblings merged;
// navigation, share bars, related-stories and newsletter boxes, comments, footers and ads dropped.
struct ExtractedContent
{
    QString text;           // paragraphs, headings, list items, quotes in order, joined by "\n\n"
    QString html;           // the same content as sanitised HTML (figures included)
    QStringList headings;   // h2-h6 inside the content, in order
    QStringList paragraphs; // the blocks `text` is made of
    QString byline;         // a "By ..." line found (and left out of the text)
    int top = -1;           // the winning container
    QList<int> containers;  // top plus the siblings merged with it, in document order
    QList<bool> removed;    // per node: furniture, hidden or non-content (indexed like the document)
};

class ContentExtractor
{
public:
    static ExtractedContent extract(const HtmlDocument &doc, const QUrl &baseUrl = {});
    // No scoring: the whole body is the article (a feed item's content), only furniture is dropped.
    static ExtractedContent extractAll(const HtmlDocument &doc, const QUrl &baseUrl = {});

    // Lines anywhere on the page that are attribution evidence, not prose: "Source: Sputnik",
    // "This article was produced by Reuters news agency.", "© 2024 ...", "Photo: ...". Short blocks only.
    static QStringList attributionLines(const HtmlDocument &doc);

    // Per node: page furniture or invisible. Shared with the image extractor, so related-story
    // thumbnails and footer pixels are never content.
    static QList<bool> furnitureMask(const HtmlDocument &doc);

    static bool isBlockTag(const QString &tag);

private:
    static ExtractedContent run(const HtmlDocument &doc, const QUrl &baseUrl, bool wholeDocument);
};

} // namespace ww
