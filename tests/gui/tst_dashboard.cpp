#include "coveragedashboard.h"
#include "dashboardfixture.h"
#include "worldmapwidget.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void modelsHoldTheFixturesNumbers()
    {
        const CoverageData data = test::coverageFixture();
        CoverageDashboard dashboard;
        dashboard.setData(data);

        // Expected values straight from the cells.
        QHash<QString, int> totals;
        QHash<QPair<QDate, QString>, int> perDay;
        for (const CoverageCell &c : data.cells) {
            totals[c.countryCode] += c.articles;
            perDay[{c.day, c.countryCode}] += c.articles;
        }
        QStringList ranked = totals.keys();
        std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
            return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
        });

        CoverageShareModel *top = dashboard.topCountriesModel();
        QCOMPARE(top->rowCount(), CoverageDashboard::TopCountries);
        for (int r = 0; r < top->rowCount(); ++r) {
            QCOMPARE(top->key(r), ranked.at(r));
            QCOMPARE(top->index(r, CoverageShareModel::CountColumn).data().toInt(),
                     totals.value(ranked.at(r)));
        }
        QCOMPARE(top->index(0, CoverageShareModel::LabelColumn).data().toString(),
                 dashboard.mapWidget()->map().countryName(ranked.first()));

        CoverageTimeModel *time = dashboard.timeModel();
        QCOMPARE(time->rowCount(), 14);
        QCOMPARE(time->countries(), ranked.mid(0, CoverageDashboard::TimelineCountries));
        for (int r = 0; r < time->rowCount(); ++r)
            for (const QString &code : time->countries())
                QCOMPARE(time->count(r, code), perDay.value({QDate(2026, 11, 14).addDays(r), code}));

        // The charts read those models: line points, bars and slices carry the same numbers.
        const auto lines = dashboard.timeChart()->series();
        QCOMPARE(lines.size(), CoverageDashboard::TimelineCountries);
        auto *first = qobject_cast<QLineSeries *>(lines.first());
        QVERIFY(first);
        QCOMPARE(first->count(), 14);
        for (int r = 0; r < 14; ++r) {
            QCOMPARE(first->at(r).y(), double(time->count(r, ranked.first())));
            QCOMPARE(qint64(first->at(r).x()),
                     QDate(2026, 11, 14).addDays(r).startOfDay().toMSecsSinceEpoch());
        }
        auto *bars = qobject_cast<QHorizontalBarSeries *>(dashboard.countryChart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        for (int r = 0; r < top->rowCount(); ++r)
            QCOMPARE(bars->barSets().first()->at(r), double(totals.value(ranked.at(r))));

        QPieSeries *outlets = dashboard.outletSeries();
        QCOMPARE(outlets->count(), CoverageDashboard::PieSlices + 1); // + Other
        QCOMPARE(outlets->slices().first()->label(), QStringLiteral("Yonhap"));
        QCOMPARE(outlets->slices().first()->value(), 120.0);
        QCOMPARE(outlets->slices().last()->value(), 12.0 + 8.0);
        QCOMPARE(outlets->sum(), 445.0);
        QCOMPARE(dashboard.producerSeries()->slices().first()->label(), QStringLiteral("Reuters"));
        QCOMPARE(dashboard.producerModel()->total(), 448);

        // The map gets every country, not only the top ones.
        QCOMPARE(dashboard.mapWidget()->values().size(), totals.size());
        QCOMPARE(dashboard.mapWidget()->values().value(QStringLiteral("ZA")),
                 double(totals.value(QStringLiteral("ZA"))));

        // A refresh with another filter replaces everything.
        dashboard.clear();
        QCOMPARE(dashboard.timeChart()->series().size(), 0);
        QCOMPARE(outlets->count(), 0);
        QVERIFY(dashboard.mapWidget()->values().isEmpty());
    }

    void mapClickEmitsCountry_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Australia") << QPointF(134, -25) << "AU";
        QTest::addRow("Brazil") << QPointF(-53, -10) << "BR";
        QTest::addRow("North Korea") << QPointF(126.8, 40.2) << "KP";
        QTest::addRow("the Atlantic") << QPointF(-30, 0) << "";
    }

    void mapClickEmitsCountry()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QString, expected);
        WorldMapWidget map;
        map.setValues({{QStringLiteral("AU"), 12}, {QStringLiteral("KP"), 40}});
        map.resize(900, 520);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QSignalSpy clicked(&map, &WorldMapWidget::countryClicked);
        const QPoint at = map.widgetPoint(lonLat).toPoint();
        QTest::mouseMove(&map, at);
        QCOMPARE(map.hoveredCountry(), expected);
        QTest::mouseClick(&map, Qt::LeftButton, {}, at);
        if (expected.isEmpty()) {
            QCOMPARE(clicked.count(), 0);
        } else {
            QCOMPARE(clicked.count(), 1);
            QCOMPARE(clicked.first().first().toString(), expected);
            QVERIFY(map.toolTipFor(expected).contains(map.map().countryName(expected)));
        }
    }

    void dashboardMapClickIsForwarded()
    {
        CoverageDashboard dashboard;
        dashboard.setData(test::coverageFixture());
        dashboard.resize(1200, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QSignalSpy clicked(&dashboard, &CoverageDashboard::countryClicked);
        WorldMapWidget *map = dashboard.mapWidget();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->widgetPoint(QPointF(100, 62)).toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("RU"));
    }

    void rendersSomething_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void rendersSomething()
    {
        QFETCH(bool, dark);
        QPalette palette = QApplication::palette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        }
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        CoverageDashboard dashboard;
        dashboard.setPalette(palette);
        dashboard.setData(test::coverageFixture());
        dashboard.resize(1280, 960);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const QImage shot = dashboard.grab().toImage();
        QVERIFY(test::colourCount(shot) > 200);
        test::saveScreenshot(shot, QStringLiteral("dashboard%1.png").arg(suffix));

        WorldMapWidget map;
        map.setPalette(palette);
        map.setValues(dashboard.mapWidget()->values());
        map.resize(1000, 560);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTest::mouseMove(&map, map.widgetPoint(QPointF(100, 62)).toPoint());
        const QImage mapShot = map.grab().toImage();
        QVERIFY(test::colourCount(mapShot) > 30);
        test::saveScreenshot(mapShot, QStringLiteral("map%1.png").arg(suffix));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
