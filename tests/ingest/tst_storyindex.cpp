#include "ingest/storyindex.h"
#include "store/database.h"
#include "store/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestStoryIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copiesClusterAcrossOutlets();
    void differentStoriesStayApart();
    void shortTextsAreNotClustered();
    void rebuildsAfterRestart();
    void damagedSignatureCostsOnlyItsArticle();

private:
    static QString readFile(const QString &path);
    qint64 addArticle(const QString &feedTitle, const QString &key, const QString &title,
                      const QDateTime &published, const QString &text);

    QString m_seed;
    QString m_missile;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_feeds;
};

QString TestStoryIndex::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestStoryIndex::initTestCase()
{
    QString seed = readFile(QStringLiteral(WW_SHARED_DIR "/seed/article.txt"));
    seed.truncate(seed.indexOf(QStringLiteral("You may be interested in")));
    m_seed = seed.mid(seed.indexOf(QStringLiteral("Russia's Foreign Ministry accused"))).trimmed();
    m_missile = readFile(QStringLiteral(WW_TEST_DATA_DIR "/clustering/nk-missile.txt"));
    QVERIFY(m_seed.size() > 2000);
    QVERIFY(m_missile.size() > 1000);
}

void TestStoryIndex::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("stories.sqlite"))));
    m_store = std::make_unique<Store>(*m_db);
    m_feeds.clear();
}

void TestStoryIndex::cleanup()
{
    m_store.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("stories.sqlite")));
}

qint64 TestStoryIndex::addArticle(const QString &feedTitle, const QString &key, const QString &title,
                                  const QDateTime &published, const QString &text)
{
    if (!m_feeds.contains(feedTitle)) {
        Feed f;
        f.url = QUrl(QStringLiteral("https://%1.example/rss").arg(m_feeds.size()));
        f.title = feedTitle;
        m_feeds.insert(feedTitle, *m_store->feeds().addFeed(f));
    }
    FeedItem it;
    it.key = key;
    it.guid = key;
    it.title = title;
    it.url = QUrl(QStringLiteral("https://news.example/") + key);
    it.published.utc = published;
    ParsedFeed feed;
    feed.items = {it};
    const Result<IngestResult> r = m_store->articles().ingest(m_feeds.value(feedTitle), feed);
    if (!r || r->addedIds.isEmpty())
        return 0;
    Article a;
    a.text = text;
    a.producer = QStringLiteral("Reuters");
    if (!m_store->articles().saveExtraction(r->addedIds.constFirst(), a))
        return 0;
    return r->addedIds.constFirst();
}

void TestStoryIndex::copiesClusterAcrossOutlets()
{
    StoryIndex index(*m_store);
    const QDateTime t0(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    const QStringList paras = m_seed.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    const QString trimmed = paras.mid(0, paras.size() * 6 / 10).join(QStringLiteral("\n\n"));
    // The copy arrives first but was published later: "first" is by publication time.
    const qint64 copy = addArticle(QStringLiteral("Daily Example"), QStringLiteral("c"),
                                   QStringLiteral("Retitled"), t0.addSecs(3 * 3600), trimmed);
    QCOMPARE(*index.add(copy, trimmed), qint64(0)); // alone so far: no cluster stored
    const qint64 original = addArticle(QStringLiteral("Global South World"), QStringLiteral("o"),
                                       QStringLiteral("Russia accuses South Korea"), t0, m_seed);
    const qint64 cluster = *index.add(original, m_seed);
    QVERIFY(cluster > 0);
    const StoryCluster c = *m_store->clusters().get(cluster);
    QCOMPARE(c.size, 2);
    QCOMPARE(c.firstPublisher, QStringLiteral("Global South World"));
    QCOMPARE(c.members[0].articleId, original);
    QCOMPARE(c.members[1].articleId, copy);
    QCOMPARE(c.producer, QStringLiteral("Reuters"));
    QCOMPARE(m_store->articles().get(copy)->clusterId, cluster);
    // Adding the same article again changes nothing.
    QCOMPARE(*index.add(original, m_seed), qint64(0));
    QCOMPARE(m_store->clusters().get(cluster)->size, 2);
}

void TestStoryIndex::differentStoriesStayApart()
{
    StoryIndex index(*m_store);
    const QDateTime t0(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    const qint64 a = addArticle(QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("Seed"), t0, m_seed);
    const qint64 b =
        addArticle(QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("Missile"), t0, m_missile);
    QCOMPARE(*index.add(a, m_seed), qint64(0));
    QCOMPARE(*index.add(b, m_missile), qint64(0));
    QCOMPARE(m_store->stats()->clusters, 0);
    QCOMPARE(m_store->clusters().seeds()->size(), 2);
}

void TestStoryIndex::shortTextsAreNotClustered()
{
    StoryIndex index(*m_store);
    const QString headline = QStringLiteral("North Korea fires ballistic missile, Seoul says");
    const QDateTime t0(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    const qint64 a = addArticle(QStringLiteral("A"), QStringLiteral("a"), headline, t0, headline);
    const qint64 b = addArticle(QStringLiteral("B"), QStringLiteral("b"), headline, t0, headline);
    QCOMPARE(*index.add(a, headline), qint64(0));
    QCOMPARE(*index.add(b, headline), qint64(0));
    QVERIFY(m_store->clusters().seeds()->isEmpty());
}

void TestStoryIndex::rebuildsAfterRestart()
{
    const QDateTime t0(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    const QStringList paras = m_seed.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    qint64 original = 0;
    {
        StoryIndex index(*m_store);
        original =
            addArticle(QStringLiteral("GSW"), QStringLiteral("o"), QStringLiteral("Original"), t0, m_seed);
        QCOMPARE(*index.add(original, m_seed), qint64(0));
    }
    m_store.reset();
    m_db->close();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("stories.sqlite"))));
    m_store = std::make_unique<Store>(*m_db);
    StoryIndex restarted(*m_store);
    QVERIFY(restarted.load());
    QCOMPARE(restarted.clusterer().articleCount(), 1);
    const QString lightlyEdited =
        QStringLiteral("Moscow accuses Seoul\n\n") + paras.mid(1).join(QStringLiteral("\n\n"));
    const qint64 copy = addArticle(QStringLiteral("Other"), QStringLiteral("x"), QStringLiteral("Copy"),
                                   t0.addSecs(60), lightlyEdited);
    const qint64 cluster = *restarted.add(copy, lightlyEdited);
    QVERIFY(cluster > 0);
    QCOMPARE(m_store->clusters().get(cluster)->founderArticleId, original);
}

void TestStoryIndex::damagedSignatureCostsOnlyItsArticle()
{
    const QDateTime t0(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    const qint64 a = addArticle(QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("Seed"), t0, m_seed);
    const qint64 b =
        addArticle(QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("Missile"), t0, m_missile);
    QVERIFY(m_store->clusters().saveSignature(a, QByteArray("garbage")));
    QVERIFY(m_store->clusters().saveSignature(b, StoryClusterer::signature(m_missile)));
    StoryIndex index(*m_store);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable signature")));
    QVERIFY(index.load());
    QCOMPARE(index.clusterer().articleCount(), 1);
}

QTEST_GUILESS_MAIN(TestStoryIndex)
#include "tst_storyindex.moc"
