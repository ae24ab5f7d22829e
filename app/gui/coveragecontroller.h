#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QObject>

#include <memory>

class DataSource;
class ReadWorker;
namespace ww {
struct CoverageData;
class CoverageDashboard;
class FacetModel;
class TimelineView;
} // namespace ww

// Keeps the coverage views on the reading desk's current query: the facet counts at once (they are always
// on screen), the dashboard and the timeline when they are shown (a hidden tab costs nothing; it catches up
// when it is opened). Reads through the DataSource; the views stay layout-only.
class CoverageController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageController)
public:
    CoverageController(DataSource &data, ww::CoverageDashboard *dashboard, ww::TimelineView *timeline,
                       QObject *parent = nullptr);
    ~CoverageController() override;

    ww::FacetModel *facetModel() const { return m_facets; }
    const ww::ArticleQuery &query() const { return m_query; }

    void setQuery(const ww::ArticleQuery &query);
    void setDashboardShown(bool shown);
    void setTimelineShown(bool shown);
    // Re-reads everything shown (after new articles arrived).
    void refresh();
    // From now on the dashboard is read on this worker's thread (through its own connection) instead of
    // on the GUI thread; the result reaches the dashboard's models on the GUI thread.
    void setDashboardWorker(std::unique_ptr<ReadWorker> worker);
    ReadWorker *dashboardWorker() const { return m_worker.get(); }
    // True from an asynchronous dashboard request until its result (or a newer one's) is shown.
    bool isDashboardPending() const { return m_dashboardPending; }
    // True while facets the coverage summary cannot answer (free text, tags, flags) are counted on the
    // worker; the facet pane keeps the previous query's values until they arrive.
    bool isFacetsPending() const { return m_facetsPending; }

    // What the dashboard shows for a query, read through any data source (on any thread that owns it).
    static ww::Result<ww::CoverageData> loadDashboard(DataSource &data, const ww::ArticleQuery &query);
    // The facet pane's four lists for a query (countries, producers, outlets, languages).
    struct FacetValues
    {
        QList<QList<ww::CountShare>> lists; // in FacetModel::Facet order
        QString error;                      // the first failure, empty when none
    };
    static FacetValues loadFacets(DataSource &data, const ww::ArticleQuery &query);

    static constexpr int FacetValueCount = 8;
    static constexpr int TimelineArticles = 500; // newest articles the timeline groups into stories
    static constexpr int TimelineStories = 60;

signals:
    void statusMessage(const QString &message);
    // The dashboard's models hold the numbers for the current query.
    void dashboardRefreshed();

private:
    void refreshFacets();
    void showFacets(const FacetValues &values);
    void refreshDashboard();
    // One job on the worker for whatever is pending (facets, dashboard): a newer post supersedes an older
    // one, so each post carries everything not yet shown.
    void postPending();
    void showDashboard(const ww::Result<ww::CoverageData> &data);
    void refreshTimeline();
    static void trimTimeRange(ww::CoverageData &data);
    bool report(const ww::Error &error);

    DataSource &m_data;
    ww::CoverageDashboard *m_dashboard;
    ww::TimelineView *m_timeline;
    ww::FacetModel *m_facets;
    ww::ArticleQuery m_query;
    bool m_dashboardShown = false;
    bool m_timelineShown = false;
    bool m_dashboardStale = true;
    bool m_timelineStale = true;
    bool m_dashboardPending = false;
    bool m_facetsPending = false;
    bool m_deferPost = false; // inside refresh(): collect, then post once
    bool m_postWanted = false;
    quint64 m_facetsGeneration = 0; // a late answer for an older query's facets is dropped
    std::unique_ptr<ReadWorker> m_worker;
};
