#pragma once

#include "extract/article.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace ww {

// Direct quotes and who said them. Quote marks of the languages we read: "straight", “typographic”,
// «ёлочки», „лапки“, 「Korean/CJK brackets」. The speaker is a person named next to the quote ("X said",
// "said X", "— заявил X"), a pronoun's last-named person, or the lead-in of the seed's shape
// ("spokeswoman Maria Zakharova on ministry website:") carried over the quoted paragraphs that follow.
class QuoteExtractor
{
public:
    // people: full names (PeopleExtractor::extract), used to find and normalise speakers.
    QList<Quote> extract(QStringView text, const QStringList &people) const;

    static constexpr qsizetype MaxTextLength = 1 << 20;
    static constexpr qsizetype MaxQuoteLength = 3000;
    static constexpr qsizetype MaxQuotes = 500;
};

} // namespace ww
