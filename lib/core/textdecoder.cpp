#include "core/textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace ww {

namespace {

// Labels seen in real feeds that ICU's own alias table misses or maps to a narrower charset.
// Keys are lowercase; values are the names we report.
const QHash<QByteArray, QByteArray> &aliasTable()
{
    static const QHash<QByteArray, QByteArray> table = [] {
        QHash<QByteArray, QByteArray> t;
        const auto add = [&t](const QByteArray &canonical, std::initializer_list<const char *> labels) {
            t.insert(canonical.toLower(), canonical);
            for (const char *label : labels)
                t.insert(QByteArray(label), canonical);
        };
        add("UTF-8", {"utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode-2-0-utf-8"});
        add("UTF-16", {"utf16", "unicode", "ucs-2", "iso-10646-ucs-2", "csunicode"});
        add("UTF-16LE", {"utf16le", "utf-16-le"});
        add("UTF-16BE", {"utf16be", "utf-16-be"});
        add("UTF-32", {"utf32", "ucs-4", "iso-10646-ucs-4"});
        add("UTF-32LE", {"utf32le"});
        add("UTF-32BE", {"utf32be"});
        add("US-ASCII", {"ascii", "us", "ansi_x3.4-1968", "iso646-us", "csascii", "iso-ir-6"});
        add("ISO-8859-1", {"latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1", "iso88591", "cp819",
                           "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1:1987"});
        for (int n = 1250; n <= 1258; ++n) {
            const QByteArray num = QByteArray::number(n);
            const QByteArray canonical = "windows-" + num;
            t.insert(canonical, canonical);
            for (const QByteArray &prefix :
                 {QByteArray("cp"), QByteArray("cp-"), QByteArray("win-"), QByteArray("win"),
                  QByteArray("x-cp"), QByteArray("windows"), QByteArray("x-windows-"), QByteArray("ms-")})
                t.insert(prefix + num, canonical);
        }
        t.insert("ms-cyrl", "windows-1251");
        t.insert("ms-ansi", "windows-1252");
        for (int n = 2; n <= 16; ++n) {
            const QByteArray num = QByteArray::number(n);
            const QByteArray canonical = "ISO-8859-" + num;
            for (const QByteArray &prefix : {QByteArray("iso-8859-"), QByteArray("iso8859-"),
                                             QByteArray("iso_8859-"), QByteArray("iso8859")})
                t.insert(prefix + num, canonical);
        }
        add("KOI8-R", {"koi8r", "koi8", "cskoi8r", "koi"});
        add("KOI8-U", {"koi8u"});
        add("EUC-KR", {"euckr", "x-euc-kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "korean",
                       "csksc56011987", "windows-949", "cp949", "x-windows-949", "uhc", "iso-ir-149"});
        add("Shift_JIS", {"shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932",
                          "ms932", "x-ms-cp932", "shiftjis"});
        add("EUC-JP", {"eucjp", "x-euc-jp", "cseucpkdfmtjapanese", "x-euc"});
        add("ISO-2022-JP", {"csiso2022jp", "jis"});
        add("GB2312", {"gb_2312-80", "csgb2312", "euc-cn", "euccn", "x-euc-cn", "chinese", "iso-ir-58",
                       "csiso58gb231280", "gb_2312", "gb2312-80"});
        add("GBK", {"x-gbk", "cp936", "ms936", "windows-936"});
        add("GB18030", {"gb-18030"});
        add("Big5", {"big-5", "cn-big5", "x-x-big5", "csbig5", "big5-hkscs", "big5hkscs", "x-big5"});
        add("TIS-620",
            {"tis620", "windows-874", "cp874", "iso-8859-11", "iso8859-11", "x-tis-620", "dos-874"});
        add("macintosh", {"x-mac-roman", "mac", "csmacintosh", "macroman"});
        return t;
    }();
    return table;
}

// The decoder actually used for a reported name: supersets that real servers mean when they say
// the narrower name (WHATWG does the same mapping).
QByteArray decoderName(const QByteArray &canonical, const QByteArray &bytes)
{
    if (canonical == "EUC-KR")
        return QByteArrayLiteral("windows-949");
    if (canonical == "GB2312" || canonical == "GBK")
        return QByteArrayLiteral("GB18030");
    if (canonical == "Big5")
        return QByteArrayLiteral("Big5-HKSCS");
    if (canonical == "TIS-620")
        return QByteArrayLiteral("windows-874");
    if (canonical == "ISO-8859-1") {
        // C1 controls in "Latin-1" are nearly always windows-1252 punctuation (smart quotes).
        const bool hasC1 = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u >= 0x80 && u <= 0x9f;
        });
        return hasC1 ? QByteArrayLiteral("windows-1252") : canonical;
    }
    return canonical;
}

bool hasNonAscii(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool isUnicodeFamily(const QByteArray &canonical)
{
    return canonical.startsWith("UTF-");
}

struct Attempt
{
    bool valid = false; // the decoder exists
    bool errors = false;
    QString text;
};

Attempt decodeWith(const QByteArray &canonical, const QByteArray &bytes)
{
    Attempt attempt;
    if (canonical == "US-ASCII") {
        // Strict: a high byte means the label is wrong, so the caller can fall back.
        attempt.valid = true;
        attempt.errors = hasNonAscii(bytes);
        attempt.text = QString::fromLatin1(bytes);
        return attempt;
    }
    const QByteArray name = decoderName(canonical, bytes);
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return attempt;
    attempt.valid = true;
    attempt.text = decoder.decode(bytes);
    attempt.errors = decoder.hasError();
    if (attempt.errors) // ICU substitutes U+001A for some code pages; make the loss visible uniformly
        attempt.text.replace(QChar(0x1a), QChar::ReplacementCharacter);
    return attempt;
}

QByteArray normalizedLabel(const QByteArray &label)
{
    QByteArray l = label.trimmed().toLower();
    while (!l.isEmpty() && (l.startsWith('"') || l.startsWith('\'')))
        l.remove(0, 1);
    while (!l.isEmpty() && (l.endsWith('"') || l.endsWith('\'') || l.endsWith(';')))
        l.chop(1);
    return l.trimmed();
}

bool sameEncoding(const QByteArray &a, const QByteArray &b)
{
    if (a == b)
        return true;
    if (a.startsWith("UTF-16") && b.startsWith("UTF-16"))
        return true;
    if (a.startsWith("UTF-32") && b.startsWith("UTF-32"))
        return true;
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::TextDecoder", text);
}

DecodedText finish(const QByteArray &canonical, Attempt &&attempt)
{
    DecodedText out;
    out.text = std::move(attempt.text);
    out.encoding = QString::fromLatin1(canonical);
    if (attempt.errors) {
        out.lossy = true;
        out.warnings << tr("invalid %1 byte sequences were replaced by U+FFFD").arg(out.encoding);
    }
    return out;
}

// After a declaration failed: detector, then UTF-8, then windows-1252 (which accepts any byte).
DecodedText fallbackChain(const QByteArray &bytes, const QByteArray &skip)
{
    QList<QByteArray> candidates;
    const QByteArray detected = TextDecoder::detect(bytes);
    if (!detected.isEmpty())
        candidates << detected;
    candidates << QByteArrayLiteral("UTF-8") << QByteArrayLiteral("windows-1252");
    for (const QByteArray &candidate : std::as_const(candidates)) {
        if (candidate == skip)
            continue;
        Attempt attempt = decodeWith(candidate, bytes);
        if (attempt.valid && !attempt.errors)
            return finish(candidate, std::move(attempt));
    }
    return finish(QByteArrayLiteral("windows-1252"), decodeWith(QByteArrayLiteral("windows-1252"), bytes));
}

// UTF-16/32 without a BOM, recognised by the zero bytes around '<' (XML 1.0 appendix F).
QByteArray sniffUnicodeWithoutBom(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return {};
    const auto b = [&bytes](int i) { return static_cast<unsigned char>(bytes.at(i)); };
    if (b(0) == 0 && b(1) == 0 && b(2) == 0 && b(3) == '<')
        return QByteArrayLiteral("UTF-32BE");
    if (b(0) == '<' && b(1) == 0 && b(2) == 0 && b(3) == 0)
        return QByteArrayLiteral("UTF-32LE");
    if (b(0) == 0 && b(1) == '<' && b(2) == 0)
        return QByteArrayLiteral("UTF-16BE");
    if (b(0) == '<' && b(1) == 0 && b(2) != 0 && b(3) == 0)
        return QByteArrayLiteral("UTF-16LE");
    return {};
}

} // namespace

QByteArray TextDecoder::canonicalName(const QByteArray &label)
{
    const QByteArray l = normalizedLabel(label);
    if (l.isEmpty())
        return {};
    const auto &table = aliasTable();
    const auto it = table.constFind(l);
    if (it != table.constEnd())
        return it.value();
    // ICU knows many more aliases; report its canonical name when it has one.
    QStringDecoder decoder(l.constData());
    if (!decoder.isValid())
        return {};
    const char *name = decoder.name();
    return (name && *name) ? QByteArray(name) : l;
}

bool TextDecoder::isSupported(const QByteArray &label)
{
    const QByteArray canonical = canonicalName(label);
    if (canonical.isEmpty())
        return false;
    if (canonical == "US-ASCII")
        return true;
    return QStringDecoder(decoderName(canonical, {}).constData()).isValid();
}

QByteArray TextDecoder::bomEncoding(const QByteArray &bytes, int *bomLength)
{
    const auto starts = [&bytes](const char *bom, int len) {
        return bytes.size() >= len && memcmp(bytes.constData(), bom, size_t(len)) == 0;
    };
    struct Bom
    {
        const char *bytes;
        int length;
        const char *name;
    };
    // UTF-32LE before UTF-16LE: its BOM starts with the UTF-16LE one.
    static const Bom boms[] = {
        {"\x00\x00\xfe\xff", 4, "UTF-32BE"}, {"\xff\xfe\x00\x00", 4, "UTF-32LE"},
        {"\xef\xbb\xbf", 3, "UTF-8"},        {"\xfe\xff", 2, "UTF-16BE"},
        {"\xff\xfe", 2, "UTF-16LE"},
    };
    for (const Bom &bom : boms) {
        if (starts(bom.bytes, bom.length)) {
            if (bomLength)
                *bomLength = bom.length;
            return QByteArray(bom.name);
        }
    }
    if (bomLength)
        *bomLength = 0;
    return {};
}

QByteArray TextDecoder::xmlDeclaredEncoding(const QByteArray &bytes)
{
    QByteArray head = bytes.left(512);
    int bomLength = 0;
    QByteArray unicode = bomEncoding(head, &bomLength);
    if (unicode.isEmpty())
        unicode = sniffUnicodeWithoutBom(head);
    if (unicode.startsWith("UTF-16") || unicode.startsWith("UTF-32"))
        head = QString(QStringDecoder(unicode.constData()).decode(head.mid(bomLength))).toLatin1();
    else
        head = head.mid(bomLength);
    if (!head.startsWith("<?xml"))
        return {};
    const int end = head.indexOf("?>");
    const QByteArray decl = end > 0 ? head.left(end) : head;
    const int pos = decl.indexOf("encoding");
    if (pos < 0)
        return {};
    int i = pos + 8;
    while (i < decl.size() &&
           (decl.at(i) == ' ' || decl.at(i) == '\t' || decl.at(i) == '\r' || decl.at(i) == '\n'))
        ++i;
    if (i >= decl.size() || decl.at(i) != '=')
        return {};
    ++i;
    while (i < decl.size() &&
           (decl.at(i) == ' ' || decl.at(i) == '\t' || decl.at(i) == '\r' || decl.at(i) == '\n'))
        ++i;
    if (i >= decl.size() || (decl.at(i) != '"' && decl.at(i) != '\''))
        return {};
    const char quote = decl.at(i);
    const int close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.mid(i + 1, close - i - 1).trimmed();
}

QByteArray TextDecoder::charsetFromContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed();
        const int eq = param.indexOf('=');
        if (eq > 0 && param.left(eq).trimmed().toLower() == "charset")
            return normalizedLabel(param.mid(eq + 1));
    }
    return {};
}

QByteArray TextDecoder::detect(const QByteArray &bytes, int *confidence)
{
    if (confidence)
        *confidence = 0;
    if (bytes.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // Markup says nothing about the language; let ICU skip it.
    ucsdet_enableInputFilter(detector.get(), true);
    const QByteArray sample = bytes.left(256 * 1024);
    ucsdet_setText(detector.get(), sample.constData(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || !matches)
        return {};
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t conf = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || !name || conf <= 0)
            continue;
        QByteArray canonical = canonicalName(QByteArray(name));
        if (canonical == "GB18030") // what the detector means is the common GB2312/GBK text
            canonical = QByteArrayLiteral("GB2312");
        if (canonical.isEmpty() || canonical.startsWith("IBM"))
            continue;
        const Attempt attempt = decodeWith(canonical, bytes);
        if (attempt.valid && !attempt.errors) {
            if (confidence)
                *confidence = conf;
            return canonical;
        }
    }
    return {};
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset,
                                        const QByteArray &hintCharset)
{
    // 1. A byte order mark is the strongest signal there is (RFC 7303 section 3, WHATWG).
    int bomLength = 0;
    const QByteArray bom = bomEncoding(bytes, &bomLength);
    const QByteArray declared = canonicalName(declaredCharset);
    const QByteArray hint = canonicalName(hintCharset);
    if (!bom.isEmpty()) {
        DecodedText out = finish(bom, decodeWith(bom, bytes.mid(bomLength)));
        const QByteArray stated = !declared.isEmpty() ? declared : hint;
        if (!stated.isEmpty() && !sameEncoding(stated, bom)) {
            out.overridden = true;
            out.warnings << tr("the byte order mark (%1) overrides the declared charset %2")
                                .arg(QString::fromLatin1(bom), QString::fromLatin1(stated));
        }
        return out;
    }

    // The UTF-8 decoding is needed to test the bytes and, most of the time, is the result: make it once
    // (a document decoded twice costs a tenth of a feed parse). ASCII bytes decode alike as Latin-1.
    const bool nonAscii = hasNonAscii(bytes);
    Attempt utf8Once;
    if (nonAscii)
        utf8Once = decodeWith("UTF-8", bytes);
    const auto decodeAs = [&](const QByteArray &canonical) {
        if (canonical != "UTF-8")
            return decodeWith(canonical, bytes);
        if (nonAscii)
            return utf8Once; // shares the text, no copy
        Attempt ascii;
        ascii.valid = true;
        ascii.text = QString::fromLatin1(bytes);
        return ascii;
    };
    const QByteArray nonAsciiUtf8 = (nonAscii && !utf8Once.errors) ? "UTF-8" : "";
    const QByteArray sniffedUnicode = sniffUnicodeWithoutBom(bytes);

    // 2. Declared charset, then the in-document hint.
    QStringList notes;
    bool anySupported = false;
    for (const auto &[label, canonical] :
         {std::pair{declaredCharset, declared}, std::pair{hintCharset, hint}}) {
        const QByteArray trimmed = label.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (canonical.isEmpty() || !isSupported(canonical)) {
            notes << tr("unsupported encoding %1").arg(QString::fromLatin1(trimmed));
            continue;
        }
        anySupported = true;
        QByteArray effective = canonical;
        if (canonical == "UTF-16" || canonical == "UTF-32") {
            // No BOM: take the byte order from the '<' pattern, else assume big endian (RFC 2781).
            effective = sniffedUnicode.startsWith(canonical) ? sniffedUnicode : canonical + "BE";
            if (sniffedUnicode.isEmpty() && !bytes.isEmpty() && bytes.at(0) != '\0' &&
                (bytes.size() < 2 || bytes.at(1) != '\0')) {
                notes << tr("declared %1 but the bytes are not %1").arg(QString::fromLatin1(canonical));
                continue;
            }
        }
        if (!nonAsciiUtf8.isEmpty() && !isUnicodeFamily(effective) && effective != "GB18030") {
            // Valid multi-byte UTF-8 is almost never meaningful legacy text: the label is wrong.
            notes << tr("declared %1 but the bytes are valid UTF-8").arg(QString::fromLatin1(canonical));
            continue;
        }
        Attempt attempt = decodeAs(effective);
        if (attempt.valid && !attempt.errors) {
            DecodedText out = finish(effective, std::move(attempt));
            if (!notes.isEmpty()) {
                out.overridden = true;
                out.warnings << notes;
            }
            return out;
        }
        notes << tr("declared %1 but the bytes are not valid %1").arg(QString::fromLatin1(canonical));
    }

    const bool anythingDeclared = !declaredCharset.trimmed().isEmpty() || !hintCharset.trimmed().isEmpty();
    if (anythingDeclared && !anySupported && hasNonAscii(bytes) && nonAsciiUtf8.isEmpty()) {
        // Unknown names on non-ASCII, non-UTF-8 bytes: guessing would risk mojibake, say so instead.
        return Error(Error::Code::Encoding, notes.join(QStringLiteral("; ")));
    }

    // 3. Nothing usable declared: BOM-less UTF-16/32, then UTF-8 (the XML default), then detection.
    DecodedText out;
    if (!sniffedUnicode.isEmpty()) {
        Attempt attempt = decodeWith(sniffedUnicode, bytes);
        if (!attempt.errors)
            out = finish(sniffedUnicode, std::move(attempt));
    }
    if (out.encoding.isEmpty()) {
        Attempt utf8 = decodeAs(QByteArrayLiteral("UTF-8"));
        if (!utf8.errors)
            out = finish("UTF-8", std::move(utf8));
    }
    if (out.encoding.isEmpty()) {
        out = fallbackChain(bytes, QByteArrayLiteral("UTF-8"));
        out.guessed = true;
        out.warnings.prepend(tr("encoding guessed as %1").arg(out.encoding));
    }
    if (anythingDeclared) {
        out.overridden = true;
        out.warnings << notes;
    }
    return out;
}

Result<DecodedText> TextDecoder::decodeXml(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    const QByteArray httpCharset = charsetFromContentType(contentType);
    const QByteArray xmlDecl = xmlDeclaredEncoding(bytes);
    const bool textXml =
        mediaType.startsWith("text/") && (mediaType == "text/xml" || mediaType.endsWith("+xml"));
    if (textXml && httpCharset.isEmpty()) {
        // RFC 3023: text/xml without charset is us-ascii; the declaration is only a fallback.
        return decode(bytes, QByteArrayLiteral("us-ascii"), xmlDecl);
    }
    return decode(bytes, httpCharset, xmlDecl);
}

} // namespace ww
