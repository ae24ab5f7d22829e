#include "report/worldmap.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ww;

namespace {

int colorDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Points well inside each country (lon, lat), away from borders so antialiasing does not touch them.
QList<QPair<QString, QPointF>> interiorPoints()
{
    return {{QStringLiteral("AU"), {134, -25}}, {QStringLiteral("BR"), {-53, -10}},
            {QStringLiteral("US"), {-100, 40}}, {QStringLiteral("RU"), {100, 62}},
            {QStringLiteral("CA"), {-105, 58}}, {QStringLiteral("CN"), {103, 33}},
            {QStringLiteral("IN"), {78, 22}},   {QStringLiteral("DZ"), {3, 28}}};
}

} // namespace

class TestWorldMap : public QObject
{
    Q_OBJECT

private slots:
    void projection()
    {
        QCOMPARE(WorldMap::project(QPointF(0, 0)), QPointF(0, 0));
        const QPointF ne = WorldMap::project(QPointF(90, 45));
        const QPointF sw = WorldMap::project(QPointF(-90, -45));
        QVERIFY(ne.x() > 0 && ne.y() < 0); // north is up on screen
        QCOMPARE(sw, -ne);
        // Meridians converge towards the poles: the same longitude is narrower at 60N than at the equator.
        QVERIFY(WorldMap::project(QPointF(180, 60)).x() < WorldMap::project(QPointF(180, 0)).x());
    }

    void countryAt_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QSizeF>("canvas");
        const QList<QSizeF> sizes = {QSizeF(1000, 560), QSizeF(420, 700)};
        for (const QSizeF &size : sizes) {
            const QString s = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            for (const auto &[code, p] : interiorPoints())
                QTest::addRow("%s %s", qPrintable(code), qPrintable(s)) << p << code << size;
            QTest::addRow("South Korea %s", qPrintable(s)) << QPointF(127.9, 36.3) << "KR" << size;
            QTest::addRow("North Korea %s", qPrintable(s)) << QPointF(126.8, 40.2) << "KP" << size;
            QTest::addRow("Atlantic %s", qPrintable(s)) << QPointF(-30, 0) << "" << size;
            QTest::addRow("Pacific %s", qPrintable(s)) << QPointF(-150, -20) << "" << size;
        }
    }

    void countryAt()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QString, expected);
        QFETCH(QSizeF, canvas);
        const WorldMap map;
        const WorldMapOptions options;
        const QRectF rect(QPointF(5, 7), canvas);
        const QPointF p = map.toCanvas(lonLat, rect, options);
        QVERIFY(map.mapArea(rect, options).contains(p));
        QCOMPARE(map.countryAt(p, rect, options), expected);
    }

    void lesothoIsNotSouthAfrica()
    {
        const WorldMap map;
        WorldMapOptions options;
        const QRectF rect(0, 0, 4000, 2200); // large enough that Lesotho covers many pixels
        QCOMPARE(map.countryAt(map.toCanvas(QPointF(28.3, -29.6), rect, options), rect, options),
                 QStringLiteral("LS"));
        QCOMPARE(map.countryAt(map.toCanvas(QPointF(24, -30), rect, options), rect, options),
                 QStringLiteral("ZA"));
    }

    void outsideTheMapIsNothing()
    {
        const WorldMap map;
        const WorldMapOptions options;
        const QRectF rect(0, 0, 800, 600);
        QCOMPARE(map.countryAt(QPointF(-10, -10), rect, options), QString());
        QCOMPARE(map.countryAt(QPointF(400, 599), rect, options), QString()); // the legend strip
    }

    void scale_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void scale()
    {
        QFETCH(bool, dark);
        QCOMPARE(WorldMap::scalePosition(0, 100, true), 0.0);
        QCOMPARE(WorldMap::scalePosition(100, 100, true), 1.0);
        QCOMPARE(WorldMap::scalePosition(50, 100, false), 0.5);
        QVERIFY(WorldMap::scalePosition(10, 100, true) > 0.5); // log scale lifts small counts
        // Perceptually ordered: lightness moves one way only, darker with more coverage on light backgrounds
        // and brighter with more coverage on dark ones.
        double previous = dark ? -1.0 : 2.0;
        for (int i = 0; i <= 20; ++i) {
            const double l = WorldMap::rampColor(i / 20.0, dark).lightnessF();
            QVERIFY2(dark ? l > previous : l < previous, qPrintable(QString::number(i)));
            previous = l;
        }
    }

    void renderedColoursFollowTheScale_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("logScale");
        QTest::addRow("light, log") << false << true;
        QTest::addRow("light, linear") << false << false;
        QTest::addRow("dark, log") << true << true;
    }

    void renderedColoursFollowTheScale()
    {
        QFETCH(bool, dark);
        QFETCH(bool, logScale);
        const WorldMap map;
        WorldMapOptions options;
        options.dark = dark;
        options.logScale = logScale;
        if (dark) {
            options.background = QColor(0x20, 0x20, 0x20);
            options.ocean = QColor(0x28, 0x2c, 0x30);
            options.noData = QColor(0x5a, 0x5a, 0x5a);
        }
        const QHash<QString, double> values = {{QStringLiteral("AU"), 1000}, {QStringLiteral("BR"), 10},
                                               {QStringLiteral("US"), 300},  {QStringLiteral("RU"), 0},
                                               {QStringLiteral("CA"), 55},   {QStringLiteral("IN"), 620}};
        QImage image(1000, 560, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        const QRectF rect(image.rect());
        {
            QPainter painter(&image);
            map.render(painter, rect, values, options);
        }
        for (const auto &[code, p] : interiorPoints()) {
            const QPointF at = map.toCanvas(p, rect, options);
            const QColor pixel = image.pixelColor(at.toPoint());
            if (values.contains(code)) {
                const QColor expected = WorldMap::colorFor(values.value(code), 1000, options);
                QVERIFY2(colorDistance(pixel, expected) <= 6,
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(code, pixel.name(), expected.name())));
            } else {
                // No data: the grey fill or its hatching, never a colour of the scale.
                const QColor hatch = dark ? options.noData.lighter(140) : options.noData.darker(125);
                QVERIFY2(colorDistance(pixel, options.noData) <= 6 || colorDistance(pixel, hatch) <= 40,
                         qPrintable(QStringLiteral("%1: %2").arg(code, pixel.name())));
            }
        }
        const QColor sea = image.pixelColor(map.toCanvas(QPointF(-30, 0), rect, options).toPoint());
        QVERIFY(colorDistance(sea, options.ocean) <= 3);
        // More coverage reads as more contrast against the background.
        const auto contrast = [&](const QString &code) {
            const QColor c = image.pixelColor(
                map.toCanvas(interiorPoints().at(code == QLatin1String("AU") ? 0 : 1).second, rect, options)
                    .toPoint());
            return std::abs(c.lightnessF() - options.background.lightnessF());
        };
        QVERIFY(contrast(QStringLiteral("AU")) > contrast(QStringLiteral("BR")));
        // Nothing is left unpainted, and the legend strip has more than background in it.
        QCOMPARE(image.pixelColor(0, 0), options.background);
        const QRectF legend(0, map.mapArea(rect, options).bottom() + 1, rect.width(),
                            rect.bottom() - map.mapArea(rect, options).bottom() - 1);
        QSet<QRgb> legendColours;
        for (int y = int(legend.top()); y < int(legend.bottom()); y += 2)
            for (int x = 0; x < image.width(); x += 3)
                legendColours.insert(image.pixel(x, y));
        QVERIFY(legendColours.size() > 20);
        QVERIFY(!legendColours.contains(QColor(Qt::magenta).rgba()));
    }

    void highlightOutlinesTheCountry()
    {
        const WorldMap map;
        WorldMapOptions options;
        options.legend = false;
        const QRectF rect(0, 0, 800, 420);
        QImage plain(800, 420, QImage::Format_ARGB32_Premultiplied);
        QImage lit = plain;
        {
            QPainter p(&plain);
            map.render(p, rect, {}, options);
        }
        options.highlighted = QStringLiteral("AU");
        {
            QPainter p(&lit);
            map.render(p, rect, {}, options);
        }
        const QRect au = map.canvasPath(QStringLiteral("AU"), rect, options)
                             .boundingRect()
                             .toAlignedRect()
                             .adjusted(-3, -3, 3, 3);
        QVERIFY(plain.copy(au) != lit.copy(au));
        QRect outside = rect.toRect();
        outside.setRight(au.left() - 5);
        QCOMPARE(plain.copy(outside), lit.copy(outside));
    }
};

QTEST_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
