#pragma once

#include "core/result.h"
#include "core/textdecoder.h"

#include <QByteArray>

namespace ww {

// HTML page bytes to text. Precedence as browsers do it: BOM > HTTP charset > <meta charset> /
// http-equiv found by the HTML spec's prescan > detection. The decoding itself is TextDecoder's.
class PageDecoder
{
public:
    static Result<DecodedText> decode(const QByteArray &bytes, const QByteArray &contentType = {});

    // The HTML "prescan a byte stream to determine its encoding" algorithm over the first
    // `window` bytes (the spec says 1024; real pages put long scripts before the meta, so we look
    // further). Returns the raw label, UTF-16 labels mapped to UTF-8 as the spec does; empty if none.
    static QByteArray prescan(const QByteArray &bytes, qsizetype window = 4096);

    // charset=... inside a content attribute ("text/html; charset=windows-1251"), or empty.
    static QByteArray charsetFromMetaContent(const QByteArray &content);
};

} // namespace ww
