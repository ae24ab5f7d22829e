#include "core/displaytime.h"

#include <QTest>
#include <QTimeZone>

using namespace ww;

class TestDisplayTime : public QObject
{
    Q_OBJECT
private slots:
    void shortTextDropsSeconds_data();
    void shortTextDropsSeconds();
    void invalidTimeIsEmpty();
    void longTextKeepsSeconds();
};

namespace {

// 13:26:47 local time: 47 appears nowhere else in the date or the time.
QDateTime sample()
{
    return QDateTime(QDate(2026, 11, 28), QTime(13, 26, 47), QTimeZone::systemTimeZone());
}

} // namespace

void TestDisplayTime::shortTextDropsSeconds_data()
{
    QTest::addColumn<QString>("localeName");
    for (const char *name : {"C", "en_US", "en_GB", "de_DE", "fr_FR", "ru_RU", "uk_UA", "ko_KR", "ar_EG",
                             "ar_SA", "ja_JP", "zh_CN", "fi_FI"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

void TestDisplayTime::shortTextDropsSeconds()
{
    QFETCH(QString, localeName);
    const QLocale locale(localeName);
    QVERIFY2(!DisplayTime::shortFormat(locale).contains(QLatin1Char('s')),
             qPrintable(DisplayTime::shortFormat(locale)));
    const QString text = DisplayTime::shortText(sample(), locale);
    // The locale's own digits: Arabic locales write ٤٧, not 47.
    QVERIFY2(!text.contains(locale.toString(47)), qPrintable(text));
    QVERIFY2(text.contains(locale.toString(26)), qPrintable(text)); // the minute is there
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    QCOMPARE(text.startsWith(DisplayTime::LeftToRightIsolate), !rtl);
    QCOMPARE(text.endsWith(DisplayTime::PopDirectionalIsolate), !rtl);
}

void TestDisplayTime::invalidTimeIsEmpty()
{
    QVERIFY(DisplayTime::shortText(QDateTime(), QLocale(QStringLiteral("en_US"))).isEmpty());
    QVERIFY(DisplayTime::longText(QDateTime(), QLocale(QStringLiteral("en_US"))).isEmpty());
}

void TestDisplayTime::longTextKeepsSeconds()
{
    for (const char *name : {"en_US", "ru_RU", "ar_EG"}) {
        const QLocale locale{QString::fromLatin1(name)};
        const QString text = DisplayTime::longText(sample(), locale);
        QVERIFY2(text.contains(locale.toString(47)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDisplayTime)
#include "tst_displaytime.moc"
