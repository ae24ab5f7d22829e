#pragma once

#include "report/worldmaptopology.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;
class QPalette;

namespace ww {

struct WorldMapOptions
{
    QColor background = Qt::white; // behind the map and the legend; transparent leaves the canvas as is
    QColor ocean = QColor(0xEE, 0xF3, 0xF8);
    QColor text = Qt::black;
    QColor border = QColor(0x80, 0x80, 0x80);
    QColor noData = QColor(0xD9, 0xD9, 0xD9);
    bool dark = false;    // the colour ramp runs from dim to bright instead of light to dark
    bool logScale = true; // coverage counts are heavy-tailed: a log scale keeps small countries visible
    bool legend = true;
    bool showAntarctica = false; // no news country, and it takes a fifth of the height
    QString legendTitle;
    QString noDataLabel;
    QString highlighted; // outlined (hovered) country code
    QLocale locale;

    // Colours that suit a widget palette (dark palettes get the reversed ramp).
    static WorldMapOptions fromPalette(const QPalette &palette);
};

// A choropleth world map in the Natural Earth projection, drawn with QPainter only, so the dashboard widget
// and PDF reports share it. Geometry is projected once; render() and countryAt() agree on the layout.
class WorldMap
{
public:
    explicit WorldMap(const WorldMapTopology &topology = WorldMapTopology::builtin());

    bool isEmpty() const { return m_shapes.isEmpty(); }
    QStringList codes() const;
    QString countryName(const QString &code) const;

    // Natural Earth projection (Šavrič et al. 2011) of degrees, in projection units with y pointing down.
    static QPointF project(const QPointF &lonLat);
    // The part of rect the map occupies (the legend strip below it excluded), aspect ratio kept.
    QRectF mapArea(const QRectF &rect, const WorldMapOptions &options) const;
    QPointF toCanvas(const QPointF &lonLat, const QRectF &rect, const WorldMapOptions &options) const;
    // The country path as drawn into rect.
    QPainterPath canvasPath(const QString &code, const QRectF &rect, const WorldMapOptions &options) const;
    // The country under point, or an empty string over the sea.
    QString countryAt(const QPointF &point, const QRectF &rect, const WorldMapOptions &options) const;

    void render(QPainter &painter, const QRectF &rect, const QHash<QString, double> &values,
                const WorldMapOptions &options) const;

    // Position of value on the scale in [0, 1] given the largest value shown.
    static double scalePosition(double value, double maxValue, bool logScale);
    // Sequential ramp (ColorBrewer YlGnBu, ordered in lightness); t = 0 is the least coverage.
    static QColor rampColor(double t, bool dark);
    static QColor colorFor(double value, double maxValue, const WorldMapOptions &options);

private:
    struct Shape
    {
        QString code;
        QString name;
        QPainterPath projected;
    };
    QTransform transformFor(const QRectF &rect, const WorldMapOptions &options) const;
    QRectF legendArea(const QRectF &rect, const WorldMapOptions &options) const;
    void renderLegend(QPainter &painter, const QRectF &area, double maxValue,
                      const WorldMapOptions &options) const;

    QList<Shape> m_shapes;
    QHash<QString, qsizetype> m_index;
    QRectF m_bounds;          // projected, Antarctica included
    QRectF m_boundsInhabited; // projected, Antarctica left out
    QPainterPath m_outline;   // the projection's edge (the globe), filled as the sea
};

} // namespace ww
