#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ww {

// How the desk writes a point in time in a list cell, a header line or a tooltip. One place, so the
// article list, the notes list, the header and the alert history agree.
class DisplayTime
{
public:
    // The locale's short date and time without seconds: a row needs the minute, not the second. Some
    // locales (C among them) put seconds in their short time format.
    static QString shortFormat(const QLocale &locale);

    // `time` in local time with shortFormat(); empty for an invalid time. When the locale writes left to
    // right, the text is wrapped in a left-to-right isolate (U+2066 … U+2069): in a right-to-left layout
    // (the Arabic UI showing an English date, say) the bidi algorithm would otherwise move "28" or
    // "13:26" to the other end of "11/28/26 13:26".
    static QString shortText(const QDateTime &time, const QLocale &locale = QLocale());

    // The full date and time, seconds included, for tooltips; isolated like shortText().
    static QString longText(const QDateTime &time, const QLocale &locale = QLocale());

    static constexpr QChar LeftToRightIsolate{0x2066};
    static constexpr QChar PopDirectionalIsolate{0x2069};
};

} // namespace ww
