#include "extract/captionparser.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

namespace ww {

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

const QRegularExpression &agencyWordRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(REUTERS|Reuters|AP|AFP|Getty|EPA|EFE|Yonhap|TASS|ТАСС|RIA|РИА|Sputnik|Спутник|"
                       "Xinhua|KCNA|Kyodo|ANSA|DPA|dpa|Anadolu|IRNA|PTI|Bloomberg|Shutterstock|Alamy|"
                       "Pool|POOL|Handout|HANDOUT|Courtesy|Photo|Photograph|Фото|사진|연합뉴스|뉴시스|"
                       "File|Imago|Zuma|ZUMA|SIPA|Sipa|NurPhoto|Anadolu|UNIAN|Укрінформ|Ukrinform)\\b|©|ⓒ"),
        unicode);
    return re;
}

int monthNumber(const QString &name)
{
    static const QStringList en = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                   QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                   QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                   QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    // Russian genitive stems: января, февраля, марта, апреля, мая, июня, июля, августа, ...
    static const QStringList ru = {QStringLiteral("янв"), QStringLiteral("фев"), QStringLiteral("мар"),
                                   QStringLiteral("апр"), QStringLiteral("мая"), QStringLiteral("июн"),
                                   QStringLiteral("июл"), QStringLiteral("авг"), QStringLiteral("сен"),
                                   QStringLiteral("окт"), QStringLiteral("ноя"), QStringLiteral("дек")};
    const QString n = name.toLower().left(3);
    qsizetype i = en.indexOf(n);
    if (i < 0)
        i = ru.indexOf(n);
    if (i < 0 && n == QLatin1String("май"))
        i = 4;
    return int(i) + 1;
}

QString isoDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() && y >= 1850 && y <= 2100 ? date.toString(Qt::ISODate) : QString();
}

} // namespace

bool CaptionParser::looksLikeCredit(const QString &input)
{
    const QString t = input.trimmed();
    if (t.isEmpty() || t.size() > 120)
        return false;
    // Prose has sentences; credits are names, slashes and agencies.
    // ("Jae C. Hong", "U.S. Navy": a capital letter before the full stop is an initial, not a sentence.)
    static const QRegularExpression sentence(QStringLiteral("(?<![\\s./]\\p{Lu})[.!?]\\s+\\p{Lu}"), unicode);
    if (sentence.match(t).hasMatch())
        return false;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const int words = int(t.split(space, Qt::SkipEmptyParts).size());
    if (words > 12)
        return false;
    if (t.contains(QLatin1Char('/')) || t.contains(QLatin1String(" via "), Qt::CaseInsensitive))
        return agencyWordRe().match(t).hasMatch() || words <= 6;
    return agencyWordRe().match(t).hasMatch() && words <= 8;
}

std::pair<QString, QString> CaptionParser::splitCredit(const QString &input)
{
    const QString text = input.trimmed();
    // "(AP Photo/Evan Vucci)" or "(Photo: Yonhap)" at the end.
    static const QRegularExpression paren(QStringLiteral("\\s*[(\\[]([^()\\[\\]]{2,120})[)\\]]\\s*\\.?$"));
    // As printed: "(Photo: Yonhap)" keeps its "Photo:"; only a "Credit:" label goes.
    static const QRegularExpression label(QStringLiteral("^credits?\\s*[:=]\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = paren.match(text); m.hasMatch()) {
        QString inner = m.captured(1).trimmed();
        inner.remove(label);
        if (looksLikeCredit(m.captured(1)))
            return {text.left(m.capturedStart()).trimmed(), inner};
    }
    // "... Photo: Jane Doe/AFP" or "| Фото: ..." as the last segment.
    static const QRegularExpression labelled(
        QStringLiteral("(?:^|(?<=[.|·—–])|\\s)\\s*(?:photo|photograph|picture|image|credit|фото|фотография|"
                       "사진)\\s*[:=]\\s*"
                       "([^|]{2,120}?)\\.?$"),
        QRegularExpression::CaseInsensitiveOption | unicode);
    if (const auto m = labelled.match(text); m.hasMatch() && looksLikeCredit(m.captured(1))) {
        QString caption = text.left(m.capturedStart()).trimmed();
        static const QRegularExpression trailingSeparator(QStringLiteral("[|·—–]\\s*$"));
        caption.remove(trailingSeparator);
        // The credit as printed keeps its medium label ("Photo: ...", "Фото: ..."), not a "Credit:" one.
        QString credit = text.mid(m.capturedStart()).trimmed();
        static const QRegularExpression leadingSeparator(QStringLiteral("^[|·—–]\\s*"));
        credit.remove(leadingSeparator);
        credit.remove(label);
        if (credit.endsWith(QLatin1Char('.')))
            credit.chop(1);
        return {caption.trimmed(), credit.trimmed()};
    }
    // The Reuters shape: the credit follows the caption's last full stop.
    qsizetype cut = -1;
    for (qsizetype i = text.size() - 2; i > 0; --i) {
        if ((text.at(i) == QLatin1Char('.') || text.at(i) == QChar(0x3002)) && text.at(i + 1).isSpace()) {
            cut = i + 1;
            break;
        }
    }
    if (cut > 0) {
        const QString tail = text.mid(cut).trimmed();
        if (looksLikeCredit(tail))
            return {text.left(cut).trimmed(), tail};
    }
    // A short credit on a new line, or "Caption — Credit".
    static const QRegularExpression dash(QStringLiteral("\\s+[—–|]\\s+([^—–|]{2,120})$"));
    if (const auto m = dash.match(text); m.hasMatch() && looksLikeCredit(m.captured(1)))
        return {text.left(m.capturedStart()).trimmed(), m.captured(1).trimmed()};
    return {text, QString()};
}

QString CaptionParser::takenDate(const QString &caption, qsizetype *matchStart)
{
    static const QRegularExpression mdy(QStringLiteral("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                                                       "Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b"));
    static const QRegularExpression dmy(QStringLiteral("\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                                                       "Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b"));
    static const QRegularExpression ru(
        QStringLiteral("(\\d{1,2})\\s+(январ|феврал|март|апрел|ма[яй]|июн|июл|август|"
                       "сентябр|октябр|ноябр|декабр)\\S*\\s+(\\d{4})"),
        QRegularExpression::CaseInsensitiveOption | unicode);
    static const QRegularExpression ko(
        QStringLiteral("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일"), unicode);
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    struct Found
    {
        qsizetype at;
        QString date;
    };
    QList<Found> found;
    if (const auto m = mdy.match(caption); m.hasMatch())
        found.append({m.capturedStart(),
                      isoDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt())});
    if (const auto m = dmy.match(caption); m.hasMatch())
        found.append({m.capturedStart(),
                      isoDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt())});
    if (const auto m = ru.match(caption); m.hasMatch())
        found.append({m.capturedStart(),
                      isoDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt())});
    if (const auto m = ko.match(caption); m.hasMatch())
        found.append({m.capturedStart(),
                      isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())});
    if (const auto m = iso.match(caption); m.hasMatch())
        found.append({m.capturedStart(),
                      isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())});
    const Found *best = nullptr;
    for (const Found &f : found) {
        if (!f.date.isEmpty() && (!best || f.at < best->at))
            best = &f;
    }
    if (!best)
        return {};
    if (matchStart)
        *matchStart = best->at;
    return best->date;
}

QString CaptionParser::place(const QString &caption)
{
    qsizetype dateAt = -1;
    const QString date = takenDate(caption, &dateAt);
    QString prefix = date.isEmpty() ? caption : caption.left(dateAt);
    // Drop what sits between the place and the date: ", Tuesday,", " on Monday".
    static const QRegularExpression tail(
        QStringLiteral("[\\s,]*(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\\s,.]*$"));
    prefix.remove(tail);
    static const QRegularExpression month(
        QStringLiteral("^(January|February|March|April|May|June|July|August|"
                       "September|October|November|December)$"));
    static const QRegularExpression placeRe(
        QStringLiteral(
            "\\b(?:in|at|near|outside|from)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:of\\s+|de\\s+|"
            "el\\s+|al\\s+)?"
            "\\p{Lu}[\\p{L}'’.\\-]*)*(?:,\\s*\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*)*)*)"),
        unicode);
    QString best;
    auto it = placeRe.globalMatch(prefix);
    while (it.hasNext()) {
        const auto m = it.next();
        // With a date, the place is the phrase right before it; without one, the last such phrase.
        if (!date.isEmpty() && m.capturedEnd() < prefix.size())
            continue;
        best = m.captured(1);
    }
    if (best.isEmpty())
        return {};
    // Never swallow a month name into the place ("North Korea June").
    QStringList words = best.split(QLatin1Char(' '));
    while (!words.isEmpty() && month.match(words.last()).hasMatch())
        words.removeLast();
    best = words.join(QLatin1Char(' '));
    static const QRegularExpression trailingPunctuation(QStringLiteral("[,.]+$"));
    best.remove(trailingPunctuation);
    if (best.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        best = best.mid(4);
    return best.trimmed();
}

bool CaptionParser::isFilePhoto(const QString &caption, const QString &credit)
{
    static const QRegularExpression lead(QStringLiteral("^\\s*(FILE PHOTO|FILE\\s*[-–—:]|File photo:|АРХИВ|"
                                                        "Архивное фото|자료사진)"),
                                         unicode);
    static const QRegularExpression creditFile(QStringLiteral("\\bfile( photo)?\\b|архив|자료사진"),
                                               QRegularExpression::CaseInsensitiveOption | unicode);
    return lead.match(caption).hasMatch() || creditFile.match(credit).hasMatch();
}

CaptionParts CaptionParser::parse(const QString &text)
{
    CaptionParts parts;
    const auto [caption, credit] = splitCredit(text);
    parts.caption = caption;
    parts.credit = credit;
    parts.takenDate = takenDate(caption);
    parts.place = place(caption);
    parts.filePhoto = isFilePhoto(caption, credit);
    return parts;
}

} // namespace ww
