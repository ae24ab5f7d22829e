#include "models/searchquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace ww {

namespace {

// Splits on whitespace, keeping "double quoted" runs together (quotes kept so phrases survive to FTS).
QStringList tokenize(const QString &input)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (const QChar c : input) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && c.isSpace()) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

QString unquote(QString value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    value.remove(QLatin1Char('"'));
    return value;
}

QString quoteIfNeeded(QString value)
{
    value.remove(QLatin1Char('"')); // a quote inside a value would end the quoted run early
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char(':'))
            return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool isAsciiLetters(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiLetters(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return isAsciiLetters(c); });
}

// A BCP 47 tag as the store keeps it: "ru", "en-GB", "zh-Hant-TW". Language lower case, a two-letter region
// upper case, a script title case; empty when it is not a tag.
QString normalizeLanguage(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('-'));
    if (value.size() > 35 || parts.first().size() < 2 || parts.first().size() > 3 ||
        !isAsciiLetters(parts.first()))
        return {};
    QStringList out{parts.first().toLower()};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (p.isEmpty() || p.size() > 8 ||
            !std::all_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit() || isAsciiLetters(c); }))
            return {};
        if (p.size() == 2 && isAsciiLetters(p))
            out.append(p.toUpper());
        else if (p.size() == 4 && isAsciiLetters(p))
            out.append(p.left(1).toUpper() + p.mid(1).toLower());
        else
            out.append(p.toLower());
    }
    return out.join(QLatin1Char('-'));
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value, Qt::CaseInsensitive))
        list.append(value);
}

QString problem(const char *text, const QString &arg)
{
    return QCoreApplication::translate("SearchQuery", text).arg(arg);
}

} // namespace

SearchQuery SearchQuery::parse(const QString &rawInput)
{
    SearchQuery q;
    const QString input = rawInput.left(kMaxInputLength);
    QStringList freeText;
    for (const QString &token : tokenize(input)) {
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        // A quote before the colon means the colon is inside a phrase, not a field separator.
        const bool fieldLike = colon > 0 && !token.left(colon).contains(QLatin1Char('"'));
        if (!fieldLike) {
            freeText.append(token);
            continue;
        }
        const QString field = token.left(colon).toLower();
        const QString value = unquote(token.mid(colon + 1)).trimmed();
        if (value.isEmpty()) {
            if (field == QLatin1String("country") || field == QLatin1String("agency") ||
                field == QLatin1String("outlet") || field == QLatin1String("tag") ||
                field == QLatin1String("lang") || field == QLatin1String("from") ||
                field == QLatin1String("to"))
                q.problems.append(problem(QT_TRANSLATE_NOOP("SearchQuery", "%1: needs a value"), field));
            else
                freeText.append(token);
            continue;
        }
        if (field == QLatin1String("country")) {
            if (value.size() == 2 && isAsciiLetters(value))
                appendUnique(q.countries, value.toUpper());
            else
                q.problems.append(problem(
                    QT_TRANSLATE_NOOP("SearchQuery", "\"%1\" is not a two-letter country code"), value));
        } else if (field == QLatin1String("agency") || field == QLatin1String("producer")) {
            appendUnique(q.agencies, value);
        } else if (field == QLatin1String("outlet") || field == QLatin1String("publisher")) {
            appendUnique(q.outlets, value);
        } else if (field == QLatin1String("tag")) {
            appendUnique(q.tags, value);
        } else if (field == QLatin1String("lang") || field == QLatin1String("language")) {
            if (const QString language = normalizeLanguage(value); !language.isEmpty())
                appendUnique(q.languages, language);
            else
                q.problems.append(
                    problem(QT_TRANSLATE_NOOP("SearchQuery", "\"%1\" is not a language code"), value));
        } else if (field == QLatin1String("from") || field == QLatin1String("since") ||
                   field == QLatin1String("to") || field == QLatin1String("until")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                q.problems.append(
                    problem(QT_TRANSLATE_NOOP("SearchQuery", "\"%1\" is not a date (YYYY-MM-DD)"), value));
            else if (field == QLatin1String("from") || field == QLatin1String("since"))
                q.from = date;
            else
                q.to = date;
        } else {
            // Unknown fields ("http://…", "note:") are ordinary words: never silently dropped.
            freeText.append(token);
        }
    }
    q.text = freeText.join(QLatin1Char(' '));
    return q;
}

QString SearchQuery::toString() const
{
    QStringList parts;
    const auto add = [&parts](const char *field, const QStringList &values) {
        for (const QString &v : values)
            parts.append(QLatin1String(field) + QLatin1Char(':') + quoteIfNeeded(v));
    };
    add("country", countries);
    add("agency", agencies);
    add("outlet", outlets);
    add("tag", tags);
    add("lang", languages);
    if (from.isValid())
        parts.append(QStringLiteral("from:") + from.toString(Qt::ISODate));
    if (to.isValid())
        parts.append(QStringLiteral("to:") + to.toString(Qt::ISODate));
    if (!text.isEmpty())
        parts.append(text);
    return parts.join(QLatin1Char(' '));
}

QStringList SearchQuery::applyTo(ArticleQuery &query, const QList<Tag> &knownTags,
                                 const QList<Source> &knownSources) const
{
    QStringList notes;
    const auto single = [&notes](const QStringList &values, QString &target, const char *what) {
        if (values.isEmpty())
            return;
        target = values.first();
        if (values.size() > 1)
            notes.append(
                QCoreApplication::translate("SearchQuery", "Only the first %1 filter is applied (%2)")
                    .arg(QCoreApplication::translate("SearchQuery", what), values.first()));
    };
    single(countries, query.countryCode, QT_TRANSLATE_NOOP("SearchQuery", "country"));
    single(agencies, query.producer, QT_TRANSLATE_NOOP("SearchQuery", "agency"));
    single(languages, query.language, QT_TRANSLATE_NOOP("SearchQuery", "language"));

    // Ids that exist nowhere: a filter for an unknown name must narrow to nothing, not widen to everything.
    constexpr qint64 kNoSuchId = -1;
    if (!outlets.isEmpty()) {
        QList<qint64> ids;
        for (const QString &outlet : outlets) {
            for (const Source &s : knownSources) {
                if (s.name.compare(outlet, Qt::CaseInsensitive) == 0 ||
                    s.name.contains(outlet, Qt::CaseInsensitive))
                    ids.append(s.id);
            }
        }
        if (!ids.isEmpty()) {
            query.sourceIds = ids;
        } else {
            // Not a source we poll: it may still be the publisher extracted from pages (a syndicating
            // outlet, a facet value), which the store matches exactly. Unknown names still match nothing.
            query.publisher = outlets.first();
            if (outlets.size() > 1)
                notes.append(
                    QCoreApplication::translate("SearchQuery", "Only the first %1 filter is applied (%2)")
                        .arg(QCoreApplication::translate("SearchQuery", "outlet"), outlets.first()));
        }
    }
    if (!tags.isEmpty()) {
        query.tagId = kNoSuchId;
        for (const Tag &t : knownTags) {
            if (t.name.compare(tags.first(), Qt::CaseInsensitive) == 0)
                query.tagId = t.id;
        }
        if (query.tagId == kNoSuchId)
            notes.append(problem(QT_TRANSLATE_NOOP("SearchQuery", "No tag named \"%1\""), tags.first()));
        if (tags.size() > 1)
            notes.append(
                QCoreApplication::translate("SearchQuery", "Only the first %1 filter is applied (%2)")
                    .arg(QCoreApplication::translate("SearchQuery", "tag"), tags.first()));
    }
    if (from.isValid())
        query.from = QDateTime(from, QTime(0, 0), Qt::UTC);
    if (to.isValid())
        query.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC); // the store's end is exclusive
    if (!text.isEmpty())
        query.text = text;
    return notes;
}

bool SearchQuery::hasFilters() const
{
    return !countries.isEmpty() || !agencies.isEmpty() || !outlets.isEmpty() || !tags.isEmpty() ||
           !languages.isEmpty() || from.isValid() || to.isValid();
}

bool SearchQuery::setFilter(const QString &field, const QString &rawValue)
{
    QString value = rawValue;
    value.remove(QLatin1Char('"'));
    value = value.simplified();
    const QString f = field.toLower();
    QStringList *target = f == QLatin1String("country")                                     ? &countries
                          : f == QLatin1String("agency") || f == QLatin1String("producer")  ? &agencies
                          : f == QLatin1String("outlet") || f == QLatin1String("publisher") ? &outlets
                          : f == QLatin1String("tag")                                       ? &tags
                          : f == QLatin1String("lang") || f == QLatin1String("language")    ? &languages
                                                                                            : nullptr;
    if (!target)
        return false;
    target->clear();
    if (!value.isEmpty()) {
        if (target == &countries)
            value = value.toUpper();
        else if (target == &languages)
            value = normalizeLanguage(value);
        if (value.isEmpty())
            return true; // not a language tag: the filter is removed rather than made unparsable
        target->append(value);
    }
    return true;
}

QStringList SearchQuery::highlightTerms() const
{
    QStringList terms;
    bool negateNext = false;
    for (QString token : tokenize(text)) {
        if (terms.size() >= kMaxHighlightTerms)
            break;
        if (token == QLatin1String("AND") || token == QLatin1String("OR"))
            continue;
        if (token == QLatin1String("NOT")) {
            negateNext = true;
            continue;
        }
        const bool negated = negateNext || token.startsWith(QLatin1Char('-'));
        negateNext = false;
        if (negated)
            continue;
        // Group parentheses belong to the syntax, not to the words.
        while (token.startsWith(QLatin1Char('(')))
            token.remove(0, 1);
        while (token.endsWith(QLatin1Char(')')))
            token.chop(1);
        token = unquote(token).trimmed();
        while (token.endsWith(QLatin1Char('*')))
            token.chop(1);
        // Punctuation at the ends is not part of a word the text will contain.
        while (!token.isEmpty() && !token.front().isLetterOrNumber())
            token.remove(0, 1);
        while (!token.isEmpty() && !token.back().isLetterOrNumber())
            token.chop(1);
        if (!token.isEmpty() && !terms.contains(token, Qt::CaseInsensitive))
            terms.append(token);
    }
    return terms;
}

bool SearchQuery::isEmpty() const
{
    return !hasFilters() && text.isEmpty();
}

} // namespace ww
