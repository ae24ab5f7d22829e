#pragma once

#include "analysis/countrymatcher.h"
#include "analysis/gazetteer.h"
#include "extract/article.h"

#include <QList>
#include <QString>

namespace ww {

// Which countries an article is about: mentions in the title and the main text (page furniture must
// already be gone), counted and ranked. Build one tagger and keep it: construction compiles the
// gazetteer (a few milliseconds); tag() is const and safe to call from several threads.
class CountryTagger
{
public:
    explicit CountryTagger(const Gazetteer &gazetteer = Gazetteer::builtin());

    // Ordered by score, highest first: the first entry is what the article is about.
    QList<CountryMention> tag(const QString &title, const QString &text) const;

    const CountryMatcher &matcher() const { return m_matcher; }

    // Weights of the ranking, public so tests and the GUI can explain a score.
    static constexpr double TitleBonus = 8.0; // the editor says what it is about: worth ~8 body mentions
    static constexpr double ExtraTitleMention = 0.5;
    static constexpr double DatelineWeight = 0.3;
    static double kindWeight(Gazetteer::TermKind kind);

private:
    static bool isDateline(const QString &text, const CountryMatcher::Match &m);

    CountryMatcher m_matcher;
};

} // namespace ww
