#pragma once

#include "extract/htmldocument.h"

#include <QString>

namespace ww {

// Finds the caption and the credit printed around one image, by the way news templates lay them out:
// the image's <figure> (figcaption, credit spans, a credit line right after the figure), or else the
// small box that holds only this image (WordPress wp-caption, table cells, "photo"/"art-pic" divs).
// Credit markup is read from class/id/itemprop ("credit", "copyright", "source", "cr",
// itemprop=copyrightHolder); screen-reader-only text ("Image source, ") is not what the page prints.
class CaptionLocator
{
public:
    struct Found
    {
        QString caption;
        QString credit; // as printed, minus UI labels such as "Credit:" (see stripCreditLabel)
    };

    static Found locate(const HtmlDocument &doc, int img);

    // "Credit: AP Photo/X" -> "AP Photo/X"; "Image source, Yonhap" -> "Yonhap". The medium labels
    // "Photo:", "Фото:", "사진=" are part of how a credit is printed and stay.
    static QString stripCreditLabel(const QString &credit);
    static QString stripCaptionLabel(const QString &caption);
    // The credit without any leading label, medium labels included: "Photo: KCNA via REUTERS" -> "KCNA via
    // REUTERS", "사진=연합뉴스" -> "연합뉴스", "Photograph by Jane Roe" -> "Jane Roe". For places that say
    // what the text is themselves (a report's "Credit: ..."); stored credits keep the label as printed.
    static QString stripMediumLabel(const QString &credit);

    // Class/id/itemprop text (lowercased) that marks a credit or a caption element.
    static bool isCreditMarkup(const QString &markup);
    static bool isCaptionMarkup(const QString &markup);

    // Captions longer than this are prose, not captions: boxes with more text are not image boxes.
    static constexpr int MaxBoxText = 700;
    static constexpr int MaxCreditText = 200;
};

} // namespace ww
