#include "analysis/peopleextractor.h"

#include <QRegularExpression>

#include <algorithm>

namespace ww {

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

// A capitalised Latin or Cyrillic name of two to four words ("Kim Jong Un", "Jae C. Hong").
// Words like "Jean-Pierre" and "O’Brien" included.
const QString NameLatin = QStringLiteral(
    R"((\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)*(?:\s+(?:\p{Lu}\p{Ll}*(?:[\-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}\.)){1,3}))");

// Words that never belong to a person's name; a candidate holding one is an organisation, place or date.
bool hasNonNameWord(const QString &name)
{
    static const QStringList words = {
        QStringLiteral("Ministry"),   QStringLiteral("Council"),  QStringLiteral("House"),
        QStringLiteral("Nations"),    QStringLiteral("States"),   QStringLiteral("Union"),
        QStringLiteral("Duma"),       QStringLiteral("Security"), QStringLiteral("Foreign"),
        QStringLiteral("Court"),      QStringLiteral("Party"),    QStringLiteral("Army"),
        QStringLiteral("Government"), QStringLiteral("Office"),   QStringLiteral("News"),
        QStringLiteral("Agency"),     QStringLiteral("Korea"),    QStringLiteral("Korean"),
        QStringLiteral("Monday"),     QStringLiteral("Tuesday"),  QStringLiteral("Wednesday"),
        QStringLiteral("Thursday"),   QStringLiteral("Friday"),   QStringLiteral("Saturday"),
        QStringLiteral("Sunday"),     QStringLiteral("January"),  QStringLiteral("February"),
        QStringLiteral("March"),      QStringLiteral("April"),    QStringLiteral("June"),
        QStringLiteral("July"),       QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"),    QStringLiteral("November"), QStringLiteral("December"),
        QStringLiteral("Kremlin"),    QStringLiteral("Pentagon"), QStringLiteral("Department"),
        QStringLiteral("Committee"),  QStringLiteral("Republic"), QStringLiteral("Kingdom"),
        QStringLiteral("Forces"),     QStringLiteral("Bank"),     QStringLiteral("University"),
        QStringLiteral("Times"),      QStringLiteral("Post"),     QStringLiteral("Press"),
        QStringLiteral("Street"),     QStringLiteral("Sea"),      QStringLiteral("Square"),
        QStringLiteral("The"),        QStringLiteral("Minister"), QStringLiteral("President"),
        QStringLiteral("Reuters"),    QStringLiteral("Interfax"), QStringLiteral("Yonhap"),
        QStringLiteral("Sputnik"),    QStringLiteral("Xinhua"),   QStringLiteral("Staff"),
        QStringLiteral("МИД"),        QStringLiteral("России"),   QStringLiteral("Украины"),
        QStringLiteral("України"),    QStringLiteral("РФ"),       QStringLiteral("США"),
        QStringLiteral("КНДР"),       QStringLiteral("Кремля"),
    };
    // Titles and nationalities: "Chairman Mao said" or "Russian officials said" name nobody in full.
    static const QStringList titles =
        QStringLiteral("Chairman Chairwoman Secretary General Spokesman Spokeswoman Leader Prime Chancellor "
                       "Governor Mayor Senator "
                       "King Queen Prince Pope Ambassador Envoy Director Commander Officials Premier Deputy "
                       "Chief Vice Russian "
                       "Ukrainian Chinese American British French German Japanese Iranian Israeli Turkish "
                       "Indian North South "
                       "West East United National Federal State Supreme")
            .split(QLatin1Char(' '));
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(),
                       [](const QString &p) { return words.contains(p) || titles.contains(p); });
}

// Korean words that stand before a title but are not names ("러시아 대통령" is Russia's president).
bool isKoreanNonName(const QString &w)
{
    static const QStringList words = {
        QStringLiteral("러시아"),     QStringLiteral("북한"),     QStringLiteral("미국"),
        QStringLiteral("한국"),       QStringLiteral("중국"),     QStringLiteral("일본"),
        QStringLiteral("우크라이나"), QStringLiteral("외교부"),   QStringLiteral("국방부"),
        QStringLiteral("통일부"),     QStringLiteral("대통령실"), QStringLiteral("전"),
        QStringLiteral("현"),         QStringLiteral("부"),       QStringLiteral("당시"),
        QStringLiteral("신임"),       QStringLiteral("국무"),     QStringLiteral("조선"),
        QStringLiteral("남한"),       QStringLiteral("정부"),
    };
    return words.contains(w);
}

bool koreanSurnameFirst(const QString &token)
{
    // East Asian names put the family name first ("Mao Ning" -> "Mao said").
    static const QStringList surnames =
        QStringLiteral(
            "Kim Lee Park Choi Choe Ri Moon Yoon Yun Jung Jeong Cho Kang Yoo Jang Lim Oh Seo Shin Kwon "
            "Hwang Ahn Hong Xi Li Wang Mao Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo "
            "Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang "
            "Du Ye Cheng Wei Su Lu Ding Shen Yao Qin")
            .split(QLatin1Char(' '));
    return surnames.contains(token);
}

} // namespace

bool PeopleExtractor::acceptable(const QString &name) const
{
    if (name.size() < 3 || name.size() > 60 || hasNonNameWord(name))
        return false;
    return !(m_isPlace && m_isPlace(name));
}

QStringList PeopleExtractor::extract(QStringView input) const
{
    const QString text = input.left(MaxTextLength).toString();
    struct Found
    {
        qsizetype position;
        QString name;
    };
    QList<Found> found;

    static const QRegularExpression titled(
        QStringLiteral(
            R"(\b(?i:Vice President|President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Minister|)"
            R"(spokes(?:wo)?man|spokesperson|[Ll]eader|Chancellor|Secretary(?:-General)?|Secretary of State|)"
            R"(ambassador|[Ee]nvoy|General|Gen\.|Senator|Sen\.|Rep\.|Governor|Gov\.|Mayor|King|Queen|)"
            R"(Prince|Pope|Chairman|Chairwoman|CEO|[Dd]irector|[Cc]ommander|adviser|aide|prosecutor|)"
            R"(judge|lawyer|Mr\.|Mrs\.|Ms\.|Dr\.|official|lawmaker|analyst|[Pp]rofessor|[Pp]remier|)"
            R"(chief|deputy|head|Patriarch|Lieutenant|Colonel|Admiral|Marshal)\s+)") +
            NameLatin,
        Unicode);
    static const QRegularExpression apposition(
        NameLatin +
            QStringLiteral(
                R"(,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’\-]+\s+){0,4}?)"
                R"((?:spokes(?:wo)?man|spokesperson|minister|president|leader|ambassador|envoy|)"
                R"(chief|director|adviser|official|head|governor|mayor|analyst|professor|lawmaker)\b)"),
        Unicode);
    static const QRegularExpression speechAfter(
        NameLatin + QStringLiteral(R"(\s+(?:said|says|told|added|stated|wrote|warned|noted|insisted)\b)"),
        Unicode);
    static const QRegularExpression speechBefore(QStringLiteral(R"(\b(?:said|says|added|wrote)\s+)") +
                                                     NameLatin + QStringLiteral(R"((?=[,.;]))"),
                                                 Unicode);
    static const QRegularExpression titledCyrillic(
        QStringLiteral(
            R"((?:^|[^\p{L}])(?i:[Пп]резидент[ау]?|[Пп]ремьер-министр|[Пп]рем'єр-міністр|[Мм]инистр|)"
            R"([Мм]іністр|[Гг]лав[аы]|[Лл]идер|[Лл]ідер|официальный представитель|[Пп]ресс-секретарь|)"
            R"([Пп]редставитель|[Рр]ечни(?:к|ця)|[Пп]осол|[Гг]енсек|[Гг]убернатор|[Мм]эр|[Гг]олов[аи]|)"
            R"([Оо]чільник|[Сс]пикер)\s+((?:[\p{Lu}][\p{L}'’\-]*\s+){0,4})(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}\-])(?!\s+\p{Lu}))"),
        Unicode);
    static const QRegularExpression speechCyrillic(
        QStringLiteral(
            R"((\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(?:заявил[аи]?|сказал[аи]?|отметил[аи]?|сообщил[аи]?|)"
            R"(заявив|заявила|сказав|сказала|зазначив|зазначила|наголосив|наголосила)\b)"),
        Unicode);
    static const QRegularExpression korean(
        QStringLiteral(
            R"((?:^|[\s(\[“"'‘,·])(\p{Hangul}{2,4})\s*(?:대통령|국무위원장|위원장|총비서|총리|장관|대변인|외무상|)"
            R"(대사|의원|부장|비서실장))"),
        Unicode);

    const auto collect = [&](const QRegularExpression &re, int group) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            QString name = m.captured(group).simplified();
            // "Kim Jong Un attend" stops at lower case already; a trailing initial or possessive goes.
            static const QRegularExpression possessive(QStringLiteral(R"(['’]s$)"));
            name.remove(possessive);
            if (acceptable(name))
                found.append({m.capturedStart(group), name});
        }
    };
    collect(titled, 1);
    collect(apposition, 1);
    collect(speechAfter, 1);
    collect(speechBefore, 1);
    collect(titledCyrillic, 2);
    collect(speechCyrillic, 1);
    {
        auto it = korean.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString name = m.captured(1);
            if (!isKoreanNonName(name) && !(m_isPlace && m_isPlace(name)))
                found.append({m.capturedStart(1), name});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Found &a, const Found &b) { return a.position < b.position; });

    QStringList people;
    for (const Found &f : found) {
        if (!people.contains(f.name))
            people.append(f.name);
    }
    // A shorter form of a fuller name found elsewhere ("Vladimir Putin" vs "Putin") folds into the full one.
    QStringList out;
    for (const QString &p : people) {
        const bool covered = std::any_of(people.begin(), people.end(), [&](const QString &other) {
            return other != p && other.size() > p.size() &&
                   (other.endsWith(QLatin1Char(' ') + p) || other.startsWith(p + QLatin1Char(' ')));
        });
        if (!covered)
            out.append(p);
    }
    return out;
}

QList<PeopleExtractor::Mention> PeopleExtractor::mentions(const QStringList &people, QStringView text)
{
    // A plain scan rather than a pattern per person: a regular expression built per name costs a
    // PCRE2 compile and JIT pass for every person of every article, more than the search itself.
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };
    QList<Mention> out;
    for (const QString &person : people) {
        if (person.isEmpty())
            continue;
        const QStringList parts = person.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList forms{person};
        const bool cyrillic = person.front().script() == QChar::Script_Cyrillic;
        if (parts.size() > 1) {
            QString surname = parts.back();
            // Russian and Ukrainian surnames decline from a stem: "Захаров-а/-ой", "Зеленськ-ий/-ого".
            if (cyrillic && surname.size() > 5) {
                while (surname.size() > 4 && QStringLiteral("аяйьоеиыі").contains(surname.back()))
                    surname.chop(1);
            }
            forms.append(surname);
            if (koreanSurnameFirst(parts.front()))
                forms.append(parts.front());
        }
        // Russian and Ukrainian surnames decline: "Захаровой", "Зеленського" (up to three lower-case
        // letters). Korean names take particles: "김정은이", "김정은은" (up to three syllables).
        const bool hangul = person.front().script() == QChar::Script_Hangul;
        const auto isTail = [&](QChar c) {
            return cyrillic ? c.category() == QChar::Letter_Lowercase
                            : hangul && c.script() == QChar::Script_Hangul;
        };
        // The end of a whole-word match of `form` at `at` (its inflection included), or -1.
        const auto matchEnd = [&](const QString &form, qsizetype at) -> qsizetype {
            if (at > 0 && isWordChar(text.at(at - 1)))
                return -1;
            const qsizetype stem = at + form.size();
            qsizetype longest = 0;
            while (longest < 3 && stem + longest < text.size() && isTail(text.at(stem + longest)))
                ++longest;
            for (qsizetype k = longest; k >= 0; --k) { // the longest inflection that ends a word
                if (stem + k == text.size() || !isWordChar(text.at(stem + k)))
                    return stem + k;
            }
            return -1;
        };
        qsizetype pos = 0;
        while (pos < text.size()) {
            // The leftmost match of any form; at one position the forms are tried in order.
            qsizetype bestStart = -1, bestEnd = -1;
            for (const QString &form : std::as_const(forms)) {
                for (qsizetype at = text.indexOf(form, pos); at >= 0 && (bestStart < 0 || at < bestStart);
                     at = text.indexOf(form, at + 1)) {
                    if (const qsizetype e = matchEnd(form, at); e >= 0) {
                        bestStart = at;
                        bestEnd = e;
                        break;
                    }
                }
            }
            if (bestStart < 0)
                break;
            out.append({bestStart, bestEnd - bestStart, person});
            pos = bestEnd;
        }
    }
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    // Overlaps (the surname inside the full name) keep the longest, which sorts first.
    QList<Mention> unique;
    for (const Mention &m : out) {
        if (unique.isEmpty() || m.position >= unique.back().position + unique.back().length)
            unique.append(m);
    }
    return unique;
}

QString PeopleExtractor::resolve(const QStringList &people, QStringView name)
{
    const auto found = mentions(people, name);
    if (found.size() == 1 && found.front().position == 0 && found.front().length == name.size())
        return found.front().person;
    return {};
}

} // namespace ww
