#pragma once

#include <QString>

namespace ww {

// Translates the analyst's search syntax into a safe FTS5 MATCH string: every term is quoted, operators are
// only ever ours, and the result is always bound as a parameter. Syntax: words (implicit AND), "phrases",
// AND / OR / NOT (upper case), -word, word* (prefix), parentheses. Hangul words match as prefixes
// (particles attach to the noun: 러시아 finds 러시아는), Russian/Ukrainian words by a light stem prefix
// (Россия finds России). Phrases match exactly.
class FtsQuery
{
public:
    // An empty result means "nothing searchable" (the caller returns no rows).
    static QString toFts5(const QString &userQuery);
    // Text normalisation applied to both indexed text and queries (ё -> е).
    static QString normalize(const QString &text);
    // The stem used for a Cyrillic word, or the word itself when it is too short to stem.
    static QString cyrillicStem(const QString &word);
};

} // namespace ww
