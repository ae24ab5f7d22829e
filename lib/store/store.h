#pragma once

#include "core/result.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/clusterstore.h"
#include "store/coveragestore.h"
#include "store/feedstore.h"
#include "store/savedsearchstore.h"
#include "store/storetypes.h"
#include "store/tagstore.h"

namespace ww {

class Database;

// The storage facade handed to the GUI, the CLI and the poller: one object per open Database (and thread),
// grouping the coarse per-area stores. Callers never see SQL.
class Store
{
public:
    explicit Store(Database &db);

    Database &database() { return m_db; }
    FeedStore &feeds() { return m_feeds; }
    ArticleStore &articles() { return m_articles; }
    CoverageStore &coverage() { return m_coverage; }
    TagStore &tags() { return m_tags; }
    ClusterStore &clusters() { return m_clusters; }
    AnnotationStore &annotations() { return m_annotations; }
    SavedSearchStore &savedSearches() { return m_savedSearches; }

    Result<StoreStats> stats();

private:
    Database &m_db;
    FeedStore m_feeds;
    ArticleStore m_articles;
    TagStore m_tags;
    ClusterStore m_clusters;
    AnnotationStore m_annotations;
    SavedSearchStore m_savedSearches;
    CoverageStore m_coverage;
};

} // namespace ww
