#include "store/ftsquery.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace ww {

namespace {

// The two target languages share the parser; only the spelling of terms and operators differs.
enum class Syntax { Fts5, TsQuery };

struct Token
{
    enum class Type { Word, Phrase, And, Or, Not, Open, Close };
    Type type = Type::Word;
    QString text;
    bool prefix = false;
    bool negated = false; // written as -word
};

QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append({c == QLatin1Char('(') ? Token::Type::Open : Token::Type::Close, {}, false, false});
            ++i;
            continue;
        }
        bool negated = false;
        if (c == QLatin1Char('-') && i + 1 < n && !input.at(i + 1).isSpace()) {
            negated = true;
            ++i;
        }
        if (i < n && input.at(i) == QLatin1Char('"')) {
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            tokens.append({Token::Type::Phrase, input.mid(i + 1, end - i - 1), false, negated});
            i = end + 1;
            continue;
        }
        qsizetype j = i;
        while (j < n && !input.at(j).isSpace() && input.at(j) != QLatin1Char('"') &&
               input.at(j) != QLatin1Char('(') && input.at(j) != QLatin1Char(')'))
            ++j;
        QString word = input.mid(i, j - i);
        i = j;
        if (!negated && word == QLatin1String("AND")) {
            tokens.append({Token::Type::And, {}, false, false});
            continue;
        }
        if (!negated && word == QLatin1String("OR")) {
            tokens.append({Token::Type::Or, {}, false, false});
            continue;
        }
        if (!negated && word == QLatin1String("NOT")) {
            tokens.append({Token::Type::Not, {}, false, false});
            continue;
        }
        bool prefix = false;
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            prefix = true;
        }
        tokens.append({Token::Type::Word, word, prefix, negated});
    }
    return tokens;
}

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

bool isHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

QString quoted(const QString &text)
{
    QString inner = FtsQuery::normalize(text);
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

// A term for PostgreSQL: the same tokens the document was indexed with, as a tsquery literal. Several tokens
// form a phrase (<->), so "U.S." or a quoted phrase needs its words adjacent, as in FTS5.
QString tsTerm(const QString &text, bool prefix)
{
    const QStringList tokens = FtsQuery::tokens(text);
    if (tokens.isEmpty())
        return {};
    QStringList parts;
    for (const QString &token : tokens)
        parts << QLatin1Char('\'') + token + QLatin1Char('\'');
    if (prefix)
        parts.last() += QStringLiteral(":*");
    if (parts.size() == 1)
        return parts.constFirst();
    return QLatin1Char('(') + parts.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
}

QString term(Syntax syntax, const QString &text, bool prefix)
{
    if (syntax == Syntax::TsQuery)
        return tsTerm(text, prefix);
    return quoted(text) + (prefix ? QStringLiteral("*") : QString());
}

QString renderWord(const Token &t, Syntax syntax)
{
    if (!hasWordCharacter(t.text))
        return {}; // an empty FTS5 phrase would make a whole AND group match nothing
    if (t.type == Token::Type::Phrase || t.prefix)
        return term(syntax, t.text, t.prefix);
    if (std::any_of(t.text.begin(), t.text.end(), isHangul))
        return term(syntax, t.text, true);
    if (std::all_of(t.text.begin(), t.text.end(), [](QChar c) { return isCyrillic(c) || !c.isLetter(); })) {
        const QString stem = FtsQuery::cyrillicStem(t.text);
        if (stem.size() < t.text.size())
            return term(syntax, stem, true);
    }
    return term(syntax, t.text, false);
}

// Recursive descent over the tokens; every rendered group is parenthesised, so FTS5's own precedence never
// matters, and malformed input (stray operators, unbalanced parentheses) degrades instead of failing.
class Parser
{
public:
    Parser(QList<Token> tokens, Syntax syntax) : m_tokens(std::move(tokens)), m_syntax(syntax) {}

    QString parseAll()
    {
        QStringList parts;
        while (m_pos < m_tokens.size()) {
            const QString part = parseOr();
            if (!part.isEmpty())
                parts << part;
            if (m_pos < m_tokens.size())
                ++m_pos; // a stray ')' or operator
        }
        return join(parts, andOp());
    }

private:
    QString andOp() const
    {
        return m_syntax == Syntax::Fts5 ? QStringLiteral(" AND ") : QStringLiteral(" & ");
    }
    QString orOp() const { return m_syntax == Syntax::Fts5 ? QStringLiteral(" OR ") : QStringLiteral(" | "); }
    QString notOp() const
    {
        return m_syntax == Syntax::Fts5 ? QStringLiteral(" NOT ") : QStringLiteral(" & !");
    }

    static QString join(const QStringList &parts, const QString &op)
    {
        if (parts.size() == 1)
            return parts.constFirst();
        if (parts.isEmpty())
            return {};
        return QLatin1Char('(') + parts.join(op) + QLatin1Char(')');
    }

    bool at(Token::Type type) const { return m_pos < m_tokens.size() && m_tokens.at(m_pos).type == type; }

    QString parseOr()
    {
        QStringList parts;
        for (;;) {
            const QString part = parseAnd();
            if (!part.isEmpty())
                parts << part;
            if (!at(Token::Type::Or))
                break;
            ++m_pos;
        }
        return join(parts, orOp());
    }

    QString parseAnd()
    {
        QStringList positive;
        QStringList negative;
        while (m_pos < m_tokens.size() && !at(Token::Type::Close) && !at(Token::Type::Or)) {
            if (at(Token::Type::And)) {
                ++m_pos;
                continue;
            }
            bool negate = false;
            if (at(Token::Type::Not)) {
                ++m_pos;
                negate = true;
            }
            if (m_pos < m_tokens.size() && m_tokens.at(m_pos).negated)
                negate = true;
            const QString unary = parseUnary();
            if (unary.isEmpty())
                continue;
            (negate ? negative : positive) << unary;
        }
        // FTS5's NOT is binary: a group with nothing positive cannot be expressed and is dropped (on both
        // backends, so they return the same rows; a bare negation would scan every document anyway).
        QString out = join(positive, andOp());
        if (out.isEmpty())
            return {};
        for (const QString &n : std::as_const(negative))
            out = QLatin1Char('(') + out + notOp() + n + QLatin1Char(')');
        return out;
    }

    QString parseUnary()
    {
        if (m_pos >= m_tokens.size())
            return {};
        const Token &t = m_tokens.at(m_pos);
        if (t.type == Token::Type::Open) {
            ++m_pos;
            const QString inner = parseOr();
            if (at(Token::Type::Close))
                ++m_pos;
            return inner;
        }
        if (t.type == Token::Type::Word || t.type == Token::Type::Phrase) {
            ++m_pos;
            return renderWord(t, m_syntax);
        }
        return {}; // an operator where a term belongs: let the caller skip it
    }

    QList<Token> m_tokens;
    Syntax m_syntax;
    qsizetype m_pos = 0;
};

QString cleaned(const QString &userQuery)
{
    // Control characters (a NUL above all) end or break a query string; they are never part of a search.
    QString out = userQuery;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return out;
}

} // namespace

QString FtsQuery::normalize(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    out.replace(QChar(0x0401), QChar(0x0415)); // Ё -> Е
    return out;
}

QString FtsQuery::cyrillicStem(const QString &word)
{
    // Common Russian and Ukrainian inflection endings, longest first; the stem keeps at least four letters.
    static const QStringList endings = [] {
        QStringList list;
        for (const char *e :
             {"иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иях", "ией", "ах", "ях",
              "ия",   "ие",  "ий",  "ии",  "ию",  "ей",  "ой",  "ом",  "ем",  "ам",  "ям",  "ов", "ев",
              "ую",   "юю",  "ая",  "яя",  "ое",  "ее",  "ые",  "ых",  "их",  "ым",  "им",  "ою", "ею",
              "а",    "я",   "ы",   "и",   "у",   "ю",   "е",   "о",   "ь",   "й",   "і",   "ї",  "є"})
            list << QString::fromUtf8(e);
        return list;
    }();
    const QString lower = normalize(word).toLower();
    if (lower.size() < 5)
        return lower;
    for (const QString &ending : endings) {
        if (lower.endsWith(ending) && lower.size() - ending.size() >= 4)
            return lower.left(lower.size() - ending.size());
    }
    return lower;
}

QString FtsQuery::toFts5(const QString &userQuery)
{
    return Parser(tokenize(cleaned(userQuery)), Syntax::Fts5).parseAll();
}

QString FtsQuery::toTsQuery(const QString &userQuery)
{
    return Parser(tokenize(cleaned(userQuery)), Syntax::TsQuery).parseAll();
}

QString FtsQuery::fold(const QString &text)
{
    // What FTS5's unicode61 tokenizer does with remove_diacritics 2: case folded, combining marks dropped.
    // Hangul survives: NFD splits a syllable into conjoining jamo (letters, not marks) and NFC rejoins them.
    const QString decomposed = normalize(text).toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QStringList FtsQuery::tokens(const QString &text)
{
    // unicode61's token characters: letters, numbers and private-use code points; everything else separates.
    // Tokens are cut at 255 characters: PostgreSQL refuses lexemes over 2 KB, and a cut applied to documents
    // and queries alike still matches.
    constexpr qsizetype kMaxToken = 255;
    const QString folded = fold(text);
    QStringList out;
    QString current;
    for (const char32_t cp : folded.toUcs4()) {
        const QChar::Category cat = QChar::category(cp);
        const bool tokenChar = QChar::isLetterOrNumber(cp) || cat == QChar::Other_PrivateUse;
        if (tokenChar) {
            if (current.size() < kMaxToken)
                current += QString::fromUcs4(&cp, 1);
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}
} // namespace ww
