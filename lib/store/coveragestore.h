#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QList>

class QSqlQuery;

namespace ww {

class Database;

// Aggregate counts over the articles an ArticleQuery selects, for the coverage dashboard, the map, search
// facets and reports. Every filter of ArticleQuery applies (the WHERE clause is ArticleFilter's); its limit,
// offset and sort do not. Counts are of articles, so one article mentioning a country twice counts once.
//
// Counts come from the coverage summary (CoverageSummary, migration 8) when the query's filters are its
// dimensions, and from the articles otherwise (text, tags, flags, part days): the same numbers either way.
class CoverageStore
{
public:
    // Automatic: the summary when it can answer. Exact and Summary force one (tests and benchmarks compare
    // them); Summary fails for a query it cannot answer.
    enum class Path { Automatic, Exact, Summary };

    explicit CoverageStore(Database &db, Path path = Path::Automatic) : m_db(db), m_path(path) {}

    // Whether a query is answered from the summary.
    bool usesSummary(const ArticleQuery &filter) const;

    // Articles per UTC day (of the article's sort time) and mentioned country, ordered by day then code.
    Result<QList<CoverageCell>> countriesByDay(const ArticleQuery &filter);
    // Mentioned countries, most articles first (ties by code). limit <= 0 returns all (at most kMaxLimit).
    Result<QList<CountShare>> topCountries(const ArticleQuery &filter, int limit);
    // Publishing outlet: the extracted publisher, else the feed's source name, else the feed title.
    Result<QList<CountShare>> byPublisher(const ArticleQuery &filter, int limit);
    // Producing agency; articles whose producer is unknown are left out.
    Result<QList<CountShare>> byProducer(const ArticleQuery &filter, int limit);
    // Article language (BCP 47 as stored); articles without one are left out.
    Result<QList<CountShare>> byLanguage(const ArticleQuery &filter, int limit);

    // Bounds a caller's limit: facet lists and legends never need more rows than this.
    static constexpr int kMaxLimit = 5000;

private:
    Result<QList<CountShare>> shares(const ArticleQuery &filter, const QString &keyExpression,
                                     const QString &join, const QString &condition, int limit);
    Result<QList<CountShare>> summaryShares(int chart, const ArticleQuery &filter, int limit);
    Result<QList<CountShare>> readShares(QSqlQuery &q, int limit);
    Status checkPath(const ArticleQuery &filter) const;

    Database &m_db;
    Path m_path = Path::Automatic;
};

} // namespace ww
