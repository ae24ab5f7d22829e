#pragma once

#include "store/storetypes.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace ww {

// The report's coverage charts, drawn with QPainter only (lib has no QtCharts): mentions by country over
// time as lines, and ranked shares as horizontal bars. Pure painting from value types, so tests can render
// them into an image and check pixels.
class ReportCharts
{
public:
    struct Style
    {
        QFont font;
        QColor text = Qt::black;
        QColor grid = QColor(0xDD, 0xDD, 0xDD);
        QLocale locale;
        double lineWidth = 2.0;
    };
    using Label = std::function<QString(const QString &key)>;

    // A colour per series, distinguishable and colour-blind safe (Okabe-Ito).
    static QColor seriesColor(int index);

    // One line per code over [first, last]; days with no articles count as zero. Buckets by week when the
    // range is longer than 120 days, so the lines stay readable. Returns the number of buckets drawn.
    static int drawTimeSeries(QPainter &painter, const QRectF &rect, const QList<CoverageCell> &cells,
                              const QStringList &codes, QDate first, QDate last, const Label &label,
                              const Style &style);
    // Bars for shares of `total`, largest first, each with its count and percentage.
    static void drawBars(QPainter &painter, const QRectF &rect, const QList<CountShare> &shares, int total,
                         const Label &label, const Style &style, Qt::LayoutDirection direction);
    // Day -> bucket start (the day itself, or the Monday of its week).
    static QDate bucketOf(QDate day, bool weekly);
};

} // namespace ww
