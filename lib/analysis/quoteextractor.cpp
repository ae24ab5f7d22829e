#include "analysis/quoteextractor.h"

#include "analysis/peopleextractor.h"

#include <QRegularExpression>

#include <algorithm>

namespace ww {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

struct Span
{
    qsizetype start = 0; // the opening mark
    qsizetype end = 0;   // one past the closing mark
    QString text;        // between the marks
};

// Quote spans in one paragraph, in one left-to-right pass. A regular expression with "anything but the
// closing mark" backtracks quadratically on hostile text full of unclosed marks; here every closing
// mark is searched from a cached position that only moves forward, so the work stays linear.
QList<Span> quoteSpans(const QString &p, qsizetype maxLength)
{
    struct Pair
    {
        char16_t open;
        char16_t close;
        char16_t altClose;
        bool nests;
        qsizetype next = -1; // cached position of the next closing mark
    };
    Pair pairs[] = {
        {u'"', u'"', u'"', false},
        {u'\u201C', u'\u201D', u'\u201D', false},
        {u'\u00AB', u'\u00BB', u'\u00BB', true},
        {u'\u201E', u'\u201C', u'\u201D', false},
        {u'\u300C', u'\u300D', u'\u300D', false},
        {u'\u300E', u'\u300F', u'\u300F', false},
    };
    const qsizetype n = p.size();
    const auto nextClose = [&](Pair &pair, qsizetype from) {
        if (pair.next < from && pair.next != n) {
            qsizetype a = p.indexOf(QChar(pair.close), from);
            qsizetype b = pair.altClose == pair.close ? -1 : p.indexOf(QChar(pair.altClose), from);
            a = a < 0 ? n : a;
            b = b < 0 ? n : b;
            pair.next = std::min(a, b);
        }
        return pair.next;
    };
    QList<Span> out;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        for (Pair &pair : pairs) {
            if (c != pair.open)
                continue;
            qsizetype j = nextClose(pair, i + 1);
            if (pair.nests) {
                // «a «b» c»: each inner opening mark needs one more closing mark.
                qsizetype depth = 1;
                qsizetype k = i + 1;
                while (j < n && j - i <= maxLength) {
                    for (; k < j; ++k)
                        depth += p[k] == QChar(pair.open) ? 1 : 0;
                    if (--depth == 0)
                        break;
                    k = j + 1;
                    j = p.indexOf(QChar(pair.close), j + 1);
                    j = j < 0 ? n : j;
                }
                if (depth != 0)
                    j = n;
            }
            if (j >= n || j - i > maxLength)
                break; // unclosed or too long: not a quote
            const QString text = p.mid(i + 1, j - i - 1);
            if (!text.contains(QLatin1Char('\n'))) {
                out.append(Span{i, j + 1, text});
                i = j;
            }
            break;
        }
    }
    return out;
}

bool isOpeningQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x00AB) || c == QChar(0x201E) ||
           c == QChar(0x300C) || c == QChar(0x300E);
}

// Quote lengths are checked after matching: bounded repeats make PCRE2's compiled pattern too large.
// Scare quotes ("bigger") are not quotes: a quote has a few words, or a few characters in CJK.
bool substantial(const QString &q)
{
    const QChar first = q.trimmed().isEmpty() ? QChar() : q.trimmed().front();
    if (first.script() == QChar::Script_Han || first.script() == QChar::Script_Hangul)
        return q.size() >= 8;
    return q.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 4;
}

bool hasPronounSpeech(const QString &context)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(?:he|she|they)\s+(?:said|says|added|told|wrote)\b|\b(?:said|added)\s+(?:he|she)\b|)"
            R"((?:сказал|заявил|отметил|добавил)[аи]?\s+(?:он|она)|(?:он|она)\s+(?:сказал|заявил)|)"
            R"((?:сказав|заявив|додав|зазначив)(?:ла)?\s+(?:він|вона)|그는|그녀는)"),
        QRegularExpression::CaseInsensitiveOption | Unicode);
    return re.match(context).hasMatch();
}

QString cleanQuote(QString q)
{
    q = q.trimmed();
    while (!q.isEmpty() && (q.back() == QLatin1Char(',') || q.back() == QLatin1Char(' ')))
        q.chop(1);
    return q;
}

} // namespace

QList<Quote> QuoteExtractor::extract(QStringView input, const QStringList &people) const
{
    QList<Quote> quotes;
    const QString text = input.left(MaxTextLength).toString();
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    QString carried;    // speaker of a "X on ministry website:" lead-in
    QString lastPerson; // for "he said"
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.!?。](?=\s|$))"));

    for (const QString &raw : paragraphs) {
        const QString p = raw.trimmed();
        if (p.isEmpty())
            continue;
        const auto mentions = PeopleExtractor::mentions(people, p);

        // A short lead-in that ends with a colon hands its speaker to the quoted paragraphs below it.
        if (p.endsWith(QLatin1Char(':')) && p.size() < 300 && !mentions.isEmpty()) {
            carried = mentions.back().person;
            lastPerson = carried;
            continue;
        }
        const bool quoteParagraph = isOpeningQuote(p.front());
        if (!quoteParagraph)
            carried.clear();

        // Sentence ends (one past the mark), computed once per paragraph.
        QList<qsizetype> stops;
        for (auto it = sentenceEnd.globalMatch(p); it.hasNext();)
            stops.append(it.next().capturedEnd());
        for (const Span &span : quoteSpans(p, MaxQuoteLength)) {
            const QString q = cleanQuote(span.text);
            if (!substantial(q))
                continue;
            QString speaker = carried;
            if (speaker.isEmpty()) {
                // The sentence around the quote, outside it.
                const auto next = std::lower_bound(stops.cbegin(), stops.cend(), span.end);
                // A sentence longer than this around a quote is run-on text; only its near part names the
                // speaker.
                const qsizetype end = std::min(next == stops.cend() ? p.size() : *next, span.end + 400);
                const auto prev = std::upper_bound(stops.cbegin(), stops.cend(), span.start);
                const qsizetype begin = std::max(
                    prev == stops.cbegin() ? 0 : std::min(*std::prev(prev), span.start), span.start - 400);
                const QString context =
                    p.mid(begin, span.start - begin) + QLatin1Char(' ') + p.mid(span.end, end - span.end);
                const QString before = p.mid(begin, span.start - begin);
                const auto inAfter = PeopleExtractor::mentions(people, p.mid(span.end, end - span.end));
                const auto inBefore = PeopleExtractor::mentions(people, before);
                if (!inAfter.isEmpty() && inAfter.front().position < 60)
                    speaker = inAfter.front().person;
                else if (!inBefore.isEmpty())
                    speaker = inBefore.back().person;
                else if (!inAfter.isEmpty())
                    speaker = inAfter.front().person;
                else if (hasPronounSpeech(context))
                    speaker = lastPerson;
            }
            quotes.append(Quote{speaker, q});
            if (quotes.size() >= MaxQuotes)
                return quotes;
        }
        if (!mentions.isEmpty())
            lastPerson = mentions.back().person;
    }
    return quotes;
}

} // namespace ww
