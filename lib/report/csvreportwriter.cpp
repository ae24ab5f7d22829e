#include "report/csvreportwriter.h"

#include "extract/captionlocator.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ww {

namespace {
QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

Status writeLine(QIODevice &out, const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += CsvReportWriter::cell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (out.write(bytes) != bytes.size())
        return Error(Error::Code::Io,
                     QCoreApplication::translate("ww::CsvReportWriter", "Writing the CSV failed: %1")
                         .arg(out.errorString()));
    return {};
}
} // namespace

QStringList CsvReportWriter::columns()
{
    return {QStringLiteral("id"), QStringLiteral("published"), QStringLiteral("title"), QStringLiteral("url"),
            QStringLiteral("publisher"), QStringLiteral("producer"), QStringLiteral("producer_evidence"),
            QStringLiteral("feed"), QStringLiteral("byline"), QStringLiteral("dateline"),
            QStringLiteral("language"), QStringLiteral("countries"), QStringLiteral("tags"),
            QStringLiteral("image_captions"), QStringLiteral("image_credits"), QStringLiteral("annotations"),
            QStringLiteral("cluster_id"), QStringLiteral("fetched"),
            // Added after the first release, so it comes last: the credits without "Photo:"-style labels.
            QStringLiteral("image_credits_unlabelled")};
}

QString CsvReportWriter::cell(const QString &value)
{
    QString v = value;
    // OWASP's CSV injection rule: a leading apostrophe makes spreadsheets show the text instead of running
    // it.
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && risky.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                       v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QStringList CsvReportWriter::row(const ReportItem &item)
{
    const StoredArticle &s = item.stored;
    const Article &a = s.article;
    QStringList countries;
    for (const CountryMention &c : a.countries)
        countries << c.code;
    QStringList tags;
    for (const Tag &t : item.tags)
        tags << t.name;
    QStringList captions;
    QStringList credits;
    QStringList unlabelled;
    for (const ArticleImage &image : a.images) {
        captions << image.caption.simplified();
        credits << image.credit.simplified();
        unlabelled << CaptionLocator::stripMediumLabel(image.credit).simplified();
    }
    QStringList notes;
    for (const Annotation &n : item.annotations) {
        QString text = n.quote.isEmpty() ? n.note : QStringLiteral("\u201c%1\u201d: %2").arg(n.quote, n.note);
        if (n.orphaned)
            text += QStringLiteral(" [orphaned]");
        notes << text.simplified();
    }
    const QString sep = QStringLiteral(" | ");
    return {QString::number(s.id),
            iso(a.publishedUtc),
            a.title.simplified(),
            a.url.toString(),
            item.publisher(),
            a.producer,
            a.producerEvidence.simplified(),
            s.feedTitle,
            a.byline.simplified(),
            a.dateline.simplified(),
            a.language,
            countries.join(QLatin1Char(';')),
            tags.join(QLatin1Char(';')),
            captions.join(sep),
            credits.join(sep),
            notes.join(sep),
            s.clusterId ? QString::number(s.clusterId) : QString(),
            iso(s.fetched),
            unlabelled.join(sep)};
}

Status CsvReportWriter::write(ReportSource &source, QIODevice &out, const ReportSource::Progress &progress)
{
    if (out.write("\xEF\xBB\xBF") != 3)
        return Error(Error::Code::Io, out.errorString());
    if (Status s = writeLine(out, columns()); !s)
        return s;
    const QList<qint64> &ids = source.ids();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Result<ReportItem> item = source.load(ids.at(i));
        if (!item)
            return item.error();
        if (Status s = writeLine(out, row(*item)); !s)
            return s;
        if (progress && !progress(int(i + 1), int(ids.size())))
            return Error(Error::Code::Cancelled,
                         QCoreApplication::translate("ww::CsvReportWriter", "The report was cancelled."));
    }
    return {};
}

} // namespace ww
