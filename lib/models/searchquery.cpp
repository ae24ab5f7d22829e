#include "models/searchquery.h"

#include <QCoreApplication>

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

QString quoteIfNeeded(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char(':'))
            return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

bool isAsciiLetters(const QString &s)
{
    for (const QChar c : s) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
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
            if (value.size() >= 2 && value.size() <= 3 && isAsciiLetters(value))
                appendUnique(q.languages, value.toLower());
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
        if (ids.isEmpty()) {
            ids.append(kNoSuchId);
            notes.append(problem(QT_TRANSLATE_NOOP("SearchQuery", "No outlet named \"%1\""),
                                 outlets.join(QStringLiteral(", "))));
        }
        query.sourceIds = ids;
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

bool SearchQuery::isEmpty() const
{
    return !hasFilters() && text.isEmpty();
}

} // namespace ww
