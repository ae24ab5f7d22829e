#include "analysis/countrytagger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ww;

// Country tagging as the analyst sees it: which codes, which one the story is about, and the traps.
class TestCountryTagger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void codes_data();
    void codes();
    void seedArticle();
    void ranking();
    void dateline();
    void labelledSet();

private:
    static QStringList codesOf(const QList<CountryMention> &ms);
    const CountryTagger *m_tagger = nullptr;
};

QStringList TestCountryTagger::codesOf(const QList<CountryMention> &ms)
{
    QStringList out;
    for (const CountryMention &m : ms)
        out << m.code;
    std::sort(out.begin(), out.end());
    return out;
}

void TestCountryTagger::initTestCase()
{
    static const CountryTagger tagger;
    m_tagger = &tagger;
}

void TestCountryTagger::codes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const char *text, const char *codes) {
        QStringList expected = QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::sort(expected.begin(), expected.end());
        QTest::addRow("%s", name) << QString::fromUtf8(text) << expected;
    };
    // English
    row("en names", "Russia and Ukraine exchanged prisoners, Turkey said.", "RU TR UA");
    row("en demonyms", "A Ukrainian drone hit a Russian refinery.", "RU UA");
    row("en metonyms", "The Kremlin said Pyongyang and Seoul should talk.", "KP KR RU");
    row("en kyiv kiev", "Officials in Kyiv, formerly spelled Kiev, denied it.", "UA");
    row("en short forms", "U.S. and UK envoys met DPRK and ROK officials; the USA agreed.", "GB KP KR US");
    row("en S.Korea N.Korea", "S.Korea warns N.Korea over balloons", "KP KR");
    row("en South/North Korean", "South Korean and North Korean troops", "KP KR");
    row("en Korea alone counts for neither", "Korea's weather and the Korean peninsula", "");
    row("en Korean alone", "a Korean restaurant", "");
    row("en White House", "The White House said on Monday", "US");
    // Georgia
    row("Georgia the country", "Protests in Georgia over the foreign agents law; Tbilisi calm.", "GE");
    row("Georgia Atlanta", "The rally in Atlanta, Georgia drew thousands.", "");
    row("Georgia governor", "Georgia governor Brian Kemp signed the bill.", "");
    row("Georgia's governor", "Georgia's governor vetoed it.", "");
    row("Georgia state of", "voters in the state of Georgia", "");
    row("Georgia Tech", "Georgia Tech won again.", "");
    row("Georgia Senate", "The Georgia Senate passed it.", "");
    // Jordan
    row("Jordan the country", "King Abdullah of Jordan met Egypt's president.", "EG JO");
    row("Michael Jordan", "Michael Jordan retired in 2003.", "");
    row("Jordan first name", "Jordan Peterson spoke in London.", "GB");
    row("Jordan River", "along the Jordan River", "");
    row("In Jordan", "In Jordan, protesters gathered.", "JO");
    // Chad
    row("Chad the country", "Chad's junta leader met officials in N'Djamena.", "TD");
    row("Chad first name", "Chad Smith played drums.", "");
    row("Chad President title case", "Chad President Visits France", "FR TD");
    // Niger / Nigeria
    row("Niger and Nigeria", "Niger's junta closed the border with Nigeria.", "NE NG");
    row("Nigerien", "Nigerien officials said", "NE");
    row("Niger Delta is Nigeria", "militants in the Niger Delta", "NG");
    // Guinea variants
    row("Guinea-Bissau", "Guinea-Bissau held elections", "GW");
    row("Equatorial Guinea", "Equatorial Guinea's oil", "GQ");
    row("Papua New Guinea", "Papua New Guinea earthquake", "PG");
    row("Guinea alone", "Guinea's junta in Conakry", "GN");
    row("guinea pig", "a guinea pig study", "");
    row("Guinea pig capitalised", "Guinea pigs were used", "");
    // Washington
    row("Washington metonym", "Washington and Beijing traded accusations.", "CN US");
    row("Washington state", "wildfires in Washington state", "");
    row("Washington Post", "according to the Washington Post", "");
    row("George Washington", "a statue of George Washington", "");
    row("Seattle Washington", "Seattle, Washington is rainy", "");
    row("Washington DC", "protest in Washington, D.C.", "US");
    // Turkey
    row("turkey the bird", "We ate turkey and stuffing.", "");
    row("Turkey the country", "Turkey's parliament approved Sweden's NATO bid.", "SE TR");
    row("Turkey sales", "Turkey sales rose before Thanksgiving.", "");
    row("Turkiye", "Türkiye hosted the talks.", "TR");
    // Congo
    row("DRC", "Fighting in eastern DRC displaced thousands.", "CD");
    row("Democratic Republic of Congo", "the Democratic Republic of Congo's army", "CD");
    row("Kinshasa", "Kinshasa accused Rwanda.", "CD RW");
    row("Republic of Congo", "the Republic of Congo's president in Brazzaville", "CG");
    row("Congo alone is DRC", "Congo's mineral exports", "CD");
    row("Congo-Brazzaville", "Congo-Brazzaville votes", "CG");
    // Others
    row("Athens Georgia", "a concert in Athens, Georgia", "");
    row("Latin America", "across Latin America and the Americas", "");
    row("Indian Ocean", "storms in the Indian Ocean", "");
    row("New Mexico", "wildfire in New Mexico", "");
    // Russian
    row("ru names", "Россия и Украина обменялись пленными", "RU UA");
    row("ru inflections", "Переговоры России с КНДР и Южной Кореей", "KP KR RU");
    row("ru adjectives", "российские и украинские военные", "RU UA");
    row("ru Kremlin", "В Кремле заявили", "RU");
    row("ru US", "США и РФ", "RU US");
    row("ru Korea alone", "на Корейском полуострове", "");
    row("ru kuba cube", "куб и Куба", "CU");
    // Ukrainian
    row("uk names", "Україна та Росія", "RU UA");
    row("uk inflections", "в Україні, з Росією, до Північної Кореї", "KP RU UA");
    row("uk Kyiv", "у Києві заявили", "UA");
    // Korean
    row("ko particles", "러시아는 북한과 한국의 관계를 언급했다", "KP KR RU");
    row("ko us japan", "미국과 일본, 중국이 참석했다", "CN JP US");
    row("ko capitals", "평양과 서울, 워싱턴", "KP KR US");
    row("ko peninsula", "한반도 정세", "");
    row("ko namhan", "남한과 북한", "KP KR");
    // Arabic
    row("ar names", "روسيا وكوريا الشمالية وأوكرانيا", "KP RU UA");
    row("ar prefixes", "اتصالات بالصين وللولايات المتحدة", "CN US");
    row("ar adjective", "القوات الروسية", "RU");
    // Chinese
    row("zh names", "俄罗斯、朝鲜和韩国", "KP KR RU");
    row("zh traditional", "美國與日本", "JP US");
    row("zh capitals", "平壤和首尔", "KP KR");
}

void TestCountryTagger::codes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(codesOf(m_tagger->tag(QString(), text)), expected);
}

void TestCountryTagger::seedArticle()
{
    QFile txt(QStringLiteral(WW_SHARED_DIR "/seed/article.txt"));
    QFile exp(QStringLiteral(WW_SHARED_DIR "/seed/article.expected.json"));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QVERIFY(exp.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(txt.readAll());
    // The extractor removes page furniture; the text file keeps the "You may be interested in" box.
    text.truncate(text.indexOf(QStringLiteral("You may be interested in")));
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    const QString title = text.left(nl);
    const QString body = text.mid(nl + 1);
    const QJsonObject countries =
        QJsonDocument::fromJson(exp.readAll()).object().value(QLatin1String("countries")).toObject();
    QVERIFY(!countries.isEmpty());

    const QList<CountryMention> ms = m_tagger->tag(title, body);
    const QStringList got = codesOf(ms);
    for (const QJsonValue &v : countries.value(QLatin1String("must")).toArray())
        QVERIFY2(got.contains(v.toString()), qPrintable(v.toString()));
    for (const QJsonValue &v : countries.value(QLatin1String("must_not")).toArray())
        QVERIFY2(!got.contains(v.toString()), qPrintable(v.toString()));
    const QJsonArray top3 = countries.value(QLatin1String("top3_any_order")).toArray();
    QVERIFY(ms.size() >= top3.size());
    for (int i = 0; i < top3.size(); ++i) {
        bool found = false;
        for (const QJsonValue &v : top3)
            found = found || v.toString() == ms.at(i).code;
        QVERIFY2(found, qPrintable(ms.at(i).code));
    }
    QCOMPARE(ms.first().code, QStringLiteral("RU"));
    for (const CountryMention &m : ms) {
        if (m.code == QLatin1String("RU") || m.code == QLatin1String("KR"))
            QVERIFY(m.inTitle);
        if (m.code == QLatin1String("KP"))
            QVERIFY(!m.inTitle);
    }
}

void TestCountryTagger::ranking()
{
    // A single title mention outweighs several late body mentions; frequency still counts.
    const QString body = QStringLiteral("Officials met. ") +
                         QString(QStringLiteral("Filler words here. ")).repeated(40) +
                         QStringLiteral("France, France and France were mentioned late.");
    const auto ms = m_tagger->tag(QStringLiteral("Chile votes on a new constitution"), body);
    QCOMPARE(ms.size(), 2);
    QCOMPARE(ms.at(0).code, QStringLiteral("CL"));
    QVERIFY(ms.at(0).inTitle);
    QCOMPARE(ms.at(0).firstPosition, -1);
    QCOMPARE(ms.at(1).code, QStringLiteral("FR"));
    QCOMPARE(ms.at(1).count, 3);
    QCOMPARE(ms.at(1).firstPosition, int(body.indexOf(QStringLiteral("France"))));
    // Earlier beats later at equal counts.
    const auto early = m_tagger->tag(QString(), QStringLiteral("Peru first. ") +
                                                    QString(QStringLiteral("x ")).repeated(200) +
                                                    QStringLiteral("Chile last."));
    QCOMPARE(early.at(0).code, QStringLiteral("PE"));
    QVERIFY(early.at(0).score > early.at(1).score);
}

void TestCountryTagger::dateline()
{
    const QString text =
        QStringLiteral("SEOUL (Reuters) - Russia's Foreign Ministry accused Japan on Monday.");
    const auto ms = m_tagger->tag(QString(), text);
    QCOMPARE(codesOf(ms), (QStringList{QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("RU")}));
    QCOMPARE(ms.last().code, QStringLiteral("KR"));
    QVERIFY(ms.last().inDateline);
    QCOMPARE(ms.last().score, CountryTagger::DatelineWeight);
    const auto ru =
        m_tagger->tag(QString(), QStringLiteral("МОСКВА, 14 окт - РИА Новости. Украина заявила."));
    QCOMPARE(ru.first().code, QStringLiteral("UA"));
    QVERIFY(ru.last().inDateline);
    // A capital in running text is not a dateline.
    const auto mid = m_tagger->tag(QString(), QStringLiteral("Talks in SEOUL - the capital - went on."));
    QVERIFY(!mid.first().inDateline);
}

void TestCountryTagger::labelledSet()
{
    // Hand-labelled sentences (our own writing, news style) with the codes an analyst expects.
    struct Case
    {
        const char *text;
        const char *codes;
    };
    const Case cases[] = {
        {"Moscow and Beijing vetoed the resolution at the U.N.", "RU CN"},
        {"Japanese Prime Minister met South Korean President in Tokyo.", "JP KR"},
        {"Israel struck targets in Syria and Lebanon, the Israeli military said.", "IL SY LB"},
        {"Iran's foreign minister visited Oman and Qatar.", "IR OM QA"},
        {"Brazil and Argentina signed a trade deal in Buenos Aires.", "BR AR"},
        {"India and Pakistan exchanged fire along the border.", "IN PK"},
        {"The European Union imposed sanctions on Belarus.", "BY"},
        // A place inside a country names the country (resources/analysis/places.json).
        {"Canadian wildfire smoke drifted over New York.", "CA US"},
        {"Germany's Chancellor arrived in Paris for talks with French officials.", "DE FR"},
        {"Taiwan said Chinese warships were spotted near the island.", "TW CN"},
        {"Venezuela and Colombia reopened their border.", "VE CO"},
        {"Ethiopia and Eritrea signed a peace deal in Saudi Arabia.", "ET ER SA"},
        {"Kenyan police arrived in Haiti.", "KE HT"},
        {"Vietnamese exports to the United States rose.", "VN US"},
        {"Australia's prime minister visited Papua New Guinea.", "AU PG"},
        {"Mexico's president criticised Washington over tariffs.", "MX US"},
        {"Egyptian mediators met Hamas officials in Cairo.", "EG"},
        {"The Philippines protested to China over the South China Sea.", "PH CN"},
        {"Rescuers in Turkey and Syria searched for survivors.", "TR SY"},
        {"Polish farmers blocked Ukrainian grain trucks.", "PL UA"},
        {"North Korea fired missiles toward Japan, Seoul said.", "KP JP KR"},
        {"Sudanese refugees fled to Chad.", "SD TD"},
        {"Michael Jordan and Chad Johnson visited Atlanta, Georgia.", ""},
        {"Президент России Владимир Путин прибыл в Пхеньян.", "RU KP"},
        {"Україна отримала зброю від США та Великої Британії.", "UA US GB"},
        {"북한은 미국과 한국의 연합훈련을 비난했다.", "KP US KR"},
        {"وصل وزير الخارجية الروسي إلى بكين.", "RU CN"},
        {"中国外交部发言人表示，美国应停止对台湾的军售。", "CN US TW"},
        {"Turkey prices rose before Thanksgiving in Georgia.", ""},
        {"Nigeria's army said Niger had closed the border.", "NG NE"},
    };
    int tp = 0, fp = 0, fn = 0;
    QStringList misses;
    for (const Case &c : cases) {
        const QSet<QString> expected = [&] {
            QSet<QString> s;
            for (const QString &code :
                 QString::fromLatin1(c.codes).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                s.insert(code);
            return s;
        }();
        const QString text = QString::fromUtf8(c.text);
        QSet<QString> got;
        for (const CountryMention &m : m_tagger->tag(QString(), text))
            got.insert(m.code);
        for (const QString &g : got) {
            expected.contains(g) ? ++tp : ++fp;
            if (!expected.contains(g))
                misses << QStringLiteral("FP %1 in: %2").arg(g, text);
        }
        for (const QString &e : expected) {
            if (!got.contains(e)) {
                ++fn;
                misses << QStringLiteral("FN %1 in: %2").arg(e, text);
            }
        }
    }
    const double precision = double(tp) / qMax(1, tp + fp);
    const double recall = double(tp) / qMax(1, tp + fn);
    qInfo("labelled set: %d sentences, precision %.3f, recall %.3f", int(std::size(cases)), precision,
          recall);
    for (const QString &m : misses)
        qInfo("%s", qPrintable(m));
    // Floors only go up.
    QVERIFY(precision >= 0.97);
    QVERIFY(recall >= 0.95);
}

QTEST_GUILESS_MAIN(TestCountryTagger)
#include "tst_countrytagger.moc"
