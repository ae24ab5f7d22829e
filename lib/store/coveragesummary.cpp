#include "store/coveragesummary.h"

#include "store/coverageschema.h"

namespace ww {

namespace {

constexpr qint64 kMsPerDay = CoverageSchema::kMsPerDay;

// A date bound the summary can express: a UTC midnight after the epoch's first day (day numbers are
// truncated toward zero, so day 0 also holds the last day before 1970).
bool onWholeDay(const QDateTime &t)
{
    if (!t.isValid())
        return true;
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms > 0 && ms % kMsPerDay == 0;
}

// Only the date range: the per-chart roll-ups hold the answer.
bool dateOnly(const ArticleQuery &q)
{
    return q.feedIds.isEmpty() && q.sourceIds.isEmpty() && q.folder.isEmpty() && q.countryCode.isEmpty() &&
           q.producer.isEmpty() && q.publisher.isEmpty() && q.language.isEmpty();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The conditions of a query over a summary table aliased c (coverage_days or coverage_pairs) joined to
// feeds f and sources s, as ArticleFilter states them over articles.
struct Conditions
{
    QString sql; // " AND ..." for each filter
    QVariantList values;

    void add(const QString &condition, const QVariantList &v = {})
    {
        sql += QStringLiteral(" AND ") + condition;
        values << v;
    }
};

Conditions conditionsOf(const ArticleQuery &q)
{
    Conditions c;
    if (!q.feedIds.isEmpty()) {
        QVariantList ids;
        for (qint64 id : q.feedIds)
            ids << id;
        c.add(QStringLiteral("c.feed_id IN (%1)").arg(placeholders(ids.size())), ids);
    }
    // Folders and sources as sets of feed ids: SQLite then reads only those feeds' rows through
    // idx_coverage_days_feed instead of every row of the code (30 ms instead of 140 ms a chart at
    // 1,000,000 articles).
    if (!q.sourceIds.isEmpty()) {
        QVariantList ids;
        for (qint64 id : q.sourceIds)
            ids << id;
        c.add(QStringLiteral("c.feed_id IN (SELECT fx.id FROM feeds fx WHERE fx.source_id IN (%1))")
                  .arg(placeholders(ids.size())),
              ids);
    }
    if (!q.folder.isEmpty())
        c.add(QStringLiteral("c.feed_id IN (SELECT fx.id FROM feeds fx WHERE fx.folder = ?)"), {q.folder});
    if (!q.producer.isEmpty())
        c.add(QStringLiteral("c.producer = ?"), {q.producer});
    if (!q.publisher.isEmpty())
        c.add(QStringLiteral("(c.publisher = ? OR s.name = ?)"), {q.publisher, q.publisher});
    if (!q.language.isEmpty())
        c.add(QStringLiteral("c.language = ?"), {q.language});
    if (q.from.isValid())
        c.add(QStringLiteral("c.day >= ?"), {q.from.toMSecsSinceEpoch() / kMsPerDay});
    if (q.to.isValid())
        c.add(QStringLiteral("c.day < ?"), {q.to.toMSecsSinceEpoch() / kMsPerDay});
    return c;
}

const char *const kJoin = " JOIN feeds f ON f.id = c.feed_id LEFT JOIN sources s ON s.id = f.source_id";

// The rows of the country charts as (key, day, n): without a country filter every mention row; with one,
// the filter's own row plus the countries mentioned beside it (coverage_pairs).
CoverageSummary::Statement countryRows(const ArticleQuery &q)
{
    const Conditions c = conditionsOf(q);
    CoverageSummary::Statement st;
    if (q.countryCode.isEmpty()) {
        st.sql = QStringLiteral("SELECT c.code AS k, c.day AS d, c.articles AS n FROM coverage_days c") +
                 QLatin1String(kJoin) + QStringLiteral(" WHERE c.code <> ''") + c.sql;
        st.values = c.values;
        return st;
    }
    const QString code = q.countryCode.toUpper();
    st.sql =
        QStringLiteral("SELECT c.code AS k, c.day AS d, c.articles AS n FROM coverage_days c") +
        QLatin1String(kJoin) + QStringLiteral(" WHERE c.code = ?") + c.sql +
        QStringLiteral(" UNION ALL SELECT c.other AS k, c.day AS d, c.articles AS n FROM coverage_pairs c") +
        QLatin1String(kJoin) + QStringLiteral(" WHERE c.code = ?") + c.sql;
    st.values << code << c.values << code << c.values;
    return st;
}

// Totals per day for the roll-up of one chart, within the query's date range.
CoverageSummary::Statement totalsRange(const ArticleQuery &q, CoverageSchema::Dimension dim)
{
    CoverageSummary::Statement st;
    st.sql = QStringLiteral(" WHERE t.dim = %1").arg(int(dim));
    if (q.from.isValid()) {
        st.sql += QStringLiteral(" AND t.day >= ?");
        st.values << q.from.toMSecsSinceEpoch() / kMsPerDay;
    }
    if (q.to.isValid()) {
        st.sql += QStringLiteral(" AND t.day < ?");
        st.values << q.to.toMSecsSinceEpoch() / kMsPerDay;
    }
    return st;
}

// Sums of PostgreSQL's BIGINT are NUMERIC: cast back so both backends hand out integers.
const char *const kSum = "CAST(SUM(%1) AS BIGINT)";

QString sum(const char *column)
{
    return QString::fromUtf8(kSum).arg(QString::fromUtf8(column));
}

} // namespace

bool CoverageSummary::answers(const ArticleQuery &q)
{
    return q.text.trimmed().isEmpty() && q.tagId <= 0 && q.clusterId <= 0 && !q.unreadOnly &&
           !q.starredOnly && q.minId <= 0 && onWholeDay(q.from) && onWholeDay(q.to);
}

CoverageSummary::Statement CoverageSummary::byDay(const ArticleQuery &q)
{
    Statement st;
    if (dateOnly(q)) {
        st = totalsRange(q, CoverageSchema::Country);
        st.sql = QStringLiteral("SELECT t.day, t.key, %1 FROM coverage_totals t").arg(sum("t.articles")) +
                 st.sql +
                 QStringLiteral(" GROUP BY t.day, t.key HAVING SUM(t.articles) > 0 ORDER BY t.day, t.key");
        return st;
    }
    st = countryRows(q);
    st.sql = QStringLiteral("SELECT u.d, u.k, %1 FROM (").arg(sum("u.n")) + st.sql +
             QStringLiteral(") u GROUP BY u.d, u.k HAVING SUM(u.n) > 0 ORDER BY u.d, u.k");
    return st;
}

CoverageSummary::Statement CoverageSummary::shares(Chart chart, const ArticleQuery &q)
{
    const QString tail = QStringLiteral(" GROUP BY share_key HAVING SUM(%1) > 0 ORDER BY n DESC, share_key");
    Statement st;
    if (dateOnly(q)) {
        const CoverageSchema::Dimension dims[] = {CoverageSchema::Country, CoverageSchema::Outlet,
                                                  CoverageSchema::Producer, CoverageSchema::Language};
        st = totalsRange(q, dims[int(chart)]);
        // An outlet without an extracted publisher is keyed by its feed: named as the exact query names it.
        const QString key = chart == Chart::Publishers
                                ? QStringLiteral("COALESCE(NULLIF(t.key, ''), s.name, f.title)")
                                : QStringLiteral("t.key");
        const QString join =
            chart == Chart::Publishers
                ? QStringLiteral(" LEFT JOIN feeds f ON f.id = t.feed_id LEFT JOIN sources s ON "
                                 "s.id = f.source_id")
                : QString();
        st.sql = QStringLiteral("SELECT %1 AS share_key, %2 AS n FROM coverage_totals t")
                     .arg(key, sum("t.articles")) +
                 join + st.sql + tail.arg(QStringLiteral("t.articles"));
        return st;
    }
    if (chart == Chart::Countries) {
        st = countryRows(q);
        st.sql = QStringLiteral("SELECT u.k AS share_key, %1 AS n FROM (").arg(sum("u.n")) + st.sql +
                 QStringLiteral(") u") + tail.arg(QStringLiteral("u.n"));
        return st;
    }
    // Article-level charts: the article rows, or under a country filter that country's rows (which count
    // each article mentioning it once).
    const Conditions c = conditionsOf(q);
    QString key = QStringLiteral("COALESCE(NULLIF(c.publisher, ''), s.name, f.title)");
    QString extra;
    if (chart == Chart::Producers) {
        key = QStringLiteral("c.producer");
        extra = QStringLiteral(" AND c.producer <> ''");
    } else if (chart == Chart::Languages) {
        key = QStringLiteral("c.language");
        extra = QStringLiteral(" AND c.language <> ''");
    }
    st.sql =
        QStringLiteral("SELECT %1 AS share_key, %2 AS n FROM coverage_days c").arg(key, sum("c.articles")) +
        QLatin1String(kJoin) + QStringLiteral(" WHERE c.code = ?") + extra + c.sql +
        tail.arg(QStringLiteral("c.articles"));
    st.values << (q.countryCode.isEmpty() ? QStringLiteral("") : q.countryCode.toUpper()) << c.values;
    return st;
}

} // namespace ww
