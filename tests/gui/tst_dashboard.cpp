#include "coveragedashboard.h"
#include "dashboardfixture.h"
#include "worldmapwidget.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
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

    void pieLegendsKeepTheShareVisible_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("wide") << 1400;
        QTest::addRow("narrow") << 760;
    }

    void pieLegendsKeepTheShareVisible()
    {
        QFETCH(int, width);
        CoverageData data = test::coverageFixture();
        data.outlets[0].key =
            QStringLiteral("The Meridian Post and Evening Chronicle, International Edition");
        data.outlets[1].key = QStringLiteral("Northern Courier");
        data.producers[0].key = QStringLiteral("Reuters");
        CoverageDashboard dashboard;
        dashboard.resize(width, 900);
        dashboard.setData(data);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        for (QPieSeries *series : {dashboard.outletSeries(), dashboard.producerSeries()}) {
            QLegend *legend = series->chart()->legend();
            const QFontMetricsF fm(legend->font());
            const auto markers = legend->markers(series);
            QVERIFY(!markers.isEmpty());
            const CoverageShareModel *model =
                series == dashboard.outletSeries() ? dashboard.outletModel() : dashboard.producerModel();
            for (int i = 0; i < markers.size() && i < model->rowCount(); ++i) {
                const QString label = markers.at(i)->label();
                const QString name = model->index(i, CoverageShareModel::LabelColumn).data().toString();
                // The share always shows, whole; a long name is shortened before it, never the share.
                const QString share =
                    QStringLiteral(" (%1%)").arg(QLocale().toString(model->share(i), 'f', 0));
                QVERIFY2(label.endsWith(share), qPrintable(label));
                const QString shown = label.chopped(share.size());
                QVERIFY2(shown == name ||
                             (shown.endsWith(QChar(0x2026)) && name.startsWith(shown.chopped(1))),
                         qPrintable(label));
                QVERIFY2(fm.horizontalAdvance(label) <= dashboard.pieLegendWidth(series), qPrintable(label));
            }
        }
        // Short names stay whole.
        QCOMPARE(dashboard.producerSeries()
                     ->chart()
                     ->legend()
                     ->markers(dashboard.producerSeries())
                     .first()
                     ->label(),
                 QStringLiteral("Reuters (%1%)")
                     .arg(QLocale().toString(dashboard.producerModel()->share(0), 'f', 0)));
        const QString longLabel =
            dashboard.outletSeries()->chart()->legend()->markers(dashboard.outletSeries()).first()->label();
        QVERIFY2(longLabel.contains(QChar(0x2026)), qPrintable(longLabel));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
