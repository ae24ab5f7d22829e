#include "report/pdfpageflow.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace ww;

class TestPdfPageFlow : public QObject
{
    Q_OBJECT
private slots:
    void directionOf_data();
    void directionOf();
    void measuringAndPaintingAgree();
    void longParagraphBreaksAcrossPages();
    void ensureSpaceStartsANewPage();
    void rightToLeftParagraphSitsOnTheRight();
};

void TestPdfPageFlow::directionOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fallback");
    QTest::addColumn<int>("expected");
    QTest::addRow("latin") << QStringLiteral("Reuters") << int(Qt::RightToLeft) << int(Qt::LeftToRight);
    QTest::addRow("arabic") << QStringLiteral("وزارة الخارجية") << int(Qt::LeftToRight)
                            << int(Qt::RightToLeft);
    QTest::addRow("digits first, then arabic")
        << QStringLiteral("2026 وزارة") << int(Qt::LeftToRight) << int(Qt::RightToLeft);
    QTest::addRow("hebrew") << QStringLiteral("שלום") << int(Qt::LeftToRight) << int(Qt::RightToLeft);
    QTest::addRow("hangul") << QStringLiteral("북한") << int(Qt::RightToLeft) << int(Qt::LeftToRight);
    QTest::addRow("only digits keeps fallback")
        << QStringLiteral("12:30") << int(Qt::RightToLeft) << int(Qt::RightToLeft);
}

void TestPdfPageFlow::directionOf()
{
    QFETCH(QString, text);
    QFETCH(int, fallback);
    QFETCH(int, expected);
    QCOMPARE(int(PdfPageFlow::directionOf(text, Qt::LayoutDirection(fallback))), expected);
}

namespace {
PdfPageFlow::Paragraph paragraph(const QString &text)
{
    PdfPageFlow::Paragraph p;
    p.text = text;
    p.font = PdfPageFlow::reportFont(11);
    return p;
}

// Runs the same flow with and without a painter and returns the pages and final y of each.
struct Outcome
{
    int pages = 0;
    double y = 0;
};

Outcome flowText(const QStringList &paragraphs, bool paint, QByteArray *pdf = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (paint)
        painter.begin(&writer);
    PdfPageFlow flow(writer, paint ? &painter : nullptr, Qt::LeftToRight);
    for (const QString &text : paragraphs)
        flow.paragraph(paragraph(text));
    flow.finish();
    if (paint)
        painter.end();
    if (pdf)
        *pdf = buffer.data();
    return {flow.page(), flow.y()};
}
} // namespace

void TestPdfPageFlow::measuringAndPaintingAgree()
{
    QStringList texts;
    for (int i = 0; i < 120; ++i)
        texts << QStringLiteral("Paragraph %1: ").arg(i) +
                     QStringLiteral("Москва заявила о переговорах. ").repeated(i % 7 + 1);
    QByteArray pdf;
    const Outcome measured = flowText(texts, false);
    const Outcome painted = flowText(texts, true, &pdf);
    QVERIFY(measured.pages > 2);
    QCOMPARE(painted.pages, measured.pages);
    QCOMPARE(painted.y, measured.y);
    QVERIFY(pdf.startsWith("%PDF"));
}

void TestPdfPageFlow::longParagraphBreaksAcrossPages()
{
    const QString longText = QStringLiteral("word ").repeated(6000);
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    PdfPageFlow flow(writer, nullptr, Qt::LeftToRight);
    const double height = flow.measure(paragraph(longText));
    QVERIFY(height > flow.content().height()); // more than a page
    flow.paragraph(paragraph(longText));
    QVERIFY(flow.page() >= 2);
    QVERIFY(flow.y() <= flow.content().bottom());
    QVERIFY(flow.y() > flow.content().top());
}

void TestPdfPageFlow::ensureSpaceStartsANewPage()
{
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    PdfPageFlow flow(writer, nullptr, Qt::LeftToRight);
    flow.ensureSpace(flow.content().height() * 2); // at the top of a page: nothing better to do
    QCOMPARE(flow.page(), 1);
    flow.skip(flow.content().height() * 0.7);
    flow.ensureSpace(flow.content().height() * 0.2);
    QCOMPARE(flow.page(), 1);
    flow.ensureSpace(flow.content().height() * 0.5);
    QCOMPARE(flow.page(), 2);
    QCOMPARE(flow.y(), flow.content().top());
}

void TestPdfPageFlow::rightToLeftParagraphSitsOnTheRight()
{
    // The flow takes its metrics from the PDF writer but paints on any device: paint on an image, find the
    // ink.
    QBuffer buffer;
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QImage image(writer.width(), 400, QImage::Format_RGB32);
    const auto inkColumns = [&](const QString &text, Qt::LayoutDirection direction) {
        image.fill(Qt::white);
        QPainter painter(&image);
        PdfPageFlow flow(writer, &painter, direction);
        flow.setY(50);
        flow.paragraph(paragraph(text));
        painter.end();
        int left = image.width();
        int right = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        return std::pair<int, int>(left, right);
    };
    const auto arabic = inkColumns(QStringLiteral("وزارة الخارجية"), Qt::LeftToRight);
    const auto latin = inkColumns(QStringLiteral("Foreign ministry"), Qt::RightToLeft);
    const int mid = image.width() / 2;
    QVERIFY2(arabic.first > mid, "Arabic is right-aligned whatever the document direction");
    QVERIFY2(latin.second < mid, "a Latin paragraph in an Arabic report stays left-aligned");
}

QTEST_MAIN(TestPdfPageFlow)
#include "tst_pdfpageflow.moc"
