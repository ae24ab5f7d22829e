#include "pgserver.h"
#include "storetest.h"

#include "store/changenotifier.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

// Live updates between two clients of one PostgreSQL archive (the test process's own server): each client
// has its own connection and client id, as two analysts' machines would.
class TestChangeNotifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sqliteNeverEmits();
    void teammateWritesArrive_data();
    void teammateWritesArrive();
    void ownWritesAreSkipped();
    void rolledBackWritesAreSilent();
    void listenerSurvivesLostSession();

private:
    Database::Options client(const QString &id) const;

    QString m_conn;
    std::unique_ptr<Database> m_listenDb;
    std::unique_ptr<Database> m_writerDb;
    std::unique_ptr<Store> m_writer;
    std::unique_ptr<ChangeNotifier> m_notifier;
    qint64 m_feed = 0;
};

void TestChangeNotifier::initTestCase()
{
    QVERIFY2(PgServer::instance().ok(), qPrintable(PgServer::instance().error()));
}

Database::Options TestChangeNotifier::client(const QString &id) const
{
    Database::Options o;
    o.clientId = id;
    return o;
}

void TestChangeNotifier::init()
{
    m_conn = PgServer::instance().createDatabase();
    m_writerDb = std::make_unique<Database>();
    QVERIFY(m_writerDb->open(m_conn, client(QStringLiteral("poller"))));
    m_writer = std::make_unique<Store>(*m_writerDb);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    m_feed = *m_writer->feeds().addFeed(f);
    m_listenDb = std::make_unique<Database>();
    QVERIFY(m_listenDb->open(m_conn, client(QStringLiteral("analyst"))));
    m_notifier = std::make_unique<ChangeNotifier>(*m_listenDb);
    QVERIFY(m_notifier->start());
    QVERIFY(m_notifier->isListening());
}

void TestChangeNotifier::cleanup()
{
    m_notifier.reset();
    m_writer.reset();
    m_writerDb.reset();
    m_listenDb.reset();
}

void TestChangeNotifier::sqliteNeverEmits()
{
    TempDatabase sqlite;
    sqlite.path = sqlite.dir.filePath(QStringLiteral("single.sqlite")); // always a file, whatever the backend
    QVERIFY(sqlite.db.open(sqlite.path));
    ChangeNotifier notifier(sqlite.db);
    QSignalSpy tags(&notifier, &ChangeNotifier::tagsChanged);
    QVERIFY(notifier.start());
    QVERIFY(!notifier.isListening());
    Store store(sqlite.db);
    QVERIFY(store.tags().create(QStringLiteral("local")));
    // A PostgreSQL write that does reach the other listener marks the point where any signal would be due.
    QSignalSpy remote(m_notifier.get(), &ChangeNotifier::tagsChanged);
    QVERIFY(m_writer->tags().create(QStringLiteral("remote")));
    QVERIFY(remote.wait(10000));
    QCOMPARE(tags.count(), 0);
}

void TestChangeNotifier::teammateWritesArrive_data()
{
    QTest::addColumn<QString>("what");
    QTest::addRow("new articles") << QStringLiteral("articles");
    QTest::addRow("a tag") << QStringLiteral("tags");
    QTest::addRow("an annotation") << QStringLiteral("annotations");
}

void TestChangeNotifier::teammateWritesArrive()
{
    QFETCH(QString, what);
    QSignalSpy articles(m_notifier.get(), &ChangeNotifier::articlesChanged);
    QSignalSpy tags(m_notifier.get(), &ChangeNotifier::tagsChanged);
    QSignalSpy annotations(m_notifier.get(), &ChangeNotifier::annotationsChanged);
    const Result<IngestResult> ingested = m_writer->articles().ingest(
        m_feed, feedOf({item(QStringLiteral("k1"), QString::fromUtf8("Санкции: 러시아 news"))}));
    QVERIFY(ingested);
    QTRY_COMPARE_WITH_TIMEOUT(articles.count(), 1, 10000);
    if (what == QLatin1String("tags")) {
        const Result<qint64> tag = m_writer->tags().create(QStringLiteral("sanctions"));
        QVERIFY(tag);
        QVERIFY(m_writer->tags().assign(ingested->addedIds, *tag));
        QTRY_VERIFY_WITH_TIMEOUT(tags.count() >= 1, 10000);
        QCOMPARE(annotations.count(), 0);
    } else if (what == QLatin1String("annotations")) {
        Annotation a;
        a.articleId = ingested->addedIds.value(0);
        a.note = QStringLiteral("check the dateline");
        QVERIFY(m_writer->annotations().add(a));
        QTRY_COMPARE_WITH_TIMEOUT(annotations.count(), 1, 10000);
        QCOMPARE(tags.count(), 0);
    } else {
        QCOMPARE(tags.count(), 0);
        QCOMPARE(annotations.count(), 0);
    }
    // The listener's own view agrees with what the notification announced.
    Store reader(*m_listenDb);
    QCOMPARE(reader.stats()->articles, 1);
}

void TestChangeNotifier::ownWritesAreSkipped()
{
    QSignalSpy tags(m_notifier.get(), &ChangeNotifier::tagsChanged);
    QSignalSpy annotations(m_notifier.get(), &ChangeNotifier::annotationsChanged);
    // A second connection of the same client (same id) writes a tag: not a teammate, so no signal...
    Database mine;
    QVERIFY(mine.open(m_conn, client(QStringLiteral("analyst"))));
    Store own(mine);
    QVERIFY(own.tags().create(QStringLiteral("mine")));
    // ...while the teammate's later write arrives (notifications come in commit order on one session).
    const Result<IngestResult> ingested =
        m_writer->articles().ingest(m_feed, feedOf({item(QStringLiteral("k1"), QStringLiteral("Story"))}));
    Annotation a;
    a.articleId = ingested->addedIds.value(0);
    a.note = QStringLiteral("theirs");
    QVERIFY(m_writer->annotations().add(a));
    QTRY_COMPARE_WITH_TIMEOUT(annotations.count(), 1, 10000);
    QCOMPARE(tags.count(), 0);
    // Asked to, the notifier reports its own client's writes too.
    m_notifier->setIgnoreOwnWrites(false);
    QVERIFY(own.tags().create(QStringLiteral("mine too")));
    QTRY_COMPARE_WITH_TIMEOUT(tags.count(), 1, 10000);
}

void TestChangeNotifier::rolledBackWritesAreSilent()
{
    QSignalSpy tags(m_notifier.get(), &ChangeNotifier::tagsChanged);
    QSignalSpy annotations(m_notifier.get(), &ChangeNotifier::annotationsChanged);
    const Status failed = m_writerDb->transaction([&]() -> Status {
        if (Result<qint64> t = m_writer->tags().create(QStringLiteral("rolled back")); !t)
            return t.error();
        return Error(Error::Code::Cancelled, QStringLiteral("the analyst cancelled"));
    });
    QVERIFY(!failed);
    const Result<IngestResult> ingested =
        m_writer->articles().ingest(m_feed, feedOf({item(QStringLiteral("k1"), QStringLiteral("Story"))}));
    Annotation a;
    a.articleId = ingested->addedIds.value(0);
    QVERIFY(m_writer->annotations().add(a));
    QTRY_COMPARE_WITH_TIMEOUT(annotations.count(), 1, 10000);
    QCOMPARE(tags.count(), 0);
    QVERIFY(!Store(*m_listenDb).tags().tagByName(QStringLiteral("rolled back")));
}

void TestChangeNotifier::listenerSurvivesLostSession()
{
    QSignalSpy reconnected(m_notifier.get(), &ChangeNotifier::reconnected);
    QSignalSpy annotations(m_notifier.get(), &ChangeNotifier::annotationsChanged);
    m_notifier->setRecoveryInterval(50);
    qint64 pid = 0;
    {
        QSqlQuery q = m_listenDb->query();
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        pid = q.value(0).toLongLong();
    }
    QSqlQuery kill = m_writerDb->query();
    QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
    kill.addBindValue(pid);
    QVERIFY(kill.exec());
    QVERIFY(reconnected.wait(15000));
    const int before = annotations.count(); // the catch-up signal after reconnecting
    QVERIFY(before >= 1);
    const Result<IngestResult> ingested =
        m_writer->articles().ingest(m_feed, feedOf({item(QStringLiteral("k1"), QStringLiteral("Story"))}));
    Annotation a;
    a.articleId = ingested->addedIds.value(0);
    QVERIFY(m_writer->annotations().add(a));
    QTRY_COMPARE_WITH_TIMEOUT(annotations.count(), before + 1, 10000);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
