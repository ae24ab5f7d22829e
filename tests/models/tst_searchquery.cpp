#include "models/searchquery.h"

#include <QTest>

using namespace ww;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void dates_data();
    void dates();
    void problems_data();
    void problems();
    void roundTrip_data();
    void roundTrip();
    void limits();
    void applyTo();
    void setFilter_data();
    void setFilter();
    void highlightTerms_data();
    void highlightTerms();
};

void TestSearchQuery::fields_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QStringList>("agencies");
    QTest::addColumn<QStringList>("outlets");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QString() << QStringList() << QStringList() << QStringList() << QStringList()
                           << QStringList() << QString();
    QTest::addRow("free text only") << QStringLiteral("  missile   launch ") << QStringList() << QStringList()
                                    << QStringList() << QStringList() << QStringList()
                                    << QStringLiteral("missile launch");
    QTest::addRow("all fields") << QStringLiteral(
                                       "country:kp agency:Reuters outlet:TASS tag:nk lang:RU missile")
                                << QStringList{QStringLiteral("KP")} << QStringList{QStringLiteral("Reuters")}
                                << QStringList{QStringLiteral("TASS")} << QStringList{QStringLiteral("nk")}
                                << QStringList{QStringLiteral("ru")} << QStringLiteral("missile");
    QTest::addRow("quoted outlet and phrase")
        << QStringLiteral("outlet:\"Global South World\" \"Kim Jong Un\" summit") << QStringList()
        << QStringList() << QStringList{QStringLiteral("Global South World")} << QStringList()
        << QStringList() << QStringLiteral("\"Kim Jong Un\" summit");
    QTest::addRow("repeated country, case-folded duplicates")
        << QStringLiteral("country:KP country:ru country:kp")
        << QStringList{QStringLiteral("KP"), QStringLiteral("RU")} << QStringList() << QStringList()
        << QStringList() << QStringList() << QString();
    QTest::addRow("field names are case-insensitive, aliases")
        << QStringLiteral("COUNTRY:ua Producer:AFP publisher:Yonhap language:ko")
        << QStringList{QStringLiteral("UA")} << QStringList{QStringLiteral("AFP")}
        << QStringList{QStringLiteral("Yonhap")} << QStringList() << QStringList{QStringLiteral("ko")}
        << QString();
    QTest::addRow("unknown field stays text")
        << QStringLiteral("https://example.org note:x") << QStringList() << QStringList() << QStringList()
        << QStringList() << QStringList() << QStringLiteral("https://example.org note:x");
    QTest::addRow("colon inside a phrase")
        << QStringLiteral("\"time: 10:30\"") << QStringList() << QStringList() << QStringList()
        << QStringList() << QStringList() << QStringLiteral("\"time: 10:30\"");
    QTest::addRow("cyrillic and hangul text")
        << QStringLiteral("lang:ru Пхеньян 평양") << QStringList() << QStringList() << QStringList()
        << QStringList() << QStringList{QStringLiteral("ru")} << QStringLiteral("Пхеньян 평양");
    QTest::addRow("sql metacharacters are plain text")
        << QStringLiteral("tag:\"a'b\" x%_\\ \";--") << QStringList() << QStringList() << QStringList()
        << QStringList{QStringLiteral("a'b")} << QStringList() << QStringLiteral("x%_\\ \";--");
}

void TestSearchQuery::fields()
{
    QFETCH(QString, input);
    const SearchQuery q = SearchQuery::parse(input);
    QTEST(q.countries, "countries");
    QTEST(q.agencies, "agencies");
    QTEST(q.outlets, "outlets");
    QTEST(q.tags, "tags");
    QTEST(q.languages, "languages");
    QTEST(q.text, "text");
    QVERIFY2(q.problems.isEmpty(), qPrintable(q.problems.join(QLatin1Char('|'))));
}

void TestSearchQuery::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addRow("range") << QStringLiteral("from:2026-10-01 to:2026-10-31") << QDate(2026, 10, 1)
                           << QDate(2026, 10, 31);
    QTest::addRow("open end") << QStringLiteral("since:2026-11-01") << QDate(2026, 11, 1) << QDate();
    QTest::addRow("open start") << QStringLiteral("until:2025-01-02") << QDate() << QDate(2025, 1, 2);
}

void TestSearchQuery::dates()
{
    QFETCH(QString, input);
    const SearchQuery q = SearchQuery::parse(input);
    QTEST(q.from, "from");
    QTEST(q.to, "to");
    QVERIFY(q.hasFilters());
    QVERIFY(q.text.isEmpty());
}

void TestSearchQuery::problems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("problemCount");
    QTest::addColumn<QString>("text");
    QTest::addRow("country name instead of code")
        << QStringLiteral("country:Korea x") << 1 << QStringLiteral("x");
    QTest::addRow("empty value") << QStringLiteral("tag: y") << 1 << QStringLiteral("y");
    QTest::addRow("bad date") << QStringLiteral("from:yesterday") << 1 << QString();
    QTest::addRow("bad language") << QStringLiteral("lang:russian lang:r1") << 2 << QString();
    QTest::addRow("fine") << QStringLiteral("country:KP") << 0 << QString();
}

void TestSearchQuery::problems()
{
    QFETCH(QString, input);
    QFETCH(int, problemCount);
    const SearchQuery q = SearchQuery::parse(input);
    QCOMPARE(q.problems.size(), problemCount);
    QTEST(q.text, "text");
    QVERIFY(q.countries.isEmpty() || problemCount == 0);
}

void TestSearchQuery::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("fields and text") << QStringLiteral("missile country:KP agency:Reuters lang:ru");
    QTest::addRow("quoted values") << QStringLiteral(
        "outlet:\"Global South World\" tag:\"a b\" \"exact phrase\"");
    QTest::addRow("dates") << QStringLiteral("to:2026-01-31 from:2026-01-01 summit");
    QTest::addRow("value with colon") << QStringLiteral("outlet:\"x:y\"");
}

void TestSearchQuery::roundTrip()
{
    QFETCH(QString, input);
    const SearchQuery q = SearchQuery::parse(input);
    QVERIFY(!q.isEmpty());
    const SearchQuery again = SearchQuery::parse(q.toString());
    QCOMPARE(again.toString(), q.toString());
    QVERIFY(again == q);
}

void TestSearchQuery::limits()
{
    // Pasted megabytes are cut, never parsed whole.
    const QString huge =
        QStringLiteral("country:KP ") + QString(SearchQuery::kMaxInputLength * 4, QLatin1Char('a'));
    const SearchQuery q = SearchQuery::parse(huge);
    QCOMPARE(q.countries, QStringList{QStringLiteral("KP")});
    QVERIFY(q.text.size() < SearchQuery::kMaxInputLength);
    // An unterminated quote swallows the rest as one phrase instead of failing.
    const SearchQuery open = SearchQuery::parse(QStringLiteral("\"never closed country:KP"));
    QVERIFY(open.countries.isEmpty());
    QCOMPARE(open.text, QStringLiteral("\"never closed country:KP"));
    QVERIFY(SearchQuery::parse(QStringLiteral("   ")).isEmpty());
}

void TestSearchQuery::applyTo()
{
    Source gsw;
    gsw.id = 4;
    gsw.name = QStringLiteral("Global South World");
    Tag tag;
    tag.id = 9;
    tag.name = QStringLiteral("Sanctions");
    ArticleQuery base;
    base.feedIds = {3};
    const SearchQuery q = SearchQuery::parse(
        QStringLiteral("country:KP country:RU agency:Reuters outlet:\"south world\" tag:sanctions lang:ko "
                       "from:2026-10-01 to:2026-10-31 missile"));
    QStringList notes = q.applyTo(base, {tag}, {gsw});
    QCOMPARE(base.feedIds, QList<qint64>{3}); // the selected source still narrows
    QCOMPARE(base.countryCode, QStringLiteral("KP"));
    QCOMPARE(base.producer, QStringLiteral("Reuters"));
    QCOMPARE(base.sourceIds, QList<qint64>{4});
    QCOMPARE(base.tagId, qint64(9));
    QCOMPARE(base.language, QStringLiteral("ko"));
    QCOMPARE(base.from, QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(base.to, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(base.text, QStringLiteral("missile"));
    QCOMPARE(notes.size(), 1); // the second country is reported, not silently dropped

    // Unknown names narrow to nothing instead of widening to everything: an outlet that is not a polled
    // source is matched exactly against extracted publishers, an unknown tag against no id.
    ArticleQuery none;
    notes = SearchQuery::parse(QStringLiteral("outlet:Nowhere tag:nothing")).applyTo(none, {tag}, {gsw});
    QCOMPARE(notes.size(), 1);
    QVERIFY(none.sourceIds.isEmpty());
    QCOMPARE(none.publisher, QStringLiteral("Nowhere"));
    QCOMPARE(none.tagId, qint64(-1));
}

void TestSearchQuery::setFilter_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("expected");
    QTest::addRow("country added") << QStringLiteral("missile") << QStringLiteral("country")
                                   << QStringLiteral("kp") << true << QStringLiteral("country:KP missile");
    QTest::addRow("country replaced")
        << QStringLiteral("country:RU country:UA missile") << QStringLiteral("country")
        << QStringLiteral("KP") << true << QStringLiteral("country:KP missile");
    QTest::addRow("outlet with spaces")
        << QString() << QStringLiteral("outlet") << QStringLiteral("Global South World") << true
        << QStringLiteral("outlet:\"Global South World\"");
    QTest::addRow("quotes dropped") << QString() << QStringLiteral("agency")
                                    << QStringLiteral("Bad \"Agency\" Inc") << true
                                    << QStringLiteral("agency:\"Bad Agency Inc\"");
    QTest::addRow("language lower-cased")
        << QStringLiteral("agency:AP") << QStringLiteral("lang") << QStringLiteral("RU") << true
        << QStringLiteral("agency:AP lang:ru");
    QTest::addRow("empty value removes") << QStringLiteral("country:KP missile") << QStringLiteral("country")
                                         << QString() << true << QStringLiteral("missile");
    QTest::addRow("regional language canonical case")
        << QString() << QStringLiteral("lang") << QStringLiteral("EN-gb") << true
        << QStringLiteral("lang:en-GB");
    QTest::addRow("not a language removes")
        << QStringLiteral("lang:ru") << QStringLiteral("lang") << QStringLiteral("1234") << true << QString();
    QTest::addRow("unknown field") << QStringLiteral("missile") << QStringLiteral("note")
                                   << QStringLiteral("x") << false << QStringLiteral("missile");
}

void TestSearchQuery::setFilter()
{
    QFETCH(QString, input);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, known);
    QFETCH(QString, expected);
    SearchQuery q = SearchQuery::parse(input);
    QCOMPARE(q.setFilter(field, value), known);
    QCOMPARE(q.toString(), expected);
    // What the search line shows parses back to the same filters.
    QCOMPARE(SearchQuery::parse(q.toString()), q);
}

void TestSearchQuery::highlightTerms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("terms");
    QTest::addRow("words") << QStringLiteral("missile launch")
                           << QStringList{QStringLiteral("missile"), QStringLiteral("launch")};
    QTest::addRow("filters are not terms")
        << QStringLiteral("country:KP agency:Reuters missile") << QStringList{QStringLiteral("missile")};
    QTest::addRow("phrase kept whole") << QStringLiteral("\"north korea\" test")
                                       << QStringList{QStringLiteral("north korea"), QStringLiteral("test")};
    QTest::addRow("operators dropped")
        << QStringLiteral("Reuters OR AFP AND Kim")
        << QStringList{QStringLiteral("Reuters"), QStringLiteral("AFP"), QStringLiteral("Kim")};
    QTest::addRow("excluded words dropped") << QStringLiteral("Kim -Jong NOT Un Putin")
                                            << QStringList{QStringLiteral("Kim"), QStringLiteral("Putin")};
    QTest::addRow("prefix star and groups")
        << QStringLiteral("(missil* OR rocket)")
        << QStringList{QStringLiteral("missil"), QStringLiteral("rocket")};
    QTest::addRow("duplicates once") << QStringLiteral("Kim kim KIM") << QStringList{QStringLiteral("Kim")};
    QTest::addRow("punctuation only") << QStringLiteral("-- ;; \"\"") << QStringList();
    QTest::addRow("cyrillic") << QString::fromUtf8("Россия санкции")
                              << QStringList{QString::fromUtf8("Россия"), QString::fromUtf8("санкции")};
}

void TestSearchQuery::highlightTerms()
{
    QFETCH(QString, input);
    QFETCH(QStringList, terms);
    QCOMPARE(SearchQuery::parse(input).highlightTerms(), terms);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
