#include "worldmapwidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ww {

WorldMapWidget::WorldMapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("World map of coverage"));
    m_legendTitle = tr("Articles");
}

void WorldMapWidget::setValues(const QHash<QString, double> &values)
{
    m_values = values;
    update();
}

void WorldMapWidget::setLegendTitle(const QString &title)
{
    m_legendTitle = title;
    update();
}

WorldMapOptions WorldMapWidget::options() const
{
    WorldMapOptions o = WorldMapOptions::fromPalette(palette());
    o.legendTitle = m_legendTitle;
    o.noDataLabel = tr("No data");
    o.highlighted = m_hovered;
    o.locale = locale();
    return o;
}

QPointF WorldMapWidget::widgetPoint(const QPointF &lonLat) const
{
    return m_map.toCanvas(lonLat, QRectF(rect()), options());
}

QString WorldMapWidget::countryAt(const QPointF &pos) const
{
    return m_map.countryAt(pos, QRectF(rect()), options());
}

QString WorldMapWidget::toolTipFor(const QString &code) const
{
    if (code.isEmpty())
        return {};
    const QString name = m_map.countryName(code);
    const auto it = m_values.constFind(code);
    const QString value = it == m_values.constEnd() ? tr("no data") : locale().toString(*it, 'g', 10);
    //: Map tooltip: country name, ISO code, number of articles
    return tr("%1 (%2): %3").arg(name.isEmpty() ? code : name, code, value);
}

QSize WorldMapWidget::sizeHint() const
{
    return QSize(640, 380);
}

QSize WorldMapWidget::minimumSizeHint() const
{
    return QSize(260, 170);
}

void WorldMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_map.render(painter, QRectF(rect()), m_values, options());
}

void WorldMapWidget::setHovered(const QString &code)
{
    if (code == m_hovered)
        return;
    m_hovered = code;
    update();
    emit countryHovered(code);
}

void WorldMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = countryAt(event->position());
    setHovered(code);
    setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    if (QToolTip::isVisible())
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(code), this);
    QWidget::mouseMoveEvent(event);
}

void WorldMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString code = countryAt(event->position());
        if (!code.isEmpty()) {
            emit countryClicked(code);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void WorldMapWidget::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QWidget::leaveEvent(event);
}

bool WorldMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(countryAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void WorldMapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace ww
