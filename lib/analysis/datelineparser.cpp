#include "analysis/datelineparser.h"

#include "analysis/agencyregistry.h"

#include <QRegularExpression>

namespace ww {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

// "SEOUL" -> "Seoul", "NEW YORK" -> "New York", "КИЇВ" -> "Київ"; mixed case stays as written.
QString placeName(QString place)
{
    // "New Delhi [India]": the bracketed country is not part of the place.
    static const QRegularExpression bracketed(QStringLiteral(R"(\s*\[[^\]]*\])"));
    place = place.remove(bracketed).trimmed();
    while (!place.isEmpty() && (place.back() == QLatin1Char(',') || place.back() == QLatin1Char('.')))
        place.chop(1);
    if (place.isEmpty() || place != place.toUpper())
        return place;
    QString out = place.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != QLatin1Char('\'') && c != QChar(0x2019);
    }
    return out;
}

// The head before the agency: "MOSCOW, Oct 14" -> place "MOSCOW", date "Oct 14". Rejects prose.
bool splitHead(const QString &head, QString *place, QString *date)
{
    const QString h = head.trimmed();
    if (h.isEmpty())
        return true;
    // Place names start with a capital; Arabic, Korean and Chinese have no case to check.
    const QChar first = h.front();
    const bool caseless = first.isLetter() && !first.isUpper() && !first.isLower();
    if ((!first.isUpper() && !caseless) || h.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 8)
        return false;
    static const QRegularExpression separator(QStringLiteral(R"(\s*,\s*)"));
    const QStringList parts = h.split(separator, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    *place = placeName(parts.front());
    static const QRegularExpression hasDigit(QStringLiteral(R"(\d)"));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].contains(hasDigit)) {
            *date = parts.mid(i).join(QLatin1Char(' '));
            while (date->endsWith(QLatin1Char('.')))
                date->chop(1);
            break;
        }
    }
    return true;
}

} // namespace

QString DatelineParser::agencyOf(QStringView candidate) const
{
    const Agency *a = m_registry.find(candidate.trimmed());
    return a && a->kind != Agency::Kind::Photo ? a->name : QString();
}

std::optional<Dateline> DatelineParser::parse(QStringView paragraph) const
{
    const QString p = paragraph.left(MaxPrefix).toString().trimmed();
    if (p.isEmpty())
        return std::nullopt;
    Dateline d;

    // Korean: "(서울=연합뉴스)" optionally followed by "홍길동 기자 =".
    static const QRegularExpression korean(
        QStringLiteral(
            R"(^[(\[]([^()=\[\]\n]{1,20})=([^()\[\]\n]{1,30})[)\]](?:\s*\S{2,5}\s*(?:기자|특파원)\s*=)?)"),
        Unicode);
    if (const auto m = korean.match(p); m.hasMatch()) {
        d.agency = agencyOf(m.captured(2));
        if (!d.agency.isEmpty()) {
            d.text = m.captured(0);
            d.place = m.captured(1).trimmed();
            return d;
        }
    }
    // Chinese: "新华社北京10月14日电".
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(\p{Han}{2,6}?社)(\p{Han}{2,8}?)(\d{1,2}月\d{1,2}日)电)"), Unicode);
    if (const auto m = chinese.match(p); m.hasMatch()) {
        d.agency = agencyOf(m.captured(1));
        if (!d.agency.isEmpty()) {
            d.text = m.captured(0);
            d.place = m.captured(2);
            d.date = m.captured(3);
            return d;
        }
    }
    // "SEOUL, Oct 14 (Reuters) -", "WASHINGTON (AP) —", "(Yonhap) --".
    static const QRegularExpression paren(
        QStringLiteral(R"(^([^()\n]{0,80}?)\s*\(([^()\n]{2,40})\)\s*(?:-{1,2}|—|–|:))"), Unicode);
    // "МОСКВА, 14 октября. /ТАСС/." and "/ТАСС/" alone.
    static const QRegularExpression slash(QStringLiteral(R"(^([^/\n]{0,80}?)[\s.,]*/([^/\n]{2,30})/\.?)"),
                                          Unicode);
    // "МОСКВА, 14 окт — РИА Новости." and "КИЇВ. 14 жовтня. УКРІНФОРМ." / "Москва. 14 октября. INTERFAX.RU
    // -".
    static const QRegularExpression dash(
        QStringLiteral(R"(^([^—–\n]{1,60}?)(?:\s*[—–]|\s+-)\s+([^.\n]{2,30})\.(?:\s|$))"), Unicode);
    static const QRegularExpression dotted(
        QStringLiteral(
            R"(^(\p{Lu}[\p{L}'’ \-]{1,30})[.,]\s*(\d{1,2}\s+\p{L}+)\.?\s*(\p{Lu}[^\s.]*(?:\.RU|\.UA|\.ru|\.ua)?(?: \p{Lu}\p{L}*)?)\s*(?:\.|[—–-])(?:\s|$))"),
        Unicode);
    for (const QRegularExpression *re : {&paren, &slash, &dash, &dotted}) {
        const auto m = re->match(p);
        if (!m.hasMatch())
            continue;
        const int agencyGroup = re == &dotted ? 3 : 2;
        d.agency = agencyOf(m.captured(agencyGroup));
        if (d.agency.isEmpty())
            continue;
        QString place, date;
        const QString head =
            re == &dotted ? m.captured(1) + QStringLiteral(", ") + m.captured(2) : m.captured(1);
        if (!splitHead(head, &place, &date))
            continue;
        d.text = m.captured(0).trimmed();
        d.place = place;
        d.date = date;
        return d;
    }
    return std::nullopt;
}

} // namespace ww
