#include "extract/languagedetector.h"

#include <QTest>

using namespace ww;

class TestLanguageDetector : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void empty();
};

void TestLanguageDetector::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addRow("en") << QStringLiteral("Russia's Foreign Ministry accused South Korea on Monday of "
                                          "boosting tension in its relations with the Communist North.")
                        << QStringLiteral("en");
    QTest::addRow("ru") << QStringLiteral("Министерство иностранных дел России в понедельник обвинило Южную "
                                          "Корею в нагнетании напряжённости на полуострове.")
                        << QStringLiteral("ru");
    QTest::addRow("uk") << QStringLiteral(
                               "Президент України Володимир Зеленський у своєму щовечірньому зверненні "
                               "заявив, що отримав доповідь про залучення Північної Кореї до війни.")
                        << QStringLiteral("uk");
    QTest::addRow("ko") << QStringLiteral("러시아 외무부는 14일 한국이 한반도의 긴장을 고조시키고 있다고 "
                                          "비난하며 외교적 해결을 촉구했다고 밝혔다.")
                        << QStringLiteral("ko");
    QTest::addRow("ar") << QStringLiteral("اتهمت وزارة الخارجية الروسية كوريا الجنوبية يوم الاثنين بتصعيد "
                                          "التوتر في علاقاتها مع الشمال ودعت إلى الدبلوماسية.")
                        << QStringLiteral("ar");
    QTest::addRow("zh") << QStringLiteral("俄罗斯外交部周一指责韩国加剧了与朝鲜关系的紧张局势，并呼吁通过外交"
                                          "手段恢复朝鲜半岛的平静与安全。")
                        << QStringLiteral("zh");
}

void TestLanguageDetector::detect()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(LanguageDetector::detect(text).code, code);
    // CLD2 is cautious on one sentence; on a paragraph it must be sure.
    const auto d = LanguageDetector::detect(QString(text + QLatin1Char(' ')).repeated(4));
    QCOMPARE(d.code, code);
    QVERIFY(d.reliable);
}

void TestLanguageDetector::empty()
{
    QVERIFY(LanguageDetector::detect(QString()).code.isEmpty());
    QVERIFY(!LanguageDetector::detect(QStringLiteral("   ")).reliable);
}

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
