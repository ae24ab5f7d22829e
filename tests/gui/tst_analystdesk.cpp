#include "alertcenter.h"
#include "analystdesk.h"
#include "annotationpanel.h"
#include "tagbar.h"

#include "store/database.h"
#include "store/store.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ww;

class TestAnalystDesk : public QObject
{
    Q_OBJECT
private slots:
    void deskFollowsTheOpenArticle();
    void alertsShowABadgeUntilSeen();
    void bulkAndStoryTagging();
};

void TestAnalystDesk::deskFollowsTheOpenArticle()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    Store store(db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    ParsedFeed pf;
    FeedItem it;
    it.key = QStringLiteral("1");
    it.title = QStringLiteral("Grain corridor");
    pf.items << it;
    const qint64 id = store.articles().ingest(feed, pf)->addedIds.constFirst();
    const qint64 tag = *store.tags().create(QStringLiteral("grain"));
    QVERIFY(store.tags().assign({id}, tag));

    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    window.setCentralWidget(browser);
    QLineEdit search;
    AnalystDesk desk(store, &window, browser, &search);
    QVERIFY(!desk.highlightAction()->isEnabled());
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("analystDock")));
    bool notesMenu = false;
    for (QAction *a : window.menuBar()->actions())
        notesMenu = notesMenu || a->text() == QStringLiteral("&Notes");
    QVERIFY(notesMenu);

    browser->setPlainText(QStringLiteral("Grain corridor reopens"));
    desk.showArticle(id);
    QVERIFY(desk.highlightAction()->isEnabled());
    QCOMPARE(desk.tagBar()->articleId(), id);
    QCOMPARE(desk.tagBar()->tagNames(), QStringList{QStringLiteral("grain")});
    QVERIFY(desk.annotations()->addArticleNote(QStringLiteral("check")));

    desk.showArticle(4242); // gone meanwhile: the desk clears instead of showing stale work
    QCOMPARE(desk.tagBar()->articleId(), 0);
    QVERIFY(desk.annotations()->annotations().isEmpty());
    QVERIFY(!desk.highlightAction()->isEnabled());
}

void TestAnalystDesk::alertsShowABadgeUntilSeen()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    Store store(db);
    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    AnalystDesk desk(store, &window, browser, nullptr);
    desk.alerts()->setNotifier([](const QString &, const QString &) {});
    QVERIFY(desk.alertBadge()->isHidden());
    desk.alerts()->raise({AlertRecord{1, 1, QDateTime::currentDateTimeUtc(), 3, 10, QStringLiteral("x")}});
    QVERIFY(!desk.alertBadge()->isHidden());
    QVERIFY(desk.alertBadge()->text().contains(QLatin1Char('3')));
    desk.alerts()->markSeen();
    QVERIFY(desk.alertBadge()->isHidden());
}

void TestAnalystDesk::bulkAndStoryTagging()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    Store store(db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    ParsedFeed pf;
    for (int i = 0; i < 4; ++i) {
        FeedItem it;
        it.key = QString::number(i);
        it.title = QStringLiteral("Story %1").arg(i);
        pf.items << it;
    }
    const QList<qint64> ids = store.articles().ingest(feed, pf)->addedIds;
    const qint64 cluster = *store.clusters().save(ids[0], {ids[0], ids[1]}, QStringLiteral("Reuters"));

    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    AnalystDesk desk(store, &window, browser, nullptr);
    QVERIFY(desk.tagArticles({ids[2], ids[3]}, QStringLiteral("bulk")));
    QCOMPARE(store.tags().tagByName(QStringLiteral("bulk"))->articleCount, 2);
    QVERIFY(desk.tagArticles({ids[3]}, QStringLiteral("BULK"))); // the same tag, whatever the case
    QCOMPARE(store.tags().tags()->size(), 1);

    QVERIFY(desk.tagStory(ids[1], QStringLiteral("wire story")));
    const Tag story = *store.tags().tagByName(QStringLiteral("wire story"));
    QCOMPARE(story.articleCount, 2);
    QCOMPARE(store.tags().tagsForCluster(cluster)->constFirst().id, story.id);
    QVERIFY(desk.tagStory(ids[3], QStringLiteral("alone"))); // no cluster: just the article
    QCOMPARE(store.tags().tagByName(QStringLiteral("alone"))->articleCount, 1);
    QVERIFY(!desk.tagArticles({}, QStringLiteral("x")));
}

QTEST_MAIN(TestAnalystDesk)
#include "tst_analystdesk.moc"
