#pragma once

#include <QtGlobal>

#include <array>

namespace ww {

// Per-character tables shared by the country matcher: a case/diacritic/script fold (0 = ignore the
// character: Arabic harakat, soft hyphen, zero-width joiners) and a word class, so that a word boundary
// is any change of class. Built once (64K entries each), read-only afterwards, safe from any thread.
class TextFold
{
public:
    enum CharClass : quint8 { NonWord = 0, Latin = 1, Cyrillic = 2, Hangul = 3, Han = 4, Arabic = 5 };

    static const TextFold &instance();

    std::array<char16_t, 65536> fold{};
    std::array<quint8, 65536> cls{};

private:
    TextFold();
    static quint8 classify(char16_t c);
    static char16_t computeFold(char16_t c);
};

} // namespace ww
