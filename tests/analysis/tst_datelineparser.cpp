#include "analysis/agencyregistry.h"
#include "analysis/datelineparser.h"

#include <QTest>

using namespace ww;

class TestDatelineParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_registry = AgencyRegistry::builtin(); }
    void parse_data();
    void parse();

private:
    AgencyRegistry m_registry;
};

void TestDatelineParser::parse_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("agency"); // empty: no dateline
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("text");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };

    QTest::addRow("reuters place") << s("SEOUL (Reuters) - South Korea said on Monday...") << s("Reuters")
                                   << s("Seoul") << QString() << s("SEOUL (Reuters) -");
    QTest::addRow("reuters date") << s("MOSCOW, Oct 14 (Reuters) - Russia's Foreign Ministry...")
                                  << s("Reuters") << s("Moscow") << s("Oct 14")
                                  << s("MOSCOW, Oct 14 (Reuters) -");
    QTest::addRow("ap em dash") << s("WASHINGTON (AP) — The White House said") << s("AP") << s("Washington")
                                << QString() << s("WASHINGTON (AP) —");
    QTest::addRow("ap two words") << s("NEW YORK (AP) — Stocks fell") << s("AP") << s("New York") << QString()
                                  << s("NEW YORK (AP) —");
    QTest::addRow("afp") << s("PARIS (AFP) - France on Monday") << s("AFP") << s("Paris") << QString()
                         << s("PARIS (AFP) -");
    QTest::addRow("yonhap english") << s("SEOUL, Oct. 14 (Yonhap) -- North Korea") << s("Yonhap")
                                    << s("Seoul") << s("Oct. 14") << s("SEOUL, Oct. 14 (Yonhap) --");
    QTest::addRow("xinhua english") << s("BEIJING, Oct. 14 (Xinhua) -- China") << s("Xinhua") << s("Beijing")
                                    << s("Oct. 14") << s("BEIJING, Oct. 14 (Xinhua) --");
    QTest::addRow("no place") << s("(Reuters) - Oil prices rose") << s("Reuters") << QString() << QString()
                              << s("(Reuters) -");
    QTest::addRow("tass ru") << s("МОСКВА, 14 октября. /ТАСС/. Официальный представитель МИД") << s("TASS")
                             << s("Москва") << s("14 октября") << s("МОСКВА, 14 октября. /ТАСС/.");
    QTest::addRow("tass en") << s("MOSCOW, October 14. /TASS/. Russia") << s("TASS") << s("Moscow")
                             << s("October 14") << s("MOSCOW, October 14. /TASS/.");
    QTest::addRow("ria ru") << s("МОСКВА, 14 окт — РИА Новости. Москва призывает") << s("RIA Novosti")
                            << s("Москва") << s("14 окт") << s("МОСКВА, 14 окт — РИА Новости.");
    QTest::addRow("ukrinform uk") << s("КИЇВ. 14 жовтня. УКРІНФОРМ. Президент України") << s("Ukrinform")
                                  << s("Київ") << s("14 жовтня") << s("КИЇВ. 14 жовтня. УКРІНФОРМ.");
    QTest::addRow("ria ru hyphen") << s("СЕВАСТОПОЛЬ, 7 окт - РИА Новости. Силы ПВО отразили атаку")
                                   << s("RIA Novosti") << s("Севастополь") << s("7 окт")
                                   << s("СЕВАСТОПОЛЬ, 7 окт - РИА Новости.");
    QTest::addRow("interfax ru") << s("Москва. 14 октября. INTERFAX.RU - Президент") << s("Interfax")
                                 << s("Москва") << s("14 октября") << s("Москва. 14 октября. INTERFAX.RU -");
    QTest::addRow("yonhap ko") << s("(서울=연합뉴스) 홍길동 기자 = 북한이 14일") << s("Yonhap") << s("서울")
                               << QString() << s("(서울=연합뉴스) 홍길동 기자 =");
    QTest::addRow("yonhap ko bare") << s("(서울=연합뉴스) 북한이 14일") << s("Yonhap") << s("서울")
                                    << QString() << s("(서울=연합뉴스)");
    QTest::addRow("xinhua zh") << s("新华社北京10月14日电 中国外交部") << s("Xinhua") << s("北京")
                               << s("10月14日") << s("新华社北京10月14日电");
    QTest::addRow("arabic afp") << s("بيروت (أ ف ب) - يبحث مئات آلاف النازحين") << s("AFP") << s("بيروت")
                                << QString() << s("بيروت (أ ف ب) -");
    QTest::addRow("arabic reuters") << s("تونس (رويترز) - قال الرئيس") << s("Reuters") << s("تونس")
                                    << QString() << s("تونس (رويترز) -");
    QTest::addRow("prose with parens") << s("The minister (who spoke to reporters) - said") << QString()
                                       << QString() << QString() << QString();
    QTest::addRow("unknown agency") << s("LONDON (Blog) - Something") << QString() << QString() << QString()
                                    << QString();
    QTest::addRow("photo agency no") << s("LONDON (Getty Images) - Something") << QString() << QString()
                                     << QString() << QString();
    QTest::addRow("plain text") << s("Russia's Foreign Ministry accused South Korea on Monday") << QString()
                                << QString() << QString() << QString();
    QTest::addRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestDatelineParser::parse()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, agency);
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, text);
    const auto d = DatelineParser(m_registry).parse(paragraph);
    QCOMPARE(d.has_value(), !agency.isEmpty());
    if (!d)
        return;
    QCOMPARE(d->agency, agency);
    QCOMPARE(d->place, place);
    QCOMPARE(d->date, date);
    QCOMPARE(d->text, text);
}

QTEST_GUILESS_MAIN(TestDatelineParser)
#include "tst_datelineparser.moc"
