#include "alertcenter.h"
#include "alerthistorydialog.h"
#include "analystdesk.h"
#include "annotationlistdialog.h"
#include "annotationpanel.h"
#include "clusternotespanel.h"
#include "tagbar.h"
#include "tagmanagerdialog.h"

#include "store/database.h"
#include "store/store.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ww;

class TestAnalystDesk : public QObject
{
    Q_OBJECT
private slots:
    void deskFollowsTheOpenArticle();
    void alertsShowABadgeUntilSeen();
    void bulkAndStoryTagging();
    void notesMenuOpensTheAnalystWindows();
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

void TestAnalystDesk::notesMenuOpensTheAnalystWindows()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("desk.sqlite"))));
    Store store(db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *store.feeds().addFeed(f);
    ParsedFeed pf;
    for (int i = 0; i < 2; ++i) {
        FeedItem it;
        it.key = QString::number(i);
        it.title = QStringLiteral("Copy %1").arg(i);
        pf.items << it;
    }
    const QList<qint64> ids = store.articles().ingest(feed, pf)->addedIds;
    const qint64 cluster = *store.clusters().save(ids[0], {ids[0], ids[1]}, QStringLiteral("Reuters"));
    const qint64 tag = *store.tags().create(QStringLiteral("old name"));
    QVERIFY(store.tags().assign({ids[1]}, tag));

    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    window.setCentralWidget(browser);
    AnalystDesk desk(store, &window, browser, nullptr);
    QMenu *notes = nullptr;
    for (QAction *a : window.menuBar()->actions())
        if (a->text() == QStringLiteral("&Notes"))
            notes = a->menu();
    QVERIFY(notes);
    const auto action = [notes](const QString &text) -> QAction * {
        for (QAction *a : notes->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    for (const QString &text :
         {QStringLiteral("&Manage tags…"), QStringLiteral("&All notes…"), QStringLiteral("Alert &history…"),
          QStringLiteral("Note on the whole st&ory…")})
        QVERIFY2(action(text), qPrintable(text));

    // The open article's story gets its notes panel; an article in no story hides it.
    desk.showArticle(ids[1]);
    QCOMPARE(desk.storyNotes()->clusterId(), cluster);
    QVERIFY(desk.storyNotes()->addNote(QStringLiteral("story note")));

    // Tag edits reach the tag bar and are announced for the lists and folders.
    QSignalSpy tagList(&desk, &AnalystDesk::tagListChanged);
    action(QStringLiteral("&Manage tags…"))->trigger();
    TagManagerDialog *manager = desk.manageTags();
    QVERIFY(manager && manager->isVisible());
    QVERIFY(manager->renameTag(tag, QStringLiteral("new name")));
    QCOMPARE(tagList.size(), 1);
    QCOMPARE(desk.tagBar()->tagNames(), QStringList{QStringLiteral("new name")});

    // The notes list opens articles through the desk; a story note opens the story's first copy.
    QSignalSpy open(&desk, &AnalystDesk::openArticleRequested);
    action(QStringLiteral("&All notes…"))->trigger();
    AnnotationListDialog *list = desk.showAllNotes();
    QCOMPARE(list->visibleCount(), 1);
    list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
    list->openCurrent();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), ids[0]);
    QVERIFY(desk.annotations()->addArticleNote(QStringLiteral("article note")));
    QCOMPARE(list->visibleCount(), 2); // the open list follows new notes

    // The badge links to the alert history, which marks the alerts seen.
    desk.alerts()->setNotifier([](const QString &, const QString &) {});
    desk.alerts()->raise(
        {AlertRecord{1, 1, QDateTime::currentDateTimeUtc(), 2, ids[0], QStringLiteral("x")}});
    QVERIFY(!desk.alertBadge()->isHidden());
    QVERIFY(desk.alertBadge()->text().contains(QStringLiteral("<a ")));
    emit desk.alertBadge()->linkActivated(QStringLiteral("#alerts"));
    QVERIFY(desk.alertBadge()->isHidden());
    QCOMPARE(desk.alerts()->unseen(), 0);
    QVERIFY(desk.showAlertHistory()->isVisible());
}

QTEST_MAIN(TestAnalystDesk)
#include "tst_analystdesk.moc"
