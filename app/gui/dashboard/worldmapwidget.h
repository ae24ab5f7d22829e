#pragma once

#include "report/worldmap.h"

#include <QHash>
#include <QWidget>

namespace ww {

// The coverage choropleth as a widget: hover outlines a country and shows its name and value, a click emits
// countryClicked(code) for click-to-filter. Drawing and hit testing are lib/report's WorldMap (shared with
// PDF reports); the map is never mirrored in right-to-left layouts, geography has one orientation.
class WorldMapWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorldMapWidget)
public:
    explicit WorldMapWidget(QWidget *parent = nullptr);

    void setValues(const QHash<QString, double> &values);
    const QHash<QString, double> &values() const { return m_values; }
    void setLegendTitle(const QString &title);
    const WorldMap &map() const { return m_map; }
    // Where a country's point (lon, lat) is drawn in widget coordinates (tests, tours).
    QPointF widgetPoint(const QPointF &lonLat) const;
    QString countryAt(const QPointF &pos) const;
    QString hoveredCountry() const { return m_hovered; }
    QString toolTipFor(const QString &code) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void countryClicked(const QString &code);
    void countryHovered(const QString &code); // empty when leaving land

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    WorldMapOptions options() const;
    void setHovered(const QString &code);

    WorldMap m_map;
    QHash<QString, double> m_values;
    QString m_legendTitle;
    QString m_hovered;
};

} // namespace ww
