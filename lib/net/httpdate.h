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
    const QString text = QString::fromLatin1(value.trimmed()).simplified();
    static const QString formats[] = {
        QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dddd, dd-MMM-yy hh:mm:ss 'GMT'"),  // RFC 850
        QStringLiteral("ddd MMM d hh:mm:ss yyyy"),         // asctime (simplified() folds its double space)
    };
    for (const QString &format : formats) {
        QDateTime parsed = QLocale::c().toDateTime(text, format);
        if (!parsed.isValid())
            continue;
        // RFC 850 two-digit years: QLocale reads them as 19xx; RFC 9110 says pick the nearest century.
        if (format.contains(QLatin1String("yy hh")) && parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    }
    return {};
}

} // namespace ww
