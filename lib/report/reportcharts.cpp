#include "report/reportcharts.h"

#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace ww {

namespace {
constexpr std::array<QRgb, 8> OkabeIto = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                          0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};

// A "nice" axis maximum (1, 2, 5 x 10^n) at or above value.
double niceMax(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

QColor ReportCharts::seriesColor(int index)
{
    return QColor(OkabeIto[size_t(index) % OkabeIto.size()]);
}

QDate ReportCharts::bucketOf(QDate day, bool weekly)
{
    return weekly ? day.addDays(1 - day.dayOfWeek()) : day;
}

int ReportCharts::drawTimeSeries(QPainter &painter, const QRectF &rect, const QList<CoverageCell> &cells,
                                 const QStringList &codes, QDate first, QDate last, const Label &label,
                                 const Style &style)
{
    if (!first.isValid() || !last.isValid() || last < first || codes.isEmpty())
        return 0;
    const bool weekly = first.daysTo(last) > 120;
    const QDate start = bucketOf(first, weekly);
    const int step = weekly ? 7 : 1;
    const int buckets = int(start.daysTo(bucketOf(last, weekly)) / step) + 1;
    QHash<QString, QList<int>> series;
    for (const QString &code : codes)
        series.insert(code, QList<int>(buckets, 0));
    int maxValue = 0;
    for (const CoverageCell &cell : cells) {
        auto it = series.find(cell.countryCode);
        if (it == series.end() || !cell.day.isValid())
            continue;
        const qint64 index = start.daysTo(bucketOf(cell.day, weekly)) / step;
        if (index < 0 || index >= buckets)
            continue;
        (*it)[index] += cell.articles;
        maxValue = std::max(maxValue, (*it)[index]);
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(style.font);
    const QFontMetricsF fm(style.font, painter.device());
    const double legendRowH = fm.height() * 1.4;
    const int legendColumns = 3;
    const int legendRows = int((codes.size() + legendColumns - 1) / legendColumns);
    const double axisW = fm.horizontalAdvance(style.locale.toString(qint64(niceMax(maxValue)))) + fm.height();
    const QRectF plot(rect.left() + axisW, rect.top() + fm.height() * 0.5, rect.width() - axisW - fm.height(),
                      rect.height() - fm.height() * 2.5 - legendRows * legendRowH);
    const double top = niceMax(maxValue);

    // Grid and y labels at whole numbers: top is 1, 2 or 5 x 10^n, so one of these divides it.
    const int divisions = top <= 5 ? int(top) : (std::fmod(top, 5) == 0 ? 5 : 4);
    for (int i = 0; i <= divisions; ++i) {
        const double y = plot.bottom() - plot.height() * i / divisions;
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.text);
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axisW - fm.height() * 0.3, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         style.locale.toString(qint64(std::llround(top * i / divisions))));
    }
    // X labels: the first, the last and a few between, never overlapping.
    const auto xAt = [&](int i) {
        return buckets == 1 ? plot.center().x() : plot.left() + plot.width() * i / (buckets - 1);
    };
    const QString fmt = QStringLiteral("d MMM");
    const double labelW = fm.horizontalAdvance(style.locale.toString(start, fmt)) * 1.6;
    const int every = std::max(1, int(std::ceil(labelW / std::max(1.0, plot.width() / buckets))));
    painter.setPen(style.text);
    for (int i = 0; i < buckets; i += every) {
        const QString text = style.locale.toString(start.addDays(qint64(i) * step), fmt);
        painter.drawText(QRectF(xAt(i) - labelW / 2, plot.bottom() + fm.height() * 0.3, labelW, fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    // Lines.
    for (int s = 0; s < codes.size(); ++s) {
        const QList<int> &values = series.value(codes.at(s));
        QPainterPath path;
        for (int i = 0; i < buckets; ++i) {
            const QPointF p(xAt(i), plot.bottom() - plot.height() * values.at(i) / top);
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        painter.setPen(QPen(seriesColor(s), style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        if (buckets == 1)
            painter.drawEllipse(path.elementAt(0), style.lineWidth * 2, style.lineWidth * 2);
        else
            painter.drawPath(path);
    }
    // Legend.
    const double legendTop = plot.bottom() + fm.height() * 1.8;
    const double columnW = rect.width() / legendColumns;
    for (int s = 0; s < codes.size(); ++s) {
        const double x = rect.left() + columnW * (s % legendColumns);
        const double y = legendTop + legendRowH * (s / legendColumns);
        painter.fillRect(QRectF(x, y + fm.height() * 0.3, fm.height() * 1.2, fm.height() * 0.4),
                         seriesColor(s));
        painter.setPen(style.text);
        painter.drawText(QRectF(x + fm.height() * 1.5, y, columnW - fm.height() * 1.6, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(label ? label(codes.at(s)) : codes.at(s), Qt::ElideRight,
                                       columnW - fm.height() * 1.6));
    }
    painter.restore();
    return buckets;
}

void ReportCharts::drawBars(QPainter &painter, const QRectF &rect, const QList<CountShare> &shares, int total,
                            const Label &label, const Style &style, Qt::LayoutDirection direction)
{
    if (shares.isEmpty())
        return;
    painter.save();
    painter.setFont(style.font);
    const QFontMetricsF fm(style.font, painter.device());
    const double rowH = std::min(rect.height() / shares.size(), fm.height() * 1.8);
    const double labelW = rect.width() * 0.34;
    const double valueW = fm.horizontalAdvance(QStringLiteral("00000 (100%)")) + fm.height() * 0.5;
    const double barSpace = rect.width() - labelW - valueW;
    const int maxCount = std::max(1, shares.first().count);
    const bool rtl = direction == Qt::RightToLeft;
    for (int i = 0; i < shares.size(); ++i) {
        const CountShare &s = shares.at(i);
        const double y = rect.top() + rowH * i;
        const QString name = label ? label(s.key) : s.key;
        const double barW = barSpace * s.count / maxCount;
        const QString value =
            QStringLiteral("%1 (%2%)")
                .arg(style.locale.toString(s.count))
                .arg(style.locale.toString(total > 0 ? 100.0 * s.count / total : 0.0, 'f', 0));
        // Right to left mirrors the row: label on the right, bars growing leftwards.
        const QRectF labelRect(rtl ? rect.right() - labelW : rect.left(), y, labelW - fm.height() * 0.4,
                               rowH);
        const double barStart = rtl ? rect.right() - labelW - barW : rect.left() + labelW;
        const QRectF bar(barStart, y + rowH * 0.18, std::max(barW, 1.0), rowH * 0.64);
        const QRectF valueRect(rtl ? bar.left() - valueW : bar.right() + fm.height() * 0.3, y, valueW, rowH);
        painter.setPen(style.text);
        painter.drawText(labelRect, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         fm.elidedText(name, Qt::ElideRight, labelRect.width()));
        painter.fillRect(bar, seriesColor(0));
        painter.drawText(valueRect, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, value);
    }
    painter.restore();
}

} // namespace ww
