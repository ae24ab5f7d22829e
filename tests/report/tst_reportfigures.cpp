#include "report/reportfigures.h"

#include <QTest>

using namespace ww;

class TestReportFigures : public QObject
{
    Q_OBJECT
private slots:
    void countsArticlesNotMentions();
    void rankingIsStable_data();
    void rankingIsStable();
    void byDayKeepsOnlyAskedCountries();
    void emptyFigures();
};

namespace {
QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 10, day), QTime(hour, 0), Qt::UTC);
}
} // namespace

void TestReportFigures::countsArticlesNotMentions()
{
    ReportFigures f;
    f.add(at(1), {QStringLiteral("KP"), QStringLiteral("kp"), QStringLiteral("RU")}, QStringLiteral("GSW"),
          QStringLiteral("Reuters"));
    f.add(at(3), {QStringLiteral("KP")}, QStringLiteral("GSW"), QString());
    f.add(QDateTime(), {}, QStringLiteral(" "), QStringLiteral("AFP"));
    QCOMPARE(f.articles(), 3);
    QCOMPARE(f.withProducer(), 2);
    QCOMPARE(f.withCountries(), 2);
    QCOMPARE(f.distinctCountries(), 2);
    QCOMPARE(f.distinctPublishers(), 1); // a blank outlet is not an outlet
    QCOMPARE(f.first(), at(1));
    QCOMPARE(f.last(), at(3));
    const QList<CountShare> top = f.topCountries(0);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).key, QStringLiteral("KP"));
    QCOMPARE(top.at(0).count, 2); // named twice in one article, counted once
    QCOMPARE(f.mapValues().value(QStringLiteral("RU")), 1.0);
}

void TestReportFigures::rankingIsStable_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("all") << 0 << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("top two") << 2 << QStringList{QStringLiteral("c"), QStringLiteral("a")};
    QTest::addRow("more than there are")
        << 9 << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")};
}

void TestReportFigures::rankingIsStable()
{
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    const QHash<QString, int> counts{
        {QStringLiteral("b"), 2}, {QStringLiteral("a"), 2}, {QStringLiteral("c"), 5}};
    QStringList keys;
    for (const CountShare &s : ReportFigures::ranked(counts, limit))
        keys << s.key;
    QCOMPARE(keys, expected);
}

void TestReportFigures::byDayKeepsOnlyAskedCountries()
{
    ReportFigures f;
    f.add(at(2, 23), {QStringLiteral("RU"), QStringLiteral("UA")}, {}, {});
    f.add(at(2, 1), {QStringLiteral("RU")}, {}, {});
    f.add(at(5), {QStringLiteral("UA"), QStringLiteral("FR")}, {}, {});
    const QList<CoverageCell> cells = f.countriesByDay({QStringLiteral("UA"), QStringLiteral("RU")});
    QCOMPARE(cells.size(), 3);
    QCOMPARE(cells.at(0).day, QDate(2026, 10, 2));
    QCOMPARE(cells.at(0).countryCode, QStringLiteral("RU"));
    QCOMPARE(cells.at(0).articles, 2);
    QCOMPARE(cells.at(1).countryCode, QStringLiteral("UA"));
    QCOMPARE(cells.at(2).day, QDate(2026, 10, 5));
    QCOMPARE(cells.at(2).countryCode, QStringLiteral("UA"));
    QCOMPARE(f.firstDay(), QDate(2026, 10, 2));
    QCOMPARE(f.lastDay(), QDate(2026, 10, 5));
}

void TestReportFigures::emptyFigures()
{
    const ReportFigures f;
    QCOMPARE(f.articles(), 0);
    QVERIFY(f.topCountries(5).isEmpty());
    QVERIFY(!f.firstDay().isValid());
    QVERIFY(f.countriesByDay({QStringLiteral("RU")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
