#include "report/pdfreportwriter.h"

#include "extract/captionlocator.h"
#include "report/reportcharts.h"
#include "report/worldmap.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace ww {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ww::PdfReportWriter", text, disambiguation, n);
}

const QColor Muted(0x55, 0x55, 0x55);
const QColor StoryColor(0x1F, 0x3A, 0x5F);

// Feed text is hostile: bidi overrides and other invisible controls must not reorder what the report says.
QString plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F)
            continue;
        out += (c.category() == QChar::Other_Control) ? QChar(QLatin1Char(' ')) : c;
    }
    return out.simplified();
}

QString when(const QDateTime &time, const QLocale &locale)
{
    return time.isValid()
               ? locale.toString(time.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
               : tr("unknown time");
}

PdfPageFlow::Paragraph para(const QString &text, const QFont &font, double spaceAfter = 0,
                            const QColor &color = Qt::black)
{
    PdfPageFlow::Paragraph p;
    p.text = text;
    p.font = font;
    p.spaceAfter = spaceAfter;
    p.color = color;
    return p;
}

// "Label: value" with the label in bold.
PdfPageFlow::Paragraph labelled(const QString &label, const QString &value, const QFont &font,
                                double indent = 0)
{
    PdfPageFlow::Paragraph p = para(label + QStringLiteral(": ") + value, font);
    p.boldPrefix = int(label.size()) + 1;
    p.indent = indent;
    return p;
}

ReportCharts::Style chartStyle(const PdfPageFlow &flow, const QLocale &locale)
{
    ReportCharts::Style style;
    style.font = flow.font(8);
    style.locale = locale;
    style.lineWidth = flow.pt(1.4);
    return style;
}
} // namespace

void PdfReportWriter::setup(QPagedPaintDevice &device, const ReportSpec &spec)
{
    device.setPageSize(
        QPageSize(spec.pageSize == ReportSpec::PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

Status PdfReportWriter::write(ReportSource &source, QIODevice &out, const ReportSource::Progress &progress)
{
    const ReportSpec &spec = source.spec();
    const WorldMap map;
    const int n = int(source.ids().size());
    const int progressTotal = spec.hasSection(ReportSpec::Stories) ? 2 * n : 0;
    m_layout = Layout();

    // Pass 1: measure. A writer that is never painted on writes nothing; it only supplies the metrics.
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter measureDevice(&sink);
        measureDevice.setResolution(Dpi);
        setup(measureDevice, spec);
        PdfPageFlow flow(measureDevice, nullptr, spec.locale.textDirection());
        Pass pass{source, flow, map, m_layout, nullptr, progress, 0, progressTotal};
        if (Status s = run(pass); !s)
            return s;
        m_layout.totalPages = flow.page();
    }

    // Pass 2: paint, with the page numbers now known.
    QPdfWriter writer(&out);
    writer.setResolution(Dpi);
    setup(writer, spec);
    writer.setTitle(plain(spec.title));
    writer.setCreator(QStringLiteral("Wirewatch"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(Error::Code::Io, tr("Cannot start the PDF: %1").arg(out.errorString()));
    PdfPageFlow flow(writer, &painter, spec.locale.textDirection());
    flow.setTotalPages(m_layout.totalPages);
    Layout painted;
    const Layout measured = m_layout;
    Pass pass{source, flow, map, painted, &measured, progress, n, progressTotal};
    const Status status = run(pass);
    flow.finish();
    painter.end();
    if (!status)
        return status;
    if (flow.page() != measured.totalPages)
        qWarning("PdfReportWriter: painted %d pages, measured %d", flow.page(), measured.totalPages);
    m_layout.totalPages = flow.page();
    return {};
}

Status PdfReportWriter::run(Pass &pass)
{
    const ReportSpec &spec = pass.source.spec();
    pass.flow.setHeaderText(plain(spec.title));
    bool first = true;
    const auto startSection = [&](int &page) {
        if (!first)
            pass.flow.newPage();
        first = false;
        pass.flow.setDecorated(true);
        page = pass.flow.page();
    };
    if (spec.hasSection(ReportSpec::Cover)) {
        first = false;
        cover(pass);
    }
    if (spec.hasSection(ReportSpec::Contents)) {
        startSection(pass.layout.contentsPage);
        contents(pass);
    }
    if (spec.hasSection(ReportSpec::Figures)) {
        startSection(pass.layout.figuresPage);
        figures(pass);
    }
    if (spec.hasSection(ReportSpec::Charts)) {
        startSection(pass.layout.chartsPage);
        charts(pass);
    }
    if (spec.hasSection(ReportSpec::Map)) {
        startSection(pass.layout.mapPage);
        worldMap(pass);
    }
    if (spec.hasSection(ReportSpec::Stories)) {
        startSection(pass.layout.storiesPage);
        return stories(pass);
    }
    return {};
}

void PdfReportWriter::heading(PdfPageFlow &flow, const QString &text, double points)
{
    const PdfPageFlow::Paragraph p = para(text, flow.font(points, true), flow.mm(4));
    flow.ensureSpace(flow.measure(p) + flow.mm(20)); // never a heading alone at the foot of a page
    flow.paragraph(p);
}

void PdfReportWriter::cover(Pass &pass)
{
    PdfPageFlow &flow = pass.flow;
    const ReportSpec &spec = pass.source.spec();
    const ReportFigures &f = pass.source.figures();
    flow.setY(flow.content().top() + flow.content().height() * 0.18);
    flow.paragraph(para(tr("Wirewatch report"), flow.font(12), flow.mm(3), Muted));
    flow.paragraph(para(spec.title.isEmpty() ? tr("Coverage report") : plain(spec.title), flow.font(26, true),
                        flow.mm(8)));
    const QFont body = flow.font(11);
    if (!spec.author.isEmpty())
        flow.paragraph(labelled(tr("Author"), plain(spec.author), body));
    flow.paragraph(labelled(tr("Generated"), when(spec.generated, spec.locale), body));
    flow.paragraph(labelled(tr("Selection"), plain(pass.source.selectionDescription()), body));
    const QDateTime from = spec.from.isValid() ? spec.from : f.first();
    const QDateTime to = spec.to.isValid() ? spec.to : f.last();
    if (from.isValid() || to.isValid())
        flow.paragraph(labelled(
            tr("Period"), QStringLiteral("%1 \u2013 %2").arg(when(from, spec.locale), when(to, spec.locale)),
            body));
    flow.paragraph(labelled(tr("Articles"), spec.locale.toString(f.articles()), body));
    if (!spec.summary.trimmed().isEmpty()) {
        flow.skip(flow.mm(10));
        heading(flow, tr("Summary"), 14);
        // The summary is the analyst's own text: keep its paragraphs.
        for (const QString &part : spec.summary.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            flow.paragraph(para(plain(part), flow.font(11), flow.mm(2.5)));
    }
}

void PdfReportWriter::contents(Pass &pass)
{
    PdfPageFlow &flow = pass.flow;
    const ReportSpec &spec = pass.source.spec();
    const Layout *known = pass.known;
    const auto page = [&](int Layout::*member) {
        return known ? spec.locale.toString(known->*member) : QStringLiteral("0");
    };
    heading(flow, tr("Contents"), 18);
    const QFont sectionFont = flow.font(11, true);
    if (spec.hasSection(ReportSpec::Figures))
        flow.entry(tr("Summary figures"), page(&Layout::figuresPage), sectionFont);
    if (spec.hasSection(ReportSpec::Charts))
        flow.entry(tr("Coverage charts"), page(&Layout::chartsPage), sectionFont);
    if (spec.hasSection(ReportSpec::Map))
        flow.entry(tr("Coverage map"), page(&Layout::mapPage), sectionFont);
    if (!spec.hasSection(ReportSpec::Stories))
        return;
    flow.entry(tr("Stories"), page(&Layout::storiesPage), sectionFont);
    // One line per story: the titles come from the id pass, so the contents never loads an article. The
    // line count is fixed before the titles are known, so both passes lay the contents out identically.
    const QFont storyFont = flow.font(9);
    const QList<qint64> &ids = pass.source.ids();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString title =
            known && i < pass.source.titles().size() ? plain(pass.source.titles().at(i)) : QString();
        flow.entry(QStringLiteral("%1. %2").arg(i + 1).arg(title),
                   known ? spec.locale.toString(known->storyPages.value(i)) : QStringLiteral("0"), storyFont);
    }
}

void PdfReportWriter::figures(Pass &pass)
{
    PdfPageFlow &flow = pass.flow;
    const ReportSpec &spec = pass.source.spec();
    const ReportFigures &f = pass.source.figures();
    const QLocale &l = spec.locale;
    heading(flow, tr("Summary figures"), 18);
    const QFont body = flow.font(11);
    const auto percent = [&](int part) {
        return f.articles() ? l.toString(100.0 * part / f.articles(), 'f', 0) + QLatin1Char('%') : QString();
    };
    flow.paragraph(labelled(tr("Articles"), l.toString(f.articles()), body));
    flow.paragraph(labelled(tr("Outlets"), l.toString(f.distinctPublishers()), body));
    flow.paragraph(labelled(
        tr("Producer identified"),
        QStringLiteral("%1 (%2)").arg(l.toString(f.withProducer()), percent(f.withProducer())), body));
    flow.paragraph(labelled(tr("Producing agencies"), l.toString(f.distinctProducers()), body));
    flow.paragraph(labelled(tr("Countries mentioned"), l.toString(f.distinctCountries()), body));
    flow.skip(flow.mm(6));

    const ReportCharts::Style style = chartStyle(flow, l);
    const auto bars = [&](const QString &title, const QList<CountShare> &shares) {
        heading(flow, title, 13);
        if (shares.isEmpty()) {
            flow.paragraph(para(tr("None identified."), body, flow.mm(4), Muted));
            return;
        }
        const double height = flow.mm(7) * shares.size();
        flow.ensureSpace(height);
        if (QPainter *painter = flow.painter())
            ReportCharts::drawBars(*painter,
                                   QRectF(flow.content().left(), flow.y(), flow.content().width(), height),
                                   shares, f.articles(), {}, style, flow.direction());
        flow.skip(height + flow.mm(6));
    };
    bars(tr("Share by producer (wire agency)"), f.byProducer(10));
    bars(tr("Share by outlet (publisher)"), f.byPublisher(10));
}

void PdfReportWriter::charts(Pass &pass)
{
    PdfPageFlow &flow = pass.flow;
    const ReportSpec &spec = pass.source.spec();
    const ReportFigures &f = pass.source.figures();
    const ReportCharts::Style style = chartStyle(flow, spec.locale);
    const auto name = [&pass](const QString &code) {
        const QString n = pass.map.countryName(code);
        return n.isEmpty() ? code : n;
    };
    heading(flow, tr("Coverage charts"), 18);
    heading(flow, tr("Articles mentioning each country, over time"), 13);
    QStringList codes;
    for (const CountShare &s : f.topCountries(TopCountriesInTimeline))
        codes << s.key;
    const double timeHeight = flow.content().height() * 0.4;
    if (codes.isEmpty()) {
        flow.paragraph(
            para(tr("No country is mentioned in this selection."), flow.font(11), flow.mm(4), Muted));
    } else {
        if (QPainter *painter = flow.painter())
            ReportCharts::drawTimeSeries(
                *painter, QRectF(flow.content().left(), flow.y(), flow.content().width(), timeHeight),
                f.countriesByDay(codes), codes, f.firstDay(), f.lastDay(), name, style);
        flow.skip(timeHeight + flow.mm(6));
    }
    const QList<CountShare> top = f.topCountries(12);
    heading(flow, tr("Top countries"), 13);
    if (top.isEmpty())
        return;
    const double height = std::min(flow.mm(7) * top.size(), flow.remaining());
    if (QPainter *painter = flow.painter())
        ReportCharts::drawBars(*painter,
                               QRectF(flow.content().left(), flow.y(), flow.content().width(), height), top,
                               f.articles(), name, style, flow.direction());
    flow.skip(height);
}

void PdfReportWriter::worldMap(Pass &pass)
{
    PdfPageFlow &flow = pass.flow;
    const ReportSpec &spec = pass.source.spec();
    heading(flow, tr("Coverage map"), 18);
    flow.paragraph(para(tr("Articles mentioning each country. Hatched: not mentioned."), flow.font(10),
                        flow.mm(4), Muted));
    // The map's proportions (legend strip, border widths) are tuned for screen pixels: draw it in 96-dpi
    // units scaled up, so the page looks like the dashboard's widget.
    const double height = flow.content().width() * 0.56;
    if (QPainter *painter = flow.painter()) {
        WorldMapOptions options;
        options.locale = spec.locale;
        options.legendTitle = tr("Articles");
        options.noDataLabel = tr("Not mentioned");
        const double scale = double(Dpi) / 96.0;
        painter->save();
        painter->translate(flow.content().left(), flow.y());
        painter->scale(scale, scale);
        QFont font = flow.font(9);
        font.setPixelSize(12);
        painter->setFont(font);
        pass.map.render(*painter, QRectF(0, 0, flow.content().width() / scale, height / scale),
                        pass.source.figures().mapValues(), options);
        painter->restore();
    }
    flow.skip(height + flow.mm(6));
    const QFont body = flow.font(10);
    for (const CountShare &s : pass.source.figures().topCountries(10)) {
        const QString n = pass.map.countryName(s.key);
        flow.paragraph(labelled(n.isEmpty() ? s.key : n, spec.locale.toString(s.count), body));
    }
}

Status PdfReportWriter::stories(Pass &pass)
{
    heading(pass.flow, tr("Stories"), 18);
    const QList<qint64> &ids = pass.source.ids();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Result<ReportItem> item = pass.source.load(ids.at(i));
        if (!item)
            return item.error();
        story(pass, *item, int(i + 1));
        if (pass.progress && !pass.progress(pass.progressOffset + int(i + 1), pass.progressTotal))
            return Error(Error::Code::Cancelled, tr("The report was cancelled."));
    }
    return {};
}

QList<PdfPageFlow::Paragraph> PdfReportWriter::storyHeading(Pass &pass, const ReportStory &story)
{
    PdfPageFlow &flow = pass.flow;
    const QLocale &l = pass.source.spec().locale;
    const StoryCluster &c = story.cluster;
    const QFont body = flow.font(10);
    QList<PdfPageFlow::Paragraph> out;
    out << para(tr("Story: %1").arg(plain(c.label)), flow.font(15, true), flow.mm(2), StoryColor);
    out << labelled(tr("First published by"),
                    QStringLiteral("%1, %2").arg(plain(c.firstPublisher), when(c.firstPublished, l)), body);
    if (!c.producer.isEmpty())
        out << labelled(tr("Produced by"), plain(c.producer), body);
    // Every outlet once, first publisher first; a very wide story is cut, the articles below list them all.
    constexpr int MaxOutlets = 40;
    const QStringList outlets = story.outlets();
    QStringList shown;
    for (qsizetype i = 0; i < outlets.size() && i < MaxOutlets; ++i)
        shown << plain(outlets.at(i));
    QString ran = shown.join(QStringLiteral(", "));
    if (outlets.size() > MaxOutlets)
        ran += QStringLiteral(" ") + tr("and %1 more").arg(l.toString(outlets.size() - MaxOutlets));
    out << labelled(tr("Outlets"), ran, body);
    if (!story.tags.isEmpty()) {
        QStringList names;
        for (const Tag &t : story.tags)
            names << plain(t.name);
        out << labelled(tr("Story tags"), names.join(QStringLiteral(", ")), body);
    }
    for (const Annotation &n : story.notes) {
        const QString text =
            n.quote.isEmpty() ? plain(n.note)
                              : QStringLiteral("\u201c%1\u201d \u2014 %2").arg(plain(n.quote), plain(n.note));
        out << labelled(tr("Story note"), text, body, flow.mm(4));
    }
    out.last().spaceAfter = flow.mm(2);
    return out;
}

void PdfReportWriter::story(Pass &pass, const ReportItem &item, int number)
{
    PdfPageFlow &flow = pass.flow;
    const QLocale &l = pass.source.spec().locale;
    const Article &a = item.stored.article;
    const QFont body = flow.font(9.5);
    const PdfPageFlow::Paragraph title =
        para(QStringLiteral("%1. %2").arg(number).arg(plain(a.title)), flow.font(13, true), flow.mm(1.5));
    // A story's heading opens its first article: keep both, and the title's first lines, on one page.
    const QList<PdfPageFlow::Paragraph> head =
        item.story ? storyHeading(pass, *item.story) : QList<PdfPageFlow::Paragraph>();
    double headHeight = 0;
    for (const PdfPageFlow::Paragraph &p : head)
        headHeight += flow.measure(p);
    flow.ensureSpace((head.isEmpty() ? 0 : headHeight + flow.mm(6)) + flow.measure(title) + flow.mm(18));
    if (!head.isEmpty()) {
        for (const PdfPageFlow::Paragraph &p : head)
            flow.paragraph(p);
        flow.rule(StoryColor);
        flow.skip(flow.mm(2));
    }
    pass.layout.storyPages.append(flow.page());
    flow.paragraph(title);

    flow.paragraph(labelled(tr("Published by"), plain(item.publisher()), body));
    flow.paragraph(labelled(
        tr("Produced by"),
        a.producer.isEmpty()
            ? tr("not identified")
            : (a.producerEvidence.isEmpty()
                   ? plain(a.producer)
                   : QStringLiteral("%1 (\u201c%2\u201d)").arg(plain(a.producer), plain(a.producerEvidence))),
        body));
    flow.paragraph(labelled(tr("Time"), when(item.time(), l), body));
    if (!a.countries.isEmpty()) {
        QStringList names;
        for (const CountryMention &c : a.countries) {
            const QString n = pass.map.countryName(c.code);
            names << (n.isEmpty() ? c.code : QStringLiteral("%1 (%2)").arg(n, c.code));
        }
        flow.paragraph(labelled(tr("Countries"), names.join(QStringLiteral(", ")), body));
    }
    if (!item.tags.isEmpty()) {
        QStringList names;
        for (const Tag &t : item.tags)
            names << plain(t.name);
        flow.paragraph(labelled(tr("Tags"), names.join(QStringLiteral(", ")), body));
    }
    const QString lead = plain(a.text.section(QStringLiteral("\n\n"), 0, 0)).left(700);
    if (!lead.isEmpty())
        flow.paragraph(para(lead, body, flow.mm(1), QColor(0x22, 0x22, 0x22)));
    for (const ArticleImage &image : a.images) {
        QString text = image.caption.isEmpty() ? tr("(no caption)") : plain(image.caption);
        // Credits are stored as printed ("Photo: KCNA via REUTERS"); after "Credit:" the medium label is
        // noise.
        if (!image.credit.isEmpty())
            text += QStringLiteral(" \u2014 ") +
                    tr("Credit: %1").arg(plain(CaptionLocator::stripMediumLabel(image.credit)));
        flow.paragraph(labelled(tr("Photo"), text, body, flow.mm(4)));
    }
    for (const Annotation &n : item.annotations) {
        QString text = n.quote.isEmpty()
                           ? plain(n.note)
                           : QStringLiteral("\u201c%1\u201d \u2014 %2").arg(plain(n.quote), plain(n.note));
        if (n.orphaned)
            text += QStringLiteral(" ") + tr("(the quoted text is no longer in the article)");
        flow.paragraph(labelled(tr("Note"), text, body, flow.mm(4)));
    }
    flow.paragraph(labelled(tr("Source"), a.url.toString(QUrl::FullyEncoded), flow.font(8.5)));
    flow.rule(QColor(0xBB, 0xBB, 0xBB));
}

} // namespace ww
