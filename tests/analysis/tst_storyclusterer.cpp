#include "analysis/storyclusterer.h"

#include <QFile>
#include <QTest>

using namespace ww;

// Syndication clusters: copies of one wire story meet, different stories on the same day stay apart.
class TestStoryClusterer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void copies_data();
    void copies();
    void sameDayStoriesStayApart_data();
    void sameDayStoriesStayApart();
    void incrementalFirstPublisherAndProducer();
    void rebuildFromSignatures();
    void signatureFormat_data();
    void signatureFormat();
    void emptyAndShortTexts();
    void sameOutletDaysApartIsARecurringFormat_data();
    void sameOutletDaysApartIsARecurringFormat();

private:
    static QString readFile(const QString &path);
    static QStringList paragraphs(const QString &text)
    {
        return text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    }
    QString m_seed;
    QString m_missile;
    QString m_troops;
};

QString TestStoryClusterer::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void TestStoryClusterer::initTestCase()
{
    QString seed = readFile(QStringLiteral(WW_SHARED_DIR "/seed/article.txt"));
    seed.truncate(seed.indexOf(QStringLiteral("You may be interested in")));
    // Body only: from the lede to the disclaimer, as the extractor hands it over.
    m_seed = seed.mid(seed.indexOf(QStringLiteral("Russia's Foreign Ministry accused"))).trimmed();
    m_missile = readFile(QStringLiteral(WW_TEST_DATA_DIR "/clustering/nk-missile.txt"));
    m_troops = readFile(QStringLiteral(WW_TEST_DATA_DIR "/clustering/nk-troops.txt"));
    QVERIFY(m_seed.size() > 2000);
    QVERIFY(m_missile.size() > 1000);
    QVERIFY(m_troops.size() > 1000);
}

void TestStoryClusterer::copies_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("copy");
    const QStringList paras = paragraphs(m_seed);
    const QString seed = m_seed;
    QTest::addRow("identical") << seed << seed;
    QTest::addRow("retitled") << seed << QStringLiteral("Moscow accuses Seoul of raising tension\n\n") + seed;
    QTest::addRow("first 60 percent of paragraphs")
        << seed << paras.mid(0, paras.size() * 6 / 10).join(QStringLiteral("\n\n"));
    QTest::addRow("first half, as the original's copy arrives second")
        << paras.mid(0, paras.size() / 2).join(QStringLiteral("\n\n")) << seed;
    QString edited = seed;
    edited.replace(QStringLiteral("said"), QStringLiteral("stated"));
    edited.replace(QStringLiteral("Monday"), QStringLiteral("Oct. 14"));
    edited.replace(QStringLiteral("U.N."), QStringLiteral("United Nations"));
    edited.replace(QStringLiteral("Reuters news agency. It has not been edited by Global South World."),
                   QStringLiteral("Reuters. Copyright Reuters."));
    QTest::addRow("lightly edited") << seed << edited;
    QString withFurniture = QStringLiteral("By Reuters staff\n\n") + seed +
                            QStringLiteral("\n\n(Reporting by Guy Faulconbridge; Editing by Jane Doe)");
    QTest::addRow("byline and credit lines") << seed << withFurniture;
    QTest::addRow("quotes curled") << seed << QString(seed).replace(QLatin1Char('"'), QChar(0x201C));
    QTest::addRow("missile copy trimmed")
        << m_missile << paragraphs(m_missile).mid(0, 5).join(QStringLiteral("\n\n"));
}

void TestStoryClusterer::copies()
{
    QFETCH(QString, original);
    QFETCH(QString, copy);
    const QByteArray a = StoryClusterer::signature(original);
    const QByteArray b = StoryClusterer::signature(copy);
    const double j = StoryClusterer::jaccard(a, b);
    const double c = StoryClusterer::containment(a, b);
    qInfo("jaccard %.3f containment %.3f", j, c);
    QVERIFY(j >= StoryClusterer::JaccardThreshold || c >= StoryClusterer::ContainmentThreshold);

    StoryClusterer clusterer;
    const QDateTime t0(QDate(2024, 10, 14), QTime(16, 5), Qt::UTC);
    QCOMPARE(clusterer.addArticle(1, original, t0, QStringLiteral("Reuters"), QStringLiteral("Reuters")), 1);
    QCOMPARE(clusterer.addArticle(2, copy, t0.addSecs(600), QStringLiteral("Outlet"), QString()), 1);
    QCOMPARE(clusterer.clusterCount(), 1);
}

void TestStoryClusterer::sameDayStoriesStayApart_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addRow("seed vs missile") << m_seed << m_missile;
    QTest::addRow("seed vs troops") << m_seed << m_troops;
    QTest::addRow("missile vs troops") << m_missile << m_troops;
    // Two briefs sharing their background paragraph: the rest differs.
    const QString background = paragraphs(m_troops).at(5);
    QTest::addRow("shared background paragraph")
        << paragraphs(m_missile).mid(0, 3).join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + background
        << paragraphs(m_seed).mid(0, 3).join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + background;
}

void TestStoryClusterer::sameDayStoriesStayApart()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QByteArray sa = StoryClusterer::signature(a);
    const QByteArray sb = StoryClusterer::signature(b);
    const double j = StoryClusterer::jaccard(sa, sb);
    const double c = StoryClusterer::containment(sa, sb);
    qInfo("jaccard %.3f containment %.3f", j, c);
    QVERIFY(j < 0.2);
    QVERIFY(c < 0.4);
    StoryClusterer clusterer;
    const QDateTime t(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    clusterer.addArticle(10, a, t, QStringLiteral("Reuters"), QStringLiteral("Reuters"));
    clusterer.addArticle(11, b, t, QStringLiteral("Reuters"), QStringLiteral("Reuters"));
    QCOMPARE(clusterer.clusterCount(), 2);
    QVERIFY(clusterer.clusterOf(10) != clusterer.clusterOf(11));
}

void TestStoryClusterer::incrementalFirstPublisherAndProducer()
{
    StoryClusterer clusterer;
    const QDateTime t(QDate(2024, 10, 14), QTime(12, 0), Qt::UTC);
    const QStringList paras = paragraphs(m_seed);
    // Arrival order is not publication order: the outlet that published first arrives last.
    QCOMPARE(
        clusterer.addArticle(100, m_seed, t.addSecs(3600), QStringLiteral("Global South World"), QString()),
        100);
    QCOMPARE(clusterer.addArticle(200, m_missile, t, QStringLiteral("Reuters"), QStringLiteral("Reuters")),
             200);
    QCOMPARE(clusterer.addArticle(101, paras.mid(0, 7).join(QStringLiteral("\n\n")), t.addSecs(7200),
                                  QStringLiteral("Yahoo News"), QStringLiteral("Reuters")),
             100);
    QCOMPARE(clusterer.addArticle(102, m_seed, t.addSecs(-1800), QStringLiteral("Reuters"),
                                  QStringLiteral("Reuters")),
             100);
    QCOMPARE(clusterer.addArticle(201, m_missile, t.addSecs(60), QStringLiteral("Korea Herald"), QString()),
             200);
    // Adding an id twice is a no-op that answers with its cluster.
    QCOMPARE(clusterer.addArticle(101, m_troops, t, QStringLiteral("X"), QString()), 100);

    QCOMPARE(clusterer.articleCount(), 5);
    QCOMPARE(clusterer.clusterIds(), (QList<qint64>{100, 200}));
    const StoryClusterer::Cluster c = clusterer.cluster(100);
    QCOMPARE(c.members.size(), 3);
    QCOMPARE(c.firstPublisher(), QStringLiteral("Reuters"));
    QCOMPARE(c.first().articleId, 102);
    QCOMPARE(c.members.at(1).publisher, QStringLiteral("Global South World"));
    QCOMPARE(c.members.at(2).publisher, QStringLiteral("Yahoo News"));
    QCOMPARE(c.members.at(2).publishedAt, t.addSecs(7200));
    QCOMPARE(c.producer, QStringLiteral("Reuters"));
    QVERIFY(c.members.at(2).similarity < 1.0);
    QCOMPARE(clusterer.cluster(200).producer, QStringLiteral("Reuters"));
    QCOMPARE(clusterer.clusterOf(999), -1);
    QVERIFY(clusterer.cluster(999).members.isEmpty());
}

void TestStoryClusterer::rebuildFromSignatures()
{
    const QDateTime t(QDate(2024, 10, 14), QTime(12, 0), Qt::UTC);
    const QStringList paras = paragraphs(m_seed);
    const QList<QString> texts = {m_seed, m_missile, paras.mid(0, 6).join(QStringLiteral("\n\n")), m_troops,
                                  paragraphs(m_missile).mid(0, 6).join(QStringLiteral("\n\n"))};
    StoryClusterer live;
    QList<QByteArray> stored;
    for (int i = 0; i < texts.size(); ++i) {
        live.addArticle(i + 1, texts.at(i), t.addSecs(i), QStringLiteral("P%1").arg(i), QString());
        stored.append(StoryClusterer::signature(texts.at(i)));
    }
    StoryClusterer rebuilt;
    for (int i = 0; i < stored.size(); ++i) {
        const auto r =
            rebuilt.addSignature(i + 1, stored.at(i), t.addSecs(i), QStringLiteral("P%1").arg(i), QString());
        QVERIFY(r.ok());
    }
    QCOMPARE(live.clusterCount(), 3);
    QCOMPARE(rebuilt.clusterIds(), live.clusterIds());
    for (int i = 1; i <= texts.size(); ++i)
        QCOMPARE(rebuilt.clusterOf(i), live.clusterOf(i));
    QCOMPARE(rebuilt.clusterOf(3), 1);
    QCOMPARE(rebuilt.clusterOf(5), 2);
}

void TestStoryClusterer::signatureFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    const QByteArray good = StoryClusterer::signature(QStringLiteral("one two three four five six seven"));
    QTest::addRow("good") << good << true;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("truncated") << good.left(good.size() - 1) << false;
    QByteArray badMagic = good;
    badMagic[0] = 'X';
    QTest::addRow("bad magic") << badMagic << false;
    QTest::addRow("too long") << good + QByteArray(4, '\0') << false;
}

void TestStoryClusterer::signatureFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(StoryClusterer::isValidSignature(bytes), valid);
    StoryClusterer clusterer;
    const auto r = clusterer.addSignature(1, bytes, QDateTime(), QString(), QString());
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        QCOMPARE(r.error().code, Error::Code::Malformed);
        QCOMPARE(clusterer.articleCount(), 0);
    } else {
        QCOMPARE(StoryClusterer::shingleCount(bytes), 3);
    }
}

void TestStoryClusterer::emptyAndShortTexts()
{
    StoryClusterer clusterer;
    // Empty texts never cluster with anything, not even with each other.
    QCOMPARE(clusterer.addArticle(1, QString(), QDateTime(), QString(), QString()), 1);
    QCOMPARE(clusterer.addArticle(2, QString(), QDateTime(), QString(), QString()), 2);
    // Short identical texts do (Jaccard 1), short different ones do not.
    QCOMPARE(clusterer.addArticle(3, QStringLiteral("Quake hits Japan"), QDateTime(), QString(), QString()),
             3);
    QCOMPARE(clusterer.addArticle(4, QStringLiteral("Quake hits Japan"), QDateTime(), QString(), QString()),
             3);
    QCOMPARE(clusterer.addArticle(5, QStringLiteral("Quake hits Chile"), QDateTime(), QString(), QString()),
             5);
    QCOMPARE(StoryClusterer::shingleCount(StoryClusterer::signature(QString())), 0);
}

void TestStoryClusterer::sameOutletDaysApartIsARecurringFormat_data()
{
    QTest::addColumn<QString>("secondPublisher");
    QTest::addColumn<int>("hoursLater");
    QTest::addColumn<bool>("joins");
    QTest::addRow("same outlet, two hours later") << QStringLiteral("The Meridian Post") << 2 << true;
    QTest::addRow("same outlet, next day") << QStringLiteral("The Meridian Post") << 24 << false;
    QTest::addRow("same outlet, other case, next day") << QStringLiteral("the meridian post") << 24 << false;
    QTest::addRow("other outlet, next day") << QStringLiteral("Harbour Daily") << 24 << true;
    QTest::addRow("other outlet, a week later") << QStringLiteral("Harbour Daily") << 24 * 7 << true;
}

void TestStoryClusterer::sameOutletDaysApartIsARecurringFormat()
{
    QFETCH(QString, secondPublisher);
    QFETCH(int, hoursLater);
    QFETCH(bool, joins);
    StoryClusterer clusterer;
    const QDateTime t0(QDate(2024, 10, 14), QTime(9, 0), Qt::UTC);
    const qint64 first = clusterer.addArticle(1, m_seed, t0, QStringLiteral("The Meridian Post"), {});
    const qint64 second = clusterer.addArticle(2, m_seed, t0.addSecs(hoursLater * 3600), secondPublisher, {});
    QCOMPARE(second == first, joins);
}

QTEST_GUILESS_MAIN(TestStoryClusterer)
#include "tst_storyclusterer.moc"
