#include "coveragecontroller.h"

#include "coveragedashboard.h"
#include "datasource.h"
#include "models/facetmodel.h"
#include "readworker.h"
#include "store/coveragesummary.h"
#include "timelineview.h"

#include <QMap>

#include <algorithm>

CoverageController::CoverageController(DataSource &data, ww::CoverageDashboard *dashboard,
                                       ww::TimelineView *timeline, QObject *parent)
    : QObject(parent), m_data(data), m_dashboard(dashboard), m_timeline(timeline),
      m_facets(new ww::FacetModel(this))
{}

CoverageController::~CoverageController() = default;

void CoverageController::setQuery(const ww::ArticleQuery &query)
{
    m_query = query;
    refresh();
}

void CoverageController::refresh()
{
    m_dashboardStale = true;
    m_timelineStale = true;
    // Facets and dashboard go to the worker as one post (two would supersede each other).
    m_deferPost = true;
    refreshFacets();
    if (m_dashboardShown)
        refreshDashboard();
    m_deferPost = false;
    if (m_postWanted)
        postPending();
    if (m_timelineShown)
        refreshTimeline();
}

void CoverageController::setDashboardShown(bool shown)
{
    m_dashboardShown = shown;
    if (shown && m_dashboardStale)
        refreshDashboard();
}

void CoverageController::setTimelineShown(bool shown)
{
    m_timelineShown = shown;
    if (shown && m_timelineStale)
        refreshTimeline();
}

bool CoverageController::report(const ww::Error &error)
{
    emit statusMessage(tr("Could not count the coverage: %1").arg(error.message));
    return false;
}

CoverageController::FacetValues CoverageController::loadFacets(DataSource &data,
                                                               const ww::ArticleQuery &query)
{
    using Share = DataSource::Share;
    FacetValues out;
    for (const Share share : {Share::Countries, Share::Producers, Share::Publishers, Share::Languages}) {
        const auto values = data.coverageShares(share, query, FacetValueCount);
        if (!values.ok() && out.error.isEmpty())
            out.error = values.error().message;
        out.lists.append(values.ok() ? values.value() : QList<ww::CountShare>());
    }
    return out;
}

void CoverageController::showFacets(const FacetValues &values)
{
    const ww::FacetModel::Facet facets[] = {ww::FacetModel::Countries, ww::FacetModel::Producers,
                                            ww::FacetModel::Outlets, ww::FacetModel::Languages};
    for (int i = 0; i < 4 && i < values.lists.size(); ++i)
        m_facets->setValues(facets[i], values.lists.at(i));
    if (!values.error.isEmpty())
        report(ww::Error{ww::Error::Code::Database, values.error});
}

void CoverageController::refreshFacets()
{
    ++m_facetsGeneration;
    // From the coverage summary the four lists take milliseconds at any size: count them at once. Counting
    // the articles (free text, tags, flags) takes seconds on a large archive: on the worker, so typing and
    // scrolling never wait for it.
    if (!m_worker || ww::CoverageSummary::answers(m_query)) {
        m_facetsPending = false;
        showFacets(loadFacets(m_data, m_query));
        return;
    }
    m_facetsPending = true;
    postPending();
}

void CoverageController::setDashboardWorker(std::unique_ptr<ReadWorker> worker)
{
    m_worker = std::move(worker);
}

ww::Result<ww::CoverageData> CoverageController::loadDashboard(DataSource &data,
                                                               const ww::ArticleQuery &query)
{
    using Share = DataSource::Share;
    const auto cells = data.coverageByDay(query);
    if (!cells)
        return cells.error();
    // Every value: the map colours all countries and the pies fold the tail into "Other".
    const auto countries = data.coverageShares(Share::Countries, query, 0);
    if (!countries)
        return countries.error();
    const auto outlets = data.coverageShares(Share::Publishers, query, 0);
    if (!outlets)
        return outlets.error();
    const auto producers = data.coverageShares(Share::Producers, query, 0);
    if (!producers)
        return producers.error();
    ww::CoverageData result;
    result.cells = cells.value();
    result.countries = countries.value();
    result.outlets = outlets.value();
    result.producers = producers.value();
    if (query.from.isValid())
        result.from = query.from.toUTC().date();
    if (query.to.isValid())
        result.to = query.to.toUTC().addMSecs(-1).date(); // the query's end is exclusive
    if (!query.from.isValid() && !query.to.isValid())
        trimTimeRange(result);
    return result;
}

void CoverageController::refreshDashboard()
{
    if (!m_dashboard)
        return;
    m_dashboardStale = false;
    if (!m_worker) {
        showDashboard(loadDashboard(m_data, m_query));
        return;
    }
    // Four aggregations over the whole filter: on a large archive they take long enough to stall typing.
    m_dashboardPending = true;
    postPending();
}

void CoverageController::postPending()
{
    if (m_deferPost) {
        m_postWanted = true;
        return;
    }
    m_postWanted = false;
    const bool facets = m_facetsPending;
    const bool dashboard = m_dashboardPending;
    m_worker->post([this, query = m_query, facets, dashboard,
                    generation = m_facetsGeneration](DataSource *source) -> std::function<void()> {
        const ww::Error noConnection{ww::Error::Code::Database, tr("no connection for the dashboard")};
        FacetValues facetValues;
        if (facets)
            facetValues = source ? loadFacets(*source, query) : FacetValues{{}, noConnection.message};
        ww::Result<ww::CoverageData> data = noConnection;
        if (dashboard && source)
            data = loadDashboard(*source, query);
        // Runs on the GUI thread, only if no newer post was made meanwhile; the worker belongs to this
        // controller, so the controller is alive when it runs.
        return [this, facets, dashboard, generation, facetValues = std::move(facetValues),
                data = std::move(data)] {
            if (facets && generation == m_facetsGeneration) {
                m_facetsPending = false;
                showFacets(facetValues);
            }
            if (dashboard) {
                m_dashboardPending = false;
                showDashboard(data);
            }
        };
    });
}

void CoverageController::showDashboard(const ww::Result<ww::CoverageData> &data)
{
    if (!data) {
        report(data.error());
        m_dashboard->clear();
    } else {
        m_dashboard->setData(data.value());
    }
    emit dashboardRefreshed();
}

void CoverageController::trimTimeRange(ww::CoverageData &data)
{
    // Without a date filter the axis would run from the oldest to the newest article; a few undated items
    // (filed at their fetch time) or a stray old date would squeeze the real coverage into a sliver. Keep
    // the days holding the middle 98% of mentions; the map, bars and pies still count everything.
    qint64 total = 0;
    QMap<QDate, qint64> perDay;
    for (const ww::CoverageCell &c : std::as_const(data.cells)) {
        perDay[c.day] += c.articles;
        total += c.articles;
    }
    if (perDay.size() < 3 || total <= 0)
        return;
    const qint64 low = total / 100;
    const qint64 high = total - total / 100;
    QDate first;
    QDate last;
    qint64 running = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        running += it.value();
        if (!first.isValid() && running > low)
            first = it.key();
        if (!last.isValid() && running >= high)
            last = it.key();
    }
    if (!first.isValid() || !last.isValid())
        return;
    QList<ww::CoverageCell> kept;
    for (const ww::CoverageCell &c : std::as_const(data.cells)) {
        if (c.day >= first && c.day <= last)
            kept.append(c);
    }
    data.cells = kept;
    data.from = first;
    data.to = last;
}

void CoverageController::refreshTimeline()
{
    if (!m_timeline)
        return;
    ww::ArticleQuery q = m_query;
    q.sort = ww::ArticleQuery::Sort::NewestFirst;
    q.limit = TimelineArticles;
    q.offset = 0;
    const auto articles = m_data.articles(q);
    if (!articles.ok()) {
        report(articles.error());
        m_timeline->setStories({});
        m_timelineStale = false;
        return;
    }
    QList<ww::TimelineStory> stories = ww::TimelineView::storiesFromArticles(articles.value());
    // Stories that travelled (two or more publications) are what the timeline is for; single articles
    // only fill it when nothing travelled.
    QList<ww::TimelineStory> travelled;
    std::copy_if(stories.cbegin(), stories.cend(), std::back_inserter(travelled),
                 [](const ww::TimelineStory &s) { return s.entries.size() > 1; });
    if (!travelled.isEmpty())
        stories = travelled;
    if (stories.size() > TimelineStories)
        stories = stories.mid(stories.size() - TimelineStories); // the most recent ones
    m_timeline->setStories(stories);
    m_timelineStale = false;
}
