#include "report/worldmaptopology.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ww;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

IsoNumericTable builtinTable()
{
    return *WorldMapTopology::parseNumericTable(readFile(QStringLiteral(":/worldmap/iso-numeric.json")));
}

// A 1x1 degree square at (10, 20) with a hole, quantized with scale 0.25 and delta-encoded.
QByteArray squareWithHole()
{
    return QByteArrayLiteral(R"({"type":"Topology","transform":{"scale":[0.25,0.25],"translate":[10,20]},
        "arcs":[[[0,0],[4,0],[0,4],[-4,0],[0,-4]],[[1,1],[0,2],[2,0],[0,-2],[-2,0]]],
        "objects":{"countries":{"type":"GeometryCollection","geometries":[
          {"type":"Polygon","arcs":[[0],[1]],"id":"036","properties":{"name":"Australia"}}]}}})");
}

} // namespace

class TestWorldMapTopology : public QObject
{
    Q_OBJECT

private slots:
    void numericTableMatchesIsoCodes()
    {
        // The embedded table must agree with the iso-codes source it was generated from, entry by entry.
        const QByteArray source =
            readFile(QStringLiteral(WW_SHARED_DIR "/corpora/gazetteer/iso-codes/iso_3166-1.json"));
        if (source.isEmpty())
            QSKIP("shared iso-codes not available");
        const QJsonArray entries =
            QJsonDocument::fromJson(source).object().value(QLatin1String("3166-1")).toArray();
        const IsoNumericTable table = builtinTable();
        QCOMPARE(table.size(), entries.size());
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            const QString numeric = o.value(QLatin1String("numeric")).toString();
            QCOMPARE(table.value(numeric).alpha2, o.value(QLatin1String("alpha_2")).toString());
        }
    }

    void alpha2For_data()
    {
        QTest::addColumn<QString>("numeric");
        QTest::addColumn<QString>("isoA2");
        QTest::addColumn<QString>("adm0A3");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Australia") << "036"
                                   << ""
                                   << ""
                                   << "AU";
        QTest::addRow("South Korea") << "410"
                                     << ""
                                     << ""
                                     << "KR";
        QTest::addRow("North Korea") << "408"
                                     << ""
                                     << ""
                                     << "KP";
        QTest::addRow("Taiwan, id wins over CN-TW") << "158"
                                                    << "CN-TW"
                                                    << "TWN"
                                                    << "TW";
        QTest::addRow("France with isoA2 -99") << "250"
                                               << "-99"
                                               << "FRA"
                                               << "FR";
        QTest::addRow("Kosovo without id") << ""
                                           << "-99"
                                           << "KOS"
                                           << "XK";
        QTest::addRow("Northern Cyprus without id") << ""
                                                    << "-99"
                                                    << "CYN"
                                                    << "CY";
        QTest::addRow("Somaliland without id") << ""
                                               << "-99"
                                               << "SOL"
                                               << "SO";
        QTest::addRow("unknown id, valid isoA2") << "999"
                                                 << "XK"
                                                 << ""
                                                 << "XK";
        QTest::addRow("nothing usable") << ""
                                        << "-99"
                                        << "ZZZ"
                                        << "";
    }

    void alpha2For()
    {
        QFETCH(QString, numeric);
        QFETCH(QString, isoA2);
        QFETCH(QString, adm0A3);
        QFETCH(QString, expected);
        QCOMPARE(WorldMapTopology::alpha2For(numeric, isoA2, adm0A3, builtinTable()), expected);
    }

    void decodesQuantizedDeltaArcsWithHoles()
    {
        const auto topo = WorldMapTopology::decode(squareWithHole(), builtinTable());
        QVERIFY2(topo.ok(), qPrintable(topo.ok() ? QString() : topo.error().message));
        const CountryShape *au = topo->country(QStringLiteral("AU"));
        QVERIFY(au);
        QCOMPARE(au->name, QStringLiteral("Australia"));
        QCOMPARE(au->path.boundingRect(), QRectF(10, 20, 1, 1));
        QVERIFY(au->path.contains(QPointF(10.1, 20.1)));  // in the ring
        QVERIFY(!au->path.contains(QPointF(10.5, 20.5))); // in the hole
    }

    void reversedArcsAndMergedUnits()
    {
        // Two squares sharing an edge: arc 1 is the shared edge, used forward by one and reversed (~1 = -2)
        // by the other. The second feature has no id and joins Cyprus (Northern Cyprus's adm0A3 is CYN).
        const QByteArray json = QByteArrayLiteral(R"({"type":"Topology",
            "arcs":[[[1,0],[0,0],[0,1],[1,1]],[[1,1],[1,0]],[[1,0],[2,0],[2,1],[1,1]]],
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,1]],"id":"196","properties":{"name":"Cyprus"}},
              {"type":"Polygon","arcs":[[2,-2]],"properties":{"name":"N. Cyprus","isoA2":"-99","adm0A3":"CYN"}}]}}})");
        const auto topo = WorldMapTopology::decode(json, builtinTable());
        QVERIFY(topo.ok());
        QCOMPARE(topo->countries().size(), 1);
        const CountryShape *cy = topo->country(QStringLiteral("CY"));
        QVERIFY(cy);
        QCOMPARE(cy->path.boundingRect(), QRectF(0, 0, 2, 1));
        QVERIFY(cy->path.contains(QPointF(0.5, 0.5)));
        QVERIFY(cy->path.contains(QPointF(1.5, 0.5)));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("not json") << QByteArray("{");
        QTest::addRow("not a topology") << QByteArray(R"({"type":"FeatureCollection"})");
        QTest::addRow("no countries") << QByteArray(R"({"type":"Topology","arcs":[],"objects":{}})");
        QTest::addRow("arc index out of range") << QByteArray(
            R"({"type":"Topology","arcs":[],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[5]],"id":"036"}]}}})");
        QTest::addRow("bad position") << QByteArray(
            R"({"type":"Topology","arcs":[[["a",1]]],"objects":{"countries":{"geometries":[]}}})");
        QTest::addRow("half a transform") << QByteArray(
            R"({"type":"Topology","transform":{"scale":[1]},"arcs":[],"objects":{"countries":{"geometries":[]}}})");
        QTest::addRow("too large") << QByteArray(WorldMapTopology::MaxInputBytes + 1, ' ');
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!WorldMapTopology::decode(json, builtinTable()).ok());
    }

    void builtinCoversTheSourceFeatures()
    {
        const WorldMapTopology &topo = WorldMapTopology::builtin();
        QVERIFY(topo.skipped().isEmpty());
        const QByteArray source =
            readFile(QStringLiteral(WW_SHARED_DIR "/corpora/gazetteer/world-atlas/countries-110m.json"));
        if (source.isEmpty())
            QSKIP("shared world-atlas not available");
        const QJsonArray geometries = QJsonDocument::fromJson(source)
                                          .object()
                                          .value(QLatin1String("objects"))
                                          .toObject()
                                          .value(QLatin1String("countries"))
                                          .toObject()
                                          .value(QLatin1String("geometries"))
                                          .toArray();
        QCOMPARE(topo.countries().size(), geometries.size());
        for (const QJsonValue &g : geometries) {
            const QString a2 = g.toObject()
                                   .value(QLatin1String("properties"))
                                   .toObject()
                                   .value(QLatin1String("isoA2"))
                                   .toString();
            if (a2.size() == 2)
                QVERIFY2(topo.country(a2), qPrintable(a2));
        }
    }

    void builtinShapes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QPointF>("inside"); // lon, lat
        QTest::addColumn<QRectF>("within");  // the bounding box must lie inside this one
        QTest::addColumn<QRectF>("covers");  // and cover this one
        QTest::addRow("Russia reaches the far east")
            << "RU" << QPointF(100, 62) << QRectF(-180, 40, 360, 43) << QRectF(28, 42, 151, 35);
        QTest::addRow("Australia") << "AU" << QPointF(134, -25) << QRectF(112, -44, 43, 34)
                                   << QRectF(114, -38, 39, 27);
        QTest::addRow("South Korea") << "KR" << QPointF(127.8, 36.5) << QRectF(125, 33, 5, 6)
                                     << QRectF(127, 35, 2, 2);
        QTest::addRow("North Korea") << "KP" << QPointF(126.5, 40) << QRectF(124, 37, 7, 6)
                                     << QRectF(125, 38, 4, 3);
        QTest::addRow("Lesotho") << "LS" << QPointF(28.3, -29.6) << QRectF(26, -31, 4, 3)
                                 << QRectF(28, -30, 0.5, 1);
    }

    void builtinShapes()
    {
        QFETCH(QString, code);
        QFETCH(QPointF, inside);
        QFETCH(QRectF, within);
        QFETCH(QRectF, covers);
        const CountryShape *c = WorldMapTopology::builtin().country(code);
        QVERIFY(c);
        const QRectF b = c->path.boundingRect();
        QVERIFY2(within.contains(b), qPrintable(QStringLiteral("%1 %2,%3 %4x%5")
                                                    .arg(code)
                                                    .arg(b.x())
                                                    .arg(b.y())
                                                    .arg(b.width())
                                                    .arg(b.height())));
        QVERIFY2(b.contains(covers), qPrintable(code));
        QVERIFY(c->path.contains(inside));
    }

    void southAfricaHasLesothoAsAHole()
    {
        const CountryShape *za = WorldMapTopology::builtin().country(QStringLiteral("ZA"));
        QVERIFY(za);
        QVERIFY(za->path.contains(QPointF(24, -30)));
        QVERIFY(!za->path.contains(QPointF(28.3, -29.6)));
    }
};

QTEST_GUILESS_MAIN(TestWorldMapTopology)
#include "tst_worldmaptopology.moc"
