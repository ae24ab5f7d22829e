#include "timelineview.h"
#include "core/displaytime.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace ww {

namespace {

// Tableau 10: distinct hues that hold up on light and dark backgrounds.
constexpr std::array<QRgb, 10> OutletColors = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                               0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
constexpr double DotRadius = 4.0;
constexpr double FirstRadius = TimelineView::FirstDotRadius;

} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Story timeline"));
}

QList<TimelineStory> TimelineView::storiesFromArticles(const QList<ArticleSummary> &articles)
{
    QMap<qint64, TimelineStory> clustered;
    QList<TimelineStory> stories;
    for (const ArticleSummary &a : articles) {
        TimelineEntry e{a.id, a.published.isValid() ? a.published : a.sortTime,
                        a.sourceName.isEmpty() ? a.feedTitle : a.sourceName, a.title, a.producer};
        if (!e.time.isValid())
            continue; // nothing to place on a time axis
        if (a.clusterId > 0) {
            TimelineStory &s = clustered[a.clusterId];
            s.clusterId = a.clusterId;
            s.entries.append(e);
        } else {
            stories.append(TimelineStory{0, a.title, {e}});
        }
    }
    for (TimelineStory &s : clustered) {
        std::stable_sort(s.entries.begin(), s.entries.end(),
                         [](const TimelineEntry &x, const TimelineEntry &y) { return x.time < y.time; });
        s.title = s.entries.first().title;
        stories.append(std::move(s));
    }
    std::stable_sort(stories.begin(), stories.end(), [](const TimelineStory &x, const TimelineStory &y) {
        return x.entries.first().time < y.entries.first().time;
    });
    return stories;
}

void TimelineView::setStories(const QList<TimelineStory> &stories)
{
    m_stories.clear();
    m_start = {};
    m_end = {};
    for (TimelineStory s : stories) {
        s.entries.removeIf([](const TimelineEntry &e) { return !e.time.isValid(); });
        if (s.entries.isEmpty())
            continue;
        std::stable_sort(s.entries.begin(), s.entries.end(),
                         [](const TimelineEntry &x, const TimelineEntry &y) { return x.time < y.time; });
        if (!m_start.isValid() || s.entries.first().time < m_start)
            m_start = s.entries.first().time;
        if (!m_end.isValid() || s.entries.last().time > m_end)
            m_end = s.entries.last().time;
        m_stories.append(std::move(s));
    }
    if (m_start.isValid()) {
        // A margin on both sides so the first and last dots are not cut by the edges.
        const qint64 span = std::max<qint64>(m_start.msecsTo(m_end), 60 * 60 * 1000);
        m_start = m_start.addMSecs(-span / 25);
        m_end = m_end.addMSecs(span / 25);
    }
    m_zoom = 1.0;
    m_hover = {};
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

double TimelineView::labelWidth() const
{
    return std::clamp(viewport()->width() * 0.28, 90.0, 300.0);
}

double TimelineView::axisHeight() const
{
    return QFontMetricsF(font()).height() * 1.8;
}

double TimelineView::rowHeight() const
{
    return std::max(QFontMetricsF(font()).height() * 1.7, 2 * FirstRadius + 8);
}

double TimelineView::plotLeft() const
{
    return labelWidth();
}

double TimelineView::plotWidth() const
{
    return std::max(10.0, viewport()->width() - labelWidth() - 12.0);
}

double TimelineView::mirror(double x) const
{
    return isRightToLeft() ? viewport()->width() - x : x;
}

double TimelineView::xForTime(const QDateTime &time) const
{
    if (!m_start.isValid())
        return 0;
    const double span = std::max<qint64>(1, m_start.msecsTo(m_end));
    const double pos = m_start.msecsTo(time) / span * plotWidth() * m_zoom;
    return mirror(plotLeft() + pos - horizontalScrollBar()->value());
}

QRectF TimelineView::rowRect(int story) const
{
    const double y = axisHeight() + story * rowHeight() - verticalScrollBar()->value();
    return QRectF(0, y, viewport()->width(), rowHeight());
}

QPointF TimelineView::dotPosition(int story, int entry) const
{
    if (story < 0 || story >= m_stories.size() || entry < 0 || entry >= m_stories.at(story).entries.size())
        return {};
    return QPointF(xForTime(m_stories.at(story).entries.at(entry).time), rowRect(story).center().y());
}

void TimelineView::setZoom(double zoom, double anchorX)
{
    zoom = std::clamp(zoom, 1.0, MaxZoom);
    if (anchorX < 0)
        anchorX = mirror(plotLeft() + plotWidth() / 2);
    // Keep the time under the anchor where it is.
    const double anchorContent = (isRightToLeft() ? viewport()->width() - anchorX : anchorX) - plotLeft() +
                                 horizontalScrollBar()->value();
    const double ratio = zoom / m_zoom;
    m_zoom = zoom;
    updateScrollBars();
    const double unmirroredAnchor = isRightToLeft() ? viewport()->width() - anchorX : anchorX;
    horizontalScrollBar()->setValue(
        int(std::lround(anchorContent * ratio - (unmirroredAnchor - plotLeft()))));
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const int contentWidth = int(plotWidth() * m_zoom);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - int(plotWidth())));
    horizontalScrollBar()->setPageStep(int(plotWidth()));
    horizontalScrollBar()->setSingleStep(std::max(1, int(plotWidth() / 20)));
    const int contentHeight = int(m_stories.size() * rowHeight());
    const int visible = std::max(0, int(viewport()->height() - axisHeight()));
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(int(rowHeight()));
}

QSize TimelineView::sizeHint() const
{
    return QSize(800, 420);
}

QColor TimelineView::outletColor(const QString &outlet) const
{
    return QColor(OutletColors[qHash(outlet, 0) % OutletColors.size()]);
}

TimelineView::Hit TimelineView::hitAt(const QPoint &pos) const
{
    Hit hit;
    if (pos.y() < axisHeight())
        return hit;
    const int story = int((pos.y() - axisHeight() + verticalScrollBar()->value()) / rowHeight());
    if (story < 0 || story >= m_stories.size())
        return hit;
    hit.story = story;
    double best = FirstRadius + 3;
    for (int e = 0; e < m_stories.at(story).entries.size(); ++e) {
        const double d = std::abs(dotPosition(story, e).x() - pos.x());
        if (d <= best) {
            best = d;
            hit.entry = e;
        }
    }
    return hit;
}

QString TimelineView::firstOutletLabel(int story, QRectF *rect) const
{
    if (story < 0 || story >= m_stories.size())
        return {};
    // Measured in the bold font it is drawn in: the plain font's width cut the last letters under the dot.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const QString name = m_stories.at(story).entries.first().outlet;
    const QPointF dot = dotPosition(story, 0);
    const double labelW = labelWidth();
    const double plotLeftX = isRightToLeft() ? 0 : labelW;
    const double plotRightX = isRightToLeft() ? viewport()->width() - labelW : viewport()->width();
    const double gap = FirstRadius + 4;
    const double leftRoom = dot.x() - gap - plotLeftX;
    const double rightRoom = plotRightX - (dot.x() + gap);
    // Before the first dot there is nothing else of this story, so the name goes there when it fits;
    // otherwise on the side with more room, shortened to it (the row's tooltip has the whole name).
    const double beforeRoom = isRightToLeft() ? rightRoom : leftRoom;
    const double afterRoom = isRightToLeft() ? leftRoom : rightRoom;
    const double wanted = fm.horizontalAdvance(name) + 4;
    const bool before = wanted <= beforeRoom || (wanted > afterRoom && beforeRoom > afterRoom);
    const double width = std::clamp(before ? beforeRoom : afterRoom, 0.0, wanted);
    const QString text = width >= wanted ? name : fm.elidedText(name, Qt::ElideRight, width - 4);
    const bool onLeft = isRightToLeft() ? !before : before;
    const QRectF row = rowRect(story);
    if (rect)
        *rect = onLeft ? QRectF(dot.x() - gap - width, row.top(), width, row.height())
                       : QRectF(dot.x() + gap, row.top(), width, row.height());
    return text;
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    const Hit hit = hitAt(pos);
    if (hit.story < 0)
        return {};
    const TimelineStory &s = m_stories.at(hit.story);
    const QLocale loc = locale();
    if (hit.entry < 0) {
        const TimelineEntry &first = s.entries.first();
        return tr("%1\n%n publication(s); first: %2, %3", "", int(s.entries.size()))
            .arg(s.title, first.outlet, ww::DisplayTime::shortText(first.time, loc));
    }
    const TimelineEntry &e = s.entries.at(hit.entry);
    QString text = tr("%1 at %2").arg(e.outlet, ww::DisplayTime::shortText(e.time, loc));
    if (hit.entry == 0)
        text += QLatin1Char('\n') + tr("First publisher");
    else
        text +=
            QLatin1Char('\n') + tr("%1 after the first")
                                    .arg(loc.toString(s.entries.first().time.secsTo(e.time) / 60.0, 'f', 0) +
                                         QLatin1Char(' ') + tr("min"));
    if (!e.producer.isEmpty())
        text += QLatin1Char('\n') + tr("Produced by %1").arg(e.producer);
    if (!e.title.isEmpty())
        text += QLatin1Char('\n') + e.title;
    return text;
}

void TimelineView::paintAxis(QPainter &painter)
{
    const QPalette pal = palette();
    const QFontMetricsF fm(font());
    const double axisH = axisHeight();
    painter.fillRect(QRectF(0, 0, viewport()->width(), axisH), pal.color(QPalette::Window));
    if (!m_start.isValid())
        return;
    // Tick step: the smallest of these that leaves room for a label.
    static constexpr std::array<qint64, 14> steps = {60,        300,        900,        1800,       3600,
                                                     3 * 3600,  6 * 3600,   12 * 3600,  86400,      2 * 86400,
                                                     7 * 86400, 14 * 86400, 30 * 86400, 365 * 86400};
    const double pxPerSec = plotWidth() * m_zoom / std::max<qint64>(1, m_start.secsTo(m_end));
    const double minGap = fm.horizontalAdvance(QStringLiteral("00 MMM 00:00")) + 16;
    qint64 step = steps.back();
    for (qint64 s : steps) {
        if (s * pxPerSec >= minGap) {
            step = s;
            break;
        }
    }
    const QDateTime localStart = m_start.toLocalTime();
    // Align ticks to the step in local time (midnight for days).
    QDateTime tick = step >= 86400
                         ? localStart.date().startOfDay()
                         : QDateTime::fromSecsSinceEpoch(localStart.toSecsSinceEpoch() / step * step);
    const QLocale loc = locale();
    painter.setClipRect(
        QRectF(isRightToLeft() ? 0 : plotLeft(), 0, viewport()->width() - plotLeft(), viewport()->height()));
    for (int guard = 0; tick <= m_end && guard < 2000; ++guard, tick = tick.addSecs(step)) {
        const double x = xForTime(tick);
        painter.setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
        painter.drawLine(QPointF(x, axisH), QPointF(x, viewport()->height()));
        const QString label = step >= 86400 ? loc.toString(tick.date(), QStringLiteral("d MMM"))
                                            : loc.toString(tick, QStringLiteral("d MMM HH:mm"));
        painter.setPen(pal.color(QPalette::WindowText));
        const double w = fm.horizontalAdvance(label) + 4;
        const double plotStart = isRightToLeft() ? 0 : plotLeft();
        const double plotEnd = isRightToLeft() ? viewport()->width() - plotLeft() : viewport()->width();
        if (x - w / 2 < plotStart || x + w / 2 > plotEnd)
            continue; // a cut label reads wrong; the grid line stays
        painter.drawText(QRectF(x - w / 2, 0, w, axisH), Qt::AlignCenter, label);
    }
    painter.setClipping(false);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(0, axisH - 0.5), QPointF(viewport()->width(), axisH - 0.5));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetricsF fm(font());
    const double width = viewport()->width();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));

    if (m_stories.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No stories for this filter"));
        return;
    }

    const double labelW = labelWidth();
    const QRectF labelColumn(isRightToLeft() ? width - labelW : 0, 0, labelW, viewport()->height());
    const QRectF plotArea(isRightToLeft() ? 0 : labelW, axisHeight(), width - labelW, viewport()->height());
    for (int i = 0; i < m_stories.size(); ++i) {
        const QRectF row = rowRect(i);
        if (row.bottom() < axisHeight() || row.top() > viewport()->height())
            continue;
        if (i == m_hover.story)
            painter.fillRect(row,
                             pal.color(QPalette::Highlight).lighter(isRightToLeft() ? 100 : 100).darker(100));
        else if (i % 2)
            painter.fillRect(row, pal.color(QPalette::AlternateBase));
        const TimelineStory &s = m_stories.at(i);
        const double cy = row.center().y();

        painter.save();
        painter.setClipRect(plotArea);
        painter.setPen(QPen(pal.color(QPalette::Mid), 1.5));
        painter.drawLine(QPointF(xForTime(s.entries.first().time), cy),
                         QPointF(xForTime(s.entries.last().time), cy));
        for (int e = int(s.entries.size()) - 1; e >= 0; --e) {
            const QPointF p(xForTime(s.entries.at(e).time), cy);
            const bool first = e == 0;
            const double r = first ? FirstRadius : DotRadius;
            painter.setPen(
                QPen(first ? pal.color(QPalette::Text) : pal.color(QPalette::Base), first ? 2.0 : 1.0));
            painter.setBrush(outletColor(s.entries.at(e).outlet));
            painter.drawEllipse(p, r, r);
            if (i == m_hover.story && e == m_hover.entry) {
                painter.setPen(QPen(pal.color(QPalette::HighlightedText), 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(p, r + 3, r + 3);
            }
        }
        // Name the first publisher beside its dot, on the side that has room.
        QRectF textRect;
        const QString firstOutlet = firstOutletLabel(i, &textRect);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(i == m_hover.story ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, firstOutlet);
        painter.setFont(font());
        painter.restore();

        // The label column on top of anything scrolled under it.
        const QRectF label(labelColumn.left(), row.top(), labelColumn.width(), row.height());
        painter.fillRect(label, i == m_hover.story ? pal.color(QPalette::Highlight)
                                                   : (i % 2 ? pal.color(QPalette::AlternateBase)
                                                            : pal.color(QPalette::Base)));
        painter.setPen(i == m_hover.story ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        const QString count = QStringLiteral(" (%1)").arg(locale().toString(qint64(s.entries.size())));
        const QString title =
            fm.elidedText(s.title, Qt::ElideRight, labelW - 12 - fm.horizontalAdvance(count)) + count;
        painter.drawText(label.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeading, title);
    }
    painter.setPen(pal.color(QPalette::Mid));
    const double sep = isRightToLeft() ? width - labelW : labelW;
    painter.drawLine(QPointF(sep, 0), QPointF(sep, viewport()->height()));
    paintAxis(painter);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    updateScrollBars();
    QAbstractScrollArea::resizeEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(m_zoom * std::pow(1.25, steps), event->position().x());
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.story != m_hover.story || hit.entry != m_hover.entry) {
        m_hover = hit;
        viewport()->update();
    }
    viewport()->setCursor(hit.entry >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit.entry >= 0)
        emit articleActivated(m_stories.at(hit.story).entries.at(hit.entry).articleId);
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        setZoom(m_zoom * 1.5);
    else if (event->key() == Qt::Key_Minus)
        setZoom(m_zoom / 1.5);
    else if (event->key() == Qt::Key_0)
        setZoom(1.0);
    else
        QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            // Titles and outlet names are feed text: plain, never markup.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text), viewport());
        return true;
    }
    if (event->type() == QEvent::Leave) {
        m_hover = {};
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace ww
