// The scale archive generator (bench/gen_archive.cpp) must not rot: run it small into a temporary SQLite
// file and check that what it claims to have written is what the store reads back, through the same
// calls the desk uses, and that the same seed gives the same archive.
#include "store/database.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ww;

class TestGenArchive : public QObject
{
    Q_OBJECT

private:
    // Runs the generator; the counts it printed, or an empty object on failure.
    QJsonObject generate(const QString &path, const QString &seed)
    {
        QProcess p;
        p.start(QStringLiteral(WW_GEN_ARCHIVE),
                {QStringLiteral("--db"), path, QStringLiteral("--articles"), QStringLiteral("2000"),
                 QStringLiteral("--feeds"), QStringLiteral("60"), QStringLiteral("--seed"), seed,
                 QStringLiteral("--json"), QStringLiteral("--quiet")});
        if (!p.waitForFinished(240000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("%s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    QTemporaryDir m_dir;
    QJsonObject m_claimed;
    Database m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_claimed = generate(m_dir.filePath(QStringLiteral("archive.sqlite")), QStringLiteral("7"));
        QVERIFY(!m_claimed.isEmpty());
        const Status opened = m_db.open(m_dir.filePath(QStringLiteral("archive.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    }

    void claimedCountsMatchTheStore_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<std::function<qint64(Store &)>>("read");
        const auto stat = [](int StoreStats::*member) {
            return std::function<qint64(Store &)>(
                [member](Store &s) { return qint64(s.stats().value().*member); });
        };
        QTest::addRow("articles") << QStringLiteral("articles") << stat(&StoreStats::articles);
        QTest::addRow("clusters") << QStringLiteral("clusters") << stat(&StoreStats::clusters);
        QTest::addRow("tags") << QStringLiteral("tags") << stat(&StoreStats::tags);
        QTest::addRow("feeds") << QStringLiteral("feeds") << stat(&StoreStats::feeds);
        QTest::addRow("sources") << QStringLiteral("sources") << stat(&StoreStats::sources);
        QTest::addRow("annotations") << QStringLiteral("annotations") << stat(&StoreStats::annotations);
        QTest::addRow("images") << QStringLiteral("images") << stat(&StoreStats::images);
        QTest::addRow("starred") << QStringLiteral("starred") << stat(&StoreStats::starred);
        QTest::addRow("unread") << QStringLiteral("unread") << stat(&StoreStats::unread);
        QTest::addRow("tag assignments")
            << QStringLiteral("tagAssignments") << std::function<qint64(Store &)>([](Store &s) {
                   qint64 n = 0;
                   const QList<Tag> tags = s.tags().tags().value();
                   for (const Tag &t : tags)
                       n += t.articleCount;
                   return n;
               });
        QTest::addRow("clustered articles")
            << QStringLiteral("clusteredArticles") << std::function<qint64(Store &)>([](Store &s) {
                   ArticleQuery all;
                   all.limit = 100000;
                   qint64 n = 0;
                   const QList<StoryCluster> list = s.clusters().list(all).value();
                   for (const StoryCluster &c : list)
                       n += c.size;
                   return n;
               });
    }

    void claimedCountsMatchTheStore()
    {
        QFETCH(QString, key);
        QFETCH(std::function<qint64(Store &)>, read);
        QVERIFY2(m_claimed.contains(key), qPrintable(key));
        Store store(m_db);
        QCOMPARE(read(store), m_claimed.value(key).toInteger());
        QVERIFY(m_claimed.value(key).toInteger() > 0); // a generator that writes nothing must not pass
    }

    void articlesAreSearchableAndClustered()
    {
        Store store(m_db);
        ArticleQuery newest;
        newest.limit = 50;
        const QList<ArticleSummary> page = store.articles().list(newest).value();
        QCOMPARE(page.size(), 50);
        // Every article is in the search index: a word of its title finds it.
        const ArticleSummary &first = page.constFirst();
        QString word;
        for (const QString &w : first.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (w.size() > word.size() && w.at(0).isLetter() && w.back().isLetter())
                word = w;
        QVERIFY2(!word.isEmpty(), qPrintable(first.title));
        ArticleQuery search;
        search.text = QLatin1Char('"') + word + QLatin1Char('"');
        search.limit = 100000;
        bool found = false;
        const QList<ArticleSummary> hits = store.articles().list(search).value();
        for (const ArticleSummary &r : hits)
            found = found || r.id == first.id;
        QVERIFY2(found, qPrintable(word));
        // A cluster's members are its copies, first publisher first.
        ArticleQuery clusters;
        clusters.limit = 1;
        const QList<StoryCluster> one = store.clusters().list(clusters).value();
        QCOMPARE(one.size(), 1);
        const StoryCluster c = store.clusters().get(one.first().id).value();
        QCOMPARE(c.members.size(), c.size);
        QVERIFY(c.size >= 2);
        QCOMPARE(c.members.first().articleId, c.founderArticleId);
    }

    void sameSeedSameArchive()
    {
        const QJsonObject again =
            generate(m_dir.filePath(QStringLiteral("again.sqlite")), QStringLiteral("7"));
        QVERIFY(!again.isEmpty());
        for (const QString &key : {QStringLiteral("clusters"), QStringLiteral("countryMentions"),
                                   QStringLiteral("images"), QStringLiteral("tagAssignments")})
            QCOMPARE(again.value(key).toInteger(), m_claimed.value(key).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestGenArchive)
#include "tst_genarchive.moc"
