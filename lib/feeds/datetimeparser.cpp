#include "feeds/datetimeparser.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace ww {

namespace {

// Month names by language, full and abbreviated, lowercase. Exact match first, then a unique prefix.
const QList<QPair<QString, int>> &monthNames()
{
    static const QList<QPair<QString, int>> names = [] {
        QList<QPair<QString, int>> list;
        const char *tables[][12] = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"},
            // Russian, genitive (as in dates) and nominative
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"},
            {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь"},
            // Ukrainian
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
             "жовтня", "листопада", "грудня"},
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
             "ottobre", "novembre", "dicembre"},
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"},
            {"január", "február", "március", "április", "május", "június", "július", "augusztus",
             "szeptember", "október", "november", "december"},
            {"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
             "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
            {"ιαν", "φεβ", "μάώ", "απρ", "μάι", "ιούν", "ιούλ", "αύγ", "σεπ", "οκτ", "νοέ", "δεκ"},
            {"sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"},
        };
        for (const auto &table : tables)
            for (int m = 0; m < 12; ++m)
                list.append({QString::fromUtf8(table[m]), m + 1});
        for (const char *extra :
             {"jänner", "mrz",  "sept", "setiembre", "μαρ", "μαΐ", "μαι", "ιουν", "ιουλ", "αυγ", "νοε",
              "mär",    "juil", "févr", "janv",      "déc", "ago", "dic", "gen",  "giu",  "lug", "set",
              "ott",    "okt",  "dez",  "mei",       "mrt", "ene", "abr", "fev",  "out"}) {
            static const QHash<QString, int> extraMonth = {
                {QStringLiteral("jänner"), 1},    {QStringLiteral("mrz"), 3},  {QStringLiteral("sept"), 9},
                {QStringLiteral("setiembre"), 9}, {QStringLiteral("μαρ"), 3},  {QStringLiteral("μαΐ"), 5},
                {QStringLiteral("μαι"), 5},       {QStringLiteral("ιουν"), 6}, {QStringLiteral("ιουλ"), 7},
                {QStringLiteral("αυγ"), 8},       {QStringLiteral("νοε"), 11}, {QStringLiteral("mär"), 3},
                {QStringLiteral("juil"), 7},      {QStringLiteral("févr"), 2}, {QStringLiteral("janv"), 1},
                {QStringLiteral("déc"), 12},      {QStringLiteral("ago"), 8},  {QStringLiteral("dic"), 12},
                {QStringLiteral("gen"), 1},       {QStringLiteral("giu"), 6},  {QStringLiteral("lug"), 7},
                {QStringLiteral("set"), 9},       {QStringLiteral("ott"), 10}, {QStringLiteral("okt"), 10},
                {QStringLiteral("dez"), 12},      {QStringLiteral("mei"), 5},  {QStringLiteral("mrt"), 3},
                {QStringLiteral("ene"), 1},       {QStringLiteral("abr"), 4},  {QStringLiteral("fev"), 2},
                {QStringLiteral("out"), 10}};
            const QString name = QString::fromUtf8(extra);
            list.append({name, extraMonth.value(name)});
        }
        return list;
    }();
    return names;
}

int monthFromName(const QString &token)
{
    const QString t = token.toLower();
    const auto &names = monthNames();
    for (const auto &[name, month] : names)
        if (name == t)
            return month;
    if (t.size() < 3)
        return 0;
    int found = 0;
    for (const auto &[name, month] : names) {
        if (name.startsWith(t)) {
            if (found && found != month)
                return 0; // ambiguous ("jui": juin or juillet)
            found = month;
        }
    }
    return found;
}

bool isWeekdayOrFiller(const QString &token)
{
    static const QStringList words = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun"), QStringLiteral("de"),
        QStringLiteral("del"), QStringLiteral("um"),  QStringLiteral("uhr"), QStringLiteral("à"),
        QStringLiteral("a"),   QStringLiteral("le"),  QStringLiteral("г"),   QStringLiteral("года"),
        QStringLiteral("at"),  QStringLiteral("on"),  QStringLiteral("the"), QStringLiteral("of"),
        QStringLiteral("h"),   QStringLiteral("в")};
    const QString t = token.toLower();
    for (const QString &w : words) {
        if (w.size() == 3 ? t.startsWith(w) : t == w)
            return true;
    }
    return false;
}

const QHash<QString, int> &zoneTable()
{
    static const QHash<QString, int> zones = [] {
        QHash<QString, int> z;
        const auto h = [](double hours) { return int(hours * 3600); };
        for (const char *utc : {"ut", "utc", "gmt", "z", "etc/gmt", "etc/utc", "wet", "gmt0", "zulu"})
            z.insert(QLatin1String(utc), 0);
        const std::pair<const char *, double> named[] = {
            {"est", -5},   {"edt", -4},   {"cst", -6},    {"cdt", -5},  {"mst", -7},  {"mdt", -6},
            {"pst", -8},   {"pdt", -7},   {"at", -4},     {"et", -5},   {"ct", -6},   {"mt", -7},
            {"pt", -8},    {"ast", -4},   {"adt", -3},    {"akst", -9}, {"akdt", -8}, {"hst", -10},
            {"nst", -3.5}, {"ndt", -2.5}, {"met", 1},     {"mest", 2},  {"cet", 1},   {"cest", 2},
            {"eet", 2},    {"eest", 3},   {"west", 1},    {"bst", 1},   {"ist", 5.5}, {"msk", 3},
            {"msd", 4},    {"jst", 9},    {"kst", 9},     {"hkt", 8},   {"sgt", 8},   {"aest", 10},
            {"aedt", 11},  {"acst", 9.5}, {"acdt", 10.5}, {"awst", 8},  {"nzst", 12}, {"nzdt", 13},
            {"cat", 2},    {"eat", 3},    {"wat", 1},     {"sast", 2},  {"pkt", 5},   {"ict", 7},
            {"wib", 7},    {"pht", 8},    {"brt", -3},    {"art", -3},  {"idt", 3},   {"trt", 3},
            {"gst", 4},    {"irst", 3.5}, {"cct", 8},     {"mez", 1},   {"mesz", 2}};
        for (const auto &[name, hours] : named)
            z.insert(QLatin1String(name), h(hours));
        // Military zones: A-I = +1..+9, K-M = +10..+12, N-Y = -1..-12 (RFC 822 got the sign wrong;
        // we follow the military convention, as feedparser does).
        for (char c = 'a'; c <= 'i'; ++c)
            z.insert(QString(QLatin1Char(c)), h(c - 'a' + 1));
        for (char c = 'k'; c <= 'm'; ++c)
            z.insert(QString(QLatin1Char(c)), h(c - 'k' + 10));
        for (char c = 'n'; c <= 'y'; ++c)
            z.insert(QString(QLatin1Char(c)), h(-(c - 'n' + 1)));
        return z;
    }();
    return zones;
}

// "+0200", "-05:00", "+02", "GMT+2" -> seconds; nullopt when malformed.
std::optional<int> numericOffset(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.capturedView(2).toInt();
    const int minutes = m.capturedView(3).isEmpty() ? 0 : m.capturedView(3).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    const int sign = m.capturedView(1) == u"-" ? -1 : 1;
    return sign * (hours * 3600 + minutes * 60);
}

int expandYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

QDateTime build(int year, int month, int day, int hour, int minute, int second, int offset)
{
    if (second == 60)
        second = 59; // leap second
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

// ISO 8601 / RFC 3339 / W3CDTF, including partial dates and a few legacy compact forms.
std::optional<QDateTime> parseIso(const QString &s)
{
    static const QRegularExpression full(QStringLiteral(
        "^(\\d{4})(?:-?(\\d{2,3})(?:-?(\\d{2}))?)?"
        "(?:[T ](\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    auto m = sixDigits.match(s);
    if (m.hasMatch())
        return build(expandYear(s.left(2).toInt(), 2), s.mid(2, 2).toInt(), s.mid(4, 2).toInt(), 0, 0, 0, 0);
    m = full.match(s);
    if (m.hasMatch()) {
        if (m.capturedView(2).isEmpty() && s.size() != 4)
            return QDateTime(); // "22013"-style: not a date we can trust
        const int year = m.capturedView(1).toInt();
        const int month = m.capturedView(2).isEmpty() ? 1 : m.capturedView(2).toInt();
        const int day = m.capturedView(3).isEmpty() ? 1 : m.capturedView(3).toInt();
        int offset = 0;
        const QString zone = m.captured(8);
        if (!zone.isEmpty() && zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
            const auto o = numericOffset(zone);
            if (!o)
                return QDateTime();
            offset = *o;
        }
        const QDateTime whole = build(year, month, day, m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                                      m.capturedView(6).toInt(), offset);
        // Fractional seconds, to the millisecond (RFC 3339 time-secfrac).
        const QString fraction = QString(m.captured(7) + QLatin1String("000")).left(3);
        return whole.isValid() && !m.capturedView(7).isEmpty() ? whole.addMSecs(fraction.toInt()) : whole;
    }
    static const QRegularExpression yymmdd(QStringLiteral("^(\\d{2})-?(\\d{2})-?(\\d{2})$"));
    m = yymmdd.match(s);
    if (m.hasMatch())
        return build(expandYear(m.capturedView(1).toInt(), 2), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt(), 0, 0, 0, 0);
    static const QRegularExpression yymm(QStringLiteral("^-(\\d{2})-?(\\d{2})$"));
    m = yymm.match(s);
    if (m.hasMatch())
        return build(expandYear(m.capturedView(1).toInt(), 2), m.capturedView(2).toInt(), 1, 0, 0, 0, 0);
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{2})(\\d{3})$"));
    m = ordinal.match(s);
    if (m.hasMatch()) {
        const QDate start(expandYear(m.capturedView(1).toInt(), 2), 1, 1);
        const int dayOfYear = m.capturedView(2).toInt();
        if (dayOfYear < 1 || dayOfYear > start.daysInYear())
            return QDateTime();
        return QDateTime(start.addDays(dayOfYear - 1), QTime(0, 0), Qt::UTC);
    }
    return std::nullopt;
}

// Everything else: tokens classified by shape, in any order.
QDateTime parseTokens(QString s)
{
    bool korean = false;
    if (s.contains(QChar(0xb144)) || s.contains(QChar(0xc624))) { // 년, 오(전/후): Korean portals, KST
        korean = true;
        s.replace(QChar(0xb144), u' ').replace(QChar(0xc6d4), u' ').replace(QChar(0xc77c), u' ');
    }
    // "2004-07-13T9:15-05:00": split date from time.
    static const QRegularExpression dateT(QStringLiteral("(\\d)T(\\d)"));
    s.replace(dateT, QStringLiteral("\\1 \\2"));
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList raw = s.split(separators, Qt::SkipEmptyParts);

    int year = -1, yearDigits = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool haveTime = false, haveZone = false, pm = false, am = false;
    int offset = 0;
    QList<int> numbers; // unassigned numeric tokens, in order
    QList<int> numberDigits;
    bool first = true;
    QStringList tokens;
    for (QString t : raw) {
        while (t.endsWith(u'.'))
            t.chop(1);
        // Dates inside one token: 2006/09/15, 2004-05-25, 2004-július-13, 25.05.2020
        if ((t.contains(u'/') || t.contains(u'-') || t.count(u'.') >= 2) && !t.contains(u':') &&
            !t.startsWith(u'+') && !t.startsWith(u'-') &&
            !t.contains(QLatin1String("gmt"), Qt::CaseInsensitive) &&
            t.contains(u'/') + t.contains(u'-') + t.contains(u'.') >= 1 && t.at(0).isDigit() &&
            !t.startsWith(QLatin1String("etc/"), Qt::CaseInsensitive)) {
            tokens << t.split(QRegularExpression(QStringLiteral("[/.-]")), Qt::SkipEmptyParts);
            continue;
        }
        tokens << t;
    }
    for (const QString &t : std::as_const(tokens)) {
        const bool wasFirst = first;
        first = false;
        const QString lower = t.toLower();
        if (t.contains(u':') && t.at(0).isDigit()) {
            if (haveTime)
                return {};
            // Time, possibly with an attached offset: 9:15-05:00, 10:00+0200, 10:00Z
            QString time = t;
            qsizetype zoneAt = -1;
            for (qsizetype i = 1; i < time.size(); ++i) {
                if (time.at(i) == u'+' || time.at(i) == u'-' || time.at(i) == u'Z' || time.at(i) == u'z') {
                    zoneAt = i;
                    break;
                }
            }
            if (zoneAt > 0) {
                const QString zone = time.mid(zoneAt);
                time.truncate(zoneAt);
                if (zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
                    const auto o = numericOffset(zone);
                    if (!o)
                        return {};
                    offset = *o;
                }
                haveZone = true;
            }
            const QStringList parts = time.split(u':');
            if (parts.size() < 2 || parts.size() > 3)
                return {};
            bool ok1 = false, ok2 = false, ok3 = true;
            hour = parts.at(0).toInt(&ok1);
            minute = parts.at(1).toInt(&ok2);
            if (parts.size() == 3) {
                const QString sec = parts.at(2).section(u'.', 0, 0);
                second = sec.toInt(&ok3);
            }
            if (!ok1 || !ok2 || !ok3)
                return {};
            haveTime = true;
            continue;
        }
        bool isNumber = false;
        const int value = t.toInt(&isNumber);
        if (isNumber && !t.startsWith(u'+') && !t.startsWith(u'-')) {
            numbers << value;
            numberDigits << int(t.size());
            continue;
        }
        if (t.startsWith(u'+') || t.startsWith(u'-')) {
            const auto o = numericOffset(t);
            if (!o || haveZone)
                return {};
            offset = *o;
            haveZone = true;
            continue;
        }
        if (lower == QLatin1String("pm") || t == QString(QChar(0xc624)) + QChar(0xd6c4)) { // 오후
            pm = true;
            continue;
        }
        if (lower == QLatin1String("am") || t == QString(QChar(0xc624)) + QChar(0xc804)) { // 오전
            am = true;
            continue;
        }
        if (const int m = monthFromName(t); m > 0 && month == 0) {
            month = m;
            continue;
        }
        // Zones, also "GMT+2" and "UTC-05:00"
        // "at" and single letters are words before the time ("25 May at 10:00"), zones after it.
        const bool ambiguousWord = lower.size() == 1 || lower == QLatin1String("at");
        if (!haveZone && (haveTime || !ambiguousWord)) {
            int z = 0;
            if (DateTimeParser::zoneOffset(lower, &z)) {
                offset = z;
                haveZone = true;
                continue;
            }
            for (const QLatin1String prefix :
                 {QLatin1String("gmt"), QLatin1String("utc"), QLatin1String("ut")}) {
                if (lower.startsWith(prefix) && lower.size() > prefix.size()) {
                    const auto o = numericOffset(lower.mid(prefix.size()));
                    if (!o)
                        return {};
                    offset = *o;
                    haveZone = true;
                    break;
                }
            }
            if (haveZone)
                continue;
        }
        if (wasFirst || isWeekdayOrFiller(t))
            continue;
        // An unknown all-caps zone after the time: keep the date, assume UTC.
        if (haveTime && !haveZone && t.size() >= 2 && t.size() <= 5 && t == t.toUpper()) {
            haveZone = true;
            continue;
        }
        return {};
    }

    // Assign the numbers: a 4-digit (or >31) number is the year; with a named month the rest is the day;
    // all-numeric dates are Y M D when the year leads, otherwise D M Y.
    int yearIndex = -1;
    for (int i = 0; i < numbers.size(); ++i) {
        if (numberDigits.at(i) >= 3 || numbers.at(i) > 31) {
            yearIndex = i;
            break;
        }
    }
    QList<int> rest;
    if (yearIndex >= 0) {
        year = numbers.at(yearIndex);
        yearDigits = numberDigits.at(yearIndex);
    }
    for (int i = 0; i < numbers.size(); ++i)
        if (i != yearIndex)
            rest << numbers.at(i);
    if (month > 0) {
        if (yearIndex < 0) {
            if (rest.size() != 2)
                return {};
            day = rest.at(0);
            year = rest.at(1);
            yearDigits = 2;
        } else {
            if (rest.size() != 1)
                return {};
            day = rest.at(0);
        }
    } else {
        if (rest.size() != 2 || yearIndex < 0)
            return {};
        if (yearIndex == 0) {
            month = rest.at(0);
            day = rest.at(1);
        } else {
            day = rest.at(0);
            month = rest.at(1);
            if (month > 12 && day <= 12)
                std::swap(day, month);
        }
    }
    if (year < 0 || month < 1 || month > 12 || day < 1)
        return {};
    year = expandYear(year, yearDigits);
    if (pm && hour < 12)
        hour += 12;
    if (am && hour == 12)
        hour = 0;
    if (korean && !haveZone)
        offset = 9 * 3600;
    return build(year, month, day, hour, minute, second, offset);
}

} // namespace

bool DateTimeParser::zoneOffset(const QString &name, int *seconds)
{
    const auto &zones = zoneTable();
    const auto it = zones.constFind(name.toLower());
    if (it == zones.constEnd())
        return false;
    if (seconds)
        *seconds = it.value();
    return true;
}

QDateTime DateTimeParser::parse(const QString &raw)
{
    const QString s = raw.trimmed();
    if (s.isEmpty() || s.size() > 128)
        return {};
    if (const auto iso = parseIso(s))
        return *iso;
    return parseTokens(s);
}

} // namespace ww
