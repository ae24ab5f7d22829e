#include "store/coveragestore.h"

#include "store/articlefilter.h"
#include "store/coveragesummary.h"
#include "store/database.h"
#include "store/searchindex.h"

#include <QCoreApplication>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::CoverageStore", text);
}

constexpr qint64 kMsPerDay = 24LL * 3600 * 1000;

// Joined under its own alias: ArticleFilter's country condition has a "cm" of its own in a subquery.
const char *const kCountryJoin = " JOIN country_mentions ccm ON ccm.article_id = a.id";

QString withCondition(const QString &where, const QString &condition)
{
    if (condition.isEmpty())
        return where;
    return where + (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
}

} // namespace

bool CoverageStore::usesSummary(const ArticleQuery &query) const
{
    return m_path == Path::Summary || (m_path == Path::Automatic && CoverageSummary::answers(query));
}

Status CoverageStore::checkPath(const ArticleQuery &query) const
{
    if (m_path == Path::Summary && !CoverageSummary::answers(query))
        return Error(Error::Code::InvalidArgument, tr("The coverage summary cannot answer this filter"));
    return {};
}

Result<QList<CoverageCell>> CoverageStore::countriesByDay(const ArticleQuery &query)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (usesSummary(query)) {
        if (Status s = checkPath(query); !s)
            return s.error();
        const CoverageSummary::Statement st = CoverageSummary::byDay(query);
        if (Status s = m_db.prepare(q, st.sql); !s)
            return s.error();
        for (const QVariant &v : st.values)
            q.addBindValue(v);
    } else {
        SearchIndex index(m_db);
        const ArticleFilter filter(query, index);
        if (filter.matchesNothing())
            return QList<CoverageCell>();
        // Integer division of UTC epoch milliseconds is the UTC day number on both backends.
        if (Status s = m_db.prepare(
                q, QStringLiteral("SELECT a.sort_at / %1 AS bucket_day, ccm.code, COUNT(*)").arg(kMsPerDay) +
                       ArticleFilter::from() + QLatin1String(kCountryJoin) + filter.where() +
                       QStringLiteral(" GROUP BY bucket_day, ccm.code ORDER BY bucket_day, ccm.code"));
            !s)
            return s.error();
        filter.bind(q);
    }
    if (Status s = m_db.exec(q, tr("Counting coverage by day failed")); !s)
        return s.error();
    const QDate epoch(1970, 1, 1);
    QList<CoverageCell> cells;
    while (q.next())
        cells.append({epoch.addDays(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toInt()});
    if (q.lastError().isValid())
        return Database::sqlError(q.lastError(), tr("Counting coverage by day failed"));
    return cells;
}

Result<QList<CountShare>> CoverageStore::summaryShares(int chart, const ArticleQuery &query, int limit)
{
    if (Status s = checkPath(query); !s)
        return s.error();
    CoverageSummary::Statement st = CoverageSummary::shares(CoverageSummary::Chart(chart), query);
    if (limit > 0) {
        st.sql += QStringLiteral(" LIMIT ?");
        st.values << qMin(limit, kMaxLimit);
    }
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(q, st.sql); !s)
        return s.error();
    for (const QVariant &v : std::as_const(st.values))
        q.addBindValue(v);
    return readShares(q, limit);
}

Result<QList<CountShare>> CoverageStore::readShares(QSqlQuery &q, int limit)
{
    if (Status s = m_db.exec(q, tr("Counting coverage failed")); !s)
        return s.error();
    QList<CountShare> out;
    while (q.next() && (limit > 0 || out.size() < kMaxLimit)) {
        const QString key = q.value(0).toString();
        if (!key.isEmpty())
            out.append({key, q.value(1).toInt()});
    }
    if (q.lastError().isValid())
        return Database::sqlError(q.lastError(), tr("Counting coverage failed"));
    return out;
}

Result<QList<CountShare>> CoverageStore::shares(const ArticleQuery &query, const QString &keyExpression,
                                                const QString &join, const QString &condition, int limit)
{
    SearchIndex index(m_db);
    const ArticleFilter filter(query, index);
    if (filter.matchesNothing())
        return QList<CountShare>();
    QString sql = QStringLiteral("SELECT %1 AS share_key, COUNT(*) AS n").arg(keyExpression) +
                  ArticleFilter::from() + join + withCondition(filter.where(), condition) +
                  QStringLiteral(" GROUP BY share_key ORDER BY n DESC, share_key");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (Status s = m_db.prepare(q, sql); !s)
        return s.error();
    filter.bind(q);
    if (limit > 0)
        q.addBindValue(qMin(limit, kMaxLimit));
    return readShares(q, limit);
}

Result<QList<CountShare>> CoverageStore::topCountries(const ArticleQuery &filter, int limit)
{
    if (usesSummary(filter))
        return summaryShares(int(CoverageSummary::Chart::Countries), filter, limit);
    return shares(filter, QStringLiteral("ccm.code"), QLatin1String(kCountryJoin), {}, limit);
}

Result<QList<CountShare>> CoverageStore::byPublisher(const ArticleQuery &filter, int limit)
{
    if (usesSummary(filter))
        return summaryShares(int(CoverageSummary::Chart::Publishers), filter, limit);
    return shares(filter, QStringLiteral("COALESCE(NULLIF(a.publisher, ''), s.name, f.title)"), {}, {},
                  limit);
}

Result<QList<CountShare>> CoverageStore::byProducer(const ArticleQuery &filter, int limit)
{
    if (usesSummary(filter))
        return summaryShares(int(CoverageSummary::Chart::Producers), filter, limit);
    return shares(filter, QStringLiteral("a.producer"), {},
                  QStringLiteral("a.producer IS NOT NULL AND a.producer <> ''"), limit);
}

Result<QList<CountShare>> CoverageStore::byLanguage(const ArticleQuery &filter, int limit)
{
    if (usesSummary(filter))
        return summaryShares(int(CoverageSummary::Chart::Languages), filter, limit);
    return shares(filter, QStringLiteral("a.language"), {},
                  QStringLiteral("a.language IS NOT NULL AND a.language <> ''"), limit);
}

} // namespace ww
