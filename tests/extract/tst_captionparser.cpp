#include "extract/captionparser.h"

#include <QTest>

using namespace ww;

class TestCaptionParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void notACredit_data();
    void notACredit();
};

void TestCaptionParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("place");
    QTest::addColumn<bool>("file");
    QTest::addRow("reuters seed")
        << QStringLiteral("FILE PHOTO: Russia's President Vladimir Putin and North Korea's leader Kim Jong "
                          "Un attend a state reception in Pyongyang, North Korea June 19, 2024. "
                          "Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo")
        << QStringLiteral("FILE PHOTO: Russia's President Vladimir Putin and North Korea's leader Kim Jong "
                          "Un attend a state reception in Pyongyang, North Korea June 19, 2024.")
        << QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo")
        << QStringLiteral("2024-06-19") << QStringLiteral("Pyongyang, North Korea") << true;
    QTest::addRow("ap parenthesis")
        << QStringLiteral("FILE - Ukrainian servicemen fire a howitzer near Bakhmut, Ukraine, Tuesday, June "
                          "18, 2024. (AP Photo/Evgeniy Maloletka)")
        << QStringLiteral(
               "FILE - Ukrainian servicemen fire a howitzer near Bakhmut, Ukraine, Tuesday, June 18, 2024.")
        << QStringLiteral("AP Photo/Evgeniy Maloletka") << QStringLiteral("2024-06-18")
        << QStringLiteral("Bakhmut, Ukraine") << true;
    QTest::addRow("guardian photograph")
        << QStringLiteral("Kim Jong Un at a military parade in Pyongyang. Photograph: KCNA/Reuters")
        << QStringLiteral("Kim Jong Un at a military parade in Pyongyang.")
        << QStringLiteral("Photograph: KCNA/Reuters") << QString() << QStringLiteral("Pyongyang") << false;
    QTest::addRow("afp day first")
        << QStringLiteral("Smoke rises over the city in Kharkiv on 14 October 2024. (AFP)")
        << QStringLiteral("Smoke rises over the city in Kharkiv on 14 October 2024.") << QStringLiteral("AFP")
        << QStringLiteral("2024-10-14") << QStringLiteral("Kharkiv") << false;
    QTest::addRow("russian photo line")
        << QStringLiteral("Владимир Путин на встрече в Кремле 19 июня 2024 года. Фото: РИА Новости")
        << QStringLiteral("Владимир Путин на встрече в Кремле 19 июня 2024 года.")
        << QStringLiteral("Фото: РИА Новости") << QStringLiteral("2024-06-19") << QString() << false;
    QTest::addRow("korean date")
        << QStringLiteral("2024년 10월 15일 경기도 파주에서 연기가 피어오르고 있다. (사진=연합뉴스)")
        << QStringLiteral("2024년 10월 15일 경기도 파주에서 연기가 피어오르고 있다.")
        << QStringLiteral("사진=연합뉴스") << QStringLiteral("2024-10-15") << QString() << false;
    QTest::addRow("no credit")
        << QStringLiteral("People walk past a television in Seoul, South Korea, October 15, 2024.")
        << QStringLiteral("People walk past a television in Seoul, South Korea, October 15, 2024.")
        << QString() << QStringLiteral("2024-10-15") << QStringLiteral("Seoul, South Korea") << false;
}

void TestCaptionParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    QFETCH(QString, date);
    QFETCH(QString, place);
    QFETCH(bool, file);
    const CaptionParts p = CaptionParser::parse(text);
    QCOMPARE(p.caption, caption);
    QCOMPARE(p.credit, credit);
    QCOMPARE(p.takenDate, date);
    QCOMPARE(p.place, place);
    QCOMPARE(p.filePhoto, file);
}

void TestCaptionParser::notACredit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("prose sentence") << QStringLiteral("Rescue teams arrived at the scene");
    QTest::addRow("two sentences") << QStringLiteral("The ship sank. Rescue teams arrived.");
    QTest::addRow("long") << QStringLiteral("a/b ").repeated(40);
}

void TestCaptionParser::notACredit()
{
    QFETCH(QString, text);
    QVERIFY(!CaptionParser::looksLikeCredit(text));
}

QTEST_GUILESS_MAIN(TestCaptionParser)
#include "tst_captionparser.moc"
