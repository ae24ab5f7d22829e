#include "core/textanchor.h"

#include <QList>

#include <algorithm>
#include <limits>

namespace ww::textanchor {

namespace {

// Levenshtein distance is quadratic: past this size a changed passage is treated as gone.
constexpr int kMaxFuzzyLength = 2000;
constexpr double kMinSimilarity = 0.8;

// Length of the common run of a and b, reading both from their ends (right = false) or starts.
int commonLength(QStringView a, QStringView b, bool fromStart)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    if (fromStart) {
        while (i < n && a[i] == b[i])
            ++i;
    } else {
        while (i < n && a[a.size() - 1 - i] == b[b.size() - 1 - i])
            ++i;
    }
    return int(i);
}

// The text folded for comparison, with a map from each folded character back to its source index.
struct Folded
{
    QString text;
    QList<int> source;
};

QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
        return QLatin1Char('"');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return QLatin1Char('-');
    default:
        return c.toCaseFolded();
    }
}

Folded fold(const QString &text)
{
    Folded f;
    f.text.reserve(text.size());
    f.source.reserve(text.size());
    bool pendingSpace = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace()) {
            pendingSpace = !f.text.isEmpty();
            continue;
        }
        if (pendingSpace) {
            f.text += QLatin1Char(' ');
            f.source << i;
            pendingSpace = false;
        }
        f.text += foldChar(c);
        f.source << i;
    }
    return f;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Picks the best of several exact hits: context agreement first, then closeness to the old position.
std::optional<TextSpan> bestHit(const TextAnchor &a, const QString &haystack, const QString &needle,
                                const QString &prefix, const QString &suffix, const QList<int> *source)
{
    std::optional<TextSpan> best;
    long long bestScore = std::numeric_limits<long long>::min();
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const qsizetype after = at + needle.size();
        // Context is compared without the whitespace next to the quote: folding drops it at the edges.
        const int context =
            commonLength(QStringView(haystack).first(at).trimmed(), QStringView(prefix).trimmed(), false) +
            commonLength(QStringView(haystack).sliced(after).trimmed(), QStringView(suffix).trimmed(), true);
        TextSpan span;
        if (source) {
            span.start = (*source)[at];
            span.end = (*source)[after - 1] + 1;
            span.exact = false;
        } else {
            span.start = int(at);
            span.end = int(after);
        }
        const long long distance = a.start >= 0 ? std::abs(span.start - a.start) : 0;
        // Context dominates; position only breaks ties (a text rarely grows by a million characters).
        const long long score = context * 1000000LL - distance;
        if (score > bestScore) {
            bestScore = score;
            best = span;
        }
    }
    return best;
}

std::optional<TextSpan> fuzzyBetweenContext(const TextAnchor &a, const QString &text)
{
    if (a.quote.size() > kMaxFuzzyLength || a.prefix.isEmpty() || a.suffix.isEmpty())
        return std::nullopt;
    const Folded folded = fold(text);
    const QString prefix = fold(a.prefix).text;
    const QString suffix = fold(a.suffix).text;
    const QString quote = fold(a.quote).text;
    if (prefix.size() < 8 || suffix.size() < 8 || quote.isEmpty())
        return std::nullopt;
    std::optional<TextSpan> best;
    int bestDistance = std::numeric_limits<int>::max();
    for (qsizetype p = folded.text.indexOf(prefix); p >= 0; p = folded.text.indexOf(prefix, p + 1)) {
        const qsizetype from = p + prefix.size();
        const qsizetype s = folded.text.indexOf(suffix, from);
        if (s < 0)
            continue;
        QStringView middle = QStringView(folded.text).sliced(from, s - from).trimmed();
        if (middle.isEmpty() || middle.size() > kMaxFuzzyLength)
            continue;
        const int distance = editDistance(middle, quote);
        const double similarity = 1.0 - double(distance) / double(std::max(middle.size(), quote.size()));
        if (similarity < kMinSimilarity || distance >= bestDistance)
            continue;
        const qsizetype offset = from + (QStringView(folded.text).sliced(from).indexOf(middle));
        bestDistance = distance;
        best = TextSpan{folded.source[offset], folded.source[offset + middle.size() - 1] + 1, false};
    }
    return best;
}

} // namespace

TextAnchor make(const QString &text, int start, int end)
{
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    TextAnchor a;
    a.start = start;
    a.end = end;
    a.quote = text.mid(start, end - start);
    const int prefixFrom = std::max(0, start - kContextLength);
    a.prefix = text.mid(prefixFrom, start - prefixFrom);
    a.suffix = text.mid(end, kContextLength);
    return a;
}

std::optional<TextSpan> locate(const TextAnchor &a, const QString &text)
{
    if (a.quote.trimmed().isEmpty())
        return std::nullopt;
    if (auto exact = bestHit(a, text, a.quote, a.prefix, a.suffix, nullptr))
        return exact;
    const Folded folded = fold(text);
    const QString quote = fold(a.quote).text;
    if (!quote.isEmpty()) {
        if (auto loose =
                bestHit(a, folded.text, quote, fold(a.prefix).text, fold(a.suffix).text, &folded.source))
            return loose;
    }
    return fuzzyBetweenContext(a, text);
}

} // namespace ww::textanchor
