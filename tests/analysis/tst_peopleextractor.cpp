#include "analysis/peopleextractor.h"

#include <QTest>

using namespace ww;

class TestPeopleExtractor : public QObject
{
    Q_OBJECT
private slots:
    void extract_data();
    void extract();
    void resolve_data();
    void resolve();
};

void TestPeopleExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("people");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::addRow("titles") << s("Russian President Vladimir Putin and North Korean leader Kim Jong Un met.")
                            << QStringList{s("Vladimir Putin"), s("Kim Jong Un")};
    QTest::addRow("role before name")
        << s("Russian Foreign Ministry spokeswoman Maria Zakharova on ministry website:")
        << QStringList{s("Maria Zakharova")};
    QTest::addRow("surname folds") << s("Interfax said Putin on Monday... President Vladimir Putin.")
                                   << QStringList{s("Vladimir Putin")};
    QTest::addRow("hyphenated") << s("White House press secretary Karine Jean-Pierre told reporters.")
                                << QStringList{s("Karine Jean-Pierre")};
    QTest::addRow("apposition") << s("Dmitry Peskov, the Kremlin spokesman, declined to comment.")
                                << QStringList{s("Dmitry Peskov")};
    QTest::addRow("said after") << s("\"We will see,\" said Antony Blinken.")
                                << QStringList{s("Antony Blinken")};
    QTest::addRow("organisations out")
        << s("The State Duma voted. The U.N. Security Council met. South Korea said the North was ready. "
             "Russian Foreign Ministry officials said.")
        << QStringList{};
    QTest::addRow("russian") << s("Официальный представитель МИД России Мария Захарова заявила")
                             << QStringList{s("Мария Захарова")};
    QTest::addRow("russian country between")
        << s("Президент России Владимир Путин внес договор") << QStringList{s("Владимир Путин")};
    QTest::addRow("ukrainian") << s("Президент України Володимир Зеленський заявив")
                               << QStringList{s("Володимир Зеленський")};
    QTest::addRow("korean") << s("북한 김정은 국무위원장은 러시아 대통령과 만났다")
                            << QStringList{s("김정은")};
    QTest::addRow("months not names") << s("Chairman Mao said in March Monday.") << QStringList{};
}

void TestPeopleExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    const QStringList found = PeopleExtractor().extract(text);
    QVERIFY2(found == people, qPrintable(found.join(QLatin1Char('|'))));
}

void TestPeopleExtractor::resolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("person");
    const QStringList people{QStringLiteral("Vladimir Putin"), QStringLiteral("Kim Jong Un"),
                             QString::fromUtf8("Мария Захарова")};
    QTest::addRow("surname") << QStringLiteral("Putin") << QStringLiteral("Vladimir Putin");
    QTest::addRow("full") << QStringLiteral("Vladimir Putin") << QStringLiteral("Vladimir Putin");
    QTest::addRow("korean family name") << QStringLiteral("Kim") << QStringLiteral("Kim Jong Un");
    QTest::addRow("declined surname")
        << QString::fromUtf8("Захаровой") << QString::fromUtf8("Мария Захарова");
    QTest::addRow("unknown") << QStringLiteral("Lavrov") << QString();
    QTest::addRow("substring is not a name") << QStringLiteral("Putinism") << QString();
}

void TestPeopleExtractor::resolve()
{
    QFETCH(QString, name);
    QFETCH(QString, person);
    const QStringList people{QStringLiteral("Vladimir Putin"), QStringLiteral("Kim Jong Un"),
                             QString::fromUtf8("Мария Захарова")};
    QCOMPARE(PeopleExtractor::resolve(people, name), person);
}

QTEST_GUILESS_MAIN(TestPeopleExtractor)
#include "tst_peopleextractor.moc"
