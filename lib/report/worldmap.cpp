#include "report/worldmap.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPalette>

#include <array>
#include <cmath>

namespace ww {

namespace {

constexpr double DegToRad = M_PI / 180.0;
const QString Antarctica = QStringLiteral("AQ");

// ColorBrewer YlGnBu (9 classes): monotonic in lightness, colour-blind safe, prints in grey scale.
constexpr std::array<QRgb, 9> Ramp = {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4,
                                      0x1d91c0, 0x225ea8, 0x253494, 0x081d58};

QPainterPath projectPath(const QPainterPath &geo)
{
    QPainterPath out;
    out.setFillRule(geo.fillRule());
    for (int i = 0; i < geo.elementCount(); ++i) {
        const QPainterPath::Element e = geo.elementAt(i);
        const QPointF p = WorldMap::project(QPointF(e.x, e.y));
        if (e.isMoveTo())
            out.moveTo(p);
        else
            out.lineTo(p);
    }
    return out;
}

QString formatValue(double v, const QLocale &locale)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return locale.toString(qint64(std::llround(v)));
    return locale.toString(v, 'g', 3);
}

} // namespace

WorldMapOptions WorldMapOptions::fromPalette(const QPalette &palette)
{
    WorldMapOptions o;
    const QColor window = palette.color(QPalette::Base);
    o.dark = window.lightnessF() < 0.5;
    o.background = window;
    o.text = palette.color(QPalette::Text);
    if (o.dark) {
        o.ocean = window.lighter(125);
        o.border = window.lighter(220);
        o.noData = QColor(0x5a, 0x5a, 0x5a);
    } else {
        o.ocean = QColor(0xEE, 0xF3, 0xF8);
        o.border = QColor(0x9a, 0x9a, 0x9a);
        o.noData = QColor(0xE0, 0xE0, 0xE0);
    }
    return o;
}

WorldMap::WorldMap(const WorldMapTopology &topology)
{
    for (const CountryShape &c : topology.countries()) {
        Shape s{c.code, c.name, projectPath(c.path)};
        const QRectF b = s.projected.boundingRect();
        m_bounds = m_bounds.isNull() ? b : m_bounds.united(b);
        if (c.code != Antarctica)
            m_boundsInhabited = m_boundsInhabited.isNull() ? b : m_boundsInhabited.united(b);
        m_index.insert(c.code, m_shapes.size());
        m_shapes.append(std::move(s));
    }
    // The globe's edge: the meridians at +-180 degrees, which the Natural Earth projection curves.
    for (int lat = -90; lat <= 90; ++lat) {
        const QPointF p = project(QPointF(180, lat));
        lat == -90 ? m_outline.moveTo(p) : m_outline.lineTo(p);
    }
    for (int lat = 90; lat >= -90; --lat)
        m_outline.lineTo(project(QPointF(-180, lat)));
    m_outline.closeSubpath();
}

QStringList WorldMap::codes() const
{
    QStringList out;
    for (const Shape &s : m_shapes)
        out.append(s.code);
    return out;
}

QString WorldMap::countryName(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? QString() : m_shapes.at(*it).name;
}

QPointF WorldMap::project(const QPointF &lonLat)
{
    // Polynomial form from the paper (and d3-geo's geoNaturalEarth1Raw): a compromise projection that keeps
    // the high latitudes, where Russia and Canada are, far less inflated than equirectangular.
    const double lambda = lonLat.x() * DegToRad;
    const double phi = lonLat.y() * DegToRad;
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    const double x =
        lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
    const double y =
        phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    return QPointF(x, -y);
}

QRectF WorldMap::legendArea(const QRectF &rect, const WorldMapOptions &options) const
{
    if (!options.legend)
        return QRectF();
    const double h = std::clamp(rect.height() * 0.11, 26.0, 46.0);
    return QRectF(rect.left(), rect.bottom() - h, rect.width(), h);
}

QRectF WorldMap::mapArea(const QRectF &rect, const WorldMapOptions &options) const
{
    QRectF avail = rect;
    avail.setBottom(rect.bottom() - legendArea(rect, options).height());
    const QRectF b = options.showAntarctica ? m_bounds : m_boundsInhabited;
    if (b.isEmpty() || avail.isEmpty())
        return QRectF();
    const double scale = std::min(avail.width() / b.width(), avail.height() / b.height());
    QRectF area(0, 0, b.width() * scale, b.height() * scale);
    area.moveCenter(avail.center());
    return area;
}

QTransform WorldMap::transformFor(const QRectF &rect, const WorldMapOptions &options) const
{
    const QRectF area = mapArea(rect, options);
    const QRectF b = options.showAntarctica ? m_bounds : m_boundsInhabited;
    if (area.isEmpty())
        return QTransform();
    const double scale = area.width() / b.width();
    return QTransform::fromTranslate(-b.left(), -b.top()) * QTransform::fromScale(scale, scale) *
           QTransform::fromTranslate(area.left(), area.top());
}

QPointF WorldMap::toCanvas(const QPointF &lonLat, const QRectF &rect, const WorldMapOptions &options) const
{
    return transformFor(rect, options).map(project(lonLat));
}

QPainterPath WorldMap::canvasPath(const QString &code, const QRectF &rect,
                                  const WorldMapOptions &options) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.constEnd())
        return QPainterPath();
    return transformFor(rect, options).map(m_shapes.at(*it).projected);
}

QString WorldMap::countryAt(const QPointF &point, const QRectF &rect, const WorldMapOptions &options) const
{
    if (!mapArea(rect, options).contains(point))
        return QString();
    bool invertible = false;
    const QPointF p = transformFor(rect, options).inverted(&invertible).map(point);
    if (!invertible)
        return QString();
    for (const Shape &s : m_shapes) {
        if (!options.showAntarctica && s.code == Antarctica)
            continue;
        if (s.projected.controlPointRect().contains(p) && s.projected.contains(p))
            return s.code;
    }
    return QString();
}

double WorldMap::scalePosition(double value, double maxValue, bool logScale)
{
    if (!(maxValue > 0) || !(value > 0))
        return 0.0;
    const double t = logScale ? std::log1p(value) / std::log1p(maxValue) : value / maxValue;
    return std::clamp(t, 0.0, 1.0);
}

QColor WorldMap::rampColor(double t, bool dark)
{
    t = std::clamp(t, 0.0, 1.0);
    // On a dark background more coverage must stand out too, so the ramp runs the other way (dim to bright)
    // and skips its darkest navy, which would vanish into the background.
    if (dark)
        t = 1.0 - (0.12 + 0.88 * t) * 0.88;
    const double pos = t * (Ramp.size() - 1);
    const int i = std::min(int(pos), int(Ramp.size()) - 2);
    const double f = pos - i;
    const QColor a(Ramp[i]);
    const QColor b(Ramp[i + 1]);
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

QColor WorldMap::colorFor(double value, double maxValue, const WorldMapOptions &options)
{
    return rampColor(scalePosition(value, maxValue, options.logScale), options.dark);
}

void WorldMap::render(QPainter &painter, const QRectF &rect, const QHash<QString, double> &values,
                      const WorldMapOptions &options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (options.background.alpha() > 0)
        painter.fillRect(rect, options.background);

    double maxValue = 0;
    for (double v : values)
        maxValue = std::max(maxValue, v);

    const QTransform t = transformFor(rect, options);
    painter.save();
    painter.setClipRect(mapArea(rect, options));
    painter.setPen(Qt::NoPen);
    painter.setBrush(options.ocean);
    painter.drawPath(t.map(m_outline));

    const QBrush hatch(options.dark ? options.noData.lighter(140) : options.noData.darker(125),
                       Qt::BDiagPattern);
    QPen borderPen(options.border, 0.6);
    borderPen.setJoinStyle(Qt::RoundJoin);
    QPainterPath highlighted;
    for (const Shape &s : m_shapes) {
        if (!options.showAntarctica && s.code == Antarctica)
            continue;
        const QPainterPath path = t.map(s.projected);
        const auto it = values.constFind(s.code);
        painter.setPen(Qt::NoPen);
        if (it != values.constEnd()) {
            painter.setBrush(colorFor(*it, maxValue, options));
            painter.drawPath(path);
        } else {
            painter.setBrush(options.noData);
            painter.drawPath(path);
            painter.setBrush(hatch);
            painter.drawPath(path);
        }
        painter.setPen(borderPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (s.code == options.highlighted)
            highlighted = path;
    }
    if (!highlighted.isEmpty()) {
        painter.setPen(QPen(options.text, 2.0));
        painter.drawPath(highlighted);
    }
    painter.restore();

    if (options.legend)
        renderLegend(painter, legendArea(rect, options), maxValue, options);
    painter.restore();
}

void WorldMap::renderLegend(QPainter &painter, const QRectF &area, double maxValue,
                            const WorldMapOptions &options) const
{
    QFont font = painter.font();
    font.setPixelSize(std::max(9, int(area.height() * 0.3)));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const double pad = area.height() * 0.2;
    const double barH = area.height() * 0.28;
    const double barTop = area.top() + pad * 0.5;
    const double labelTop = barTop + barH + 1;
    double x = area.left() + pad;

    painter.setPen(options.text);
    const QString title = options.legendTitle.isEmpty() ? QCoreApplication::translate("WorldMap", "Mentions")
                                                        : options.legendTitle;
    const double titleW = fm.horizontalAdvance(title);
    painter.drawText(QRectF(x, barTop, titleW + 1, barH + fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    x += titleW + pad * 2;

    const double barW = std::clamp(area.width() * 0.32, 60.0, 260.0);
    const QRectF bar(x, barTop, barW, barH);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, rampColor(i / 10.0, options.dark));
    painter.setPen(QPen(options.border, 0.5));
    painter.setBrush(gradient);
    painter.drawRect(bar);

    // Tick labels at the ends and, on a log scale, in the middle (its value is not half the maximum).
    const double top = maxValue > 0 ? maxValue : 1.0;
    QList<QPair<double, double>> ticks = {{0.0, 0.0}, {1.0, top}};
    if (options.logScale && top >= 10)
        ticks.insert(1, {0.5, std::round(std::expm1(0.5 * std::log1p(top)))});
    painter.setPen(options.text);
    for (const auto &[pos, value] : ticks) {
        const QString label = formatValue(value, options.locale);
        const double w = fm.horizontalAdvance(label) + 2;
        double lx = bar.left() + pos * bar.width() - w / 2;
        lx = std::clamp(lx, bar.left() - 2, bar.right() - w + 2);
        painter.drawText(QRectF(lx, labelTop, w, fm.height()), Qt::AlignCenter, label);
    }

    x = bar.right() + pad * 3;
    const QRectF swatch(x, barTop, barH * 1.6, barH);
    painter.setPen(QPen(options.border, 0.5));
    painter.setBrush(options.noData);
    painter.drawRect(swatch);
    painter.setBrush(
        QBrush(options.dark ? options.noData.lighter(140) : options.noData.darker(125), Qt::BDiagPattern));
    painter.drawRect(swatch);
    const QString noData = options.noDataLabel.isEmpty() ? QCoreApplication::translate("WorldMap", "No data")
                                                         : options.noDataLabel;
    painter.setPen(options.text);
    painter.drawText(QRectF(swatch.right() + pad, barTop - fm.height(), area.right() - swatch.right(),
                            barH + 2 * fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, noData);
}

} // namespace ww
