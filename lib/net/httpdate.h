#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace ww {

// HTTP dates (RFC 9110 5.6.7): IMF-fixdate is sent; IMF-fixdate, RFC 850 and asctime forms are accepted.
inline QByteArray formatHttpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

inline QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.trimmed()).simplified();
    // The weekday is redundant and QLocale rejects a date whose weekday disagrees (as "26" read as 1926
    // would), so it is dropped before parsing.
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0 && comma < 10)
        text = text.mid(comma + 1).trimmed();
    else if (text.size() > 4 && text.at(3) == QLatin1Char(' ')) // asctime: "Sun Nov  6 08:49:37 1994"
        text = text.mid(4);
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dd-MMM-yy hh:mm:ss 'GMT'"),   // RFC 850
        QStringLiteral("MMM d hh:mm:ss yyyy"),        // asctime (simplified() folds its double space)
    };
    for (const QString &format : formats) {
        QDateTime parsed = QLocale::c().toDateTime(text, format);
        if (!parsed.isValid())
            continue;
        // RFC 850 two-digit years: QLocale reads them as 19xx; RFC 9110 says pick the nearest century.
        if (format.contains(QLatin1String("-yy ")) && parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    }
    return {};
}

} // namespace ww
