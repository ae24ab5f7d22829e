#include "analysis/creditparser.h"

#include "analysis/agencyregistry.h"

#include <QRegularExpression>

namespace ww {

namespace {

enum class Qualifier { None, File, Pool, Handout, Noise };

// Words that qualify a credit rather than name anyone. Compared case-folded.
Qualifier qualifierOf(const QString &word)
{
    static const QStringList file = {
        QStringLiteral("file"),     QStringLiteral("file photo"), QStringLiteral("archive"),
        QStringLiteral("архив"),    QStringLiteral("архів"),      QStringLiteral("архивное фото"),
        QStringLiteral("자료사진"), QStringLiteral("资料图"),     QStringLiteral("资料照片"),
    };
    static const QStringList pool = {
        QStringLiteral("pool"),           QStringLiteral("pool photo"), QStringLiteral("пул"),
        QStringLiteral("사진공동취재단"), QStringLiteral("공동취재단"), QStringLiteral("공동취재사진"),
    };
    static const QStringList handout = {
        QStringLiteral("handout"),     QStringLiteral("handout photo"), QStringLiteral("courtesy"),
        QStringLiteral("courtesy of"), QStringLiteral("提供"),          QStringLiteral("제공"),
    };
    static const QStringList noise = {
        QStringLiteral("photo"),      QStringLiteral("photos"),       QStringLiteral("photograph"),
        QStringLiteral("picture"),    QStringLiteral("image"),        QStringLiteral("staff"),
        QStringLiteral("stringer"),   QStringLiteral("фото"),         QStringLiteral("사진"),
        QStringLiteral("기자"),       QStringLiteral("특파원"),       QStringLiteral("摄"),
        QStringLiteral("记者"),       QStringLiteral("記者"),         QStringLiteral("by"),
        QStringLiteral("credit"),     QStringLiteral("illustration"), QStringLiteral("иллюстрация"),
        QStringLiteral("ілюстрація"),
    };
    const QString w = word.toCaseFolded();
    if (file.contains(w))
        return Qualifier::File;
    if (pool.contains(w))
        return Qualifier::Pool;
    if (handout.contains(w))
        return Qualifier::Handout;
    if (noise.contains(w))
        return Qualifier::Noise;
    return Qualifier::None;
}

bool isNameWord(const QString &w)
{
    static const QStringList particles = {
        QStringLiteral("de"),  QStringLiteral("da"),  QStringLiteral("van"),
        QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("bin"),
        QStringLiteral("al"),  QStringLiteral("la"),  QStringLiteral("del")};
    if (particles.contains(w))
        return true;
    if (w.isEmpty() || !w.front().isUpper())
        return false;
    for (QChar c : w) {
        if (!c.isLetter() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('\'') &&
            c != QChar(0x2019))
            return false;
    }
    return true;
}

// Words that make a capitalised phrase an organisation ("Ukrainian Presidential Press Service").
bool hasOrganisationWord(const QStringList &words)
{
    static const QStringList orgWords = {
        QStringLiteral("press"),      QStringLiteral("service"),      QStringLiteral("office"),
        QStringLiteral("ministry"),   QStringLiteral("agency"),       QStringLiteral("news"),
        QStringLiteral("army"),       QStringLiteral("forces"),       QStringLiteral("police"),
        QStringLiteral("government"), QStringLiteral("kremlin"),      QStringLiteral("administration"),
        QStringLiteral("department"), QStringLiteral("council"),      QStringLiteral("committee"),
        QStringLiteral("media"),      QStringLiteral("tv"),           QStringLiteral("television"),
        QStringLiteral("radio"),      QStringLiteral("images"),       QStringLiteral("university"),
        QStringLiteral("command"),    QStringLiteral("presidential"), QStringLiteral("handout"),
        QStringLiteral("network"),    QStringLiteral("group"),        QStringLiteral("photos"),
    };
    return std::any_of(words.begin(), words.end(),
                       [](const QString &w) { return orgWords.contains(w.toCaseFolded()); });
}

bool looksLikePerson(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5)
        return false;
    const QChar first = text.front();
    if (first.script() == QChar::Script_Hangul || first.script() == QChar::Script_Han)
        return words.size() == 1 && text.size() >= 2 && text.size() <= 4;
    if (words.size() < 2 || hasOrganisationWord(words))
        return false;
    return std::all_of(words.begin(), words.end(), isNameWord) && isNameWord(words.front()) &&
           words.front().front().isUpper();
}

// Phrases that say the photo has no traceable source.
bool isNoSource(const QString &folded)
{
    static const QStringList phrases = {
        QStringLiteral("social media"),     QStringLiteral("открытых источников"),
        QStringLiteral("відкритих джерел"), QStringLiteral("соцсет"),
        QStringLiteral("соцмереж"),         QStringLiteral("unsplash"),
    };
    return std::any_of(phrases.begin(), phrases.end(), [&](const QString &p) { return folded.contains(p); });
}

} // namespace

struct CreditParser::Token
{
    QString agency; // canonical, from the registry
    QString person;
    QString organisation; // not in the registry, kept as written
    bool file = false;
    bool pool = false;
    bool handout = false;
    QList<Token> more; // what followed an agency inside one token ("AP Photo", "Reuters Handout")
};

CreditParser::Token CreditParser::classify(QString text) const
{
    Token token;
    text = text.trimmed();
    while (text.size() >= 2 && ((text.front() == QLatin1Char('(') && text.back() == QLatin1Char(')')) ||
                                (text.front() == QLatin1Char('[') && text.back() == QLatin1Char(']'))))
        text = text.mid(1, text.size() - 2).trimmed();
    if (text.isEmpty())
        return token;
    if (const Agency *a = m_registry.find(text)) {
        token.agency = a->name;
        return token;
    }
    switch (qualifierOf(text)) {
    case Qualifier::File:
        token.file = true;
        return token;
    case Qualifier::Pool:
        token.pool = true;
        return token;
    case Qualifier::Handout:
        token.handout = true;
        return token;
    case Qualifier::Noise:
        return token;
    case Qualifier::None:
        break;
    }
    // Peel qualifier words off both ends: "AP Photo", "Pool Photo", "홍길동 기자", "新华社记者 李响 摄".
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto peel = [&](const QString &w) {
        switch (qualifierOf(w)) {
        case Qualifier::File:
            token.file = true;
            return true;
        case Qualifier::Pool:
            token.pool = true;
            return true;
        case Qualifier::Handout:
            token.handout = true;
            return true;
        case Qualifier::Noise:
            return true;
        case Qualifier::None:
            break;
        }
        return false;
    };
    while (words.size() > 1 && peel(words.back()))
        words.removeLast();
    while (words.size() > 1 && peel(words.front()))
        words.removeFirst();
    text = words.join(QLatin1Char(' '));
    if (const Agency *a = m_registry.find(text)) {
        token.agency = a->name;
        return token;
    }
    // An agency name leading the token: "TASS Host Photo Agency", "新华社记者 李响".
    const AgencyMatch lead = m_registry.matchAt(text, 0);
    if (lead.agency >= 0 && lead.length < text.size()) {
        token.agency = m_registry.agency(lead.agency)->name;
        const QString rest = text.mid(lead.length).trimmed();
        if (!rest.isEmpty())
            token.more.append(classify(rest));
        return token;
    }
    if (looksLikePerson(text))
        token.person = text;
    else if (!isNoSource(text.toCaseFolded()))
        token.organisation = text;
    return token;
}

ParsedCredit CreditParser::parse(QStringView credit) const
{
    return parse(credit, QStringView());
}

ParsedCredit CreditParser::parse(QStringView credit, QStringView publisher) const
{
    ParsedCredit out;
    QString s = credit.left(MaxCreditLength).toString().simplified();
    if (s.isEmpty())
        return out;

    // Korean notes in brackets: "[합동참모본부 제공. 재판매 및 DB 금지] 연합뉴스" - a handout from the
    // named body, resale barred; the credit proper follows.
    static const QRegularExpression koreanNote(QStringLiteral(R"(\[([^\[\]]*(?:제공|금지)[^\[\]]*)\])"));
    if (const auto m = koreanNote.match(s); m.hasMatch() && m.capturedLength() < s.size()) {
        out.handout = m.captured(1).contains(QStringLiteral("제공"));
        s = QString(s.left(m.capturedStart()) + QLatin1Char(' ') + s.mid(m.capturedEnd())).simplified();
    }

    // Korean wire form: "(서울=연합뉴스) 홍길동 기자" - place=agency, then the reporter.
    static const QRegularExpression korean(
        QStringLiteral(R"(^[(\[]([^()=\[\]]{1,20})=([^()\[\]]{1,30})[)\]]\s*(.*)$)"));
    if (const auto m = korean.match(s); m.hasMatch())
        s = m.captured(2) + QLatin1Char('/') + m.captured(3);

    // Labels in front of the credit itself.
    static const QRegularExpression prefix(
        QStringLiteral(
            R"(^(?:(?:photo(?:graph)?s?|pictures?|images?|credit|фото(?:графия)?|світлина|사진|图片?|圖)\s*(?:by\b|[:=：|\-–—])|\(c\)|©|copyright\b)\s*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (int i = 0; i < 3; ++i) {
        const auto m = prefix.match(s);
        if (!m.hasMatch())
            break;
        s = s.mid(m.capturedLength()).trimmed();
    }
    // A trailing year belongs to a copyright line, not to anyone's name.
    static const QRegularExpression year(QStringLiteral(R"(^(?:\d{4}\s+)|(?:\s+\d{4})$)"));
    s.remove(year);

    static const QRegularExpression via(QStringLiteral(R"(\s+via\s+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QStringList halves = s.split(via);
    static const QRegularExpression separators(QStringLiteral(R"(\s*[/|;,]\s*)"));

    QStringList extraAgencies;
    for (qsizetype half = 0; half < halves.size() && half < 2; ++half) {
        const bool viaPart = half == 1;
        QList<Token> tokens;
        for (const QString &part : halves[half].split(separators, Qt::SkipEmptyParts)) {
            Token t = classify(part);
            tokens.append(t);
            tokens.append(t.more);
        }
        for (const Token &t : tokens) {
            out.filePhoto = out.filePhoto || t.file;
            out.pool = out.pool || t.pool;
            out.handout = out.handout || t.handout;
            if (!t.person.isEmpty() && out.photographer.isEmpty())
                out.photographer = t.person;
            const QString org = !t.agency.isEmpty() ? t.agency : t.organisation;
            if (org.isEmpty())
                continue;
            if (viaPart) {
                if (out.distributor.isEmpty())
                    out.distributor = org;
            } else if (out.originAgency.isEmpty()) {
                out.originAgency = org;
            } else if (!t.agency.isEmpty() && t.agency != out.originAgency) {
                extraAgencies.append(t.agency);
            }
        }
    }
    // "AFP/Getty Images": a second agency without "via" is the one that distributed the picture.
    if (out.distributor.isEmpty() && !extraAgencies.isEmpty() && halves.size() < 2)
        out.distributor = extraAgencies.front();
    // The outlet's own name: a staff photo, no agency.
    if (!publisher.trimmed().isEmpty()) {
        const QString pub = AgencyRegistry::normalize(publisher);
        for (QString *org : {&out.originAgency, &out.distributor}) {
            if (!org->isEmpty() && !m_registry.find(*org) && AgencyRegistry::normalize(*org).startsWith(pub))
                org->clear();
        }
    }
    // A single agency both made and carried the picture ("REUTERS/Name", "AP Photo/Name", "(AFP)").
    const Agency *origin = m_registry.find(out.originAgency);
    if (out.distributor.isEmpty() && origin && origin->kind != Agency::Kind::Outlet)
        out.distributor = origin->name;
    if (out.originAgency.isEmpty() && !out.distributor.isEmpty() && !out.handout)
        out.originAgency = out.distributor;
    return out;
}

} // namespace ww
