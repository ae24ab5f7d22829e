#pragma once

#include "analysis/gazetteer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace ww {

// Finds every gazetteer term in a text in one left-to-right pass: a character trie over case-folded
// text, tried only at word starts (every position for Chinese), leftmost-longest, with inflected
// endings for Russian/Ukrainian, particles for Korean, attached prefixes for Arabic, and the context
// vetoes of Gazetteer::Rules. Built once from a gazetteer; find() is const and thread-safe.
class CountryMatcher
{
public:
    struct Match
    {
        QString code; // never empty: blockers are consumed silently
        Gazetteer::TermKind kind = Gazetteer::TermKind::Name;
        int start = 0;
        int end = 0; // one past the last character, inflection included
    };

    explicit CountryMatcher(const Gazetteer &gazetteer);
    ~CountryMatcher();
    CountryMatcher(const CountryMatcher &) = delete;
    CountryMatcher &operator=(const CountryMatcher &) = delete;

    QList<Match> find(QStringView text) const;
    int patternCount() const;

    // Case/diacritic/script folding used on both the patterns and the text (0 = character ignored).
    static char16_t foldChar(char16_t c);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ww
