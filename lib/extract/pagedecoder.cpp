#include "extract/pagedecoder.h"

namespace ww {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct Attr
{
    QByteArray name;
    QByteArray value;
};

// The spec's "get an attribute" step. Returns false at the end of the tag.
bool nextAttribute(const QByteArray &b, qsizetype &i, qsizetype end, Attr &attr)
{
    while (i < end && (isSpace(b.at(i)) || b.at(i) == '/'))
        ++i;
    if (i >= end || b.at(i) == '>')
        return false;
    attr = {};
    while (i < end) {
        const char c = b.at(i);
        if (c == '=' && !attr.name.isEmpty())
            break;
        if (isSpace(c) || c == '/' || c == '>')
            break;
        attr.name.append(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
        ++i;
    }
    while (i < end && isSpace(b.at(i)))
        ++i;
    if (i >= end || b.at(i) != '=')
        return true; // attribute without a value
    ++i;
    while (i < end && isSpace(b.at(i)))
        ++i;
    if (i >= end)
        return true;
    const char quote = b.at(i);
    if (quote == '"' || quote == '\'') {
        ++i;
        while (i < end && b.at(i) != quote)
            attr.value.append(b.at(i++));
        ++i;
        return true;
    }
    while (i < end && !isSpace(b.at(i)) && b.at(i) != '>')
        attr.value.append(b.at(i++));
    return true;
}

QByteArray specAdjusted(QByteArray label)
{
    label = label.trimmed().toLower();
    // A page cannot really be UTF-16 if an ASCII prescan read it; x-user-defined is windows-1252.
    if (label.startsWith("utf-16"))
        return QByteArrayLiteral("utf-8");
    if (label == "x-user-defined")
        return QByteArrayLiteral("windows-1252");
    return label;
}

} // namespace

QByteArray PageDecoder::charsetFromMetaContent(const QByteArray &content)
{
    const QByteArray lower = content.toLower();
    qsizetype from = 0;
    while (true) {
        qsizetype pos = lower.indexOf("charset", from);
        if (pos < 0)
            return {};
        pos += 7;
        while (pos < lower.size() && isSpace(lower.at(pos)))
            ++pos;
        if (pos >= lower.size() || lower.at(pos) != '=') {
            from = pos;
            continue;
        }
        ++pos;
        while (pos < lower.size() && isSpace(lower.at(pos)))
            ++pos;
        if (pos >= lower.size())
            return {};
        QByteArray value;
        const char quote = lower.at(pos);
        if (quote == '"' || quote == '\'') {
            const qsizetype close = lower.indexOf(quote, pos + 1);
            if (close < 0)
                return {};
            return content.mid(pos + 1, close - pos - 1).trimmed();
        }
        while (pos < lower.size() && !isSpace(lower.at(pos)) && lower.at(pos) != ';')
            value.append(content.at(pos++));
        return value;
    }
}

QByteArray PageDecoder::prescan(const QByteArray &bytes, qsizetype window)
{
    const qsizetype end = qMin(bytes.size(), window);
    qsizetype i = 0;
    while (i < end) {
        if (bytes.at(i) != '<') {
            ++i;
            continue;
        }
        if (bytes.mid(i, 4) == "<!--") {
            const qsizetype close = bytes.indexOf("-->", i + 4);
            if (close < 0)
                return {};
            i = close + 3;
            continue;
        }
        if (i + 5 < end && bytes.mid(i + 1, 4).toLower() == "meta" &&
            (isSpace(bytes.at(i + 5)) || bytes.at(i + 5) == '/')) {
            i += 5;
            bool gotPragma = false;
            bool needPragma = false;
            QByteArray charset;
            QList<QByteArray> seen;
            Attr attr;
            while (nextAttribute(bytes, i, end, attr)) {
                if (seen.contains(attr.name))
                    continue;
                seen.append(attr.name);
                if (attr.name == "http-equiv") {
                    if (attr.value.trimmed().toLower() == "content-type")
                        gotPragma = true;
                } else if (attr.name == "content" && charset.isEmpty()) {
                    const QByteArray found = charsetFromMetaContent(attr.value);
                    if (!found.isEmpty()) {
                        charset = found;
                        needPragma = true;
                    }
                } else if (attr.name == "charset") {
                    charset = attr.value;
                    needPragma = false;
                }
            }
            if (!charset.isEmpty() && (!needPragma || gotPragma))
                return specAdjusted(charset);
            continue;
        }
        const bool isEndTag = i + 1 < end && bytes.at(i + 1) == '/';
        const qsizetype nameAt = i + (isEndTag ? 2 : 1);
        const char first = nameAt < end ? bytes.at(nameAt) : '\0';
        if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
            // Skip an ordinary tag with its attributes, so quoted '>' or "<meta" inside values don't fool us.
            i = nameAt;
            while (i < end && !isSpace(bytes.at(i)) && bytes.at(i) != '>')
                ++i;
            Attr ignored;
            while (nextAttribute(bytes, i, end, ignored)) {
            }
            ++i;
            continue;
        }
        if (first == '!' || first == '?' || isEndTag) {
            const qsizetype close = bytes.indexOf('>', i + 1);
            if (close < 0)
                return {};
            i = close + 1;
            continue;
        }
        ++i;
    }
    return {};
}

Result<DecodedText> PageDecoder::decode(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArray httpCharset = TextDecoder::charsetFromContentType(contentType);
    // Only pay for the prescan when nothing stronger decides.
    QByteArray metaCharset;
    if (TextDecoder::bomEncoding(bytes).isEmpty())
        metaCharset = prescan(bytes);
    return TextDecoder::decode(bytes, httpCharset, metaCharset);
}

} // namespace ww
