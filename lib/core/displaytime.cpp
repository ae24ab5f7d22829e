#include "core/displaytime.h"

#include <QRegularExpression>

namespace ww {

namespace {

QString isolated(const QString &text, const QLocale &locale)
{
    if (text.isEmpty() || locale.textDirection() == Qt::RightToLeft)
        return text;
    return DisplayTime::LeftToRightIsolate + text + DisplayTime::PopDirectionalIsolate;
}

} // namespace

QString DisplayTime::shortFormat(const QLocale &locale)
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // ":ss" or ".ss" (with an optional ".zzz" after it) not followed by another letter of the pattern.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?(?:[.,]z+)?(?![a-zA-Z])"));
    time.remove(seconds);
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString DisplayTime::shortText(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return isolated(locale.toString(time.toLocalTime(), shortFormat(locale)), locale);
}

QString DisplayTime::longText(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return isolated(locale.toString(time.toLocalTime(), QLocale::LongFormat), locale);
}

} // namespace ww
