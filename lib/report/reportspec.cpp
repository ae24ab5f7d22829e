#include "report/reportspec.h"

#include <QCoreApplication>

namespace ww {

ArticleQuery ReportSpec::effectiveQuery() const
{
    ArticleQuery q = query;
    // Both ranges apply: the later start and the earlier end win, so a range never widens a selection.
    if (from.isValid() && (!q.from.isValid() || from > q.from))
        q.from = from;
    if (to.isValid() && (!q.to.isValid() || to < q.to))
        q.to = to;
    q.offset = 0;
    return q;
}

Result<ReportSpec::Format> ReportSpec::parseFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("json"))
        return Format::Json;
    return Error(
        Error::Code::InvalidArgument,
        QCoreApplication::translate("ww::ReportSpec", "unknown report format '%1' (pdf, csv or json)")
            .arg(name));
}

Result<ReportSpec::PageSize> ReportSpec::parsePageSize(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return PageSize::A4;
    if (n == QLatin1String("letter"))
        return PageSize::Letter;
    return Error(
        Error::Code::InvalidArgument,
        QCoreApplication::translate("ww::ReportSpec", "unknown page size '%1' (a4 or letter)").arg(name));
}

QString ReportSpec::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

Result<QDateTime> ReportSpec::parseTime(const QString &text, bool endOfRange)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10) {
        // A bare date names the whole day: --to 2026-10-31 includes the 31st.
        return QDateTime(endOfRange ? day.addDays(1) : day, QTime(0, 0), Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(t, Qt::ISODate);
    if (!time.isValid())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("ww::ReportSpec",
                                                 "cannot read '%1' as a date (YYYY-MM-DD or ISO 8601)")
                         .arg(text));
    return time.toUTC();
}

} // namespace ww
