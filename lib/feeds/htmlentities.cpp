#include "feeds/htmlentities.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace ww {

namespace {

struct Entity
{
    const char *name;
    const char32_t *text;
};

constexpr Entity kEntities[] = {
#include "feeds/htmlentitiesdata.inc"
};

bool lessThan(const Entity &entity, QStringView name)
{
    // Names are ASCII; compare byte-wise like the generator's sort.
    const qsizetype len = qsizetype(std::strlen(entity.name));
    const qsizetype n = std::min(len, name.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t a = char16_t(static_cast<unsigned char>(entity.name[i]));
        const char16_t b = name.at(i).unicode();
        if (a != b)
            return a < b;
    }
    return len < name.size();
}

bool equals(const Entity &entity, QStringView name)
{
    return !lessThan(entity, name) && qsizetype(std::strlen(entity.name)) == name.size() &&
           QLatin1String(entity.name) == name;
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// "#233" / "#xE9" -> the character, if it is a valid scalar value.
std::optional<QString> numericReference(QStringView body)
{
    if (body.size() < 2 || body.at(0) != u'#')
        return std::nullopt;
    bool ok = false;
    uint code = 0;
    if (body.at(1) == u'x' || body.at(1) == u'X')
        code = body.mid(2).toUInt(&ok, 16);
    else
        code = body.mid(1).toUInt(&ok, 10);
    if (!ok || code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return std::nullopt;
    // Numeric references to C1 controls mean windows-1252 in practice (HTML5 does the same).
    static const char16_t cp1252[32] = {0x20ac, 0x81,   0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
                                        0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,   0x017d, 0x8f,
                                        0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                        0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,   0x017e, 0x0178};
    if (code >= 0x80 && code <= 0x9f)
        code = cp1252[code - 0x80];
    const char32_t c = char32_t(code);
    return QString::fromUcs4(&c, 1);
}

} // namespace

int HtmlEntities::count()
{
    return int(std::size(kEntities));
}

std::optional<QString> HtmlEntities::lookup(QStringView name)
{
    const auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name, lessThan);
    if (it == std::end(kEntities) || !equals(*it, name))
        return std::nullopt;
    return QString::fromUcs4(it->text, qsizetype(std::char_traits<char32_t>::length(it->text)));
}

QString HtmlEntities::decode(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == u'#')
            ++j;
        while (j < text.size() && isNameChar(text.at(j)) && j - i < 40)
            ++j;
        if (j < text.size() && text.at(j) == u';') {
            const QStringView body = text.mid(i + 1, j - i - 1);
            const std::optional<QString> value =
                body.startsWith(u'#') ? numericReference(body) : lookup(body);
            if (value) {
                out.append(*value);
                i = j + 1;
                continue;
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

QString HtmlEntities::toPlainText(QStringView html)
{
    QString stripped;
    stripped.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        // Only '<' followed by a letter, '/', '!' or '?' starts markup: "a < b" is text.
        const bool markup = c == u'<' && i + 1 < html.size() &&
                            (html.at(i + 1).isLetter() || html.at(i + 1) == u'/' || html.at(i + 1) == u'!' ||
                             html.at(i + 1) == u'?');
        if (!markup) {
            stripped.append(c);
            ++i;
            continue;
        }
        if (html.mid(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        // The tag ends at the first '>' outside a quoted attribute value (alt="a<br>b").
        qsizetype end = i + 1;
        QChar quote, previous;
        for (; end < html.size(); ++end) {
            const QChar ch = html.at(end);
            if (!quote.isNull()) {
                if (ch == quote)
                    quote = QChar();
            } else if ((ch == u'"' || ch == u'\'') && previous == u'=') {
                quote = ch;
            } else if (ch == u'>') {
                break;
            }
            if (!ch.isSpace())
                previous = ch;
        }
        if (end >= html.size())
            break;
        const QStringView tag = html.mid(i + 1, end - i - 1);
        i = end + 1;
        for (const QStringView skip : {QStringView(u"script"), QStringView(u"style")}) {
            if (tag.startsWith(skip, Qt::CaseInsensitive)) {
                const QString close = QLatin1String("</") + skip.toString();
                const qsizetype closeAt = html.indexOf(close, i, Qt::CaseInsensitive);
                i = closeAt < 0 ? html.size() : closeAt;
            }
        }
        // Block-level tags separate words.
        if (tag.startsWith(u"br", Qt::CaseInsensitive) || tag.startsWith(u"p", Qt::CaseInsensitive) ||
            tag.startsWith(u"/p", Qt::CaseInsensitive) || tag.startsWith(u"div", Qt::CaseInsensitive))
            stripped.append(u' ');
    }
    return decode(stripped).simplified();
}

} // namespace ww
