#include "report/pdfpageflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace ww {

namespace {
constexpr double MarginMm = 18.0;

// Lays text out at `width`; the caller draws or just measures the lines.
void layoutText(QTextLayout &layout, const PdfPageFlow::Paragraph &p, double width, Qt::LayoutDirection dir)
{
    QTextOption option;
    option.setTextDirection(dir);
    option.setAlignment(dir == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (p.boldPrefix > 0) {
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = p.boldPrefix;
        bold.format.setFontWeight(QFont::Bold);
        layout.setFormats({bold});
    }
    layout.beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}
} // namespace

PdfPageFlow::PdfPageFlow(QPagedPaintDevice &device, QPainter *painter, Qt::LayoutDirection direction)
    : m_device(device), m_painter(painter), m_direction(direction)
{
    m_pageRect = QRectF(0, 0, device.width(), device.height());
    const double margin = mm(MarginMm);
    m_content = m_pageRect.adjusted(margin, margin, -margin, -margin);
    m_y = m_content.top();
}

double PdfPageFlow::mm(double millimetres) const
{
    return millimetres / 25.4 * m_device.logicalDpiY();
}

double PdfPageFlow::pt(double points) const
{
    return points / 72.0 * m_device.logicalDpiY();
}

QFont PdfPageFlow::reportFont(double points, bool bold)
{
    QFont f;
    // Fallback order matters: Noto Sans has no Arabic or Hangul, so those come from the next families
    // instead of whatever fontconfig would pick (DejaVu's Arabic has no proper joining forms in some sizes).
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                   QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QFont PdfPageFlow::font(double points, bool bold) const
{
    return reportFont(points, bold);
}

Qt::LayoutDirection PdfPageFlow::directionOf(const QString &text, Qt::LayoutDirection fallback)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return fallback;
}

void PdfPageFlow::decorate()
{
    if (!m_painter || !m_decorated)
        return;
    m_painter->save();
    const QFont small = font(8);
    m_painter->setFont(small);
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    const double band = mm(MarginMm) * 0.6;
    const QRectF header(m_content.left(), m_content.top() - band, m_content.width(), band * 0.8);
    const Qt::Alignment lead = m_direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const QFontMetricsF fm(small, &m_device);
    m_painter->drawText(header, lead | Qt::AlignBottom,
                        fm.elidedText(m_header, Qt::ElideRight, header.width()));
    const QRectF footer(m_content.left(), m_content.bottom() + band * 0.2, m_content.width(), band * 0.8);
    const QString number =
        m_totalPages > 0
            ? QCoreApplication::translate("ww::PdfPageFlow", "Page %1 of %2").arg(m_page).arg(m_totalPages)
            : QCoreApplication::translate("ww::PdfPageFlow", "Page %1").arg(m_page);
    m_painter->drawText(footer, Qt::AlignHCenter | Qt::AlignTop, number);
    m_painter->restore();
}

void PdfPageFlow::newPage()
{
    decorate();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
}

void PdfPageFlow::ensureSpace(double height)
{
    if (height > remaining() && m_y > m_content.top())
        newPage();
}

void PdfPageFlow::skip(double height)
{
    m_y += height;
    if (m_y > m_content.bottom())
        newPage();
}

double PdfPageFlow::measure(const Paragraph &p) const
{
    QTextLayout layout(p.text, p.font, &m_device);
    layoutText(layout, p, m_content.width() - p.indent, directionOf(p.text, m_direction));
    return layout.boundingRect().height() + p.spaceAfter;
}

void PdfPageFlow::paragraph(const Paragraph &p)
{
    if (p.text.isEmpty())
        return;
    const Qt::LayoutDirection dir = directionOf(p.text, m_direction);
    QTextLayout layout(p.text, p.font, &m_device);
    const double width = m_content.width() - p.indent;
    layoutText(layout, p, width, dir);
    // The indent sits on the document's leading side: the right in a right-to-left report.
    const double left = m_direction == Qt::RightToLeft ? m_content.left() : m_content.left() + p.indent;
    if (m_painter) {
        m_painter->save();
        m_painter->setPen(p.color);
    }
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (m_y + line.height() > m_content.bottom()) {
            if (m_painter)
                m_painter->restore();
            newPage();
            if (m_painter) {
                m_painter->save();
                m_painter->setPen(p.color);
            }
        }
        if (m_painter)
            line.draw(m_painter, QPointF(left, m_y - line.y()));
        m_y += line.height();
    }
    if (m_painter)
        m_painter->restore();
    m_y += p.spaceAfter;
}

void PdfPageFlow::entry(const QString &text, const QString &trailing, const QFont &f)
{
    const QFontMetricsF fm(f, &m_device);
    const double h = fm.height() * 1.25;
    ensureSpace(h);
    if (m_painter) {
        const double numberWidth = fm.horizontalAdvance(QStringLiteral("00000")) + mm(3);
        const bool rtl = m_direction == Qt::RightToLeft;
        const QRectF textRect(rtl ? m_content.left() + numberWidth : m_content.left(), m_y,
                              m_content.width() - numberWidth, h);
        const QRectF numberRect(rtl ? m_content.left() : m_content.right() - numberWidth, m_y, numberWidth,
                                h);
        m_painter->save();
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        QTextOption option(rtl ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
        option.setTextDirection(directionOf(text, m_direction));
        option.setWrapMode(QTextOption::NoWrap);
        m_painter->drawText(textRect, fm.elidedText(text, Qt::ElideRight, textRect.width()), option);
        m_painter->drawText(numberRect, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, trailing);
        m_painter->restore();
    }
    m_y += h;
}

void PdfPageFlow::rule(const QColor &color)
{
    ensureSpace(mm(4));
    if (m_painter) {
        m_painter->save();
        m_painter->setPen(QPen(color, pt(0.5)));
        m_painter->drawLine(QPointF(m_content.left(), m_y + mm(1.5)),
                            QPointF(m_content.right(), m_y + mm(1.5)));
        m_painter->restore();
    }
    m_y += mm(4);
}

void PdfPageFlow::finish()
{
    decorate();
}

} // namespace ww
