#include "analysis/countrymatcher.h"
#include "analysis/textfold.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace ww {

namespace {

using CharClass = TextFold::CharClass;
constexpr quint8 NonWord = TextFold::NonWord, Latin = TextFold::Latin, Cyrillic = TextFold::Cyrillic,
                 Hangul = TextFold::Hangul, Han = TextFold::Han, Arabic = TextFold::Arabic;

constexpr char16_t EndingMarker = 0xFFFF; // trie edge: "an allowed inflectional ending goes here"
using Tables = TextFold;
const TextFold &tables()
{
    return TextFold::instance();
}

// Inflections allowed after a stemmed Russian/Ukrainian word; particles after a Korean name;
// suffixes after an Arabic name (nisba adjectives, pronouns). Endings are kept folded.
// Space-separated; the empty ending is always allowed.
const char16_t CyrillicEndings[] =
    u"а я о е и ы у ю і ї й ь ой ей ою ею єю ом ем ам ям ах ях ий ый ій ая яя ое ее ые ие ого его ому ему ых "
    u"их ым им ую юю ої ім іх ами ями ыми ими ії ію ієї ією іми ів ов ев ці цям";
// Space-separated; the empty ending is always allowed.
const char16_t HangulEndings[] =
    u"은 는 이 가 을 를 의 에 에서 에게 에는 에도 와 과 도 만 로 으로 과의 와의 과는 와는 이나 나 까지 부터 "
    u"보다 처럼 측 측은 측이 측의 측에 산 인 인들 인은 인이 군 군은 군이 군의 군과 정부 정부는 정부가 정부의 "
    u"당국 당국은 어 내 에선 이라는 라는 이다 이며 제 엔 쪽 측과 과도 와도 만의 이고";
// Space-separated; the empty ending is always allowed.
const char16_t ArabicEndings[] = u"ي يه يين يون ه ها يا";

// At most 4 UTF-16 units per ending, packed into one integer for a hash lookup.
quint64 packEnding(QStringView s)
{
    quint64 key = quint64(s.size()) << 60;
    for (int i = 0; i < s.size() && i < 3; ++i)
        key |= quint64(s.at(i).unicode()) << (16 * i);
    if (s.size() == 4)
        key ^= quint64(s.at(3).unicode()) * 0x9E3779B97F4A7C15ULL; // 4-syllable particles are few
    return key;
}

QSet<quint64> endingSet(const char16_t *list)
{
    QSet<quint64> out{packEnding(QStringView())};
    for (QStringView e : QStringView(list).split(u' ', Qt::SkipEmptyParts))
        out.insert(packEnding(e));
    return out;
}

bool isCyrillicVowelEnd(QChar c)
{
    return QStringView(u"аяоеиыуюіїйь").contains(c);
}

bool isAdjectiveEnding(QStringView w)
{
    static const char16_t *const ends[] = {u"ий", u"ый", u"ой", u"ая", u"яя",
                                           u"ое", u"ее", u"ие", u"ые", u"ій"};
    for (const char16_t *e : ends) {
        if (w.endsWith(QStringView(e)))
            return true;
    }
    return false;
}

// Title-case words that follow or precede a country name without making it a person's name.
bool isTitleWord(QStringView w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const QString list = QStringLiteral(
            "president prime minister foreign defence defense army military government king queen "
            "parliament says said is has will and to in on at for the of police troops forces border "
            "capital election elections coup junta protests talks deal court from with but by both while as "
            "across neighbouring neighboring northern southern eastern western central visit visits "
            "hashemite republic if since why how what when where like unlike into than toward towards "
            "against about after before over under near via including ally allies a an or nor not no new "
            "old war ministry embassy officials leader leaders economy media state national bank u.s. us un "
            "u.n. eu nato africa asia europe amid urges warns calls backs blames accuses slams rejects vs "
            "this that these those its their our his her we they it he she ");
        for (QStringView word : QStringView(list).split(u' ', Qt::SkipEmptyParts))
            s.insert(word.toString());
        return s;
    }();
    return words.contains(w.toString().toLower());
}

struct TermInfo
{
    QString code;
    QString text;
    Gazetteer::TermKind kind = Gazetteer::TermKind::Name;
    quint8 script = Latin;
    bool needCapital = false;
    bool exactCase = false;
    bool person = false;
    QStringList vetoBefore;
    QStringList vetoAfter;
};

struct Terminal
{
    int term;
    int next; // next terminal on the same node, -1 at the end
};

} // namespace

struct CountryMatcher::Impl
{
    const Tables &t = tables();
    std::vector<qint32> root = std::vector<qint32>(65536, -1);
    std::vector<quint64> keys; // open-addressed (node << 16 | char) -> child
    std::vector<qint32> vals;
    quint64 mask = 0;
    int shift = 0;
    std::vector<qint32> nodeTerminal{-1}; // node -> first terminal; node 0 is the root
    std::vector<qint32> nodeEnding;       // node -> child over EndingMarker (-1): saves a probe per character
    // Prefix filters that fit in cache: most words share no 2- or 3-letter prefix with any pattern, so
    // they are rejected before the trie (whose hash table does not fit in L1/L2) is touched.
    std::vector<quint64> bigram = std::vector<quint64>((1 << 16) / 64, 0);
    std::vector<quint64> shortBigram = std::vector<quint64>((1 << 16) / 64, 0);
    std::vector<quint64> trigram = std::vector<quint64>((1 << 20) / 64, 0);
    std::vector<quint64> shortTrigram = std::vector<quint64>((1 << 20) / 64, 0);
    std::vector<quint64> quadgram = std::vector<quint64>((1 << 20) / 64, 0);
    static quint32 hash2(char16_t a, char16_t b)
    {
        return quint32((quint64(a) << 16 | b) * 0x9E3779B97F4A7C15ULL >> 48);
    }
    static quint32 hash3(char16_t a, char16_t b, char16_t c)
    {
        return quint32(((quint64(a) << 32) | (quint64(b) << 16) | c) * 0x9E3779B97F4A7C15ULL >> 44);
    }
    static void setBit(std::vector<quint64> &bits, quint32 i) { bits[i >> 6] |= quint64(1) << (i & 63); }
    static bool bit(const std::vector<quint64> &bits, quint32 i) { return bits[i >> 6] >> (i & 63) & 1; }
    void addPrefix(const QString &pattern)
    {
        if (pattern.size() < 2)
            return; // not produced by addTerm; the filter is bypassed for safety below
        const char16_t a = pattern.at(0).unicode(), b = pattern.at(1).unicode();
        setBit(bigram, hash2(a, b));
        if (pattern.size() < 3 || b == EndingMarker || pattern.at(2).unicode() == EndingMarker)
            setBit(shortBigram, hash2(a, b));
        else
            setBit(trigram, hash3(a, b, pattern.at(2).unicode()));
        if (pattern.size() < 3 || b == EndingMarker || pattern.at(2).unicode() == EndingMarker)
            return;
        const char16_t c = pattern.at(2).unicode();
        if (pattern.size() < 4 || pattern.at(3).unicode() == EndingMarker)
            setBit(shortTrigram, hash3(a, b, c));
        else
            setBit(quadgram, hash3(char16_t(a * 31 + b), c, pattern.at(3).unicode()));
    }

    // False when no pattern can start here; true means "walk the trie".
    bool mayStartAt(const char16_t *s, int n, int start) const
    {
        if (start + 2 > n)
            return true;
        const char16_t a = t.fold[s[start]], b = t.fold[s[start + 1]];
        // A one-character pattern ends at punctuation too ("北, ..."): only letters go through the filter.
        if (a == 0 || b == 0 || b == u' ' || t.cls[s[start + 1]] == NonWord)
            return true;
        const quint32 h2 = hash2(a, b);
        if (!bit(bigram, h2))
            return false;
        if (bit(shortBigram, h2) || start + 3 > n)
            return true;
        const char16_t c = t.fold[s[start + 2]];
        if (c == 0 || c == u' ')
            return true;
        const quint32 h3 = hash3(a, b, c);
        if (!bit(trigram, h3))
            return false;
        if (bit(shortTrigram, h3) || start + 4 > n)
            return true;
        const char16_t d = t.fold[s[start + 3]];
        return d == 0 || d == u' ' || bit(quadgram, hash3(char16_t(a * 31 + b), c, d));
    }
    std::vector<Terminal> terminals;
    std::vector<TermInfo> terms;
    QSet<quint64> cyrEndings = endingSet(CyrillicEndings);
    QSet<quint64> hangulEndings = endingSet(HangulEndings);
    QSet<quint64> arabicEndings = endingSet(ArabicEndings);
    QStringList usStates;
    QHash<quint64, qint32> building; // used while compiling only
    static quint64 edgeKey(qint32 node, char16_t c) { return (quint64(quint32(node)) << 16) | c; }
    qint32 child(qint32 node, char16_t c) const
    {
        if (node == 0)
            return c == EndingMarker ? -1 : root[c];
        const quint64 key = edgeKey(node, c);
        quint64 h = (key * 0x9E3779B97F4A7C15ULL) >> shift;
        while (true) {
            const quint64 k = keys[h];
            if (k == key)
                return vals[h];
            if (k == ~quint64(0))
                return -1;
            h = (h + 1) & mask;
        }
    }
    qint32 addChild(qint32 node, char16_t c)
    {
        if (node == 0 && c != EndingMarker) {
            if (root[c] < 0) {
                root[c] = qint32(nodeTerminal.size());
                nodeTerminal.push_back(-1);
            }
            return root[c];
        }
        const quint64 key = edgeKey(node, c);
        auto it = building.constFind(key);
        if (it != building.constEnd())
            return *it;
        const qint32 n = qint32(nodeTerminal.size());
        nodeTerminal.push_back(-1);
        building.insert(key, n);
        return n;
    }
    void freeze()
    {
        quint64 size = 64;
        while (size < quint64(building.size()) * 2)
            size <<= 1;
        shift = 64;
        for (quint64 s = size; s > 1; s >>= 1)
            --shift;
        mask = size - 1;
        keys.assign(size, ~quint64(0));
        vals.assign(size, -1);
        for (auto it = building.constBegin(); it != building.constEnd(); ++it) {
            quint64 h = (it.key() * 0x9E3779B97F4A7C15ULL) >> shift;
            while (keys[h] != ~quint64(0))
                h = (h + 1) & mask;
            keys[h] = it.key();
            vals[h] = it.value();
        }
        nodeEnding.assign(nodeTerminal.size(), -1);
        for (auto it = building.constBegin(); it != building.constEnd(); ++it) {
            if ((it.key() & 0xFFFF) == EndingMarker)
                nodeEnding[size_t(it.key() >> 16)] = it.value();
        }
        building.clear();
    }

    QString foldString(QStringView s) const
    {
        QString out;
        out.reserve(s.size());
        for (QChar c : s) {
            const char16_t f = t.fold[c.unicode()];
            if (f == 0 || (f == u' ' && (out.isEmpty() || out.endsWith(QLatin1Char(' ')))))
                continue;
            out.append(QChar(f));
        }
        return out.trimmed();
    }
    void insertPattern(const QString &pattern, int term)
    {
        addPrefix(pattern);
        qint32 node = 0;
        for (QChar c : pattern)
            node = addChild(node, c.unicode());
        terminals.push_back(Terminal{term, nodeTerminal[size_t(node)]});
        nodeTerminal[size_t(node)] = qint32(terminals.size() - 1);
    }

    // Russian/Ukrainian: each word of four or more letters becomes stem + ending slot.
    QString cyrillicPattern(const QString &folded) const
    {
        QString out;
        QString word;
        auto flush = [&] {
            if (word.size() >= 4) {
                int cut = 0;
                if (word.size() >= 5 && isAdjectiveEnding(word))
                    cut = 2; // "южная" -> "южн": adjective stems may be short
                else if (isCyrillicVowelEnd(word.back()))
                    cut = 1;
                if (word.size() - cut >= (cut == 2 ? 3 : 4)) {
                    out += QStringView(word).left(word.size() - cut);
                    out += QChar(EndingMarker);
                    word.clear();
                    return;
                }
            }
            out += word;
            word.clear();
        };
        for (QChar c : folded) {
            if (t.cls[c.unicode()] == Cyrillic) {
                word += c;
            } else {
                flush();
                out += c;
            }
        }
        flush();
        return out;
    }
    void addTerm(const Gazetteer::Term &term, const Gazetteer::Rules &rules)
    {
        QString folded = foldString(term.text);
        if (folded.startsWith(QLatin1String("the ")) && term.kind != Gazetteer::TermKind::Blocker)
            folded.remove(0,
                          4); // "The Gambia", "The Hague": the article adds nothing and is the commonest word
        if (folded.isEmpty())
            return;
        TermInfo info;
        info.code = term.code;
        info.text = term.text;
        info.kind = term.kind;
        info.script = NonWord;
        for (QChar c : folded) {
            if (t.cls[c.unicode()] != NonWord) {
                info.script = t.cls[c.unicode()];
                break;
            }
        }
        const bool cased = info.script == Latin || info.script == Cyrillic;
        const bool blocker = term.kind == Gazetteer::TermKind::Blocker;
        info.exactCase = term.kind == Gazetteer::TermKind::Acronym && cased;
        // Russian adjectives and demonyms are lower-case; everything else names a place with a capital.
        info.needCapital = cased && !blocker && !info.exactCase &&
                           !(info.script == Cyrillic && term.kind == Gazetteer::TermKind::Demonym);
        info.person = rules.person.contains(term.text);
        for (const QString &v : rules.vetoBefore.value(term.text))
            info.vetoBefore.append(foldString(v));
        for (const QString &v : rules.vetoAfter.value(term.text))
            info.vetoAfter.append(foldString(v));
        const int id = int(terms.size());
        terms.push_back(info);

        QStringList patterns;
        switch (info.script) {
        case Cyrillic:
            patterns << (info.exactCase ? folded : cyrillicPattern(folded));
            break;
        case Hangul:
            patterns << folded + QChar(EndingMarker);
            break;
        case Arabic:
            patterns << folded + QChar(EndingMarker);
            // "للصين" = li + al-Sin: the article's alef drops after the preposition.
            if (folded.startsWith(QStringView(u"ال")))
                patterns << QStringView(u"لل") + QStringView(folded).mid(2) + QChar(EndingMarker);
            break;
        default:
            patterns << folded;
            break;
        }
        for (const QString &p : patterns)
            insertPattern(p, id);
    }
    bool endingAllowed(QStringView text, int from, int to, quint8 script) const
    {
        QString folded;
        for (int i = from; i < to; ++i) {
            const char16_t f = t.fold[text[i].unicode()];
            if (f != 0)
                folded.append(QChar(f));
        }
        if (folded.size() > 4)
            return false;
        const quint64 key = packEnding(folded);
        if (script == Cyrillic)
            return cyrEndings.contains(key);
        if (script == Hangul)
            return hangulEndings.contains(key);
        return arabicEndings.contains(key);
    }
    bool accept(const TermInfo &term, QStringView text, int start, int end) const;

    // Longest accepted match starting at `start`: returns the end (or -1) and the term through `termOut`.
    int longestAt(QStringView text, int start, int &termOut) const
    {
        struct Frame
        {
            qint32 node;
            int pos;
        };
        Frame stack[16];
        int sp = 0;
        stack[sp++] = Frame{0, start};
        int bestEnd = -1;
        const int n = int(text.size());
        while (sp > 0) {
            Frame f = stack[--sp];
            qint32 node = f.node;
            int pos = f.pos;
            while (true) {
                for (qint32 ti = node ? nodeTerminal[size_t(node)] : -1; ti >= 0;
                     ti = terminals[size_t(ti)].next) {
                    const int term = terminals[size_t(ti)].term;
                    if (pos > bestEnd && accept(terms[size_t(term)], text, start, pos)) {
                        bestEnd = pos;
                        termOut = term;
                    }
                }
                if (node != 0) {
                    const qint32 e = nodeEnding[size_t(node)];
                    if (e >= 0 && sp < 16) {
                        const quint8 script = t.cls[text[pos - 1].unicode()];
                        int q = pos;
                        while (q < n && q - pos <= 4 && t.cls[text[q].unicode()] == script)
                            ++q;
                        if (endingAllowed(text, pos, q, script))
                            stack[sp++] = Frame{e, q};
                    }
                }
                if (pos >= n)
                    break;
                const char16_t fc = t.fold[text[pos].unicode()];
                if (fc == 0) {
                    ++pos;
                    continue;
                }
                const qint32 next = child(node, fc);
                if (next < 0)
                    break;
                node = next;
                ++pos;
                if (fc == u' ') {
                    while (pos < n && t.fold[text[pos].unicode()] == u' ')
                        ++pos;
                }
            }
        }
        return bestEnd;
    }
};

bool CountryMatcher::Impl::accept(const TermInfo &term, QStringView text, int start, int end) const
{
    const int n = int(text.size());
    // Word boundary at the end, except after Chinese characters, which have none.
    if (end < n) {
        const quint8 last = t.cls[text[end - 1].unicode()];
        if (last != NonWord && last != Han && t.cls[text[end].unicode()] == last)
            return false;
    }
    if (term.needCapital && !text[start].isUpper())
        return false;
    // One-character Hanja abbreviations of Korean headlines ("北", "美") stand alone; inside Chinese
    // text the same character is an ordinary word.
    if (term.script == Han && end - start == 1 &&
        ((start > 0 && t.cls[text[start - 1].unicode()] == Han) ||
         (end < n && t.cls[text[end].unicode()] == Han)))
        return false;
    if (term.exactCase && text.mid(start, end - start) != term.text)
        return false;
    if (term.script != Latin)
        return true;

    const bool isCapital =
        term.kind == Gazetteer::TermKind::Capital || term.kind == Gazetteer::TermKind::Place;
    if (term.vetoBefore.isEmpty() && term.vetoAfter.isEmpty() && !isCapital && !term.person)
        return true; // the common case: no context to read
    QString before = foldString(text.mid(qMax(0, start - 28), start - qMax(0, start - 28)));
    while (before.endsWith(QLatin1Char(',')) || before.endsWith(QLatin1Char(' ')))
        before.chop(1);
    QString after = foldString(text.mid(end, qMin(40, n - end)));
    if (after.startsWith(QLatin1String("'s")))
        after = after.mid(2).trimmed();
    for (const QString &v : term.vetoBefore) {
        const QString &b = before;
        if (b.endsWith(v) &&
            (b.size() == v.size() || t.cls[b.at(b.size() - v.size() - 1).unicode()] == NonWord))
            return false;
    }
    for (const QString &v : term.vetoAfter) {
        if (after.startsWith(v) &&
            (after.size() == v.size() || t.cls[after.at(v.size()).unicode()] == NonWord))
            return false;
    }
    if (isCapital && after.startsWith(QLatin1String(", "))) {
        // "Athens, Georgia", "Moscow, Idaho": a US town, not the capital.
        const QStringView rest = QStringView(after).mid(2);
        for (const QString &state : usStates) {
            if (rest.startsWith(state))
                return false;
        }
    }
    if (term.person) {
        // "Michael Jordan", "Chad Smith": a capitalised word glued to the name by one space.
        if (end + 1 < n && text[end] == u' ' && text[end + 1].isUpper()) {
            int q = end + 1;
            while (q < n && t.cls[text[q].unicode()] == Latin)
                ++q;
            if (q - end - 1 >= 2 && !isTitleWord(text.mid(end + 1, q - end - 1)))
                return false;
        }
        if (start >= 2 && text[start - 1] == u' ' && t.cls[text[start - 2].unicode()] == Latin) {
            int q = start - 1;
            while (q > 0 && t.cls[text[q - 1].unicode()] == Latin)
                --q;
            const QStringView prev = text.mid(q, start - 1 - q);
            const bool verbish = prev.endsWith(QLatin1String("ing")) || prev.endsWith(QLatin1String("ed"));
            if (prev.size() >= 2 && prev.front().isUpper() && !verbish && !isTitleWord(prev))
                return false;
        }
    }
    return true;
}

CountryMatcher::CountryMatcher(const Gazetteer &gazetteer) : d(std::make_unique<Impl>())
{
    for (const QString &s : gazetteer.rules().usStates)
        d->usStates.append(d->foldString(s));
    for (const Gazetteer::Term &term : gazetteer.terms())
        d->addTerm(term, gazetteer.rules());
    d->freeze();
}

CountryMatcher::~CountryMatcher() = default;

int CountryMatcher::patternCount() const
{
    return int(d->terms.size());
}

char16_t CountryMatcher::foldChar(char16_t c)
{
    return tables().fold[c];
}

QList<CountryMatcher::Match> CountryMatcher::find(QStringView text) const
{
    QList<Match> out;
    const Tables &t = d->t;
    const int n = int(text.size());
    const char16_t *s = text.utf16();
    int i = 0;
    while (i < n) {
        const quint8 c = t.cls[s[i]];
        if (c == NonWord) {
            ++i;
            continue;
        }
        const bool wordStart = c == Han || i == 0 || t.cls[s[i - 1]] != c;
        int bestEnd = -1;
        int bestTerm = -1;
        int bestStart = i;
        if (wordStart && d->root[t.fold[s[i]]] >= 0 && d->mayStartAt(s, n, i))
            bestEnd = d->longestAt(text, i, bestTerm);
        if (wordStart && c == Arabic) {
            // Attached conjunction (wa-, fa-) and preposition (bi-, li-, ka-) before the name.
            int starts[8] = {i, -1, -1, -1, -1, -1, -1, -1};
            int k = 1;
            if (i + 1 < n && (s[i] == u'و' || s[i] == u'ف'))
                starts[k++] = i + 1;
            for (int j = 0, m = k; j < m; ++j) {
                const int p = starts[j];
                if (p + 1 < n && (s[p] == u'ب' || s[p] == u'ل' || s[p] == u'ك'))
                    starts[k++] = p + 1;
            }
            // The article before a nisba adjective ("الإسرائيلية" = al + Israel + iyya), also after a
            // proclitic ("والمصري") and as "لل" after li-.
            for (int j = 0, m = k; j < m && k < 8; ++j) {
                const int p = starts[j];
                if (p + 2 < n &&
                    ((s[p] == u'ا' && s[p + 1] == u'ل') || (p > i && s[p] == u'ل' && s[p - 1] == u'ل')))
                    starts[k++] = s[p] == u'ا' ? p + 2 : p + 1;
            }
            for (int j = 1; j < k; ++j) {
                int term = -1;
                const int e = d->longestAt(text, starts[j], term);
                if (e > bestEnd) {
                    bestEnd = e;
                    bestTerm = term;
                    bestStart = starts[j];
                }
            }
        }
        if (bestEnd > 0) {
            const TermInfo &term = d->terms[size_t(bestTerm)];
            if (!term.code.isEmpty())
                out.append(Match{term.code, term.kind, bestStart, bestEnd});
            i = bestEnd;
            continue;
        }
        ++i;
        if (c != Han) {
            while (i < n && t.cls[s[i]] == c)
                ++i;
        }
    }
    return out;
}

} // namespace ww
