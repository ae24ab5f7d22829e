#include "coveragecontroller.h"

#include "coveragedashboard.h"
#include "datasource.h"
#include "models/facetmodel.h"
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
    refreshFacets();
    if (m_dashboardShown)
        refreshDashboard();
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

void CoverageController::refreshFacets()
{
    using Share = DataSource::Share;
    const std::pair<ww::FacetModel::Facet, Share> facets[] = {
        {ww::FacetModel::Countries, Share::Countries},
        {ww::FacetModel::Producers, Share::Producers},
        {ww::FacetModel::Outlets, Share::Publishers},
        {ww::FacetModel::Languages, Share::Languages},
    };
    for (const auto &[facet, share] : facets) {
        const auto values = m_data.coverageShares(share, m_query, FacetValues);
        if (!values.ok()) {
            m_facets->setValues(facet, {});
            report(values.error());
            continue;
        }
        m_facets->setValues(facet, values.value());
    }
}

void CoverageController::refreshDashboard()
{
    if (!m_dashboard)
        return;
    using Share = DataSource::Share;
    ww::CoverageData data;
    const auto cells = m_data.coverageByDay(m_query);
    // Every value: the map colours all countries and the pies fold the tail into "Other".
    const auto countries = m_data.coverageShares(Share::Countries, m_query, 0);
    const auto outlets = m_data.coverageShares(Share::Publishers, m_query, 0);
    const auto producers = m_data.coverageShares(Share::Producers, m_query, 0);
    for (const ww::Error *error :
         {cells.ok() ? nullptr : &cells.error(), countries.ok() ? nullptr : &countries.error(),
          outlets.ok() ? nullptr : &outlets.error(), producers.ok() ? nullptr : &producers.error()}) {
        if (error) {
            report(*error);
            m_dashboard->clear();
            m_dashboardStale = false;
            return;
        }
    }
    data.cells = cells.value();
    data.countries = countries.value();
    data.outlets = outlets.value();
    data.producers = producers.value();
    if (m_query.from.isValid())
        data.from = m_query.from.toUTC().date();
    if (m_query.to.isValid())
        data.to = m_query.to.toUTC().addMSecs(-1).date(); // the query's end is exclusive
    if (!m_query.from.isValid() && !m_query.to.isValid())
        trimTimeRange(data);
    m_dashboard->setData(data);
    m_dashboardStale = false;
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
