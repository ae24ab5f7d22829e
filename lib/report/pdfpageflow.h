#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace ww {

// Flows text down the pages of a PDF: wrapped paragraphs that break between lines across pages, page
// headers and "page N of M" footers. With no painter it only measures, so a first pass can learn on which
// page every story starts (for the table of contents) through exactly the code that later paints.
class PdfPageFlow
{
public:
    struct Paragraph
    {
        QString text;
        QFont font;
        QColor color = Qt::black;
        int boldPrefix = 0; // the first n characters in bold ("Producer: ")
        double indent = 0;  // device pixels, on the paragraph's leading side
        double spaceAfter = 0;
    };

    // device supplies the metrics; painter (may be null: measure only) paints on it.
    PdfPageFlow(QPagedPaintDevice &device, QPainter *painter, Qt::LayoutDirection direction);

    void setHeaderText(const QString &text) { m_header = text; }
    void setTotalPages(int pages) { m_totalPages = pages; }
    void setDecorated(bool on) { m_decorated = on; } // header and footer on this page and the next ones

    QPainter *painter() const { return m_painter; }
    Qt::LayoutDirection direction() const { return m_direction; }
    int page() const { return m_page; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    QRectF content() const { return m_content; }
    double remaining() const { return m_content.bottom() - m_y; }
    double mm(double millimetres) const;
    double pt(double points) const;
    QFont font(double points, bool bold = false) const;

    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensureSpace(double height);
    void skip(double height);
    // The height a paragraph takes at the content width (minus its indent).
    double measure(const Paragraph &paragraph) const;
    void paragraph(const Paragraph &paragraph);
    // One line, elided to fit, with `trailing` (a page number) on the far side.
    void entry(const QString &text, const QString &trailing, const QFont &font);
    void rule(const QColor &color);
    // Paints the decorations of the last page. Call once at the end.
    void finish();

    // Strong direction of the text, else the document's own.
    static Qt::LayoutDirection directionOf(const QString &text, Qt::LayoutDirection fallback);
    // The report's font stack: Latin, Cyrillic, Arabic, Hangul and CJK from Debian's Noto packages.
    static QFont reportFont(double points, bool bold = false);

private:
    void decorate();

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    Qt::LayoutDirection m_direction;
    QRectF m_content;
    QRectF m_pageRect;
    double m_y = 0;
    int m_page = 1;
    int m_totalPages = 0;
    bool m_decorated = false;
    QString m_header;
};

} // namespace ww
