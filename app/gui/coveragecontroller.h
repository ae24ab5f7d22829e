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

    // What the dashboard shows for a query, read through any data source (on any thread that owns it).
    static ww::Result<ww::CoverageData> loadDashboard(DataSource &data, const ww::ArticleQuery &query);

    static constexpr int FacetValues = 8;
    static constexpr int TimelineArticles = 500; // newest articles the timeline groups into stories
    static constexpr int TimelineStories = 60;

signals:
    void statusMessage(const QString &message);
    // The dashboard's models hold the numbers for the current query.
    void dashboardRefreshed();

private:
    void refreshFacets();
    void refreshDashboard();
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
    std::unique_ptr<ReadWorker> m_worker;
};
