#include "core/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace ww;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void shipped();
    void direction();
    void install_data();
    void install();
};

void TestTranslations::shipped()
{
    const QStringList languages = Translations::shippedLanguages();
    QCOMPARE(languages.first(), QStringLiteral("en"));
    for (const char *lang : {"ru", "uk", "ko", "ar"})
        QVERIFY(languages.contains(QString::fromLatin1(lang)));
}

void TestTranslations::direction()
{
    QVERIFY(Translations::isRightToLeft(QStringLiteral("ar")));
    QVERIFY(!Translations::isRightToLeft(QStringLiteral("ru")));
    QVERIFY(!Translations::isRightToLeft(QStringLiteral("ko")));
}

void TestTranslations::install_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("expected");
    const char *source = "Follow how news stories travel across outlets and wire agencies.";
    QTest::addRow("english") << "en_GB" << true << QString::fromLatin1(source);
    QTest::addRow("russian") << "ru_RU" << true
                             << QString::fromUtf8("Как новости расходятся по изданиям и информагентствам.");
    QTest::addRow("korean") << "ko_KR" << true
                            << QString::fromUtf8("뉴스가 언론사와 통신사를 거쳐 퍼지는 과정을 추적합니다.");
    QTest::addRow("not shipped") << "de_DE" << false << QString::fromLatin1(source);
}

void TestTranslations::install()
{
    QFETCH(QString, locale);
    QFETCH(bool, loads);
    QFETCH(QString, expected);
    int argc = 1;
    char name[] = "tst";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QCOMPARE(Translations::install(app, QLocale(locale)), loads);
    QCOMPARE(QCoreApplication::translate("main",
                                         "Follow how news stories travel across outlets and wire agencies."),
             expected);
}

int main(int, char **)
{
    TestTranslations test;
    return QTest::qExec(&test);
}
#include "tst_translations.moc"
