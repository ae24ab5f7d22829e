#include "store/coverageschema.h"

namespace ww {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The summary's dimensions of an article row (a table alias, NEW or OLD).
QString dims(const char *row)
{
    return QStringLiteral("%1.sort_at / 86400000, %1.feed_id, COALESCE(%1.publisher, ''), "
                          "COALESCE(%1.producer, ''), COALESCE(%1.language, '')")
        .arg(s(row));
}

const char *const kInsertDays =
    "INSERT INTO coverage_days (code, day, feed_id, publisher, producer, language, articles) ";
const char *const kUpsertDays = " ON CONFLICT (code, day, feed_id, publisher, producer, language) DO UPDATE "
                                "SET articles = coverage_days.articles + excluded.articles";
const char *const kInsertPairs =
    "INSERT INTO coverage_pairs (code, other, day, feed_id, publisher, producer, language, articles) ";
const char *const kUpsertPairs = " ON CONFLICT (code, other, day, feed_id, publisher, producer, language) DO "
                                 "UPDATE SET articles = coverage_pairs.articles + excluded.articles";
const char *const kUpsertTotals = " ON CONFLICT (dim, day, feed_id, key) DO UPDATE SET articles = "
                                  "coverage_totals.articles + excluded.articles";

// An article row (OLD or NEW) enters (sign +1) or leaves (-1) the summary: its own row, a row per mentioned
// country, a row per ordered pair of them. Every statement touches each key once (an article's codes are
// unique), which PostgreSQL's upsert requires. Each SELECT has a WHERE: SQLite needs one before ON CONFLICT.
QStringList articleDelta(const char *row, int sign)
{
    const QString r = s(row);
    const QString n = QString::number(sign);
    return {
        s(kInsertDays) + QStringLiteral("SELECT '', %1, %2 WHERE 1 = 1").arg(dims(row), n) + s(kUpsertDays),
        s(kInsertDays) +
            QStringLiteral("SELECT m.code, %1, %2 FROM country_mentions m WHERE m.article_id = %3.id")
                .arg(dims(row), n, r) +
            s(kUpsertDays),
        s(kInsertPairs) +
            QStringLiteral("SELECT m.code, o.code, %1, %2 FROM country_mentions m JOIN country_mentions o ON "
                           "o.article_id = m.article_id AND o.code <> m.code WHERE m.article_id = %3.id")
                .arg(dims(row), n, r) +
            s(kUpsertPairs),
    };
}

// One mention row (OLD or NEW) enters or leaves while its article stays (row-level triggers: the other
// mentions are the article's current ones). Nothing happens when the article is gone: its BEFORE DELETE
// trigger took all of its rows out before the cascade reached the mentions.
QStringList mentionDelta(const char *row, int sign)
{
    const QString m = s(row);
    const QString n = QString::number(sign);
    const QString others = QStringLiteral(" FROM articles a JOIN country_mentions o ON o.article_id = a.id "
                                          "WHERE a.id = %1.article_id AND o.code <> %1.code")
                               .arg(m);
    return {
        s(kInsertDays) +
            QStringLiteral("SELECT %1.code, %2, %3 FROM articles a WHERE a.id = %1.article_id")
                .arg(m, dims("a"), n) +
            s(kUpsertDays),
        s(kInsertPairs) + QStringLiteral("SELECT %1.code, o.code, %2, %3").arg(m, dims("a"), n) + others +
            s(kUpsertPairs),
        s(kInsertPairs) + QStringLiteral("SELECT o.code, %1.code, %2, %3").arg(m, dims("a"), n) + others +
            s(kUpsertPairs),
    };
}

// A coverage_days row changed by delta: the same change in the per-chart roll-ups. An outlet is keyed by
// its extracted publisher, or by its feed when there is none (the name comes from the feed at read time).
QStringList totalsDelta(const QString &delta)
{
    const QString insert = QStringLiteral("INSERT INTO coverage_totals (dim, day, feed_id, key, articles) ");
    return {
        insert + QStringLiteral("SELECT 0, NEW.day, 0, NEW.code, %1 WHERE NEW.code <> ''").arg(delta) +
            s(kUpsertTotals),
        insert +
            QStringLiteral("SELECT 1, NEW.day, CASE WHEN NEW.publisher = '' THEN NEW.feed_id ELSE 0 END, "
                           "NEW.publisher, %1 WHERE NEW.code = ''")
                .arg(delta) +
            s(kUpsertTotals),
        insert +
            QStringLiteral(
                "SELECT 2, NEW.day, 0, NEW.producer, %1 WHERE NEW.code = '' AND NEW.producer <> ''")
                .arg(delta) +
            s(kUpsertTotals),
        insert +
            QStringLiteral(
                "SELECT 3, NEW.day, 0, NEW.language, %1 WHERE NEW.code = '' AND NEW.language <> ''")
                .arg(delta) +
            s(kUpsertTotals),
    };
}

// Only what the summary keys on: a revision that moves an article within its day costs nothing.
const char *const kDimsChanged =
    "OLD.sort_at / 86400000 <> NEW.sort_at / 86400000 OR OLD.feed_id <> NEW.feed_id OR "
    "COALESCE(OLD.publisher, '') <> COALESCE(NEW.publisher, '') OR "
    "COALESCE(OLD.producer, '') <> COALESCE(NEW.producer, '') OR "
    "COALESCE(OLD.language, '') <> COALESCE(NEW.language, '')";

QStringList tables(bool sqlite)
{
    // WITHOUT ROWID: the key is the row, so a lookup or range scan reads one b-tree.
    const QString suffix = sqlite ? QStringLiteral(" WITHOUT ROWID") : QString();
    return {
        QStringLiteral(
            "CREATE TABLE coverage_days (code {text} NOT NULL, day {int} NOT NULL, feed_id {int} NOT "
            "NULL, publisher {text} NOT NULL, producer {text} NOT NULL, language {text} NOT NULL, "
            "articles {int} NOT NULL, PRIMARY KEY (code, day, feed_id, publisher, producer, "
            "language))") +
            suffix,
        QStringLiteral(
            "CREATE TABLE coverage_pairs (code {text} NOT NULL, other {text} NOT NULL, day {int} NOT "
            "NULL, feed_id {int} NOT NULL, publisher {text} NOT NULL, producer {text} NOT NULL, "
            "language {text} NOT NULL, articles {int} NOT NULL, PRIMARY KEY (code, other, day, "
            "feed_id, publisher, producer, language))") +
            suffix,
        QStringLiteral(
            "CREATE TABLE coverage_totals (dim {int} NOT NULL, day {int} NOT NULL, feed_id {int} NOT "
            "NULL, key {text} NOT NULL, articles {int} NOT NULL, PRIMARY KEY (dim, day, feed_id, "
            "key))") +
            suffix,
        // Folder, feed and outlet filters start from the feeds; articles makes the index covering.
        QStringLiteral("CREATE INDEX idx_coverage_days_feed ON coverage_days (feed_id, code, day, articles)"),
    };
}

// The archive as it stands, before any trigger exists (so the backfill is set-based, not row by row). The
// dimensions sit after each article's text (overflow pages): they are read once into a narrow temporary
// table, not once per summary table (7 GB per pass at 1,000,000 articles).
QStringList backfill()
{
    const QString from = QStringLiteral(" FROM coverage_backfill b");
    const QString columns = QStringLiteral("b.day, b.feed_id, b.publisher, b.producer, b.language");
    return {
        s("CREATE TEMPORARY TABLE coverage_backfill (article_id {int} PRIMARY KEY, day {int} NOT NULL, "
          "feed_id "
          "{int} NOT NULL, publisher {text} NOT NULL, producer {text} NOT NULL, language {text} NOT NULL)"),
        QStringLiteral(
            "INSERT INTO coverage_backfill (article_id, day, feed_id, publisher, producer, language) "
            "SELECT a.id, %1 FROM articles a")
            .arg(dims("a")),
        s(kInsertDays) + QStringLiteral("SELECT '', %1, COUNT(*)").arg(columns) + from +
            QStringLiteral(" GROUP BY 2, 3, 4, 5, 6"),
        s(kInsertDays) +
            QStringLiteral("SELECT m.code, %1, COUNT(*) FROM country_mentions m JOIN "
                           "coverage_backfill b ON b.article_id = m.article_id GROUP BY 1, 2, 3, 4, "
                           "5, 6")
                .arg(columns),
        s(kInsertPairs) +
            QStringLiteral(
                "SELECT m.code, o.code, %1, COUNT(*) FROM country_mentions m JOIN country_mentions o "
                "ON o.article_id = m.article_id AND o.code <> m.code JOIN coverage_backfill b ON "
                "b.article_id = m.article_id GROUP BY 1, 2, 3, 4, 5, 6, 7")
                .arg(columns),
        s("DROP TABLE coverage_backfill"),
        s("INSERT INTO coverage_totals (dim, day, feed_id, key, articles) SELECT 0, day, 0, code, "
          "SUM(articles) FROM coverage_days WHERE code <> '' GROUP BY day, code"),
        s("INSERT INTO coverage_totals (dim, day, feed_id, key, articles) SELECT 1, day, CASE WHEN "
          "publisher = '' THEN feed_id ELSE 0 END, publisher, SUM(articles) FROM coverage_days WHERE code = "
          "'' GROUP BY day, CASE WHEN publisher = '' THEN feed_id ELSE 0 END, publisher"),
        s("INSERT INTO coverage_totals (dim, day, feed_id, key, articles) SELECT 2, day, 0, producer, "
          "SUM(articles) FROM coverage_days WHERE code = '' AND producer <> '' GROUP BY day, producer"),
        s("INSERT INTO coverage_totals (dim, day, feed_id, key, articles) SELECT 3, day, 0, language, "
          "SUM(articles) FROM coverage_days WHERE code = '' AND language <> '' GROUP BY day, language"),
    };
}

QString sqliteTrigger(const char *name, const char *when, const QStringList &body)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3; END")
        .arg(s(name), s(when), body.join(QStringLiteral("; ")));
}

// SQLite row triggers run as each row changes, so a statement that inserts or deletes several mentions of
// one article sees them one at a time: every pair is counted once.
QStringList sqliteTriggers()
{
    return {
        sqliteTrigger("coverage_article_insert", "AFTER INSERT ON articles", articleDelta("NEW", 1)),
        // BEFORE: the mentions still exist; the cascade that deletes them runs after the article is gone.
        sqliteTrigger("coverage_article_delete", "BEFORE DELETE ON articles", articleDelta("OLD", -1)),
        sqliteTrigger(
            "coverage_article_update",
            (QStringLiteral("AFTER UPDATE OF sort_at, feed_id, publisher, producer, language ON articles "
                            "WHEN ") +
             s(kDimsChanged))
                .toUtf8()
                .constData(),
            articleDelta("OLD", -1) + articleDelta("NEW", 1)),
        sqliteTrigger("coverage_mention_insert", "AFTER INSERT ON country_mentions", mentionDelta("NEW", 1)),
        sqliteTrigger("coverage_mention_delete", "BEFORE DELETE ON country_mentions",
                      mentionDelta("OLD", -1)),
        // Mentions are replaced (deleted and inserted), never re-keyed in place; refusing it keeps one
        // path to get right.
        sqliteTrigger("coverage_mention_update",
                      "BEFORE UPDATE OF article_id, code ON country_mentions WHEN OLD.article_id <> "
                      "NEW.article_id OR OLD.code <> NEW.code",
                      {QStringLiteral("SELECT RAISE(ABORT, 'country mentions are replaced, not re-keyed')")}),
        sqliteTrigger("coverage_days_insert", "AFTER INSERT ON coverage_days",
                      totalsDelta(QStringLiteral("NEW.articles"))),
        sqliteTrigger("coverage_days_update", "AFTER UPDATE OF articles ON coverage_days",
                      totalsDelta(QStringLiteral("NEW.articles - OLD.articles"))),
    };
}

QStringList pgTrigger(const char *name, const QString &timing, const QString &level, const QStringList &body,
                      const char *result)
{
    return {
        QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN %2; RETURN %3; "
                       "END $fn$")
            .arg(s(name), body.join(QStringLiteral("; ")), s(result)),
        QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH %3 EXECUTE FUNCTION %1()").arg(s(name), timing, level),
    };
}

// PostgreSQL queues AFTER row triggers to the end of the statement, when every row of it is visible: a
// multi-row insert of one article's mentions would count each pair twice. Inserts of mentions are handled
// per statement over the transition table instead; BEFORE row triggers see the rows processed before
// them, like SQLite's, so deletes stay per row.
QStringList pgTriggers()
{
    const QString row = QStringLiteral("ROW");
    const QString others = QStringLiteral(" FROM new_mentions n JOIN articles a ON a.id = n.article_id JOIN "
                                          "country_mentions o ON o.article_id = n.article_id AND o.code <> "
                                          "n.code");
    const QStringList mentionsInserted = {
        s(kInsertDays) +
            QStringLiteral("SELECT n.code, %1, COUNT(*) FROM new_mentions n JOIN articles a ON a.id = "
                           "n.article_id GROUP BY 1, 2, 3, 4, 5, 6")
                .arg(dims("a")) +
            s(kUpsertDays),
        // Pairs with a new mention first: every new one against every other current one...
        s(kInsertPairs) + QStringLiteral("SELECT n.code, o.code, %1, COUNT(*)").arg(dims("a")) + others +
            QStringLiteral(" GROUP BY 1, 2, 3, 4, 5, 6, 7") + s(kUpsertPairs),
        // ...and the mirror pair when the other one is older (two new ones are both counted above).
        s(kInsertPairs) + QStringLiteral("SELECT o.code, n.code, %1, COUNT(*)").arg(dims("a")) + others +
            QStringLiteral(
                " WHERE NOT EXISTS (SELECT 1 FROM new_mentions x WHERE x.article_id = o.article_id AND "
                "x.code = o.code) GROUP BY 1, 2, 3, 4, 5, 6, 7") +
            s(kUpsertPairs),
    };
    QStringList out;
    out << pgTrigger("coverage_article_insert", QStringLiteral("AFTER INSERT ON articles"), row,
                     articleDelta("NEW", 1), "NULL")
        << pgTrigger("coverage_article_delete", QStringLiteral("BEFORE DELETE ON articles"), row,
                     articleDelta("OLD", -1), "OLD")
        << pgTrigger(
               "coverage_article_update",
               QStringLiteral("AFTER UPDATE OF sort_at, feed_id, publisher, producer, language ON articles"),
               row + QStringLiteral(" WHEN (") + s(kDimsChanged) + QStringLiteral(")"),
               articleDelta("OLD", -1) + articleDelta("NEW", 1), "NULL")
        << pgTrigger("coverage_mention_insert",
                     QStringLiteral("AFTER INSERT ON country_mentions REFERENCING NEW TABLE AS new_mentions"),
                     QStringLiteral("STATEMENT"), mentionsInserted, "NULL")
        << pgTrigger("coverage_mention_delete", QStringLiteral("BEFORE DELETE ON country_mentions"), row,
                     mentionDelta("OLD", -1), "OLD")
        << pgTrigger("coverage_mention_update",
                     QStringLiteral("BEFORE UPDATE OF article_id, code ON country_mentions"),
                     row + QStringLiteral(" WHEN (OLD.article_id <> NEW.article_id OR OLD.code <> NEW.code)"),
                     {QStringLiteral("RAISE EXCEPTION 'country mentions are replaced, not re-keyed'")}, "NEW")
        << pgTrigger("coverage_days_insert", QStringLiteral("AFTER INSERT ON coverage_days"), row,
                     totalsDelta(QStringLiteral("NEW.articles")), "NULL")
        << pgTrigger("coverage_days_update", QStringLiteral("AFTER UPDATE OF articles ON coverage_days"), row,
                     totalsDelta(QStringLiteral("NEW.articles - OLD.articles")), "NULL");
    return out;
}

} // namespace

Migration CoverageSchema::migration()
{
    Migration m;
    m.version = kVersion;
    m.description =
        QStringLiteral("Coverage summary: articles per day, country, outlet, agency and language, "
                       "kept by triggers, for the dashboard and the facets");
    m.sqliteOnly = tables(true) + backfill() + sqliteTriggers();
    m.postgresOnly = tables(false) + backfill() + pgTriggers();
    return m;
}

} // namespace ww
