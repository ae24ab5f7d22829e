#include "store/ftsquery.h"

#include <QList>
#include <QStringList>

namespace ww {

namespace {

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

QString renderWord(const Token &t)
{
    if (!hasWordCharacter(t.text))
        return {}; // an empty FTS5 phrase would make a whole AND group match nothing
    if (t.type == Token::Type::Phrase)
        return quoted(t.text) + (t.prefix ? QStringLiteral("*") : QString());
    if (t.prefix)
        return quoted(t.text) + QLatin1Char('*');
    if (std::any_of(t.text.begin(), t.text.end(), isHangul))
        return quoted(t.text) + QLatin1Char('*');
    if (std::all_of(t.text.begin(), t.text.end(), [](QChar c) { return isCyrillic(c) || !c.isLetter(); })) {
        const QString stem = FtsQuery::cyrillicStem(t.text);
        if (stem.size() < t.text.size())
            return quoted(stem) + QLatin1Char('*');
    }
    return quoted(t.text);
}

// Recursive descent over the tokens; every rendered group is parenthesised, so FTS5's own precedence never
// matters, and malformed input (stray operators, unbalanced parentheses) degrades instead of failing.
class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

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
        return join(parts, QStringLiteral(" AND "));
    }

private:
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
        return join(parts, QStringLiteral(" OR "));
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
        // FTS5's NOT is binary: a group with nothing positive cannot be expressed and is dropped.
        QString out = join(positive, QStringLiteral(" AND "));
        if (out.isEmpty())
            return {};
        for (const QString &n : std::as_const(negative))
            out = QLatin1Char('(') + out + QStringLiteral(" NOT ") + n + QLatin1Char(')');
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
            return renderWord(t);
        }
        return {}; // an operator where a term belongs: let the caller skip it
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

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
    // Control characters (a NUL above all) end or break an FTS5 string; they are never part of a search.
    QString cleaned = userQuery;
    for (QChar &c : cleaned) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return Parser(tokenize(cleaned)).parseAll();
}

} // namespace ww
