#pragma once

#include "store/migrations.h"

namespace ww {

// The coverage summary's schema (migration 8): per-day article counts the dashboard and the facets read
// instead of aggregating every article, kept exact by triggers on articles and country_mentions, so every
// writer (ingest, re-extraction, revisions, deletes, a feed's cascade, the CLI, the archive generator)
// keeps it current in its own transaction. CoverageSummary reads it.
//
//   coverage_days   (code, day, feed_id, publisher, producer, language) -> articles
//                   code '' counts every article; code 'KP' counts the articles that mention KP.
//   coverage_pairs  (code, other, day, feed_id, publisher, producer, language) -> articles mentioning both
//                   (the countries charted under a country filter).
//   coverage_totals (dim, day, feed_id, key) -> articles: coverage_days rolled up per chart, for views
//                   filtered by date only (a whole archive is ~1,500 rows a day here, not ~3,000).
//
// day is sort_at / 86400000 (the UTC day CoverageStore groups by); NULL texts are stored as ''. Rows whose
// count drops to 0 stay (readers skip them): deleting them would cost a check on every write.
class CoverageSchema
{
public:
    static constexpr int kVersion = 8;
    static constexpr qint64 kMsPerDay = 24LL * 3600 * 1000;
    // coverage_totals.dim
    enum Dimension { Country = 0, Outlet = 1, Producer = 2, Language = 3 };

    // Tables, the backfill of an existing archive, then the triggers (one transaction, like every step).
    static Migration migration();
};

} // namespace ww
