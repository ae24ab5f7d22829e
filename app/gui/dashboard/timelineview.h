#pragma once

#include "store/storetypes.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QList>

namespace ww {

// One publication of a story by an outlet.
struct TimelineEntry
{
    qint64 articleId = 0;
    QDateTime time;
    QString outlet;
    QString title;
    QString producer;
};

// A story (cluster) and who ran it when.
struct TimelineStory
{
    qint64 clusterId = 0;
    QString title;
    QList<TimelineEntry> entries;
};

// Stories on a zoomable time axis: one row per cluster, a dot per publication, the first publisher ringed
// and named. The wheel zooms around the cursor (Shift+wheel scrolls the rows), tooltips name outlet, time
// and title. Takes value types; right-to-left layouts run time from right to left.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Groups article rows by cluster (articles without one are stories of their own), earliest story first.
    static QList<TimelineStory> storiesFromArticles(const QList<ArticleSummary> &articles);

    void setStories(const QList<TimelineStory> &stories);
    const QList<TimelineStory> &stories() const { return m_stories; }
    int storyCount() const { return int(m_stories.size()); }

    // Zoom 1 fits the whole range into the viewport; larger values stretch it.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom, double anchorX = -1);
    static constexpr double MaxZoom = 2000.0;
    static constexpr double FirstDotRadius = 6.5; // the first publication's dot, larger than the others

    // Geometry in viewport coordinates (tests, hit testing).
    QRectF rowRect(int story) const;
    QPointF dotPosition(int story, int entry) const;
    double xForTime(const QDateTime &time) const;
    QString toolTipAt(const QPoint &viewportPos) const;
    // The first publisher's name as painted beside its dot (elided when there is no room) and its box.
    QString firstOutletLabel(int story, QRectF *rect = nullptr) const;

    QSize sizeHint() const override;

signals:
    void articleActivated(qint64 articleId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Hit
    {
        int story = -1;
        int entry = -1;
    };
    Hit hitAt(const QPoint &pos) const;
    double labelWidth() const;
    double axisHeight() const;
    double rowHeight() const;
    double plotLeft() const; // in unmirrored coordinates
    double plotWidth() const;
    double mirror(double x) const;
    void updateScrollBars();
    void paintAxis(QPainter &painter);
    QColor outletColor(const QString &outlet) const;

    QList<TimelineStory> m_stories;
    QDateTime m_start;
    QDateTime m_end;
    double m_zoom = 1.0;
    Hit m_hover;
};

} // namespace ww
