#include "analysis/gazetteer.h"

#include <QTest>

using namespace ww;

// The embedded gazetteer: complete, six languages, curated additions present, bad JSON refused.
class TestGazetteer : public QObject
{
    Q_OBJECT
private slots:
    void builtinLoads();
    void displayNames_data();
    void displayNames();
    void curatedTerms_data();
    void curatedTerms();
    void rules();
    void badJson_data();
    void badJson();
};

void TestGazetteer::builtinLoads()
{
    const Gazetteer &g = Gazetteer::builtin();
    QVERIFY(!g.isEmpty());
    QCOMPARE(g.codes().size(), 249);
    QVERIFY(g.contains(QStringLiteral("KP")));
    QVERIFY(!g.contains(QStringLiteral("XX")));
    QVERIFY(g.terms().size() > 3500);
    QCOMPARE(&Gazetteer::builtin(), &g); // loaded once
}

void TestGazetteer::displayNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("name");
    auto row = [](const char *code, const char *lang, const char *name) {
        QTest::addRow("%s %s", code, lang)
            << QString::fromLatin1(code) << QString::fromLatin1(lang) << QString::fromUtf8(name);
    };
    row("RU", "en", "Russia");
    row("RU", "ru", "Россия");
    row("UA", "uk", "Україна");
    row("KP", "ko", "북한");
    row("KR", "zh", "韩国");
    row("US", "ar", "الولايات المتحدة");
    row("CD", "en", "Democratic Republic of Congo");
    row("FR", "xx", "France");
    row("XX", "en", "XX");
}

void TestGazetteer::displayNames()
{
    QFETCH(QString, code);
    QFETCH(QString, lang);
    QFETCH(QString, name);
    QCOMPARE(Gazetteer::builtin().name(code, lang), name);
}

void TestGazetteer::curatedTerms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("kind");
    auto row = [](const char *code, const char *term, Gazetteer::TermKind kind) {
        QTest::addRow("%s %s", code, term)
            << QString::fromLatin1(code) << QString::fromUtf8(term) << int(kind);
    };
    row("RU", "Kremlin", Gazetteer::TermKind::Metonym);
    row("RU", "Кремль", Gazetteer::TermKind::Metonym);
    row("KP", "Pyongyang", Gazetteer::TermKind::Capital);
    row("KP", "평양", Gazetteer::TermKind::Capital);
    row("KP", "DPRK", Gazetteer::TermKind::Acronym);
    row("KR", "ROK", Gazetteer::TermKind::Acronym);
    row("KR", "South Korean", Gazetteer::TermKind::Demonym);
    row("UA", "Kyiv", Gazetteer::TermKind::Capital);
    row("US", "U.S.", Gazetteer::TermKind::Acronym);
    row("US", "White House", Gazetteer::TermKind::Metonym);
    row("GB", "UK", Gazetteer::TermKind::Acronym);
    row("JP", "Tokyo", Gazetteer::TermKind::Capital);
    row("NG", "Nigerian", Gazetteer::TermKind::Demonym);
}

void TestGazetteer::curatedTerms()
{
    QFETCH(QString, code);
    QFETCH(QString, term);
    QFETCH(int, kind);
    bool found = false;
    for (const auto &t : Gazetteer::builtin().termsFor(code))
        found = found || (t.text == term && int(t.kind) == kind);
    QVERIFY(found);
}

void TestGazetteer::rules()
{
    const Gazetteer &g = Gazetteer::builtin();
    QVERIFY(g.rules().person.contains(QStringLiteral("Jordan")));
    QVERIFY(g.rules().vetoAfter.value(QStringLiteral("Georgia")).contains(QStringLiteral("governor")));
    QCOMPARE(g.rules().usStates.size(), 52);
    int blockers = 0;
    for (const auto &t : g.terms())
        blockers += t.kind == Gazetteer::TermKind::Blocker ? 1 : 0;
    QVERIFY(blockers > 30);
    // The two Koreas' names are not both claimed by one code, and "Korea" alone is a blocker.
    for (const auto &t : g.terms()) {
        if (t.text == QLatin1String("Korea"))
            QCOMPARE(t.kind, Gazetteer::TermKind::Blocker);
    }
}

void TestGazetteer::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("not json") << QByteArray("{{");
    QTest::addRow("array") << QByteArray("[]");
    QTest::addRow("wrong format") << QByteArray(R"({"format":2,"countries":{"RU":{}}})");
    QTest::addRow("no countries") << QByteArray(R"({"format":1,"countries":{}})");
}

void TestGazetteer::badJson()
{
    QFETCH(QByteArray, json);
    const auto g = Gazetteer::fromJson(json);
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, Error::Code::Malformed);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
