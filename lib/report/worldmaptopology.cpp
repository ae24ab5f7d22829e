#include "report/worldmaptopology.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QRegularExpression>

#include <cmath>

namespace ww {

namespace {

using Arc = QList<QPointF>;

Error malformed(const QString &what)
{
    return Error(Error::Code::Malformed, QStringLiteral("TopoJSON: %1").arg(what));
}

// TopoJSON arcs: with a transform, positions are quantized integers and each one after the first is a delta
// from the previous one; without, they are absolute coordinates.
Result<QList<Arc>> decodeArcs(const QJsonArray &arcs, const QJsonObject &transform)
{
    const bool quantized = !transform.isEmpty();
    const QJsonArray scale = transform.value(QLatin1String("scale")).toArray();
    const QJsonArray translate = transform.value(QLatin1String("translate")).toArray();
    if (quantized && (scale.size() != 2 || translate.size() != 2))
        return malformed(QStringLiteral("transform needs scale and translate pairs"));
    const double sx = quantized ? scale.at(0).toDouble() : 1.0;
    const double sy = quantized ? scale.at(1).toDouble() : 1.0;
    const double tx = quantized ? translate.at(0).toDouble() : 0.0;
    const double ty = quantized ? translate.at(1).toDouble() : 0.0;

    QList<Arc> out;
    out.reserve(arcs.size());
    qsizetype points = 0;
    for (const QJsonValue &arcValue : arcs) {
        const QJsonArray positions = arcValue.toArray();
        points += positions.size();
        if (points > WorldMapTopology::MaxPoints)
            return Error(Error::Code::TooLarge, QStringLiteral("TopoJSON: too many points"));
        Arc arc;
        arc.reserve(positions.size());
        double x = 0;
        double y = 0;
        for (const QJsonValue &p : positions) {
            const QJsonArray xy = p.toArray();
            if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                return malformed(QStringLiteral("arc position is not a number pair"));
            if (quantized) {
                x += xy.at(0).toDouble();
                y += xy.at(1).toDouble();
                arc.append(QPointF(x * sx + tx, y * sy + ty));
            } else {
                arc.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
            }
        }
        out.append(arc);
    }
    return out;
}

// A ring is a list of arc indices; a negative index ~i means arc i reversed. Consecutive arcs share their
// joining point, which is kept once.
Status appendRing(QPainterPath &path, const QJsonArray &ring, const QList<Arc> &arcs)
{
    Arc points;
    for (const QJsonValue &v : ring) {
        if (!v.isDouble())
            return malformed(QStringLiteral("arc index is not a number"));
        const int index = v.toInt();
        const qsizetype arcIndex = index < 0 ? ~index : index;
        if (arcIndex < 0 || arcIndex >= arcs.size())
            return malformed(QStringLiteral("arc index %1 out of range").arg(index));
        const Arc &arc = arcs.at(arcIndex);
        for (qsizetype k = 0; k < arc.size(); ++k) {
            const QPointF &p = index < 0 ? arc.at(arc.size() - 1 - k) : arc.at(k);
            if (k == 0 && !points.isEmpty())
                continue;
            points.append(p);
        }
    }
    if (points.size() < 3)
        return {};
    // Rings that cross the antimeridian (Chukotka, Fiji) jump from +180 to -180: unwrap them into one
    // continuous ring, then keep the parts that fall inside [-180, 180] on either side.
    bool crosses = false;
    for (qsizetype k = 1; k < points.size() && !crosses; ++k)
        crosses = std::abs(points.at(k).x() - points.at(k - 1).x()) > 180.0;
    if (crosses) {
        for (qsizetype k = 1; k < points.size(); ++k) {
            const double dx = points.at(k).x() - points.at(k - 1).x();
            if (dx > 180.0)
                points[k].rx() -= 360.0 * std::ceil((dx - 180.0) / 360.0);
            else if (dx < -180.0)
                points[k].rx() += 360.0 * std::ceil((-dx - 180.0) / 360.0);
        }
        QPainterPath ring;
        ring.addPolygon(QPolygonF(points));
        ring.closeSubpath();
        QPainterPath world;
        world.addRect(QRectF(-180.0, -90.0, 360.0, 180.0));
        for (double shift : {0.0, -360.0, 360.0}) {
            const QPainterPath part = ring.translated(shift, 0).intersected(world);
            if (!part.isEmpty())
                path.addPath(part);
        }
        return {};
    }
    path.moveTo(points.first());
    for (qsizetype k = 1; k < points.size(); ++k)
        path.lineTo(points.at(k));
    path.closeSubpath();
    return {};
}

Status appendPolygon(QPainterPath &path, const QJsonArray &rings, const QList<Arc> &arcs)
{
    // The first ring is the outline, the others are holes: the odd-even fill rule cuts them out.
    for (const QJsonValue &ring : rings) {
        if (Status s = appendRing(path, ring.toArray(), arcs); !s)
            return s;
    }
    return {};
}

} // namespace

Result<IsoNumericTable> WorldMapTopology::parseNumericTable(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Code::Malformed,
                     QStringLiteral("ISO numeric table: %1").arg(error.errorString()));
    IsoNumericTable table;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray entry = it.value().toArray();
        if (entry.size() < 2)
            continue;
        table.insert(it.key(), IsoCountry{entry.at(0).toString(), entry.at(1).toString()});
    }
    return table;
}

QString WorldMapTopology::alpha2For(const QString &numericId, const QString &isoA2, const QString &adm0A3,
                                    const IsoNumericTable &table)
{
    if (const auto it = table.constFind(numericId); it != table.constEnd())
        return it->alpha2;
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (twoLetters.match(isoA2).hasMatch())
        return isoA2;
    // Natural Earth map units without an ISO 3166-1 entry: Kosovo takes the widely used user-assigned XK;
    // Northern Cyprus, the UN buffer zone, Somaliland and Baikonur join the sovereign state the UN recognises
    // (the same choice as world-atlas's default boundary view).
    static const QHash<QString, QString> units = {
        {QStringLiteral("KOS"), QStringLiteral("XK")}, {QStringLiteral("CYN"), QStringLiteral("CY")},
        {QStringLiteral("CNM"), QStringLiteral("CY")}, {QStringLiteral("SOL"), QStringLiteral("SO")},
        {QStringLiteral("KAB"), QStringLiteral("KZ")},
    };
    return units.value(adm0A3);
}

Result<WorldMapTopology> WorldMapTopology::decode(const QByteArray &topojson, const IsoNumericTable &table)
{
    if (topojson.size() > MaxInputBytes)
        return Error(Error::Code::TooLarge,
                     QStringLiteral("TopoJSON: input larger than %1 bytes").arg(MaxInputBytes));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(topojson, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(error.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("Topology"))
        return malformed(QStringLiteral("not a Topology"));

    auto arcs = decodeArcs(root.value(QLatin1String("arcs")).toArray(),
                           root.value(QLatin1String("transform")).toObject());
    if (!arcs)
        return arcs.error();

    const QJsonObject countries =
        root.value(QLatin1String("objects")).toObject().value(QLatin1String("countries")).toObject();
    if (countries.isEmpty())
        return malformed(QStringLiteral("no \"countries\" object"));

    WorldMapTopology topology;
    for (const QJsonValue &value : countries.value(QLatin1String("geometries")).toArray()) {
        const QJsonObject geometry = value.toObject();
        const QJsonObject props = geometry.value(QLatin1String("properties")).toObject();
        const QString name = props.value(QLatin1String("name")).toString();
        const QString code = alpha2For(geometry.value(QLatin1String("id")).toString(),
                                       props.value(QLatin1String("isoA2")).toString(),
                                       props.value(QLatin1String("adm0A3")).toString(), table);
        if (code.isEmpty()) {
            topology.m_skipped.append(name);
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray parts = geometry.value(QLatin1String("arcs")).toArray();
        Status status;
        if (type == QLatin1String("Polygon")) {
            status = appendPolygon(path, parts, *arcs);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &polygon : parts) {
                status = appendPolygon(path, polygon.toArray(), *arcs);
                if (!status)
                    break;
            }
        } else {
            continue; // points, lines and null geometries have no area to colour
        }
        if (!status)
            return status.error();

        // Units merged into one state (Northern Cyprus into Cyprus) add their outline to the state's.
        if (const auto it = topology.m_index.constFind(code); it != topology.m_index.constEnd()) {
            topology.m_countries[*it].path.addPath(path);
            continue;
        }
        const QString isoName =
            std::as_const(table).value(geometry.value(QLatin1String("id")).toString()).name;
        topology.m_index.insert(code, topology.m_countries.size());
        topology.m_countries.append(CountryShape{code, isoName.isEmpty() ? name : isoName, path});
    }
    return topology;
}

const WorldMapTopology &WorldMapTopology::builtin()
{
    static const WorldMapTopology topology = [] {
        QFile tableFile(QStringLiteral(":/worldmap/iso-numeric.json"));
        QFile topoFile(QStringLiteral(":/worldmap/countries-110m.json"));
        if (!tableFile.open(QIODevice::ReadOnly) || !topoFile.open(QIODevice::ReadOnly))
            return WorldMapTopology();
        const auto table = parseNumericTable(tableFile.readAll());
        if (!table)
            return WorldMapTopology();
        auto decoded = decode(topoFile.readAll(), *table);
        return decoded ? std::move(decoded).value() : WorldMapTopology();
    }();
    return topology;
}

const CountryShape *WorldMapTopology::country(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_countries.at(*it);
}

} // namespace ww
