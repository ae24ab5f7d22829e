#pragma once

#include "extract/htmldocument.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace ww {

// Allowlist sanitiser: whatever comes out is safe to hand to QTextBrowser::setHtml. Only known
// harmless elements and attributes survive; links only http/https/mailto; images only http(s) and not
// tracking pixels; no style, no event handlers, no forms, frames, scripts or resource links.
class HtmlSanitizer
{
public:
    struct Options
    {
        QUrl baseUrl;            // relative links and images resolve against it; without it they go
        bool allowImages = true; // false: every <img> is dropped (remote images off)
        qsizetype maxOutput = 4 * 1024 * 1024;
    };

    static QString sanitize(const QString &html);
    static QString sanitize(const QString &html, const Options &options);
    // Sanitise the subtrees under `roots` of an already parsed page; `skip` drops further nodes.
    static QString sanitize(const HtmlDocument &doc, const QList<int> &roots, const Options &options,
                            const std::function<bool(int)> &skip = {});

    // The URL if it is safe to link to (http, https, mailto) after resolving against base; else empty.
    // Control characters and whitespace inside the scheme ("jav\tascript:") are stripped first, as
    // browsers do, so obfuscated schemes are judged by what they would become.
    static QUrl safeLinkUrl(const QString &raw, const QUrl &base);
    // The same for images: http and https only.
    static QUrl safeImageUrl(const QString &raw, const QUrl &base);
    // 1x1 / 0x0 images and well-known beacon URLs.
    static bool isTrackingPixel(const QUrl &url, const QString &width, const QString &height);
};

} // namespace ww
