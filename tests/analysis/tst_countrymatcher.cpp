#include "analysis/countrymatcher.h"
#include "analysis/gazetteer.h"

#include <QTest>

using namespace ww;

// The matcher alone: which code, which characters, which form. Ranking lives in tst_countrytagger.
class TestCountryMatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void spans_data();
    void spans();
    void ownGazetteer();
    void hostileInput();

private:
    const CountryMatcher *m_matcher = nullptr;
};

static QString render(const QString &text, const QList<CountryMatcher::Match> &ms)
{
    QStringList parts;
    for (const auto &m : ms)
        parts << m.code + QLatin1Char('=') + text.mid(m.start, m.end - m.start);
    return parts.join(QLatin1String(" | "));
}

void TestCountryMatcher::initTestCase()
{
    QVERIFY(!Gazetteer::builtin().isEmpty());
    static const CountryMatcher matcher(Gazetteer::builtin());
    m_matcher = &matcher;
    QVERIFY(m_matcher->patternCount() > 3000);
}

void TestCountryMatcher::spans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *text, const char *expected) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("possessive", "Russia's Foreign Ministry", "RU=Russia");
    row("longest: South Korea", "South Korea said", "KR=South Korea");
    row("longest: North Korean", "North Korean leader", "KP=North Korean");
    row("Guinea-Bissau longest", "Guinea-Bissau and Guinea", "GW=Guinea-Bissau | GN=Guinea");
    row("Equatorial Guinea", "in Equatorial Guinea today", "GQ=Equatorial Guinea");
    row("Papua New Guinea", "Papua New Guinea votes", "PG=Papua New Guinea");
    row("Niger vs Nigeria", "Niger borders Nigeria", "NE=Niger | NG=Nigeria");
    row("Nigerian is not Niger", "Nigerian troops", "NG=Nigerian");
    row("hyphen compound", "the Russia-Ukraine war", "RU=Russia | UA=Ukraine");
    row("pro- prefix", "pro-Russian separatists", "RU=Russian");
    row("U.S. with dots", "the U.S.-led coalition", "US=U.S.");
    row("US exact case", "let us see the US response", "US=US");
    row("ru inflection genitive", "Президент России заявил", "RU=России");
    row("ru inflection instrumental", "вместе с Россией", "RU=Россией");
    row("ru accusative", "посетил Россию", "RU=Россию");
    row("ru adjective two words", "Правительство Российской Федерации", "RU=Российской Федерации");
    row("ru adjective lower case", "российской стороны", "RU=российской");
    row("uk locative", "в Україні війна", "UA=Україні");
    row("uk genitive", "Президент України", "UA=України");
    row("ru Ukraine genitive", "территории Украины", "UA=Украины");
    row("ru KNDR indeclinable", "лидер КНДР Ким", "KP=КНДР");
    row("ru South Korea inflected", "в Южной Корее", "KR=Южной Корее");
    row("ko topic particle", "러시아는 밝혔다", "RU=러시아는");
    row("ko subject particle", "북한이 발사했다", "KP=북한이");
    row("ko with particle", "한국과 미국의 동맹", "KR=한국과 | US=미국의");
    row("ko bukhan-guk is not Korea", "북한국 연구", "");
    row("ko daehanminguk", "대한민국 정부", "KR=대한민국");
    row("ko India not humanitarian", "인도주의 지원", "");
    row("ar wa- prefix", "روسيا والصين", "RU=روسيا | CN=الصين");
    row("ar bi- prefix", "اجتماع بموسكو", "RU=موسكو");
    row("ar li+al", "زيارة للصين", "CN=للصين");
    row("ar harakat ignored", "الاتّحاد الرّوسي", "RU=الاتّحاد الرّوسي");
    row("zh no spaces", "俄罗斯和朝鲜签署条约", "RU=俄罗斯 | KP=朝鲜");
    row("zh longest", "中华人民共和国外交部", "CN=中华人民共和国");
    row("zh peninsula blocked", "朝鲜半岛局势", "");
    row("diacritics folded", "Turkiye and Türkiye", "TR=Turkiye | TR=Türkiye");
    row("typographic apostrophe", "Côte d’Ivoire", "CI=Côte d’Ivoire");
    row("whitespace run", "South\n  Korea", "KR=South\n  Korea");
    row("not inside a word", "Germanic Chinatown Indiana Romania", "RO=Romania");
    // Places inside countries (resources/analysis/places.json), inflected like names.
    row("ru city inflected", "Жители Саратова жалуются", "RU=Саратова");
    row("ru region locative", "На Камчатке начался нерест", "RU=Камчатке");
    row("uk city", "Харків регулярно зазнає ударів", "UA=Харків");
    row("ru demonym added", "израильская армия заявила", "IL=израильская");
    row("ko place particle", "제주에 폭우", "KR=제주에");
    row("ko toward the North", "대북 확성기 소음", "KP=대북");
    row("ko hanja headline", "北, 쓰레기 풍선 또 살포", "KP=北");
    row("ko hanja US", "반도체 업계, 美 수출규제", "US=美");
    row("zh hanja inside words", "美国和中国", "US=美国 | CN=中国");
    row("zh single character in a word", "美丽的日子", "");
    row("ar nisba with article", "الغارات الإسرائيلية", "IL=إسرائيلية");
    row("ar houthis", "هجمات الحوثيين على السفن", "YE=الحوثيين");
    row("en place", "queues in Lagos on Thursday", "NG=Lagos");
    row("en place lower case is no place", "a bali trip", "");
}

void TestCountryMatcher::spans()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(render(text, m_matcher->find(text)), expected);
}

void TestCountryMatcher::ownGazetteer()
{
    const QByteArray json =
        R"({"format":1,"countries":{"XA":{"names":{"en":"Aland"},"terms":{"n":["Aland"],"a":["ALD"]}}},
        "blockers":["Aland Islands"],"rules":{"veto_after":{"Aland":["cheese"]}},"us_states":[]})";
    const auto g = Gazetteer::fromJson(json);
    QVERIFY(g.ok());
    const CountryMatcher m(*g);
    const QString text = QStringLiteral("Aland and the Aland Islands, Aland cheese, ALD, Ald.");
    QCOMPARE(render(text, m.find(text)), QStringLiteral("XA=Aland | XA=ALD"));
}

void TestCountryMatcher::hostileInput()
{
    // Lone surrogates, control characters, a huge word and marks only: no crash, no bogus match.
    QString junk;
    junk.append(QChar(0xD800));
    junk.append(QString(100000, QChar(u'a')));
    junk.append(QChar(0xDC00));
    junk.append(QString(50, QChar(0x0651)));
    junk.append(QStringLiteral("\x01\x02 Russia"));
    const auto ms = m_matcher->find(junk);
    QCOMPARE(ms.size(), 1);
    QCOMPARE(ms.first().code, QStringLiteral("RU"));
    QVERIFY(m_matcher->find(QString()).isEmpty());
    QVERIFY(m_matcher->find(QStringLiteral("Росси")).size() <= 1);
}

QTEST_GUILESS_MAIN(TestCountryMatcher)
#include "tst_countrymatcher.moc"
