#pragma once

#include <QString>
#include <QStringList>

namespace ww {

// Translates the analyst's search syntax into a safe FTS5 MATCH string (SQLite) or tsquery literal
// (PostgreSQL): every term is quoted, operators are
// only ever ours, and the result is always bound as a parameter. Syntax: words (implicit AND), "phrases",
// AND / OR / NOT (upper case), -word, word* (prefix), parentheses. Hangul words match as prefixes
// (particles attach to the noun: 러시아 finds 러시아는), Russian/Ukrainian words by a light stem prefix
// (Россия finds России). Phrases match exactly.
class FtsQuery
{
public:
    // An empty result means "nothing searchable" (the caller returns no rows).
    static QString toFts5(const QString &userQuery);
    // The same query as a tsquery literal over documents built from tokens(); cast with CAST(? AS tsquery).
    // No PostgreSQL parser or dictionary is involved, so matches do not depend on the server's locale.
    static QString toTsQuery(const QString &userQuery);
    // unicode61's folding (lower case, no combining marks, ё -> е), shared by documents and queries.
    static QString fold(const QString &text);
    // The folded words of a text as FTS5's unicode61 tokenizer splits them (letters, numbers, private use).
    static QStringList tokens(const QString &text);
    // Text normalisation applied to both indexed text and queries (ё -> е).
    static QString normalize(const QString &text);
    // The stem used for a Cyrillic word, or the word itself when it is too short to stem.
    static QString cyrillicStem(const QString &word);
};

} // namespace ww
