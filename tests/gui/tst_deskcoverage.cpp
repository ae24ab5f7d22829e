// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "../models/storefixture.h"
#include "articleheader.h"
#include "articletableview.h"
#include "articleview.h"
#include "coveragecontroller.h"
#include "coveragedashboard.h"
#include "facetview.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/facetmodel.h"
#include "models/sourcetreemodel.h"
#include "readercontroller.h"
#include "sourcetreeview.h"
#include "storedatasource.h"
#include "timelineview.h"
#include "worldmapwidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

namespace {

// What the test adds to the shared fixture: the first ten wire stories get countries, a producer and body
// text. The expected numbers below are counted from this table, not written down.
struct Enrichment
{
    QStringList countries;
    QString producer;
};

Enrichment enrichmentFor(int i)
{
    static const QStringList sets[] = {
        {QStringLiteral("UA"), QStringLiteral("RU")}, {QStringLiteral("US")}, {QStringLiteral("UA")}};
    return {sets[i % 3], i % 2 ? QStringLiteral("Reuters") : QStringLiteral("AP")};
}

constexpr int kEnriched = 10;

} // namespace

// The coverage side of the desk, driven through the real main window over a temporary store: the
// dashboard and timeline tabs, click-to-filter on the map, search facets, highlighted matches, unread
// navigation and the list's fitted columns.
class TestDeskCoverage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardFollowsTheQuery_data();
    void dashboardFollowsTheQuery();
    void mapClickFiltersTheList();
    void mapHoverShowsTheValue();
    void facetsCountTheQuery_data();
    void facetsCountTheQuery();
    void facetClickNarrowsTheSearch();
    void timelineShowsTheQuerysStories();
    void searchMatchesAreHighlighted_data();
    void searchMatchesAreHighlighted();
    void nextUnreadSkipsReadArticles();
    void columnsFitTheirContent();
    void attributionWrapsAsOneParagraph();

private:
    void search(const QString &text);
    int countWhere(const std::function<bool(const Enrichment &)> &match) const;

    StoreFixture m_fixture;
    QList<qint64> m_enriched;
    std::unique_ptr<StoreDataSource> m_data;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestDeskCoverage::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    ww::ArticleQuery q;
    q.feedIds = {m_fixture.wireFeed};
    q.sort = ww::ArticleQuery::Sort::OldestFirst;
    q.limit = kEnriched;
    const auto wires = m_fixture.store->articles().list(q);
    QVERIFY(wires.ok());
    QCOMPARE(wires->size(), kEnriched);
    for (int i = 0; i < kEnriched; ++i) {
        const Enrichment e = enrichmentFor(i);
        ww::Article a;
        a.title = wires->at(i).title;
        a.producer = e.producer;
        a.language = QStringLiteral("en");
        a.text =
            QStringLiteral("Grain exports resumed or paused on day %1.\n\nTalks on grain continue; regrained "
                           "silos were not mentioned.")
                .arg(i);
        for (const QString &code : e.countries) {
            ww::CountryMention m;
            m.code = code;
            m.count = 1;
            a.countries.append(m);
        }
        QVERIFY(m_fixture.store->articles().saveExtraction(wires->at(i).id, a).ok());
        m_enriched.append(wires->at(i).id);
    }
    m_data = std::make_unique<StoreDataSource>(*m_fixture.store);
    m_settings =
        std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
}

void TestDeskCoverage::init()
{
    m_window = std::make_unique<MainWindow>(*m_data, *m_settings);
    m_window->resize(1280, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Every model of the live window under the model tester, through whatever the test drives.
    m_testers.clear();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_window->controller()->sourceModel(), m_window->controller()->articleModel(),
             m_window->coverage()->facetModel(), m_window->dashboard()->timeModel(),
             m_window->dashboard()->topCountriesModel(), m_window->dashboard()->outletModel(),
             m_window->dashboard()->producerModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestDeskCoverage::cleanup()
{
    m_testers.clear();
    m_window->close();
    m_window.reset();
    m_settings->clear();
}

void TestDeskCoverage::search(const QString &text)
{
    QLineEdit *edit = m_window->searchEdit();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    // Facets the coverage summary cannot answer (free text) are counted on the worker.
    QTRY_VERIFY(!m_window->coverage()->isFacetsPending());
}

int TestDeskCoverage::countWhere(const std::function<bool(const Enrichment &)> &match) const
{
    int n = 0;
    for (int i = 0; i < kEnriched; ++i)
        n += match(enrichmentFor(i)) ? 1 : 0;
    return n;
}

void TestDeskCoverage::dashboardFollowsTheQuery_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("articles"); // articles mentioning `country` that the search selects
    const auto has = [](const QString &code) {
        return [code](const Enrichment &e) { return e.countries.contains(code); };
    };
    QTest::addRow("everything") << QString() << QStringLiteral("UA") << countWhere(has(QStringLiteral("UA")));
    QTest::addRow("country filter") << QStringLiteral("country:US") << QStringLiteral("US")
                                    << countWhere(has(QStringLiteral("US")));
    QTest::addRow("agency filter") << QStringLiteral("agency:AP") << QStringLiteral("UA")
                                   << countWhere([](const Enrichment &e) {
                                          return e.producer == QLatin1String("AP") &&
                                                 e.countries.contains(QStringLiteral("UA"));
                                      });
    QTest::addRow("no match") << QStringLiteral("zzzznotthere") << QStringLiteral("UA") << 0;
}

void TestDeskCoverage::dashboardFollowsTheQuery()
{
    QFETCH(QString, search);
    QFETCH(QString, country);
    QFETCH(int, articles);
    // Ctrl+2 opens the dashboard; the search line above the tabs filters it like the list.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::View::Dashboard);
    this->search(search);
    // The dashboard is read on its worker thread; its models change on the GUI thread when it is done.
    QTRY_VERIFY(!m_window->coverage()->isDashboardPending());
    ww::CoverageDashboard *dashboard = m_window->dashboard();
    ww::CoverageShareModel *top = dashboard->topCountriesModel();
    int shown = 0;
    for (int row = 0; row < top->rowCount(); ++row) {
        if (top->key(row) == country)
            shown = top->count(row);
    }
    QCOMPARE(shown, articles);
    QCOMPARE(dashboard->mapWidget()->values().value(country), double(articles));
    // The charts hold what the store counts for the list's own query.
    const auto expected =
        m_fixture.store->coverage().byProducer(m_window->controller()->articleModel()->query(), 0);
    QVERIFY(expected.ok());
    int producers = 0;
    for (const ww::CountShare &s : *expected)
        producers += s.count;
    QCOMPARE(dashboard->producerModel()->total(), qint64(producers));
}

void TestDeskCoverage::mapClickFiltersTheList()
{
    m_window->showView(MainWindow::View::Dashboard);
    ww::WorldMapWidget *map = m_window->dashboard()->mapWidget();
    QTRY_VERIFY(map->isVisible() && map->width() > 100);
    const QPoint kyiv = map->widgetPoint(QPointF(31.0, 49.5)).toPoint();
    QCOMPARE(map->countryAt(kyiv), QStringLiteral("UA"));
    QTest::mouseClick(map, Qt::LeftButton, {}, kyiv);
    QCOMPARE(m_window->searchEdit()->text(), QStringLiteral("country:UA"));
    QCOMPARE(m_window->currentView(), MainWindow::View::Articles);
    auto *model = m_window->controller()->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(),
             countWhere([](const Enrichment &e) { return e.countries.contains(QStringLiteral("UA")); }));
    // A second click replaces the country instead of stacking filters.
    m_window->showView(MainWindow::View::Dashboard);
    const QPoint washington = map->widgetPoint(QPointF(-100.0, 40.0)).toPoint();
    QCOMPARE(map->countryAt(washington), QStringLiteral("US"));
    QTest::mouseClick(map, Qt::LeftButton, {}, washington);
    QCOMPARE(m_window->searchEdit()->text(), QStringLiteral("country:US"));
}

void TestDeskCoverage::mapHoverShowsTheValue()
{
    m_window->showView(MainWindow::View::Dashboard);
    ww::WorldMapWidget *map = m_window->dashboard()->mapWidget();
    QTRY_VERIFY(map->isVisible() && map->width() > 100);
    QTRY_VERIFY(!m_window->coverage()->isDashboardPending());
    const QPoint kyiv = map->widgetPoint(QPointF(31.0, 49.5)).toPoint();
    QTest::mouseMove(map, kyiv);
    QTRY_COMPARE(map->hoveredCountry(), QStringLiteral("UA"));
    const int ua = countWhere([](const Enrichment &e) { return e.countries.contains(QStringLiteral("UA")); });
    QVERIFY2(map->toolTipFor(QStringLiteral("UA")).endsWith(QStringLiteral(": %1").arg(ua)),
             qPrintable(map->toolTipFor(QStringLiteral("UA"))));
}

void TestDeskCoverage::facetsCountTheQuery_data()
{
    QTest::addColumn<QString>("search");
    QTest::addRow("everything") << QString();
    QTest::addRow("free text") << QStringLiteral("grain");
    QTest::addRow("country") << QStringLiteral("country:UA");
    QTest::addRow("agency") << QStringLiteral("agency:Reuters");
    QTest::addRow("no match") << QStringLiteral("zzzznotthere");
}

void TestDeskCoverage::facetsCountTheQuery()
{
    QFETCH(QString, search);
    this->search(search);
    const ww::ArticleQuery query = m_window->controller()->articleModel()->query();
    const ww::FacetModel *facets = m_window->coverage()->facetModel();
    using Facet = ww::FacetModel::Facet;
    const std::pair<Facet, std::function<ww::Result<QList<ww::CountShare>>()>> expected[] = {
        {Facet::Countries, [&] { return m_fixture.store->coverage().topCountries(query, 8); }},
        {Facet::Producers, [&] { return m_fixture.store->coverage().byProducer(query, 8); }},
        {Facet::Outlets, [&] { return m_fixture.store->coverage().byPublisher(query, 8); }},
        {Facet::Languages, [&] { return m_fixture.store->coverage().byLanguage(query, 8); }},
    };
    for (const auto &[facet, read] : expected) {
        const auto values = read();
        QVERIFY(values.ok());
        QCOMPARE(facets->valueCount(facet), int(values->size()));
        for (int row = 0; row < values->size(); ++row) {
            QCOMPARE(facets->key(facet, row), values->at(row).key);
            QCOMPARE(facets->count(facet, row), values->at(row).count);
        }
    }
    // Spot check against the fixture itself: the producer facet of a country search.
    if (search == QLatin1String("country:UA")) {
        const int ap = countWhere([](const Enrichment &e) {
            return e.producer == QLatin1String("AP") && e.countries.contains(QStringLiteral("UA"));
        });
        int shown = 0;
        for (int row = 0; row < facets->valueCount(Facet::Producers); ++row)
            if (facets->key(Facet::Producers, row) == QLatin1String("AP"))
                shown = facets->count(Facet::Producers, row);
        QCOMPARE(shown, ap);
    }
}

void TestDeskCoverage::facetClickNarrowsTheSearch()
{
    search(QStringLiteral("grain"));
    FacetView *view = m_window->facetView();
    const ww::FacetModel *facets = m_window->coverage()->facetModel();
    QVERIFY(facets->valueCount(ww::FacetModel::Producers) > 0);
    const QString producer = facets->key(ww::FacetModel::Producers, 0);
    const int count = facets->count(ww::FacetModel::Producers, 0);
    view->scrollTo(facets->index(0, 0, facets->groupIndex(ww::FacetModel::Producers)));
    const QRect rect = view->valueRect(ww::FacetModel::Producers, 0);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->searchEdit()->text(), QStringLiteral("agency:%1 grain").arg(producer));
    auto *model = m_window->controller()->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), count);
}

void TestDeskCoverage::timelineShowsTheQuerysStories()
{
    search(QStringLiteral("country:UA"));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::View::Timeline);
    ww::TimelineView *timeline = m_window->timeline();
    // No clusters in the fixture: every matching article is a story of its own.
    const int ua = countWhere([](const Enrichment &e) { return e.countries.contains(QStringLiteral("UA")); });
    QCOMPARE(timeline->storyCount(), ua);
    for (const ww::TimelineStory &story : timeline->stories())
        QVERIFY(m_enriched.contains(story.entries.first().articleId));
    // Clicking a publication opens it on the reading tab.
    const qint64 id = timeline->stories().first().entries.first().articleId;
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->dotPosition(0, 0).toPoint());
    QCOMPARE(m_window->currentView(), MainWindow::View::Articles);
    QCOMPARE(m_window->articleView()->articleId(), id);
    QCOMPARE(m_window->controller()->currentArticleId(), id);
}

void TestDeskCoverage::searchMatchesAreHighlighted_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("marked");
    // "Grain ... grain" are marked, "regrained" is not (not at a word start).
    QTest::addRow("word") << QStringLiteral("grain")
                          << QStringList{QStringLiteral("Grain"), QStringLiteral("grain")};
    QTest::addRow("prefix runs to the word end")
        << QStringLiteral("expo*") << QStringList{QStringLiteral("exports")};
    QTest::addRow("phrase") << QStringLiteral("\"talks on grain\"")
                            << QStringList{QStringLiteral("Talks on grain")};
    QTest::addRow("filters only: nothing marked") << QStringLiteral("country:UA") << QStringList();
    QTest::addRow("operators not marked")
        << QStringLiteral("grain OR exports")
        << QStringList{QStringLiteral("Grain"), QStringLiteral("exports"), QStringLiteral("grain")};
}

void TestDeskCoverage::searchMatchesAreHighlighted()
{
    QFETCH(QString, search);
    QFETCH(QStringList, marked);
    this->search(search);
    QVERIFY(m_window->controller()->articleModel()->rowCount() > 0);
    m_window->controller()->next();
    ArticleView *view = m_window->articleView();
    QVERIFY(view->articleId() > 0);
    QCOMPARE(view->highlightedTexts(), marked);
}

void TestDeskCoverage::nextUnreadSkipsReadArticles()
{
    auto *model = m_window->controller()->articleModel();
    QVERIFY(model->rowCount() > 8);
    QList<qint64> all;
    for (int row = 0; row < model->rowCount(); ++row)
        all.append(model->summary(row).id);
    QVERIFY(m_fixture.store->articles().setRead(all, false).ok()); // other tests opened (read) some
    QVERIFY(m_fixture.store->articles().setRead({all.at(1), all.at(2), all.at(4), all.at(5)}, true).ok());
    m_window->controller()->reload();
    ArticleTableView *list = m_window->articleList();
    // Current row first: a list that gets focus without one opens (and reads) its first row.
    list->selectionModel()->setCurrentIndex(model->index(6, ww::ArticleListModel::TitleColumn),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_U, Qt::ShiftModifier); // back over 5 and 4 (read) to 3
    QCOMPARE(list->currentIndex().row(), 3);
    QTest::keyClick(list, Qt::Key_U); // 4, 5 read, 6 read when it was opened
    QCOMPARE(list->currentIndex().row(), 7);
    QTest::keyClick(list, Qt::Key_U, Qt::ShiftModifier); // everything above was read or opened but row 0
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_U, Qt::ShiftModifier); // none above: stays
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(m_fixture.store->articles().setRead(all, false).ok());
}

void TestDeskCoverage::columnsFitTheirContent()
{
    ArticleTableView *list = m_window->articleList();
    auto *model = m_window->controller()->articleModel();
    QVERIFY(model->rowCount() > 0);
    QFont bold = list->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    for (int column : {int(ww::ArticleListModel::TimeColumn), int(ww::ArticleListModel::OutletColumn),
                       int(ww::ArticleListModel::ProducerColumn)}) {
        int widest = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            widest = qMax(widest, fm.horizontalAdvance(model->index(row, column).data().toString()));
        QVERIFY2(
            list->columnWidth(column) >= widest,
            qPrintable(
                QStringLiteral("column %1: %2 < %3").arg(column).arg(list->columnWidth(column)).arg(widest)));
    }
    // The title still gets most of the room.
    QVERIFY(list->columnWidth(ww::ArticleListModel::TitleColumn) > list->viewport()->width() / 3);
}

void TestDeskCoverage::attributionWrapsAsOneParagraph()
{
    m_window->sourceView()->setCurrentIndex(
        m_window->controller()->sourceModel()->indexOfFolder(QStringLiteral("Asia")));
    m_window->controller()->openArticle(m_fixture.richArticle);
    ArticleHeader *header = m_window->articleView()->header();
    QCOMPARE(header->attributionText(),
             QStringLiteral("Published by Global South World \u2014 produced by Reuters"));
    // One label holds the sentence: at any width the producer follows the publisher's words instead of
    // sitting in a squeezed column beside them.
    const auto labels = header->findChildren<QLabel *>();
    const auto sentence = std::count_if(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->isVisible() && l->text().contains(QStringLiteral("Global South World"));
    });
    QCOMPARE(sentence, 1);
    for (const QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(QStringLiteral("Reuters")) &&
            label->text().contains(QStringLiteral("Published")))
            QVERIFY(label->geometry().right() <= header->width());
    }
}

QTEST_MAIN(TestDeskCoverage)
#include "tst_deskcoverage.moc"
