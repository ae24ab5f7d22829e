#include "analysis/textfold.h"

#include <QChar>
#include <QString>

namespace ww {

const TextFold &TextFold::instance()
{
    static const TextFold tables;
    return tables;
}

TextFold::TextFold()
{
    for (int i = 0; i < 65536; ++i) {
        const auto c = char16_t(i);
        cls[size_t(i)] = classify(c);
        fold[size_t(i)] = computeFold(c);
    }
}

quint8 TextFold::classify(char16_t c)
{
    if (c >= 0xD800 && c <= 0xDFFF)
        return Latin; // astral letters: rare; never split a word on them
    if ((c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
        return Arabic; // harakat and tatweel sit inside Arabic words
    const QChar q(c);
    if (!q.isLetterOrNumber() && !q.isMark())
        return NonWord;
    switch (q.script()) {
    case QChar::Script_Cyrillic:
        return Cyrillic;
    case QChar::Script_Hangul:
        return Hangul;
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return Han;
    case QChar::Script_Arabic:
        return Arabic;
    default:
        return Latin;
    }
}

char16_t TextFold::computeFold(char16_t c)
{
    const QChar q(c);
    if (q.isSpace())
        return u' ';
    if ((c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
        return 0;
    switch (c) {
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return 0;
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032:
        return u'\'';
    case 0x2010:
    case 0x2011:
        return u'-';
    case 0x0401:
    case 0x0451: // ё is written as е half the time
        return 0x0435;
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671: // alef variants
        return 0x0627;
    case 0x0649:
    case 0x06CC: // alef maqsura, Farsi yeh
        return 0x064A;
    case 0x0629: // teh marbuta is often typed as heh
        return 0x0647;
    case 0x06A9: // Farsi keheh
        return 0x0643;
    default:
        break;
    }
    if (c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF)) {
        // Latin diacritics off: "Türkiye", "Côte d'Ivoire", "São Tomé" as typed without them.
        const QString dec = q.decomposition();
        if (q.decompositionTag() == QChar::Canonical && !dec.isEmpty() && dec.at(0).unicode() < 0x80)
            return char16_t(dec.at(0).toCaseFolded().unicode());
    }
    if (q.isMark() && c >= 0x0300 && c <= 0x036F)
        return 0;
    return char16_t(q.toCaseFolded().unicode());
}

} // namespace ww
