#include "analysis/agencyregistry.h"
#include "analysis/creditparser.h"

#include <QTest>

using namespace ww;

class TestCreditParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_registry = AgencyRegistry::builtin(); }
    void parse_data();
    void parse();
    void staffPhoto_data();
    void staffPhoto();
    void hostileLength();

private:
    AgencyRegistry m_registry;
};

void TestCreditParser::parse_data()
{
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("photographer");
    QTest::addColumn<QString>("distributor");
    // flags: p = pool, f = file photo, h = handout
    QTest::addColumn<QString>("flags");

    const auto row = [](const char *name, const QString &credit, const QString &origin,
                        const QString &photographer, const QString &distributor, const QString &flags) {
        QTest::addRow("%s", name) << credit << origin << photographer << distributor << flags;
    };
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };

    row("seed", s("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo"), s("Sputnik"),
        s("Vladimir Smirnov"), s("Reuters"), s("pf"));
    row("guardian pool", s("Photograph: POOL/Reuters"), s("Reuters"), {}, s("Reuters"), s("p"));
    row("ap photo", s("AP Photo/Jae C. Hong"), s("AP"), s("Jae C. Hong"), s("AP"), {});
    row("ap photo file", s("AP Photo/Ahn Young-joon, File"), s("AP"), s("Ahn Young-joon"), s("AP"), s("f"));
    row("afp parens", s("(AFP)"), s("AFP"), {}, s("AFP"), {});
    row("kcna via", s("KCNA via REUTERS"), s("KCNA"), {}, s("Reuters"), {});
    row("epa-efe", s("EPA-EFE/JEON HEON-KYUN"), s("EPA-EFE"), s("JEON HEON-KYUN"), s("EPA-EFE"), {});
    row("getty", s("Getty Images"), s("Getty Images"), {}, s("Getty Images"), {});
    row("anadolu via getty", s("Anadolu via Getty Images"), s("Anadolu"), {}, s("Getty Images"), {});
    row("afp getty", s("AFP/Getty Images"), s("AFP"), {}, s("Getty Images"), {});
    row("photographer afp via getty", s("Jung Yeon-je/AFP via Getty Images"), s("AFP"), s("Jung Yeon-je"),
        s("Getty Images"), {});
    row("yonhap", s("Yonhap"), s("Yonhap"), {}, s("Yonhap"), {});
    row("yonhap via", s("Yonhap via REUTERS"), s("Yonhap"), {}, s("Reuters"), {});
    row("tass", s("TASS"), s("TASS"), {}, s("TASS"), {});
    row("handout via", s("Handout via REUTERS"), {}, {}, s("Reuters"), s("h"));
    row("press service handout", s("Ukrainian Presidential Press Service/Handout via REUTERS"),
        s("Ukrainian Presidential Press Service"), {}, s("Reuters"), s("h"));
    row("reuters photographer", s("REUTERS/Kim Hong-Ji"), s("Reuters"), s("Kim Hong-Ji"), s("Reuters"), {});
    row("reuters file", s("REUTERS/Maxim Shemetov/File Photo"), s("Reuters"), s("Maxim Shemetov"),
        s("Reuters"), s("f"));
    row("photo colon", s("Photo: Reuters"), s("Reuters"), {}, s("Reuters"), {});
    row("copyright sign", s("© AFP"), s("AFP"), {}, s("AFP"), {});
    row("copyright year", s("© 2024 AFP"), s("AFP"), {}, s("AFP"), {});
    row("photo by", s("Photo by Chris McGrath/Getty Images"), s("Getty Images"), s("Chris McGrath"),
        s("Getty Images"), {});
    row("tass host", s("Mikhail Metzel/TASS Host Photo Agency via REUTERS"), s("TASS"), s("Mikhail Metzel"),
        s("Reuters"), {});
    row("ria ru", s("Фото: РИА Новости / Сергей Гунеев"), s("RIA Novosti"), s("Сергей Гунеев"),
        s("RIA Novosti"), {});
    row("tass ru", s("Фото: ТАСС"), s("TASS"), {}, s("TASS"), {});
    row("tass ru person", s("© Сергей Бобылев/ТАСС"), s("TASS"), s("Сергей Бобылев"), s("TASS"), {});
    row("reuters ru", s("Фото: Reuters"), s("Reuters"), {}, s("Reuters"), {});
    row("ru press service", s("Фото: пресс-служба Кремля"), s("пресс-служба Кремля"), {}, {}, {});
    row("ru archive", s("Фото: Михаил Климентьев/ТАСС, архив"), s("TASS"), s("Михаил Климентьев"), s("TASS"),
        s("f"));
    row("yonhap ko", s("연합뉴스"), s("Yonhap"), {}, s("Yonhap"), {});
    row("yonhap ko prefix", s("사진=연합뉴스"), s("Yonhap"), {}, s("Yonhap"), {});
    row("yonhap ko dateline", s("(서울=연합뉴스) 홍길동 기자"), s("Yonhap"), s("홍길동"), s("Yonhap"), {});
    row("yonhap ko file", s("[연합뉴스 자료사진]"), s("Yonhap"), {}, s("Yonhap"), s("f"));
    // Korean papers credit North Korean pictures as "KCNA, distributed by Yonhap".
    row("kcna ko", s("조선중앙통신 연합뉴스"), s("KCNA"), {}, s("Yonhap"), {});
    row("ko pool", s("사진공동취재단"), {}, {}, {}, s("p"));
    row("ukrinform uk", s("Фото: Укрінформ"), s("Ukrinform"), {}, s("Ukrinform"), {});
    row("ukrinform uk person", s("Фото: Павло Багмут / Укрінформ"), s("Ukrinform"), s("Павло Багмут"),
        s("Ukrinform"), {});
    row("unian uk", s("Фото: УНІАН"), s("UNIAN"), {}, s("UNIAN"), {});
    row("uk open sources", s("Фото з відкритих джерел"), {}, {}, {}, {});
    row("xinhua zh", s("新华社记者 李响 摄"), s("Xinhua"), s("李响"), s("Xinhua"), {});
    row("dpa lower", s("dpa/picture alliance"), s("DPA"), {}, s("DPA"), {});
    // Yonhap's bracketed note names the body that handed the picture out; the credit follows it.
    row("ko handout note", s("[합동참모본부 제공. 재판매 및 DB 금지] 연합뉴스"), s("Yonhap"), {}, s("Yonhap"),
        s("h"));
    row("arabic afp", s("(أ ف ب)"), s("AFP"), {}, s("AFP"), {});
    row("arabic afp bare alef", s("ا ف ب"), s("AFP"), {}, s("AFP"), {});
    row("arabic ap", s("(أ ب)"), s("AP"), {}, s("AP"), {});
    row("arabic reuters", s("رويترز"), s("Reuters"), {}, s("Reuters"), {});
    row("pool via reuters", s("Willy Kurniawan/Pool via REUTERS"), s("Reuters"), s("Willy Kurniawan"),
        s("Reuters"), s("p"));
    row("empty", {}, {}, {}, {}, {});
    row("case insensitive", s("sputnik/pool via reuters"), s("Sputnik"), {}, s("Reuters"), s("p"));
}

void TestCreditParser::parse()
{
    QFETCH(QString, credit);
    QFETCH(QString, origin);
    QFETCH(QString, photographer);
    QFETCH(QString, distributor);
    QFETCH(QString, flags);
    const ParsedCredit parsed = CreditParser(m_registry).parse(credit);
    QCOMPARE(parsed.originAgency, origin);
    QCOMPARE(parsed.photographer, photographer);
    QCOMPARE(parsed.distributor, distributor);
    QCOMPARE(parsed.pool, flags.contains(QLatin1Char('p')));
    QCOMPARE(parsed.filePhoto, flags.contains(QLatin1Char('f')));
    QCOMPARE(parsed.handout, flags.contains(QLatin1Char('h')));
}

void TestCreditParser::staffPhoto_data()
{
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("photographer");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::addRow("outlet after name")
        << s("Photo: Ada Obi/Savanna Post") << s("Savanna Post") << QString() << s("Ada Obi");
    QTest::addRow("outlet alone ru") << s("Фото: Дальневосточный вестник") << s("Дальневосточный вестник")
                                     << QString() << QString();
    QTest::addRow("outlet with suffix ko")
        << s("사진=문화저널 K DB") << s("문화저널 K") << QString() << QString();
    QTest::addRow("agency stays") << s("REUTERS/Jane Roe") << s("Savanna Post") << s("Reuters")
                                  << s("Jane Roe");
    QTest::addRow("other outlet stays")
        << s("Jane Roe/Daily Star News") << s("Savanna Post") << s("Daily Star News") << s("Jane Roe");
}

void TestCreditParser::staffPhoto()
{
    QFETCH(QString, credit);
    QFETCH(QString, publisher);
    QFETCH(QString, origin);
    QFETCH(QString, photographer);
    const ParsedCredit parsed = CreditParser(m_registry).parse(credit, publisher);
    QCOMPARE(parsed.originAgency, origin);
    QCOMPARE(parsed.photographer, photographer);
    QVERIFY(!origin.isEmpty() || parsed.distributor.isEmpty());
}

void TestCreditParser::hostileLength()
{
    // A megabyte of slashes must come back quickly and bounded, not as thousands of tokens.
    const QString hostile = QStringLiteral("Reuters/") + QString(1 << 20, QLatin1Char('/'));
    const ParsedCredit parsed = CreditParser(m_registry).parse(hostile);
    QCOMPARE(parsed.originAgency, QStringLiteral("Reuters"));
    QVERIFY(parsed.photographer.size() <= CreditParser::MaxCreditLength);
}

QTEST_GUILESS_MAIN(TestCreditParser)
#include "tst_creditparser.moc"
