// The desk against a large archive (issue 5 "Scale", issue 7 "Benchmark"): the same library calls the GUI
// makes (Database::open with its startup check, the sources pane's counts, ArticleListModel pages and
// fetchMore, SearchQuery + facets, the coverage dashboard's four aggregates into its models), timed and
// printed as a table against the targets. Not a test: it asserts nothing.
//
//   bench_desk_scale --db PATH|postgresql://... [--label NAME] [--scroll-pages 100] [--start-only]
//                    [--skip-coverage]
//
// The archive opens as the desk opens it: the cheap checks at open, the full quick_check afterwards (timed
// on its own row; the desk runs it on a background thread while the first page is shown).
//
// Generate the archive first with ww-gen-archive; bench/run-scale-bench.sh does both for SQLite and
// PostgreSQL.
#include "benchutil.h"

#include "models/articlelistmodel.h"
#include "models/coveragesharemodel.h"
#include "models/coveragetimemodel.h"
#include "models/facetmodel.h"
#include "models/searchquery.h"
#include "models/sourcetreemodel.h"
#include "store/database.h"
#include "store/integritycheck.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ww;

namespace {

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// This process's CPU time: on a loaded machine wall time includes waiting for a core, CPU time does not
// (for PostgreSQL it leaves out the server's share).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall and CPU time of one step.
struct Clock
{
    QElapsedTimer wall;
    double cpu0 = 0;
    void restart()
    {
        wall.restart();
        cpu0 = cpuMs();
    }
    double cpu() const { return cpuMs() - cpu0; }
};

struct Row
{
    QString what;
    double value = 0;
    double target = 0; // 0: no target
    QString unit = QStringLiteral("ms");
    QString note;
    double cpu = -1; // < 0: not measured
};

QList<Row> g_rows;

void add(const QString &what, double value, double target, const QString &note = {},
         const QString &unit = QStringLiteral("ms"), double cpu = -1)
{
    g_rows.append({what, value, target, unit, note, cpu});
    std::fprintf(stderr, "  %-46s %10.1f %s (cpu %.1f) %s\n", qPrintable(what), value, qPrintable(unit), cpu,
                 qPrintable(note));
}

void add(const QString &what, const Clock &c, double target, const QString &note = {})
{
    add(what, c.wall.nsecsElapsed() / 1e6, target, note, QStringLiteral("ms"), c.cpu());
}

// The sources pane as ReaderController::refreshSources fills it: feeds, unread per feed, all-unread and
// starred counts, tags with their counts, outlets.
int refreshSources(Store &store, SourceTreeModel &tree, QList<Tag> &tags, QList<Source> &outlets)
{
    const auto feeds = store.feeds().feeds();
    if (!feeds)
        return -1;
    QHash<qint64, int> unread;
    for (const Feed &feed : feeds.value()) {
        ArticleQuery q;
        q.feedIds = {feed.id};
        q.unreadOnly = true;
        unread.insert(feed.id, store.articles().count(q).value());
    }
    ArticleQuery all;
    all.unreadOnly = true;
    const int totalUnread = store.articles().count(all).value();
    ArticleQuery starredQuery;
    starredQuery.starredOnly = true;
    const int starred = store.articles().count(starredQuery).value();
    tags = store.tags().tags().value();
    outlets = store.feeds().sources().value();
    tree.setSources(feeds.value(), unread, tags, starred);
    return totalUnread;
}

// The dashboard: coverage by day and every country, outlet and producer (CoverageController).
void refreshDashboard(Store &store, const ArticleQuery &query, CoverageTimeModel &time,
                      CoverageShareModel &countries, CoverageShareModel &outlets,
                      CoverageShareModel &producers)
{
    time.setCells(store.coverage().countriesByDay(query).value());
    countries.setShares(store.coverage().topCountries(query, 0).value(), 10, true);
    outlets.setShares(store.coverage().byPublisher(query, 0).value(), 10, true);
    producers.setShares(store.coverage().byProducer(query, 0).value(), 10, true);
}

// The facet pane next to search results (CoverageController::refreshFacets): four lists of 8.
void refreshFacets(Store &store, const ArticleQuery &query, FacetModel &facets)
{
    facets.setValues(FacetModel::Countries, store.coverage().topCountries(query, 8).value());
    facets.setValues(FacetModel::Producers, store.coverage().byProducer(query, 8).value());
    facets.setValues(FacetModel::Outlets, store.coverage().byPublisher(query, 8).value());
    facets.setValues(FacetModel::Languages, store.coverage().byLanguage(query, 8).value());
}

// The machine's load average (/proc/loadavg), printed with the figures: wall times move with it.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

void printTable(const QString &label, int articles)
{
    std::printf("\n| %s: %d articles, load %s | wall | CPU | target | |\n|---|---:|---:|---:|---|\n",
                qPrintable(label), articles, qPrintable(loadAverage()));
    for (const Row &r : std::as_const(g_rows)) {
        const QString target = r.target > 0 ? QStringLiteral("< %1 %2").arg(r.target).arg(r.unit) : QString();
        const QString verdict =
            r.target <= 0 ? QString()
                          : (r.value < r.target ? QStringLiteral("met") : QStringLiteral("**missed**"));
        const QString cpu = r.cpu >= 0 ? QString::number(r.cpu, 'f', 1) : QString();
        std::printf("| %s | %.1f %s | %s | %s | %s %s |\n", qPrintable(r.what), r.value, qPrintable(r.unit),
                    qPrintable(cpu), qPrintable(target), qPrintable(verdict), qPrintable(r.note));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("archive"),
                                      QStringLiteral("path"));
    const QCommandLineOption labelOption(QStringLiteral("label"), QStringLiteral("name in the table"),
                                         QStringLiteral("name"), QStringLiteral("archive"));
    const QCommandLineOption pagesOption(QStringLiteral("scroll-pages"), QStringLiteral("fetchMore steps"),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption startOption(QStringLiteral("start-only"),
                                         QStringLiteral("only open, the sources pane and the first page"));
    const QCommandLineOption coverageOption(
        QStringLiteral("coverage-only"),
        QStringLiteral("after the start, only the facets of each search and the dashboards (no scrolling, no "
                       "result pages)"));
    const QCommandLineOption skipCoverageOption(
        QStringLiteral("skip-coverage"), QStringLiteral("leave out the facet pane and the dashboards"));
    const QCommandLineOption schemaOption(
        QStringLiteral("schema"),
        QStringLiteral("open with the migrations up to this version only (an archive kept at an older schema "
                       "is measured without upgrading it)"),
        QStringLiteral("version"));
    parser.addOptions(
        {dbOption, labelOption, pagesOption, startOption, coverageOption, skipCoverageOption, schemaOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        std::fprintf(stderr, "--db is required\n");
        return 2;
    }
    std::fprintf(stderr, "Desk at scale: %s (%s)\n", qPrintable(parser.value(labelOption)), qPrintable(path));

    // Start: open (the cheap integrity checks and migrations), the sources pane, the first page.
    Clock start;
    start.restart();
    Database db;
    Clock t;
    t.restart();
    Database::Options openOptions;
    openOptions.deferQuickCheck = true; // as the desk opens it (app/gui/main.cpp)
    if (parser.isSet(schemaOption)) {
        QList<Migration> steps = Migrations::appMigrations();
        const int upTo = parser.value(schemaOption).toInt();
        steps.erase(std::remove_if(steps.begin(), steps.end(),
                                   [upTo](const Migration &m) { return m.version > upTo; }),
                    steps.end());
        openOptions.migrations = Migrations(steps);
    }
    if (const Status opened = db.open(path, openOptions); !opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    const double openMs = ms(t.wall), openCpu = t.cpu();
    Store store(db);
    SourceTreeModel tree;
    QList<Tag> tags;
    QList<Source> outlets;
    t.restart();
    const int totalUnread = refreshSources(store, tree, tags, outlets);
    const double sourcesMs = ms(t.wall), sourcesCpu = t.cpu();
    ArticleListModel list([&store](const ArticleQuery &q) { return store.articles().list(q); });
    t.restart();
    list.setQuery(tree.queryFor(tree.index(0, 0))); // "All articles", newest first
    for (int r = 0; r < list.rowCount(); ++r)       // what the view paints: every cell of the visible rows
        for (int c = 0; c < ArticleListModel::ColumnCount; ++c)
            list.data(list.index(r, c));
    const double firstPageMs = ms(t.wall), firstPageCpu = t.cpu();
    const double startMs = ms(start.wall), startCpu = start.cpu();
    const int articles = store.articles().count({}).value();
    std::fprintf(stderr, "  %d articles, %d unread, %d feeds\n", articles, totalUnread,
                 int(store.feeds().feeds().value().size()));
    add(db.quickCheckDeferred() ? QStringLiteral("open (header check, migrations)")
                                : QStringLiteral("open (quick_check, migrations)"),
        openMs, 0, {}, QStringLiteral("ms"), openCpu);
    add(QStringLiteral("sources pane (unread/starred/tag counts)"), sourcesMs, 0, {}, QStringLiteral("ms"),
        sourcesCpu);
    add(QStringLiteral("first page of All articles (200 rows)"), firstPageMs, 0, {}, QStringLiteral("ms"),
        firstPageCpu);
    add(QStringLiteral("start to first page"), startMs, 1500, {}, QStringLiteral("ms"), startCpu);
    if (db.quickCheckDeferred()) {
        // The check the desk runs on its own thread and connection after the first page (StartupCheck).
        t.restart();
        const Result<QStringList> check = IntegrityCheck::quickCheck(db.path());
        add(QStringLiteral("background quick_check (off the start path)"), t, 0,
            check ? QStringLiteral("%1 problems").arg(check->size()) : check.error().message);
    }

    if (parser.isSet(startOption)) {
        printTable(parser.value(labelOption), articles);
        return 0;
    }

    const bool coverageOnly = parser.isSet(coverageOption);
    const bool skipCoverage = parser.isSet(skipCoverageOption);
    // Scrolling: each fetchMore runs on the GUI thread, so its time is the stall.
    const int pages = coverageOnly ? 0 : parser.value(pagesOption).toInt();
    QList<std::pair<double, double>> steps; // wall, cpu
    for (int i = 0; i < pages && list.canFetchMore({}); ++i) {
        t.restart();
        list.fetchMore({});
        steps.append({ms(t.wall), t.cpu()});
    }
    std::sort(steps.begin(), steps.end());
    if (!steps.isEmpty()) {
        const auto &median = steps.at(steps.size() / 2);
        add(QStringLiteral("scroll: median fetchMore step"), median.first, 0,
            QStringLiteral("%1 steps to row %2").arg(steps.size()).arg(list.rowCount()), QStringLiteral("ms"),
            median.second);
        add(QStringLiteral("scroll: worst fetchMore step"), steps.constLast().first, 50, {},
            QStringLiteral("ms"), steps.constLast().second);
    }
    if (!coverageOnly) {
        // Where OFFSET paging headed: one page 100,000 rows down; fetchMore now pages after the last row.
        ArticleQuery deep;
        deep.limit = ArticleListModel::kDefaultPageSize;
        deep.offset = 100000;
        t.restart();
        const auto byOffset = store.articles().list(deep);
        add(QStringLiteral("one page at row 100,000 by OFFSET (no target)"), t, 0);
        if (byOffset && !byOffset->isEmpty()) {
            deep.offset = 0;
            deep.afterId = byOffset->constFirst().id;
            deep.afterSortTime = byOffset->constFirst().sortTime;
            t.restart();
            store.articles().list(deep);
            add(QStringLiteral("one page at row 100,000 by keyset (no target)"), t, 0);
        }
    }

    // Search: parse, resolve names, first page; then the facet pane.
    const QString outletFilter = outlets.isEmpty() ? QString() : outlets.at(outlets.size() / 3).name;
    const QStringList searches = {
        QStringLiteral("sanctions"),
        QStringLiteral("missile launch"),
        QStringLiteral("\"foreign ministry\""),
        QStringLiteral("country:KP missile"),
        QStringLiteral("agency:Reuters sanctions"),
        QStringLiteral("lang:ru переговоры"),
        QString::fromUtf8("북한"),
        QStringLiteral("outlet:\"%1\"").arg(outletFilter),
        QStringLiteral("tag:Sanctions"),
        QStringLiteral("country:UA from:2026-10-01 to:2026-10-31"),
    };
    FacetModel facets;
    double worstSearch = 0;
    double worstFacets = 0;
    for (const QString &text : searches) {
        t.restart();
        ArticleQuery q;
        SearchQuery::parse(text).applyTo(q, tags, outlets);
        if (!coverageOnly)
            list.setQuery(q);
        const double first = ms(t.wall), firstCpu = t.cpu();
        t.restart();
        if (!skipCoverage)
            refreshFacets(store, q, facets);
        const double facetMs = ms(t.wall), facetCpu = t.cpu();
        worstSearch = std::max(worstSearch, first);
        worstFacets = std::max(worstFacets, facetMs);
        const QString path =
            store.coverage().usesSummary(q) ? QStringLiteral("summary") : QStringLiteral("articles");
        if (coverageOnly)
            add(QStringLiteral("facets %1").arg(text.left(36)), facetMs, 0,
                QStringLiteral("from the %1").arg(path), QStringLiteral("ms"), facetCpu);
        else
            add(QStringLiteral("search %1").arg(text.left(36)), first, 200,
                QStringLiteral("%1 rows; facets %2 ms (cpu %3, from the %4)")
                    .arg(list.rowCount())
                    .arg(facetMs, 0, 'f', 0)
                    .arg(facetCpu, 0, 'f', 0)
                    .arg(path),
                QStringLiteral("ms"), firstCpu);
    }
    if (!coverageOnly)
        add(QStringLiteral("search: worst first page"), worstSearch, 200);
    add(QStringLiteral("search: worst facet refresh (no target)"), worstFacets, 0);
    if (skipCoverage) {
        add(QStringLiteral("peak RSS"), wwbench::peakRssMiB(), 400, {}, QStringLiteral("MiB"));
        printTable(parser.value(labelOption), articles);
        return 0;
    }

    // The coverage dashboard for the whole archive, a folder and a search.
    CoverageTimeModel time;
    CoverageShareModel countries;
    CoverageShareModel outletShares;
    CoverageShareModel producers;
    const QList<std::pair<QString, ArticleQuery>> dashboards = [&] {
        QList<std::pair<QString, ArticleQuery>> d;
        d.append({QStringLiteral("All articles"), ArticleQuery{}});
        ArticleQuery folder;
        folder.folder = QStringLiteral("Koreas");
        d.append({QStringLiteral("folder Koreas"), folder});
        ArticleQuery month;
        month.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        month.to = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        d.append({QStringLiteral("October 2026"), month});
        ArticleQuery search;
        SearchQuery::parse(QStringLiteral("country:KP")).applyTo(search, tags, outlets);
        d.append({QStringLiteral("search country:KP"), search});
        return d;
    }();
    double worstDashboard = 0;
    for (const auto &[name, query] : dashboards) {
        t.restart();
        refreshDashboard(store, query, time, countries, outletShares, producers);
        const double d = ms(t.wall);
        worstDashboard = std::max(worstDashboard, d);
        add(QStringLiteral("dashboard: %1").arg(name), d, 300,
            QStringLiteral("%1 days, %2 countries, from the %3")
                .arg(time.rowCount())
                .arg(countries.rowCount())
                .arg(store.coverage().usesSummary(query) ? QStringLiteral("summary")
                                                         : QStringLiteral("articles")),
            QStringLiteral("ms"), t.cpu());
    }
    add(QStringLiteral("dashboard: worst refresh"), worstDashboard, 300);
    add(QStringLiteral("peak RSS"), wwbench::peakRssMiB(), 400, {}, QStringLiteral("MiB"));

    printTable(parser.value(labelOption), articles);
    return 0;
}
