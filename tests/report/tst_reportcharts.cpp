#include "report/reportcharts.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ww;

class TestReportCharts : public QObject
{
    Q_OBJECT
private slots:
    void bucketOf_data();
    void bucketOf();
    void timeSeriesDrawsEveryCountry();
    void longRangesGoWeekly();
    void barsFollowTheShares();
    void barsMirrorRightToLeft();
    void emptyInputDrawsNothing();
};

namespace {
ReportCharts::Style style()
{
    ReportCharts::Style s;
    s.font = QFont(QStringLiteral("Noto Sans"));
    s.font.setPixelSize(12);
    s.locale = QLocale(QLocale::English);
    s.lineWidth = 3;
    return s;
}

QImage blank()
{
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

// Pixels close to a colour (antialiasing blends the edges).
int count(const QImage &image, const QColor &color, const QRect &area = {})
{
    const QRect r = area.isNull() ? image.rect() : area;
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                    std::abs(c.blue() - color.blue()) <
                30)
                ++n;
        }
    }
    return n;
}

QList<CoverageCell> cells(const QString &code, QDate first, int days, int perDay)
{
    QList<CoverageCell> out;
    for (int i = 0; i < days; ++i)
        out.append(CoverageCell{first.addDays(i), code, perDay + i % 3});
    return out;
}
} // namespace

void TestReportCharts::bucketOf_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("weekly");
    QTest::addColumn<QDate>("expected");
    QTest::addRow("daily keeps the day") << QDate(2026, 11, 26) << false << QDate(2026, 11, 26);
    QTest::addRow("thursday to monday") << QDate(2026, 11, 26) << true << QDate(2026, 11, 23);
    QTest::addRow("monday stays") << QDate(2026, 11, 23) << true << QDate(2026, 11, 23);
    QTest::addRow("sunday to monday before") << QDate(2026, 11, 29) << true << QDate(2026, 11, 23);
}

void TestReportCharts::bucketOf()
{
    QFETCH(QDate, day);
    QFETCH(bool, weekly);
    QFETCH(QDate, expected);
    QCOMPARE(ReportCharts::bucketOf(day, weekly), expected);
}

void TestReportCharts::timeSeriesDrawsEveryCountry()
{
    QImage image = blank();
    QPainter painter(&image);
    const QDate first(2026, 10, 1);
    const QList<CoverageCell> data =
        cells(QStringLiteral("RU"), first, 20, 4) + cells(QStringLiteral("KP"), first, 20, 1);
    const int buckets = ReportCharts::drawTimeSeries(painter, QRectF(0, 0, 800, 400), data,
                                                     {QStringLiteral("RU"), QStringLiteral("KP")}, first,
                                                     first.addDays(19), {}, style());
    painter.end();
    QCOMPARE(buckets, 20);
    QVERIFY(count(image, ReportCharts::seriesColor(0)) > 200);
    QVERIFY(count(image, ReportCharts::seriesColor(1)) > 200);
    QCOMPARE(count(image, ReportCharts::seriesColor(2)), 0);
    // The busier series sits higher: its ink's mean y is smaller.
    const auto meanY = [&](const QColor &c) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < 300; ++y)
            for (int x = 100; x < 780; ++x)
                if (count(image, c, QRect(x, y, 1, 1))) {
                    sum += y;
                    ++n;
                }
        return n ? sum / n : 0.0;
    };
    QVERIFY(meanY(ReportCharts::seriesColor(0)) < meanY(ReportCharts::seriesColor(1)));
}

void TestReportCharts::longRangesGoWeekly()
{
    QImage image = blank();
    QPainter painter(&image);
    const QDate first(2026, 1, 5); // a Monday
    const int buckets = ReportCharts::drawTimeSeries(
        painter, QRectF(0, 0, 800, 400), cells(QStringLiteral("US"), first, 200, 2), {QStringLiteral("US")},
        first, first.addDays(199), {}, style());
    QCOMPARE(buckets, 29); // 200 days from a Monday: 28 full weeks and a part
}

void TestReportCharts::barsFollowTheShares()
{
    QImage image = blank();
    QPainter painter(&image);
    const QList<CountShare> shares{{QStringLiteral("Reuters"), 40}, {QStringLiteral("AFP"), 10}};
    // 40 pixels for two rows: 20 each (less than the font's preferred row height).
    ReportCharts::drawBars(painter, QRectF(0, 0, 800, 40), shares, 50, {}, style(), Qt::LeftToRight);
    painter.end();
    const QColor bar = ReportCharts::seriesColor(0);
    const int first = count(image, bar, QRect(0, 0, 800, 20));
    const int second = count(image, bar, QRect(0, 20, 800, 20));
    QVERIFY(second > 0);
    QVERIFY2(std::abs(double(first) / second - 4.0) < 0.5,
             qPrintable(QStringLiteral("%1 / %2").arg(first).arg(second)));
}

void TestReportCharts::barsMirrorRightToLeft()
{
    const QList<CountShare> shares{{QStringLiteral("Reuters"), 40}};
    const auto barCentre = [&](Qt::LayoutDirection direction) {
        QImage image = blank();
        QPainter painter(&image);
        ReportCharts::drawBars(painter, QRectF(0, 0, 800, 40), shares, 40, {}, style(), direction);
        painter.end();
        double sum = 0;
        int n = 0;
        for (int x = 0; x < 800; ++x)
            if (count(image, ReportCharts::seriesColor(0), QRect(x, 20, 1, 1))) {
                sum += x;
                ++n;
            }
        return n ? sum / n : -1.0;
    };
    QVERIFY(barCentre(Qt::LeftToRight) > 400);
    QVERIFY(barCentre(Qt::RightToLeft) < 400);
}

void TestReportCharts::emptyInputDrawsNothing()
{
    QImage image = blank();
    QPainter painter(&image);
    QCOMPARE(
        ReportCharts::drawTimeSeries(painter, QRectF(0, 0, 800, 400), {}, {}, QDate(), QDate(), {}, style()),
        0);
    ReportCharts::drawBars(painter, QRectF(0, 0, 800, 400), {}, 0, {}, style(), Qt::LeftToRight);
    painter.end();
    QCOMPARE(count(image, Qt::white), 800 * 400);
}

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
