#include "store/migrations.h"

#include "store/coverageschema.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariant>

#include <algorithm>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::Migrations", text);
}

QStringList sql(std::initializer_list<const char *> statements)
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

Migrations::Migrations() : m_steps(appMigrations()) {}

Migrations::Migrations(QList<Migration> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

// The whole mission's schema. Never edit a released step: add a new one. Times are UTC epoch milliseconds.
QList<Migration> Migrations::appMigrations()
{
    QList<Migration> steps;
    steps << Migration{
        1,
        QStringLiteral("Sources, feeds, clusters, articles and revisions"),
        sql({
            "CREATE TABLE sources (id {pk}, name {text} NOT NULL UNIQUE, homepage {text}, country {text}, "
            "language {text}, kind {text}, state_affiliated {bool} NOT NULL DEFAULT 0, created_at {ts} NOT "
            "NULL)",

            "CREATE TABLE feeds (id {pk}, url {text} NOT NULL UNIQUE, title {text} NOT NULL DEFAULT '', "
            "source_id {int} REFERENCES sources(id) ON DELETE SET NULL, folder {text} NOT NULL DEFAULT '', "
            "site_url {text}, language {text}, schedule_minutes {int} NOT NULL DEFAULT 60, "
            "etag {text}, last_modified {text}, next_poll_at {ts}, last_polled_at {ts}, last_success_at "
            "{ts}, "
            "consecutive_failures {int} NOT NULL DEFAULT 0, paused {bool} NOT NULL DEFAULT 0, last_error "
            "{text}, "
            "last_status {int}, redirect_candidate {text}, redirect_count {int} NOT NULL DEFAULT 0, "
            "created_at {ts} NOT NULL)",

            "CREATE TABLE clusters (id {pk}, first_article_id {int}, first_publisher {text}, producer "
            "{text}, "
            "created_at {ts} NOT NULL, size {int} NOT NULL DEFAULT 0, label {text})",

            "CREATE TABLE articles (id {pk}, feed_id {int} NOT NULL REFERENCES feeds(id) ON DELETE CASCADE, "
            "item_key {text} NOT NULL, guid {text}, url {text}, canonical_url {text}, "
            "title {text} NOT NULL DEFAULT '', author {text}, published_at {ts}, published_raw {text}, "
            "updated_at {ts}, sort_at {ts} NOT NULL, summary {text}, content_raw {text}, content_type "
            "{text}, "
            "categories {text}, extracted_text {text}, extracted_html {text}, extracted_at {ts}, language "
            "{text}, "
            "content_hash {text}, revision {int} NOT NULL DEFAULT 1, simhash {int}, minhash {blob}, "
            "cluster_id {int} REFERENCES clusters(id) ON DELETE SET NULL, read {bool} NOT NULL DEFAULT 0, "
            "starred {bool} NOT NULL DEFAULT 0, fetched_at {ts} NOT NULL, encoding {text}, "
            "encoding_guessed {bool} NOT NULL DEFAULT 0, repaired {bool} NOT NULL DEFAULT 0, "
            "producer {text}, producer_evidence {text}, publisher {text}, site_name {text}, byline {text}, "
            "dateline {text}, dateline_country {text}, section {text}, sections {text}, people {text}, "
            "source_claims {text}, cited_agencies {text}, warnings {text}, from_feed_only {bool} NOT NULL "
            "DEFAULT 0, "
            "UNIQUE (feed_id, item_key))",

            "CREATE TABLE article_revisions (id {pk}, "
            "article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE, revision {int} NOT NULL, "
            "title {text}, summary {text}, content_raw {text}, content_hash {text}, seen_at {ts} NOT NULL, "
            "UNIQUE (article_id, revision))",

            "CREATE INDEX idx_feeds_next_poll ON feeds (next_poll_at)",
            "CREATE INDEX idx_articles_sort ON articles (sort_at)",
            "CREATE INDEX idx_articles_published ON articles (published_at)",
            "CREATE INDEX idx_articles_feed_sort ON articles (feed_id, sort_at)",
            "CREATE INDEX idx_articles_cluster ON articles (cluster_id)",
            "CREATE INDEX idx_articles_producer ON articles (producer)",
        }),
        {},
        {},
    };
    steps << Migration{
        2,
        QStringLiteral("Extraction: images, attribution claims, country mentions, quotes, agency registry"),
        sql({
            "CREATE TABLE images (id {pk}, article_id {int} NOT NULL REFERENCES articles(id) ON DELETE "
            "CASCADE, "
            "origin {text} NOT NULL, position {int} NOT NULL DEFAULT 0, url {text}, alt {text}, caption "
            "{text}, "
            "credit {text}, credit_origin {text}, credit_photographer {text}, credit_pool {bool} NOT NULL "
            "DEFAULT 0, "
            "credit_distributor {text}, credit_file_photo {bool} NOT NULL DEFAULT 0, "
            "credit_handout {bool} NOT NULL DEFAULT 0, taken_date {text}, place {text}, "
            "file_photo {bool} NOT NULL DEFAULT 0)",

            "CREATE TABLE attribution_claims (id {pk}, "
            "article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE, role {text} NOT NULL, "
            "kind {text} NOT NULL, organisation {text} NOT NULL, evidence {text}, confidence {real} NOT NULL "
            "DEFAULT 0)",

            "CREATE TABLE country_mentions (article_id {int} NOT NULL REFERENCES articles(id) ON DELETE "
            "CASCADE, "
            "code {text} NOT NULL, count {int} NOT NULL DEFAULT 0, in_title {bool} NOT NULL DEFAULT 0, "
            "first_pos {int} NOT NULL DEFAULT -1, score {real} NOT NULL DEFAULT 0, rank {int} NOT NULL "
            "DEFAULT 0, "
            "PRIMARY KEY (article_id, code))",

            "CREATE TABLE quotes (id {pk}, article_id {int} NOT NULL REFERENCES articles(id) ON DELETE "
            "CASCADE, "
            "position {int} NOT NULL DEFAULT 0, speaker {text}, text {text} NOT NULL)",

            "CREATE TABLE agencies (id {pk}, name {text} NOT NULL UNIQUE, aliases {text}, country {text}, "
            "languages {text}, state_affiliated {bool} NOT NULL DEFAULT 0, editable {bool} NOT NULL DEFAULT "
            "1)",

            "CREATE INDEX idx_images_article ON images (article_id)",
            "CREATE INDEX idx_claims_article ON attribution_claims (article_id)",
            "CREATE INDEX idx_claims_organisation ON attribution_claims (organisation, role)",
            "CREATE INDEX idx_countries_code ON country_mentions (code, article_id)",
            "CREATE INDEX idx_quotes_article ON quotes (article_id)",
        }),
        {},
        {},
    };
    steps << Migration{
        3,
        QStringLiteral("Analyst work: tags, annotations, saved searches and alert history"),
        sql({
            // name_key is the case-folded name, computed in C++ so uniqueness is the same on both backends.
            "CREATE TABLE tags (id {pk}, name {text} NOT NULL, name_key {text} NOT NULL UNIQUE, color "
            "{text}, "
            "created_at {ts} NOT NULL)",

            "CREATE TABLE article_tags (article_id {int} NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
            "tag_id {int} NOT NULL REFERENCES tags(id) ON DELETE CASCADE, created_at {ts} NOT NULL, "
            "PRIMARY KEY (article_id, tag_id))",

            "CREATE TABLE cluster_tags (cluster_id {int} NOT NULL REFERENCES clusters(id) ON DELETE CASCADE, "
            "tag_id {int} NOT NULL REFERENCES tags(id) ON DELETE CASCADE, created_at {ts} NOT NULL, "
            "PRIMARY KEY (cluster_id, tag_id))",

            "CREATE TABLE annotations (id {pk}, article_id {int} REFERENCES articles(id) ON DELETE CASCADE, "
            "cluster_id {int} REFERENCES clusters(id) ON DELETE CASCADE, quote {text}, prefix {text}, "
            "suffix {text}, start_pos {int} NOT NULL DEFAULT -1, end_pos {int} NOT NULL DEFAULT -1, "
            "note {text} NOT NULL DEFAULT '', created_at {ts} NOT NULL, updated_at {ts} NOT NULL, "
            "orphaned {bool} NOT NULL DEFAULT 0, CHECK (article_id IS NOT NULL OR cluster_id IS NOT NULL))",

            "CREATE TABLE saved_searches (id {pk}, name {text} NOT NULL UNIQUE, query {text} NOT NULL "
            "DEFAULT '', "
            "filters {text}, alert {bool} NOT NULL DEFAULT 0, last_seen_id {int} NOT NULL DEFAULT 0, "
            "created_at {ts} NOT NULL, updated_at {ts} NOT NULL)",

            "CREATE TABLE alert_history (id {pk}, "
            "search_id {int} NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE, fired_at {ts} NOT "
            "NULL, "
            "article_count {int} NOT NULL DEFAULT 0, max_article_id {int} NOT NULL DEFAULT 0, message "
            "{text})",

            "CREATE INDEX idx_article_tags_tag ON article_tags (tag_id)",
            "CREATE INDEX idx_cluster_tags_tag ON cluster_tags (tag_id)",
            "CREATE INDEX idx_annotations_article ON annotations (article_id)",
            "CREATE INDEX idx_annotations_cluster ON annotations (cluster_id)",
            "CREATE INDEX idx_alert_history_search ON alert_history (search_id, fired_at)",
        }),
        {},
        {},
    };
    steps << Migration{
        4,
        QStringLiteral("Full-text search index over titles, text and captions"),
        {},
        // unicode61 folds case and (with remove_diacritics 2) accents, including Cyrillic ё/й variants;
        // Hangul particles are handled by prefix queries (see FtsQuery), so no trigram copy is needed.
        sql({"CREATE VIRTUAL TABLE article_fts USING fts5(title, body, captions, "
             "tokenize = 'unicode61 remove_diacritics 2')"}),
        // PostgreSQL: a generated tsvector column; filled from the same text the SQLite index gets.
        sql({"CREATE TABLE article_search (article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE "
             "CASCADE, document TSVECTOR NOT NULL)",
             "CREATE INDEX idx_article_search ON article_search USING GIN (document)"}),
    };
    steps << Migration{
        5,
        QStringLiteral("Story clusters keyed by their founding article, with their time span"),
        sql({"ALTER TABLE clusters ADD COLUMN first_published_at {ts}",
             "ALTER TABLE clusters ADD COLUMN last_published_at {ts}",
             "CREATE UNIQUE INDEX idx_clusters_founder ON clusters (first_article_id)",
             "CREATE INDEX idx_clusters_first_published ON clusters (first_published_at)"}),
        {},
        {},
    };
    steps << Migration{
        6,
        QStringLiteral("Saved searches as tag rules, and the watermark that makes each match alert once"),
        sql({"ALTER TABLE saved_searches ADD COLUMN tag_id {int} REFERENCES tags(id) ON DELETE SET NULL",
             "ALTER TABLE saved_searches ADD COLUMN last_checked_id {int} NOT NULL DEFAULT 0",
             // Searches saved before this step start from the newest article: only later ones are "new".
             "UPDATE saved_searches SET last_checked_id = (SELECT COALESCE(MAX(id), 0) FROM articles)"}),
        {},
        {},
    };
    steps << Migration{
        7,
        QStringLiteral(
            "Indexes that answer the sources pane's unread and starred counts without reading articles"),
        // The flags sit after the text columns, so counting them from the table reads every row's text
        // (overflow pages): 12.5 s of CPU for the pane's counts on a 1,000,000-article archive
        // (bench_desk_scale). These indexes make each count an index-only range scan.
        // (read, feed_id) serves both the per-feed and the archive-wide unread count.
        sql({"CREATE INDEX idx_articles_read ON articles (read, feed_id)",
             "CREATE INDEX idx_articles_starred ON articles (starred, feed_id)"}),
        {},
        {},
    };
    // Per-day coverage counts kept by triggers, backfilled from the archive (CoverageSchema): the dashboard
    // and the facets aggregated every article at each refresh (20 s of CPU at 1,000,000 articles).
    steps << CoverageSchema::migration();
    return steps;
}

Result<int> Migrations::currentVersion(Database &db)
{
    QSqlQuery q = db.query();
    if (Status s = db.prepare(q, db.dialect().tableExistsQuery()); !s)
        return s.error();
    q.bindValue(QStringLiteral(":table"), QStringLiteral("schema_version"));
    if (Status s = db.exec(q, tr("Reading the schema version failed")); !s)
        return s.error();
    if (q.next() && q.value(0).toInt() > 0) {
        QSqlQuery v = db.query();
        if (!v.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !v.next())
            return Database::sqlError(v.lastError(), tr("Reading the schema version failed"));
        return v.value(0).toInt();
    }
    // No version table: fine for an empty file, but never adopt someone else's database.
    if (db.dialect().isSqlite()) {
        QSqlQuery t = db.query();
        if (!t.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'view')")) ||
            !t.next())
            return Database::sqlError(t.lastError(), tr("Reading the schema failed"));
        if (t.value(0).toInt() > 0)
            return Error(Error::Code::InvalidArgument,
                         tr("%1 is an SQLite database but not a Wirewatch one; it was left unchanged.")
                             .arg(db.path()));
    } else {
        // A shared server may hold other applications' tables: never create ours among them.
        QSqlQuery t = db.query();
        if (!t.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                   "current_schema()")) ||
            !t.next())
            return Database::sqlError(t.lastError(), tr("Reading the schema failed"));
        if (t.value(0).toInt() > 0)
            return Error(Error::Code::InvalidArgument,
                         tr("%1 holds tables but is not a Wirewatch database; it was left unchanged. Use an "
                            "empty database.")
                             .arg(db.path()));
    }
    return 0;
}

Status Migrations::migrate(Database &db) const
{
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error(Error::Code::SchemaTooNew,
                     tr("The database schema %1 is newer than this version knows (%2).")
                         .arg(*current)
                         .arg(latestVersion()));
    for (const Migration &step : m_steps) {
        if (step.version <= *current)
            continue;
        if (Status s = apply(db, step); !s)
            return s;
    }
    return {};
}

Status Migrations::apply(Database &db, const Migration &step) const
{
    // DDL is transactional on SQLite and PostgreSQL: the step and its version row commit together or not at
    // all.
    return db.transaction([&]() -> Status {
        QStringList statements;
        statements << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version {int} PRIMARY KEY, "
                                     "description {text} NOT NULL, applied_at {ts} NOT NULL)");
        statements << step.statements << (db.dialect().isSqlite() ? step.sqliteOnly : step.postgresOnly);
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q = db.query();
            if (!q.exec(db.dialect().render(statement)))
                return Database::sqlError(
                    q.lastError(), tr("Migration %1 (%2) failed").arg(step.version).arg(step.description));
        }
        QSqlQuery q = db.query();
        if (Status s =
                db.prepare(q, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                             "VALUES (:version, :description, :at)"));
            !s)
            return s;
        q.bindValue(QStringLiteral(":version"), step.version);
        q.bindValue(QStringLiteral(":description"), step.description);
        q.bindValue(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch());
        return db.exec(q, tr("Recording schema version %1 failed").arg(step.version));
    });
}

} // namespace ww
