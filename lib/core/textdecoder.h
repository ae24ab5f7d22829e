#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ww {

// Text decoded from bytes, with an honest account of how sure we are about the encoding.
struct DecodedText
{
    QString text;
    QString encoding;        // canonical name of the encoding used, e.g. "UTF-8", "windows-1251"
    bool guessed = false;    // the detector or a last-resort fallback chose (nothing usable was declared)
    bool overridden = false; // something was declared but it was wrong, unsupported or lost to precedence
    bool lossy = false;      // invalid sequences remained and were replaced by U+FFFD
    QStringList warnings;    // why guessed/overridden/lossy, for people
};

// Bytes to QString for feeds and pages: BOM, declared charset (HTTP), in-document declaration,
// aliases, ICU-backed QStringDecoder and ICU's charset detector as the last resort.
// Pure functions; never returns replacement characters without setting `lossy`.
class TextDecoder
{
public:
    // Generic precedence: BOM > declaredCharset (HTTP header) > hintCharset (in-document, e.g.
    // <meta charset>) > detection. A declaration that yields invalid sequences, or a legacy one on
    // bytes that are valid non-ASCII UTF-8, is overridden (flagged). Unsupported names give an error
    // unless the bytes are plain ASCII or valid UTF-8.
    static Result<DecodedText> decode(const QByteArray &bytes, const QByteArray &declaredCharset = {},
                                      const QByteArray &hintCharset = {});

    // XML (feeds) with the RFC 3023/7303 precedence feedparser documents: BOM first; for
    // application/*xml (or no Content-Type) HTTP charset > XML declaration > UTF-8; for text/xml and
    // text/*+xml HTTP charset > us-ascii (the declaration is ignored, only a fallback).
    static Result<DecodedText> decodeXml(const QByteArray &bytes, const QByteArray &contentType = {});

    // Alias resolution: "win-1251" -> "windows-1251", "ks_c_5601-1987" -> "EUC-KR", "UTF-8 " ->
    // "UTF-8". Empty when the name is unknown to us and to ICU.
    static QByteArray canonicalName(const QByteArray &label);
    static bool isSupported(const QByteArray &label);

    // The encoding a byte order mark announces ("UTF-8", "UTF-16LE", ...) and its length, or empty.
    static QByteArray bomEncoding(const QByteArray &bytes, int *bomLength = nullptr);
    // encoding="..." from an XML declaration (ASCII-compatible or BOM-less UTF-16/32 prolog), or empty.
    static QByteArray xmlDeclaredEncoding(const QByteArray &bytes);
    // The charset parameter of a Content-Type header value, or empty.
    static QByteArray charsetFromContentType(const QByteArray &contentType);
    // ICU's detector: best supported candidate whose decoding is error-free, or empty.
    static QByteArray detect(const QByteArray &bytes, int *confidence = nullptr);
};

} // namespace ww
