#pragma once

#include "store/storetypes.h"

#include <QString>
#include <QVariantList>

namespace ww {

// The read side of the coverage summary (CoverageSchema): the SQL that answers CoverageStore's counts from
// the per-day summary instead of from every article, for the queries whose filters are dimensions of it.
// Pure: builds statement text and bound values, runs nothing. The statements return the same columns,
// order and numbers as CoverageStore's exact queries (tst_coveragesummary compares them).
class CoverageSummary
{
public:
    enum class Chart { Countries, Publishers, Producers, Languages };

    struct Statement
    {
        QString sql;
        QVariantList values; // positional, in order
    };

    // True when every filter of the query is a summary dimension: feeds, sources, folder, country,
    // producer, publisher, language, and a date range on whole UTC days. Text, tags, clusters, read and
    // starred flags and id watermarks need the articles themselves.
    static bool answers(const ArticleQuery &query);

    // Columns: day number (sort_at / 86400000), country code, articles; ordered by day, then code.
    static Statement byDay(const ArticleQuery &query);
    // Columns: share_key, n; ordered by n descending, then key; without a LIMIT (the caller adds it).
    static Statement shares(Chart chart, const ArticleQuery &query);
};

} // namespace ww
