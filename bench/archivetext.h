#pragma once

// Deterministic news-like text for the scale archive (header-only): per-language word pools with a Zipf
// distribution (a few words everywhere, a long tail of rare ones, as in real text), country names in the
// article's script, and titles/summaries/bodies of realistic lengths. Same seed, same archive.
#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace wwbench {

// xorshift64*: fast, good enough for picking words, and the same on every machine.
class GenRng
{
public:
    explicit GenRng(uint64_t seed) : m_s(seed ? seed : 0x9E3779B97F4A7C15ULL) {}
    uint64_t next()
    {
        m_s ^= m_s >> 12;
        m_s ^= m_s << 25;
        m_s ^= m_s >> 27;
        return m_s * 0x2545F4914F6CDD1DULL;
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % uint64_t(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    uint64_t m_s;
};

// Picks an index with probability proportional to its weight.
class WeightedPick
{
public:
    WeightedPick() = default;
    explicit WeightedPick(const QList<double> &weights)
    {
        double sum = 0;
        for (double w : weights)
            m_cumulative << (sum += w);
    }
    static WeightedPick zipf(int n, double exponent)
    {
        QList<double> w;
        for (int r = 0; r < n; ++r)
            w << 1.0 / std::pow(r + 1.0, exponent);
        return WeightedPick(w);
    }
    int pick(GenRng &rng) const
    {
        const double x = rng.unit() * m_cumulative.constLast();
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) - m_cumulative.cbegin());
    }
    int size() const { return int(m_cumulative.size()); }

private:
    QList<double> m_cumulative;
};

// One language's vocabulary: real common words first (they get the Zipf head), then invented words
// made of the script's syllables for the long tail.
struct WordPool
{
    QStringList words;
    WeightedPick pick;
    bool spaced = true; // every pooled language separates words with spaces

    static WordPool make(const QString &realWords, const QStringList &syllables, int tail, GenRng &rng)
    {
        WordPool p;
        p.words = realWords.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < tail; ++i) {
            QString w;
            const int parts = 2 + rng.below(3);
            for (int s = 0; s < parts; ++s)
                w += syllables.at(rng.below(int(syllables.size())));
            p.words << w;
        }
        p.pick = WeightedPick::zipf(int(p.words.size()), 1.07);
        return p;
    }
    const QString &word(GenRng &rng) const { return words.at(pick.pick(rng)); }
};

inline QStringList syllablesOf(const QString &s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The languages of the archive with their share of articles.
struct LanguageInfo
{
    QString code;
    double weight;
};

inline const QList<LanguageInfo> &archiveLanguages()
{
    static const QList<LanguageInfo> langs = {
        {QStringLiteral("en"), 52}, {QStringLiteral("ru"), 12}, {QStringLiteral("uk"), 5},
        {QStringLiteral("ko"), 6},  {QStringLiteral("ar"), 6},  {QStringLiteral("fr"), 7},
        {QStringLiteral("de"), 6},  {QStringLiteral("es"), 6},
    };
    return langs;
}

inline WordPool wordPoolFor(const QString &lang, GenRng &rng)
{
    const QStringList latin = syllablesOf(QStringLiteral(
        "ka to ri ma sel ven dor ta lin mer gan bel sto par ex tri al cor del fin gra hol ist jun mon nor "
        "pre qua ros sur tan ver wel zan ber cha dri eph"));
    const QStringList cyr = syllablesOf(QString::fromUtf8(
        "ка ро ми сто ва ли не ра ко ту пре ден вор гра зов ски ель мин тор бо ре ша жи ла ну про"));
    const QStringList hangul = syllablesOf(QString::fromUtf8(
        "가 나 다 라 마 바 사 아 자 차 한 국 민 정 부 대 통 령 회 의 경 제 문 화 북 남 군 사 외 교"));
    const QStringList arabic =
        syllablesOf(QString::fromUtf8("ال وز ير قا ل حك وم ة رئ يس دو لة مج لس سل ام حر ب اق تص اد شع ب"));
    constexpr int kTail = 6000;
    if (lang == QLatin1String("en"))
        return WordPool::make(
            QStringLiteral(
                "the of to and in a said on for that is with was by as at from it has have be will "
                "government "
                "minister president officials country military talks sanctions missile security foreign "
                "ministry statement week year people police election war forces attack troops border "
                "agreement economic trade oil gas prices energy market bank report news agency according "
                "spokesman leaders summit meeting visit crisis support aid defence nuclear test launch "
                "conflict ceasefire peace negotiations refugees protest parliament vote court law policy "
                "state capital city region province official told reporters added also but not after "
                "before during against over under between new former first last two three million billion "
                "percent since while would could should may must more than about into other which who "
                "their its his her they we our this these those there been were had did does early late "
                "Monday Tuesday Wednesday Thursday Friday Saturday Sunday drone strike grain exports "
                "inflation interest rates currency budget deal framework alliance envoy delegation "
                "humanitarian corridor earthquake flood wildfire climate emissions vaccine outbreak "
                "hospital schools students workers union strike shipping port airport railway bridge "
                "satellite cyber hackers intelligence spy arrest detained prison sentence trial verdict "
                "opposition coalition campaign candidate polls turnout referendum constitution reform "
                "corruption investigation probe scandal resignation appointed"),
            latin, kTail, rng);
    if (lang == QLatin1String("ru"))
        return WordPool::make(
            QString::fromUtf8("в и на с по что не о к из за от для как это заявил сообщил министр "
                              "президент правительство страны переговоры санкции ракета безопасность "
                              "МИД года году неделе войска границы соглашение экономика нефть газ цены "
                              "рынок банк агентство источник представитель саммит встреча визит кризис "
                              "помощь оборона ядерный испытание конфликт мир беженцы протест парламент "
                              "суд закон регион город официальный также однако после до против более "
                              "миллионов процентов выборы кандидат оппозиция расследование задержан"),
            cyr, kTail, rng);
    if (lang == QLatin1String("uk"))
        return WordPool::make(
            QString::fromUtf8("в і на з по що не про до від для як це заявив повідомив міністр "
                              "президент уряд країни переговори санкції ракета безпека МЗС року тижня "
                              "війська кордону угода економіка нафта газ ціни ринок банк агентство "
                              "джерело саміт зустріч візит криза допомога оборона удар обстріл область "
                              "місто також однак після проти більше мільйонів відсотків вибори"),
            cyr, kTail, rng);
    if (lang == QLatin1String("ko"))
        return WordPool::make(
            QString::fromUtf8("정부 대통령 북한 미사일 발사 외교부 장관 회담 제재 안보 국방부 군사 "
                              "경제 무역 수출 시장 은행 금리 물가 통신 연합뉴스 발표 기자 회견 협상 "
                              "합의 국회 선거 후보 여당 야당 법원 검찰 수사 지역 도시 관계자 이번 "
                              "지난 올해 내년 세계 국제 평화 전쟁 협력 지원 위기 사고 재난"),
            hangul, kTail, rng);
    if (lang == QLatin1String("ar"))
        return WordPool::make(
            QString::fromUtf8("في من على إلى عن مع أن قال وزير رئيس الحكومة الخارجية الدولة مجلس "
                              "الأمن السلام الحرب المفاوضات العقوبات الصواريخ الاقتصاد النفط الغاز "
                              "الأسعار السوق البنك وكالة مصدر المتحدث القمة اللقاء الزيارة الأزمة "
                              "المساعدات الدفاع النووي الصراع اللاجئين البرلمان المحكمة القانون "
                              "المنطقة المدينة العاصمة الانتخابات المعارضة التحقيق"),
            arabic, kTail, rng);
    if (lang == QLatin1String("fr"))
        return WordPool::make(QStringLiteral("le la les de des du et en un une pour que qui dans sur par "
                                             "avec a est ont gouvernement ministre président pays sanctions "
                                             "sécurité accord économie marché prix guerre paix réfugiés "
                                             "élections sommet négociations selon porte-parole"),
                              latin, kTail, rng);
    if (lang == QLatin1String("de"))
        return WordPool::make(
            QStringLiteral("der die das und in den von zu mit sich des auf für ist im "
                           "dem nicht ein eine als auch es an Regierung Minister Präsident "
                           "Land Sanktionen Sicherheit Abkommen Wirtschaft Markt Preise "
                           "Krieg Frieden Flüchtlinge Wahlen Gipfel Verhandlungen Sprecher"),
            latin, kTail, rng);
    return WordPool::make(QStringLiteral("el la los las de del y en un una para que por con se es su al "
                                         "gobierno ministro presidente país sanciones seguridad acuerdo "
                                         "economía mercado precios guerra paz refugiados elecciones cumbre "
                                         "negociaciones portavoz según"),
                          latin, kTail, rng);
}

// Which script a language writes in, to pick a country's name the reader of that language would see.
inline int scriptOf(const QString &lang)
{
    if (lang == QLatin1String("ru") || lang == QLatin1String("uk"))
        return 1;
    if (lang == QLatin1String("ko"))
        return 2;
    if (lang == QLatin1String("ar"))
        return 3;
    return 0;
}

inline int scriptOfText(const QString &s)
{
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u >= 0x0400 && u <= 0x04FF)
            return 1;
        if (u >= 0xAC00 && u <= 0xD7AF)
            return 2;
        if (u >= 0x0600 && u <= 0x06FF)
            return 3;
    }
    return 0;
}

// Sentence and paragraph builder over one pool.
class TextSynth
{
public:
    TextSynth(const WordPool &pool, GenRng &rng) : m_pool(pool), m_rng(rng) {}

    // `names` are inserted now and then (countries, places) so country search and tagging have matter.
    QString sentence(const QStringList &names, int words)
    {
        QString s;
        s.reserve(words * 8);
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                s += QLatin1Char(' ');
            if (!names.isEmpty() && m_rng.chance(0.05))
                s += names.at(m_rng.below(int(names.size())));
            else
                s += m_pool.word(m_rng);
        }
        if (!s.isEmpty())
            s[0] = s.at(0).toUpper();
        s += QLatin1Char('.');
        return s;
    }
    QString title(const QStringList &names)
    {
        QString t = sentence({}, 5 + m_rng.below(8));
        t.chop(1);
        if (!names.isEmpty())
            t = names.first() + QStringLiteral(": ") + t;
        return t;
    }
    // Paragraphs separated by blank lines, about `words` words in all.
    QString body(const QStringList &names, int words)
    {
        QString b;
        b.reserve(words * 8);
        int left = words;
        while (left > 0) {
            const int sentences = 2 + m_rng.below(4);
            for (int i = 0; i < sentences && left > 0; ++i) {
                const int n = std::min(left, 8 + m_rng.below(18));
                if (i > 0)
                    b += QLatin1Char(' ');
                b += sentence(names, n);
                left -= n;
            }
            if (left > 0)
                b += QStringLiteral("\n\n");
        }
        return b;
    }

private:
    const WordPool &m_pool;
    GenRng &m_rng;
};

} // namespace wwbench
