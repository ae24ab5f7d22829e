#include "pdftools.h"
#include "reportfixture.h"

#include "report/pdfreportwriter.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace ww;

class TestPdfReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void textHoldsStoriesCaptionsCreditsAndNotes_data();
    void textHoldsStoriesCaptionsCreditsAndNotes();
    void contentsPointAtTheRightPages();
    void paperSize_data();
    void paperSize();
    void pagesRender();
    void sectionsCanBeLeftOut();
    void rightToLeftReport();
    void hostileTitleIsPlainText();
    void creditsLoseTheirMediumLabel();
    void storySelectionPrintsOutletsTagsAndNotes();

private:
    QString write(const ReportSpec &spec, const QString &name, PdfReportWriter *writer = nullptr);
    std::unique_ptr<ReportFixture> m_f;
    QTemporaryDir m_out;
    QString m_text; // the fixture report's text, written once
    QString m_pdf;
};

void TestPdfReportWriter::initTestCase()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed");
    QVERIFY(m_out.isValid());
}

void TestPdfReportWriter::init()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
}

void TestPdfReportWriter::cleanup()
{
    m_f.reset();
}

QString TestPdfReportWriter::write(const ReportSpec &spec, const QString &name, PdfReportWriter *writer)
{
    ReportSource source(*m_f->store, spec);
    if (!source.prepare().ok())
        return {};
    const QString path = m_out.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    PdfReportWriter local;
    PdfReportWriter &w = writer ? *writer : local;
    const Status s = w.write(source, file);
    if (!s) {
        qWarning("%s", qPrintable(s.error().message));
        return {};
    }
    return path;
}

void TestPdfReportWriter::textHoldsStoriesCaptionsCreditsAndNotes_data()
{
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text) {
        QTest::addRow("%s", name) << QString::fromUtf8(text);
    };
    row("cover title", "Weekly wire watch");
    row("author", "Analyst Desk");
    row("summary", "Reuters copy travelled widely this week.");
    row("story", "Pyongyang story 00");
    row("publisher", "Published by: Global South World");
    row("producer with evidence", "Produced by: Reuters");
    row("caption", "Kim Jong Un meets Vladimir Putin in Pyongyang");
    row("credit", "Sputnik/Vladimir Smirnov/Pool via REUTERS");
    row("credit without its photo label", "Credit: KCNA via REUTERS");
    row("credit without its russian label", "Credit: Sputnik/Владимир Смирнов/Pool via REUTERS");
    row("tag", "Санкции");
    row("annotation", "Check against KCNA footage");
    row("annotated quote", "tested a new missile");
    row("source link", "https://example.org/pyongyang/0");
    row("countries", "North Korea (KP)");
    row("cyrillic title", "Москва заявила о переговорах");
    row("cyrillic caption", "Владимир Путин на встрече в Кремле");
    row("hangul title", "북한, 새 미사일 시험 발사");
    row("hangul caption", "평양에서 열린 열병식");
    row("hangul note", "평양 발표와 비교할 것");
    row("chinese title", "外交部发言人回答记者提问");
    row("arabic title", "وزارة الخارجية تعلن عن اجتماع");
    row("arabic caption", "وزير الخارجية في القاهرة");
    row("contents", "Contents");
    row("figures", "Summary figures");
    row("charts", "Coverage charts");
    row("map legend", "Not mentioned");
    row("page numbers", "Page 2 of");
}

void TestPdfReportWriter::textHoldsStoriesCaptionsCreditsAndNotes()
{
    QFETCH(QString, expected);
    if (m_text.isEmpty()) {
        m_pdf = write(m_f->spec(), QStringLiteral("fixture.pdf"));
        QVERIFY(!m_pdf.isEmpty());
        m_text = pdfText(m_pdf);
    }
    QVERIFY2(m_text.contains(expected.normalized(QString::NormalizationForm_KC)), qPrintable(expected));
}

void TestPdfReportWriter::contentsPointAtTheRightPages()
{
    PdfReportWriter writer;
    const QString pdf = write(m_f->spec(), QStringLiteral("contents.pdf"), &writer);
    QVERIFY(!pdf.isEmpty());
    const PdfReportWriter::Layout &layout = writer.layout();
    QCOMPARE(layout.storyPages.size(), 1 + m_f->worldIds.size());
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")).toInt(), writer.pageCount());
    QVERIFY(pdfText(pdf, layout.figuresPage, layout.figuresPage).contains(QLatin1String("Summary figures")));
    QVERIFY(pdfText(pdf, layout.mapPage, layout.mapPage).contains(QLatin1String("Coverage map")));
    QVERIFY(pdfText(pdf, layout.storyPages.at(0), layout.storyPages.at(0))
                .contains(QLatin1String("1. Pyongyang story 00")));
    QVERIFY(pdfText(pdf, layout.storyPages.at(1), layout.storyPages.at(1))
                .contains(QStringLiteral("2. Москва заявила о переговорах")));
    // The contents page lists the story with that page number.
    const QString contents = pdfText(pdf, layout.contentsPage, layout.contentsPage);
    QVERIFY(contents.contains(QStringLiteral("1. Pyongyang story 00 %1").arg(layout.storyPages.at(0))));
    QVERIFY(contents.contains(QStringLiteral("Coverage map %1").arg(layout.mapPage)));
}

void TestPdfReportWriter::paperSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("expected");
    QTest::addRow("A4") << int(ReportSpec::PageSize::A4) << QStringLiteral("(A4)");
    QTest::addRow("Letter") << int(ReportSpec::PageSize::Letter) << QStringLiteral("(letter)");
}

void TestPdfReportWriter::paperSize()
{
    QFETCH(int, size);
    QFETCH(QString, expected);
    ReportSpec spec = m_f->spec();
    spec.pageSize = ReportSpec::PageSize(size);
    const QString pdf = write(spec, QStringLiteral("paper-%1.pdf").arg(size));
    QVERIFY(!pdf.isEmpty());
    QVERIFY2(pdfInfo(pdf, QStringLiteral("Page size")).contains(expected),
             qPrintable(pdfInfo(pdf, QStringLiteral("Page size"))));
}

void TestPdfReportWriter::pagesRender()
{
    PdfReportWriter writer;
    const QString pdf = write(m_f->spec(), QStringLiteral("render.pdf"), &writer);
    QVERIFY(!pdf.isEmpty());
    // WW_REPORT_PNG_DIR keeps the pages for a person to look at.
    const QString keep = qEnvironmentVariable("WW_REPORT_PNG_DIR");
    const QString prefix = (keep.isEmpty() ? m_out.path() : keep) + QStringLiteral("/report");
    const QStringList pages = renderPages(pdf, prefix, keep.isEmpty() ? 30 : 80);
    QCOMPARE(pages.size(), writer.pageCount());
    // The map page has the choropleth's colours; a story page is black on white.
    const auto colouredShare = [](const QString &path) {
        const QImage page(path);
        int coloured = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                coloured +=
                    std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 40;
            }
        return page.isNull() ? -1.0 : double(coloured) / (page.width() * page.height());
    };
    const double map = colouredShare(pages.at(writer.layout().mapPage - 1));
    const double story = colouredShare(pages.at(writer.layout().storyPages.first() - 1));
    QVERIFY2(map > 0.01, qPrintable(QString::number(map)));
    QVERIFY2(story >= 0 && story < 0.001, qPrintable(QString::number(story)));
}

void TestPdfReportWriter::sectionsCanBeLeftOut()
{
    ReportSpec spec = m_f->spec();
    spec.sections = ReportSpec::Stories;
    PdfReportWriter writer;
    const QString pdf = write(spec, QStringLiteral("stories-only.pdf"), &writer);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Pyongyang story 00")));
    QVERIFY(!text.contains(QLatin1String("Contents")));
    QVERIFY(!text.contains(QLatin1String("Summary figures")));
    QVERIFY(!text.contains(QLatin1String("Coverage map")));
    QCOMPARE(writer.layout().storiesPage, 1);
}

void TestPdfReportWriter::rightToLeftReport()
{
    ReportSpec spec = m_f->spec();
    spec.locale = QLocale(QLocale::Arabic, QLocale::Egypt);
    spec.title = QStringLiteral("تقرير التغطية الأسبوعي");
    spec.sections = ReportSpec::Cover | ReportSpec::Stories;
    const QString pdf = write(spec, QStringLiteral("arabic.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY(pdfText(pdf).contains(spec.title.normalized(QString::NormalizationForm_KC)));
    const QString keep = qEnvironmentVariable("WW_REPORT_PNG_DIR");
    const QStringList pages =
        renderPages(pdf, (keep.isEmpty() ? m_out.path() : keep) + QStringLiteral("/arabic"), 40);
    QVERIFY(!pages.isEmpty());
    // The cover's Arabic title is set from the right margin.
    const QImage cover(pages.first());
    int left = cover.width();
    for (int y = cover.height() / 5; y < cover.height() / 3; ++y)
        for (int x = 0; x < cover.width(); ++x)
            if (qGray(cover.pixel(x, y)) < 100)
                left = std::min(left, x);
    QVERIFY2(left > cover.width() / 3, qPrintable(QString::number(left)));
}

void TestPdfReportWriter::hostileTitleIsPlainText()
{
    ReportSpec spec = m_f->spec();
    spec.title = QStringLiteral("Report \u202Egnp.exe\u202C <b>bold</b>");
    const QString pdf = write(spec, QStringLiteral("hostile.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf, 1, 1);
    QVERIFY(text.contains(QLatin1String("<b>bold</b>")));
    QVERIFY(text.contains(QLatin1String("gnp.exe")));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), QStringLiteral("Report gnp.exe <b>bold</b>"));
}

void TestPdfReportWriter::creditsLoseTheirMediumLabel()
{
    // Stored as printed ("Photo: KCNA via REUTERS"); after "Credit:" the label would be said twice.
    const auto stored = m_f->store->articles().get(m_f->worldIds.at(1));
    QVERIFY(stored.ok());
    QCOMPARE(stored->article.images.first().credit, QStringLiteral("Photo: KCNA via REUTERS"));
    ReportSpec spec = m_f->spec();
    spec.sections = ReportSpec::Stories;
    const QString pdf = write(spec, QStringLiteral("credits.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Credit: KCNA via REUTERS")));
    QVERIFY(!text.contains(QLatin1String("Photo: KCNA")));
    QVERIFY(!text.contains(QString::fromUtf8("Фото: Sputnik")));
    // Credits that begin with an agency keep their word "Photo" ("AP Photo/...", ".../File Photo").
    QVERIFY(text.contains(QLatin1String("Credit: Sputnik/Vladimir Smirnov/Pool via REUTERS")));
}

void TestPdfReportWriter::storySelectionPrintsOutletsTagsAndNotes()
{
    QVERIFY(m_f->setUpClusters());
    ReportSpec spec = m_f->spec();
    spec.articleIds.clear();
    spec.clusterIds = {m_f->talksCluster, m_f->missileCluster};
    spec.sections = ReportSpec::Cover | ReportSpec::Stories;
    PdfReportWriter writer;
    const QString pdf = write(spec, QStringLiteral("stories.pdf"), &writer);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    const auto talks = m_f->store->clusters().get(m_f->talksCluster);
    const auto missile = m_f->store->clusters().get(m_f->missileCluster);
    QVERIFY(talks.ok() && missile.ok());
    const auto kc = [](const QString &s) { return s.normalized(QString::NormalizationForm_KC); };
    const qsizetype talksAt = text.indexOf(kc(QStringLiteral("Story: ") + talks->label));
    const qsizetype missileAt = text.indexOf(kc(QStringLiteral("Story: ") + missile->label));
    QVERIFY2(talksAt >= 0 && missileAt > talksAt, qPrintable(text.left(2000)));
    const QString talksPart = text.mid(talksAt, missileAt - talksAt);
    const QString missilePart = text.mid(missileAt);
    QVERIFY(talksPart.contains(QStringLiteral("First published by: ") + talks->firstPublisher));
    QVERIFY2(talksPart.contains(QLatin1String("Outlets: Global South World, World Desk Story tags")),
             qPrintable(talksPart));
    QVERIFY(talksPart.contains(kc(QStringLiteral("Story tags: Переговоры"))));
    QVERIFY(talksPart.contains(QLatin1String("Story note: Kremlin line picked up by three outlets")));
    QVERIFY(talksPart.contains(kc(QStringLiteral("연합뉴스 보도와 대조"))));
    QVERIFY(talksPart.contains(QLatin1String("Check against KCNA footage"))); // the article's own note
    QVERIFY2(missilePart.contains(QRegularExpression(QStringLiteral("Outlets: World Desk \\d+\\. "))),
             qPrintable(missilePart.left(600)));
    QVERIFY(!missilePart.contains(QLatin1String("Story note")));
    QVERIFY(missilePart.contains(QLatin1String("Credit: KCNA via REUTERS")));
    QCOMPARE(writer.layout().storyPages.size(), 5);
    // WW_REPORT_PNG_DIR keeps the pages for a person to look at.
    if (const QString keep = qEnvironmentVariable("WW_REPORT_PNG_DIR"); !keep.isEmpty())
        QVERIFY(!renderPages(pdf, keep + QStringLiteral("/stories"), 60).isEmpty());
    QVERIFY(text.contains(QLatin1String("Selection: 2 story cluster")));
}

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdfreportwriter.moc"
