// g++ 12 flags the std::variant inside Result<T> as maybe-uninitialized here at -O2 (a known false positive).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "../models/storefixture.h"
#include "articlebrowser.h"
#include "articleheader.h"
#include "articletableview.h"
#include "articleview.h"
#include "coveragecontroller.h"
#include "coveragedashboard.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/facetmodel.h"
#include "models/searchquery.h"
#include "models/sourcetreemodel.h"
#include "readercontroller.h"
#include "screenshotter.h"
#include "sourcetreeview.h"
#include "storedatasource.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

// Drives the real window under the offscreen platform over a temporary store.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnAllArticles();
    void selectingFeedFillsList_data();
    void selectingFeedFillsList();
    void openingArticleShowsAttribution();
    void searchNarrowsList_data();
    void searchNarrowsList();
    void smartFolderNarrowsList_data();
    void smartFolderNarrowsList();
    void statusBarForgetsClearedSearch();
    void allArticlesShowsUnreadAndStored();
    void keyboardNavigation();
    void markAndStar();
    void layoutRemembered();
    void screenshots();

private:
    int total() const
    {
        return StoreFixture::kWireItems + StoreFixture::kAsiaItems + StoreFixture::kLooseItems;
    }
    void selectRow(int row);

    StoreFixture m_fixture;
    std::unique_ptr<StoreDataSource> m_data;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_fixture.setUp());
    m_data = std::make_unique<StoreDataSource>(*m_fixture.store);
    m_settings =
        std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(*m_data, *m_settings);
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

void TestMainWindow::cleanup()
{
    m_testers.clear();
    m_window->close();
    m_window.reset();
}

void TestMainWindow::selectRow(int row)
{
    ArticleTableView *list = m_window->articleList();
    list->setFocus();
    list->selectionModel()->setCurrentIndex(list->model()->index(row, ww::ArticleListModel::TitleColumn),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestMainWindow::startsOnAllArticles()
{
    const auto *model = m_window->controller()->articleModel();
    QCOMPARE(m_window->sourceView()->currentIndex().row(), 0);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(!m_window->articleList()->currentIndex().isValid());
}

void TestMainWindow::selectingFeedFillsList_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("titlePrefix");
    QTest::addRow("wire feed") << QStringLiteral("wire") << int(StoreFixture::kWireItems)
                               << QStringLiteral("Wire story");
    QTest::addRow("asia folder") << QStringLiteral("Asia") << int(StoreFixture::kAsiaItems)
                                 << QStringLiteral("Pyongyang story");
    QTest::addRow("failing loose feed")
        << QStringLiteral("loose") << int(StoreFixture::kLooseItems) << QStringLiteral("Blog story");
}

void TestMainWindow::selectingFeedFillsList()
{
    QFETCH(QString, which);
    QFETCH(int, rows);
    QFETCH(QString, titlePrefix);
    auto *sources = m_window->controller()->sourceModel();
    const QModelIndex target = which == QLatin1String("wire")    ? sources->indexOfFeed(m_fixture.wireFeed)
                               : which == QLatin1String("loose") ? sources->indexOfFeed(m_fixture.looseFeed)
                                                                 : sources->indexOfFolder(which);
    QVERIFY(target.isValid());
    // Click the row like the analyst would.
    SourceTreeView *tree = m_window->sourceView();
    tree->scrollTo(target);
    const QRect rect = tree->visualRect(target);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree->currentIndex(), target);
    auto *model = m_window->controller()->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), rows);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(
            model->index(row, ww::ArticleListModel::TitleColumn).data().toString().startsWith(titlePrefix));
}

void TestMainWindow::openingArticleShowsAttribution()
{
    auto *model = m_window->controller()->articleModel();
    m_window->sourceView()->setCurrentIndex(
        m_window->controller()->sourceModel()->indexOfFolder(QStringLiteral("Asia")));
    model->sort(ww::ArticleListModel::TimeColumn, Qt::AscendingOrder);
    const int row = model->rowOfId(m_fixture.richArticle);
    QVERIFY(row >= 0);
    selectRow(row);
    ArticleView *view = m_window->articleView();
    QCOMPARE(view->articleId(), m_fixture.richArticle);
    ArticleHeader *header = view->header();
    QCOMPARE(header->titleText(), QStringLiteral("Pyongyang story 00"));
    QVERIFY2(header->attributionText().contains(QStringLiteral("Global South World")),
             qPrintable(header->attributionText()));
    QVERIFY2(header->attributionText().contains(QStringLiteral("produced by Reuters")),
             qPrintable(header->attributionText()));
    QVERIFY(header->attributionToolTip().contains(QStringLiteral("SEOUL, Oct 14 (Reuters)")));
    QVERIFY(header->metaText().contains(QStringLiteral("By Hyonhee Shin")));
    QCOMPARE(header->countryChips(), (QStringList{QStringLiteral("KP"), QStringLiteral("RU")}));
    const QString body = view->browser()->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("Kim Jong Un meets Vladimir Putin in Pyongyang")),
             qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS")));
    QVERIFY(body.contains(QStringLiteral("photographer: Vladimir Smirnov")));
    QVERIFY(body.contains(QStringLiteral("pool photo")));
    QVERIFY(body.contains(QStringLiteral("North Korea said on Tuesday")));
    // Opening marks it read, in the list and in the store.
    QVERIFY(model->index(row, 0).data(ww::ArticleListModel::ReadRole).toBool());
    QVERIFY(m_fixture.store->articles().get(m_fixture.richArticle)->read);
    QVERIFY(m_fixture.store->articles().setRead({m_fixture.richArticle}, false).ok());
}

void TestMainWindow::searchNarrowsList_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::addRow("no search") << QString() << total();
    QTest::addRow("free text") << QStringLiteral("Pyongyang") << int(StoreFixture::kAsiaItems);
    QTest::addRow("country filter") << QStringLiteral("country:KP") << 1;
    QTest::addRow("agency filter") << QStringLiteral("agency:Reuters") << 1;
    QTest::addRow("outlet filter") << QStringLiteral("outlet:Reuters") << int(StoreFixture::kWireItems);
    QTest::addRow("outlet and text") << QStringLiteral("outlet:\"Global South\" Pyongyang")
                                     << int(StoreFixture::kAsiaItems);
    QTest::addRow("unknown outlet") << QStringLiteral("outlet:Nowhere") << 0;
    QTest::addRow("no match") << QStringLiteral("zzzznotthere") << 0;
}

void TestMainWindow::searchNarrowsList()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    QLineEdit *edit = m_window->searchEdit();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, search);
    QTest::keyClick(edit, Qt::Key_Return);
    auto *model = m_window->controller()->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), rows);
}

void TestMainWindow::smartFolderNarrowsList_data()
{
    QTest::addColumn<QString>("kind"); // "search" or "tag"
    QTest::addColumn<QString>("query");
    QTest::addRow("saved search: words") << QStringLiteral("search") << QStringLiteral("Pyongyang");
    QTest::addRow("saved search: outlet filter")
        << QStringLiteral("search") << QStringLiteral("outlet:Reuters");
    QTest::addRow("saved search: tag and words")
        << QStringLiteral("search") << QStringLiteral("tag:desk-folder Blog");
    QTest::addRow("tag") << QStringLiteral("tag") << QStringLiteral("tag:desk-folder");
}

void TestMainWindow::smartFolderNarrowsList()
{
    QFETCH(QString, kind);
    QFETCH(QString, query);
    ww::Store &store = *m_fixture.store;
    // Every third article carries the tag; one saved search per query.
    auto tag = store.tags().tagByName(QStringLiteral("desk-folder"));
    if (!tag.ok()) {
        const auto id = store.tags().create(QStringLiteral("desk-folder"), QStringLiteral("#aa3355"));
        QVERIFY(id.ok());
        ww::ArticleQuery everything;
        everything.limit = 1000;
        everything.sort = ww::ArticleQuery::Sort::ArrivalOrder;
        QList<qint64> ids;
        const auto all = store.articles().list(everything);
        for (int i = 0; i < all->size(); i += 3)
            ids << all->at(i).id;
        QVERIFY(store.tags().assign(ids, *id).ok());
        tag = store.tags().tagByName(QStringLiteral("desk-folder"));
    }
    QVERIFY(tag.ok());
    qint64 searchId = 0;
    if (kind == QLatin1String("search")) {
        ww::SavedSearch saved;
        saved.name = QStringLiteral("folder ") + query;
        saved.query = query;
        saved.alert = query.contains(QStringLiteral("tag:"));
        const auto id = store.savedSearches().add(saved);
        QVERIFY(id.ok());
        searchId = *id;
    }
    m_window->controller()->refreshSources();

    // What the search line selects for the same text.
    ww::ArticleQuery expected;
    ww::SearchQuery::parse(query).applyTo(expected, *store.tags().tags(), *store.feeds().sources());
    expected.limit = 1000;
    QList<qint64> expectedIds;
    const auto listedExpected = store.articles().list(expected);
    QVERIFY(listedExpected.ok());
    for (const ww::ArticleSummary &a : *listedExpected)
        expectedIds << a.id;
    QVERIFY(!expectedIds.isEmpty());

    auto *sources = m_window->controller()->sourceModel();
    const QModelIndex target =
        searchId ? sources->indexOfSavedSearch(searchId) : sources->indexOfTag(tag->id);
    QVERIFY(target.isValid());
    QCOMPARE(target.siblingAtColumn(ww::SourceTreeModel::UnreadColumn)
                 .data(ww::SourceTreeModel::UnreadRole)
                 .toInt(),
             int(expectedIds.size()));
    SourceTreeView *tree = m_window->sourceView();
    tree->scrollTo(target);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(target).center());
    QCOMPARE(tree->currentIndex(), target);
    auto *model = m_window->controller()->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<qint64> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data(ww::ArticleListModel::IdRole).toLongLong();
    std::sort(shown.begin(), shown.end());
    std::sort(expectedIds.begin(), expectedIds.end());
    QCOMPARE(shown, expectedIds);
    QVERIFY(int(shown.size()) < total());

    // The counts follow new tags without losing the selected row.
    const qint64 untagged = [&] {
        ww::ArticleQuery q;
        q.limit = 1000;
        const auto listedQ = store.articles().list(q);
        if (!listedQ.ok())
            return qint64(0);
        for (const ww::ArticleSummary &a : *listedQ)
            if (!a.tags.contains(QStringLiteral("desk-folder")))
                return a.id;
        return qint64(0);
    }();
    QVERIFY(untagged > 0);
    if (kind == QLatin1String("tag")) {
        QVERIFY(store.tags().assign({untagged}, tag->id).ok());
        m_window->controller()->refreshSources();
        QCOMPARE(tree->currentIndex().data(ww::SourceTreeModel::IdRole).toLongLong(), tag->id);
        QCOMPARE(tree->currentIndex().siblingAtColumn(1).data(ww::SourceTreeModel::UnreadRole).toInt(),
                 int(expectedIds.size()) + 1);
        QVERIFY(store.tags().unassign({untagged}, tag->id).ok());
    } else {
        QVERIFY(store.savedSearches().remove(searchId).ok());
    }
}

void TestMainWindow::statusBarForgetsClearedSearch()
{
    QLineEdit *edit = m_window->searchEdit();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("Pyongyang"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("%1 match(es)").arg(StoreFixture::kAsiaItems));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Escape); // clears the search
    QCOMPARE(edit->text(), QString());
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
}

void TestMainWindow::allArticlesShowsUnreadAndStored()
{
    // Opening an article reads it: "All articles" then shows one unread fewer, and still every stored one.
    ww::ArticleQuery unreadOnly;
    unreadOnly.unreadOnly = true;
    const int unread = *m_fixture.store->articles().count(unreadOnly);
    QVERIFY(unread > 1);
    const QModelIndex all =
        m_window->controller()->sourceModel()->index(0, ww::SourceTreeModel::UnreadColumn);
    QCOMPARE(all.data().toString(), QStringLiteral("%1 / %2").arg(unread).arg(total()));
    m_window->articleList()->setCurrentIndex(QModelIndex());
    m_window->controller()->nextUnread();
    const qint64 opened = m_window->articleView()->articleId();
    QVERIFY(opened > 0);
    QCOMPARE(all.data().toString(), QStringLiteral("%1 / %2").arg(unread - 1).arg(total()));
    QVERIFY(m_fixture.store->articles().setRead({opened}, false).ok());
}

void TestMainWindow::keyboardNavigation()
{
    ArticleTableView *list = m_window->articleList();
    list->setFocus();
    list->setCurrentIndex(QModelIndex()); // earlier tests may have opened an article
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 0);
    const qint64 first = m_window->articleView()->articleId();
    QVERIFY(first > 0);
    QTest::keyClick(list, Qt::Key_J);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_P);
    QTest::keyClick(list, Qt::Key_P); // stays on the first row
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(m_window->articleView()->articleId(), first);
    // "/" goes to the search line; letters typed there are text, not shortcuts.
    QTest::keyClick(list, Qt::Key_Slash);
    QVERIFY(m_window->searchEdit()->hasFocus());
    QTest::keyClicks(m_window->searchEdit(), QStringLiteral("jk"));
    QCOMPARE(m_window->searchEdit()->text(), QStringLiteral("jk"));
    QCOMPARE(list->currentIndex().row(), 0);
    // Enter in the list opens the article and moves focus to the text (focus needs the active window).
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(m_window->articleView()->browser()->hasFocus());
    QCOMPARE(m_window->articleView()->articleId(), m_window->controller()->currentArticleId());
}

void TestMainWindow::markAndStar()
{
    ArticleTableView *list = m_window->articleList();
    list->setFocus();
    list->setCurrentIndex(QModelIndex()); // earlier tests may have opened an article
    QTest::keyClick(list, Qt::Key_J);     // opens (and reads) row 0
    const qint64 id = m_window->controller()->currentArticleId();
    QVERIFY(m_fixture.store->articles().get(id)->read);
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(!m_fixture.store->articles().get(id)->read);
    QVERIFY(!list->currentIndex().data(ww::ArticleListModel::ReadRole).toBool());
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(m_fixture.store->articles().get(id)->starred);
    QVERIFY(list->currentIndex().data(ww::ArticleListModel::StarredRole).toBool());
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(!m_fixture.store->articles().get(id)->starred);
}

void TestMainWindow::layoutRemembered()
{
    auto *header = m_window->articleList()->horizontalHeader();
    header->resizeSection(ww::ArticleListModel::OutletColumn, 222);
    header->moveSection(header->visualIndex(ww::ArticleListModel::TagsColumn), 0);
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_data, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    header = m_window->articleList()->horizontalHeader();
    QCOMPARE(header->sectionSize(ww::ArticleListModel::OutletColumn), 222);
    QCOMPARE(header->visualIndex(ww::ArticleListModel::TagsColumn), 0);
    m_settings->clear();
}

void TestMainWindow::screenshots()
{
    // The --screenshot path: every view as a non-empty PNG of the right size. WW_SCREENSHOT_DIR keeps them.
    QTemporaryDir out;
    const QString dir = qEnvironmentVariableIsSet("WW_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("WW_SCREENSHOT_DIR")
                            : out.path();
    Screenshotter shooter(*m_window);
    const QStringList files = shooter.run(dir);
    QCOMPARE(files.size(), Screenshotter::ShotCount);
    for (const QString &file : files) {
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() >= 200 && image.height() >= 150); // the settings dialog is the smallest
    }
    QCOMPARE(QImage(files.first()).size(), m_window->size() * m_window->devicePixelRatio());
    QVERIFY(m_window->articleView()->articleId() > 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
