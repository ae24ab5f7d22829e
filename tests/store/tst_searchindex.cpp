#include "storetest.h"

#include "store/searchindex.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace ww;
using namespace wwtest;

class TestSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void search_data();
    void search();
    void hostileQueriesAreHarmless_data();
    void hostileQueriesAreHarmless();
    void extractionReplacesIndexedText();
    void removingAFeedCleansTheIndex();
    void plainText_data();
    void plainText();

private:
    QStringList keysFor(const QString &text);

    TempDatabase m_t;
    qint64 m_feed = 0;
    QHash<qint64, QString> m_keys;
};

void TestSearchIndex::initTestCase()
{
    QVERIFY(m_t.open());
    Store store(m_t.db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://feeds.example/world.xml"));
    f.title = QStringLiteral("World");
    m_feed = *store.feeds().addFeed(f);
    FeedItem captioned = item(QStringLiteral("k5"), QStringLiteral("Leader visits factory"));
    MediaObject photo;
    photo.url = QUrl(QStringLiteral("https://img.example/1.jpg"));
    photo.type = QStringLiteral("image/jpeg");
    photo.description = QStringLiteral("Kim Jong Un inspects a tractor plant");
    photo.credit = QStringLiteral("KCNA via REUTERS");
    captioned.media << photo;
    const ParsedFeed feed = feedOf({
        item(QStringLiteral("k1"), QStringLiteral("North Korea fires missile"),
             QStringLiteral("Pyongyang launched a ballistic missile on Tuesday.")),
        item(QStringLiteral("k2"), QStringLiteral("Korea talks stall as troops move north")),
        item(QStringLiteral("k3"), QString::fromUtf8("Россия и Китай подписали соглашение"),
             QString::fromUtf8("В России прошли переговоры.")),
        item(QStringLiteral("k4"), QString::fromUtf8("러시아는 북한과 협력을 강화했다")),
        captioned,
        item(QStringLiteral("k6"), QStringLiteral("Markets"), QStringLiteral("<p>Sanctions &amp; trade</p>")),
        item(QStringLiteral("k7"), QString::fromUtf8("Выборы в России")),
        item(QStringLiteral("k8"), QString::fromUtf8("Ёлка на площади")),
    });
    const Result<IngestResult> r = store.articles().ingest(m_feed, feed);
    QVERIFY(r.ok());
    QCOMPARE(r->added, 8);
    for (qint64 id : r->addedIds)
        m_keys.insert(id, store.articles().get(id)->itemKey);
}

QStringList TestSearchIndex::keysFor(const QString &text)
{
    Store store(m_t.db);
    ArticleQuery q;
    q.text = text;
    q.limit = 0;
    const Result<QList<ArticleSummary>> rows = store.articles().list(q);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return {QStringLiteral("error")};
    }
    QStringList keys;
    for (const ArticleSummary &s : *rows)
        keys << m_keys.value(s.id);
    keys.sort();
    const Result<int> count = store.articles().count(q);
    if (!count || *count != keys.size())
        return {QStringLiteral("count mismatch")};
    return keys;
}

void TestSearchIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("word") << "missile" << strings({"k1"});
    QTest::addRow("phrase") << "\"north korea\"" << strings({"k1"});
    QTest::addRow("both words anywhere") << "north korea" << strings({"k1", "k2"});
    QTest::addRow("case-insensitive") << "PYONGYANG" << strings({"k1"});
    QTest::addRow("not") << "korea -missile" << strings({"k2"});
    QTest::addRow("NOT keyword") << "korea NOT missile" << strings({"k2"});
    QTest::addRow("or") << QString::fromUtf8("missile OR Китай") << strings({"k1", "k3"});
    QTest::addRow("prefix") << "missil*" << strings({"k1"});
    QTest::addRow("Россия finds России") << QString::fromUtf8("Россия") << strings({"k3", "k7"});
    QTest::addRow("России finds Россия") << QString::fromUtf8("России") << strings({"k3", "k7"});
    QTest::addRow("exact Cyrillic phrase") << QString::fromUtf8("\"в россии\"") << strings({"k3", "k7"});
    QTest::addRow("ёлка as елка") << QString::fromUtf8("елка") << strings({"k8"});
    QTest::addRow("러시아 finds 러시아는") << QString::fromUtf8("러시아") << strings({"k4"});
    QTest::addRow("북한 finds 북한과") << QString::fromUtf8("북한") << strings({"k4"});
    QTest::addRow("caption") << "inspects tractor" << strings({"k5"});
    QTest::addRow("credit") << "KCNA" << strings({"k5"});
    QTest::addRow("html stripped") << "sanctions trade" << strings({"k6"});
    QTest::addRow("entity not indexed") << "amp" << QStringList();
    QTest::addRow("tag names not indexed") << "p" << QStringList();
    QTest::addRow("nothing") << "zanzibar" << QStringList();
}

void TestSearchIndex::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(keysFor(query), expected);
}

void TestSearchIndex::hostileQueriesAreHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("drop table") << "\"); DROP TABLE articles; --";
    QTest::addRow("quote injection") << "x' OR 1=1 --";
    QTest::addRow("fts column syntax") << "title:missile";
    QTest::addRow("fts NEAR") << "NEAR(missile korea, 2)";
    QTest::addRow("braces") << "{title body}: missile";
    QTest::addRow("caret and plus") << "^missile + korea";
    QTest::addRow("lone star") << "*";
    QTest::addRow("nul byte") << QStringLiteral("missile") + QChar(0) + QStringLiteral("x");
    QTest::addRow("deep parentheses") << QString(500, QLatin1Char('(')) + QStringLiteral("missile");
    QTest::addRow("long") << QString(100000, QLatin1Char('a'));
}

void TestSearchIndex::hostileQueriesAreHarmless()
{
    QFETCH(QString, query);
    const QStringList keys = keysFor(query);
    QVERIFY2(!keys.contains(QStringLiteral("error")), qPrintable(query.left(80)));
    QVERIFY(!keys.contains(QStringLiteral("count mismatch")));
    if (query.startsWith(QLatin1String("\")")))
        QVERIFY(keys.isEmpty());
    QSqlQuery q = m_t.db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && q.next());
    QCOMPARE(q.value(0).toInt(), 8);
}

void TestSearchIndex::extractionReplacesIndexedText()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://feeds.example/a.xml"));
    const qint64 feed = *store.feeds().addFeed(f);
    const Result<IngestResult> r = store.articles().ingest(
        feed,
        feedOf({item(QStringLiteral("a"), QStringLiteral("Teaser"), QStringLiteral("short teaser text"))}));
    QVERIFY(r.ok());
    const qint64 id = r->addedIds.constFirst();
    Article a;
    a.text = QStringLiteral("The full page text mentions Vladivostok.");
    ArticleImage img;
    img.caption = QStringLiteral("A harbour crane");
    a.images << img;
    QVERIFY(store.articles().saveExtraction(id, a).ok());
    ArticleQuery q;
    q.text = QStringLiteral("vladivostok");
    QCOMPARE(*store.articles().count(q), 1);
    q.text = QStringLiteral("crane");
    QCOMPARE(*store.articles().count(q), 1);
    q.text = QStringLiteral("teaser");
    QCOMPARE(*store.articles().count(q), 1); // still in the title
    q.text = QStringLiteral("short");
    QCOMPARE(*store.articles().count(q), 0); // the feed summary gave way to the page text
}

void TestSearchIndex::removingAFeedCleansTheIndex()
{
    TempDatabase t;
    QVERIFY(t.open());
    Store store(t.db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://feeds.example/b.xml"));
    const qint64 feed = *store.feeds().addFeed(f);
    QVERIFY(store.articles()
                .ingest(feed, feedOf({item(QStringLiteral("a"), QStringLiteral("Unique zebra"))}))
                .ok());
    QVERIFY(store.feeds().removeFeed(feed).ok());
    QSqlQuery q = t.db.query();
    const QString index = onPostgres() ? QStringLiteral("article_search") : QStringLiteral("article_fts");
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(index)) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSearchIndex::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addRow("plain") << "just text"
                           << "just text";
    QTest::addRow("tags") << "<p>One</p><p>Two</p>"
                          << "One Two";
    QTest::addRow("script dropped") << "a<script>var secret=1;</script>b"
                                    << "a b";
    QTest::addRow("entities") << "Tom &amp; Jerry &lt;3 &#1056;&#x0443;"
                              << QString::fromUtf8("Tom & Jerry <3 Ру");
    QTest::addRow("bad numeric entity") << "x&#0;y&#xFFFFFFF;z"
                                        << "x y&#xFFFFFFF;z";
}

void TestSearchIndex::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(SearchIndex::plainText(html), text);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
