#include "analysis/countrytagger.h"

#include <QHash>

#include <algorithm>

namespace ww {

CountryTagger::CountryTagger(const Gazetteer &gazetteer) : m_matcher(gazetteer) {}

double CountryTagger::kindWeight(Gazetteer::TermKind kind)
{
    // A name is the strongest signal; "Russian" or "the Kremlin" point at the country less directly.
    switch (kind) {
    case Gazetteer::TermKind::Name:
    case Gazetteer::TermKind::Official:
    case Gazetteer::TermKind::Acronym:
        return 1.0;
    case Gazetteer::TermKind::Demonym:
        return 0.7;
    case Gazetteer::TermKind::Capital:
    case Gazetteer::TermKind::Metonym:
        return 0.6;
    case Gazetteer::TermKind::Place:
        return 0.5;
    case Gazetteer::TermKind::Blocker:
        return 0.0;
    }
    return 0.0;
}

bool CountryTagger::isDateline(const QString &text, const CountryMatcher::Match &m)
{
    // "SEOUL (Reuters) -", "MOSCOW, Oct 14 (Reuters) -", "NEW DELHI/SEOUL -", "МОСКВА, 14 окт - РИА".
    if (m.start > 60)
        return false;
    for (int i = 0; i < m.end; ++i) {
        const QChar c = text.at(i);
        if (c.isLower())
            return false;
        if (i < m.start && !(c.isUpper() || c.isSpace() || c == u'/' || c == u'.' || c == u','))
            return false;
    }
    const QStringView rest = QStringView(text).mid(m.end, 48);
    for (QChar c : rest) {
        if (c == u'(' || c == u'-' || c == u'\u2014' || c == u'\u2013' || c == u'/')
            return true;
        if (c == u'\n')
            return false;
    }
    return false;
}

QList<CountryMention> CountryTagger::tag(const QString &title, const QString &text) const
{
    QHash<QString, CountryMention> byCode;
    const QList<CountryMatcher::Match> inTitle = m_matcher.find(title);
    for (const CountryMatcher::Match &m : inTitle) {
        CountryMention &c = byCode[m.code];
        c.code = m.code;
        c.score += c.inTitle ? ExtraTitleMention : TitleBonus;
        c.inTitle = true;
        ++c.count;
    }
    const QList<CountryMatcher::Match> inText = m_matcher.find(text);
    const double length = qMax<qsizetype>(1, text.size());
    for (const CountryMatcher::Match &m : inText) {
        CountryMention &c = byCode[m.code];
        c.code = m.code;
        ++c.count;
        if (c.firstPosition < 0)
            c.firstPosition = m.start;
        if (isDateline(text, m)) {
            c.inDateline = true;
            c.score += DatelineWeight;
            continue;
        }
        // Early mentions weigh up to 1.5x: the lede says what the story is about.
        const double early = 1.0 + 0.5 * (1.0 - double(m.start) / length);
        c.score += kindWeight(m.kind) * early;
    }
    QList<CountryMention> out = byCode.values();
    std::sort(out.begin(), out.end(), [](const CountryMention &a, const CountryMention &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int pa = a.firstPosition < 0 ? -1 : a.firstPosition;
        const int pb = b.firstPosition < 0 ? -1 : b.firstPosition;
        if (pa != pb)
            return pa < pb;
        return a.code < b.code;
    });
    return out;
}

} // namespace ww
