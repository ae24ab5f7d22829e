#include "feeds/parsedfeed.h"

#include <QTest>

using ww::ParsedFeed;

class TestParsedFeed : public QObject
{
    Q_OBJECT

private slots:
    void formatName_data();
    void formatName();
    void unknownDateIsNotKnown();
};

void TestParsedFeed::formatName_data()
{
    QTest::addColumn<ParsedFeed::Format>("format");
    QTest::addColumn<QString>("name");
    QTest::addRow("rss20") << ParsedFeed::Format::Rss20 << QStringLiteral("rss20");
    QTest::addRow("rss10") << ParsedFeed::Format::Rss10 << QStringLiteral("rss10");
    QTest::addRow("atom10") << ParsedFeed::Format::Atom10 << QStringLiteral("atom10");
    QTest::addRow("atom03") << ParsedFeed::Format::Atom03 << QStringLiteral("atom03");
    QTest::addRow("json11") << ParsedFeed::Format::JsonFeed11 << QStringLiteral("json11");
    QTest::addRow("unknown") << ParsedFeed::Format::Unknown << QStringLiteral("unknown");
}

void TestParsedFeed::formatName()
{
    QFETCH(ParsedFeed::Format, format);
    QFETCH(QString, name);
    QCOMPARE(ww::formatName(format), name);
}

void TestParsedFeed::unknownDateIsNotKnown()
{
    ww::FeedDate date;
    date.raw = QStringLiteral("garbage");
    QVERIFY(!date.isKnown());
    date.utc = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(date.isKnown());
}

QTEST_GUILESS_MAIN(TestParsedFeed)
#include "tst_parsedfeed.moc"
