#include "store/ftsquery.h"

#include <QTest>

using namespace ww;

class TestFtsQuery : public QObject
{
    Q_OBJECT
private slots:
    void translate_data();
    void translate();
    void cyrillicStem_data();
    void cyrillicStem();
    void toTsQuery_data();
    void toTsQuery();
    void tokens_data();
    void tokens();
};

void TestFtsQuery::translate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one word") << "missile"
                              << R"("missile")";
    QTest::addRow("implicit and") << "north korea"
                                  << R"(("north" AND "korea"))";
    QTest::addRow("phrase") << R"("north korea")"
                            << R"("north korea")";
    QTest::addRow("or") << "Reuters OR AFP"
                        << R"(("Reuters" OR "AFP"))";
    QTest::addRow("lower-case or is a word") << "war or peace"
                                             << R"(("war" AND "or" AND "peace"))";
    QTest::addRow("not") << "Kim NOT Jong"
                         << R"(("Kim" NOT "Jong"))";
    QTest::addRow("minus") << "Kim -Jong"
                           << R"(("Kim" NOT "Jong"))";
    QTest::addRow("prefix") << "missil*"
                            << R"("missil"*)";
    QTest::addRow("group") << "(Reuters OR AFP) Kim"
                           << R"((("Reuters" OR "AFP") AND "Kim"))";
    QTest::addRow("cyrillic stem") << QString::fromUtf8("Россия") << QString::fromUtf8(R"("росс"*)");
    QTest::addRow("cyrillic short word exact") << QString::fromUtf8("мир") << QString::fromUtf8(R"("мир")");
    QTest::addRow("cyrillic phrase exact")
        << QString::fromUtf8("\"России\"") << QString::fromUtf8(R"("России")");
    QTest::addRow("yo folded") << QString::fromUtf8("\"ёж\"") << QString::fromUtf8(R"("еж")");
    QTest::addRow("hangul prefix") << QString::fromUtf8("러시아") << QString::fromUtf8(R"("러시아"*)");
    QTest::addRow("sql injection becomes a phrase") << R"("); DROP TABLE articles; --)"
                                                    << R"("); DROP TABLE articles; --")";
    QTest::addRow("embedded quote doubled") << R"(a"b)"
                                            << R"(("a" AND "b"))";
    QTest::addRow("fts syntax is quoted") << "title:x NEAR(a b)"
                                          << R"(("title:x" AND "NEAR" AND ("a" AND "b")))";
    QTest::addRow("column filter chars") << "^start +x"
                                         << R"(("^start" AND "+x"))";
    QTest::addRow("empty") << ""
                           << "";
    QTest::addRow("only operators") << "AND OR NOT"
                                    << "";
    QTest::addRow("only negation") << "-spam"
                                   << "";
    QTest::addRow("punctuation only") << "-- ;; \"\""
                                      << "";
    QTest::addRow("unbalanced open") << "((missile"
                                     << R"("missile")";
    QTest::addRow("stray close") << ") missile ("
                                 << R"("missile")";
    QTest::addRow("trailing operator") << "missile OR"
                                       << R"("missile")";
    QTest::addRow("unterminated phrase") << R"(say "hello world)"
                                         << R"(("say" AND "hello world"))";
}

void TestFtsQuery::translate()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsQuery::toFts5(input), expected);
}

void TestFtsQuery::cyrillicStem_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::addRow("Россия") << QString::fromUtf8("Россия") << QString::fromUtf8("росс");
    QTest::addRow("России") << QString::fromUtf8("России") << QString::fromUtf8("росс");
    QTest::addRow("Москвы") << QString::fromUtf8("Москвы") << QString::fromUtf8("москв");
    QTest::addRow("Украина") << QString::fromUtf8("Украина") << QString::fromUtf8("украин");
    QTest::addRow("short Путин kept") << QString::fromUtf8("Путин") << QString::fromUtf8("путин");
    QTest::addRow("short word") << QString::fromUtf8("мира") << QString::fromUtf8("мира");
}

void TestFtsQuery::cyrillicStem()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(FtsQuery::cyrillicStem(word), stem);
}

void TestFtsQuery::toTsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("words") << QStringLiteral("Wagner sanctions")
                           << QStringLiteral("('wagner' & 'sanctions')");
    QTest::addRow("phrase") << QStringLiteral("\"grain deal\"") << QStringLiteral("('grain' <-> 'deal')");
    QTest::addRow("or") << QStringLiteral("Kyiv OR Kiev") << QStringLiteral("('kyiv' | 'kiev')");
    QTest::addRow("not") << QStringLiteral("grain -Odesa") << QStringLiteral("('grain' & !'odesa')");
    QTest::addRow("only negative") << QStringLiteral("-Odesa") << QString();
    QTest::addRow("prefix") << QStringLiteral("sanction*") << QStringLiteral("'sanction':*");
    QTest::addRow("hangul prefix") << QString::fromUtf8("러시아") << QString::fromUtf8("'러시아':*");
    QTest::addRow("cyrillic stem") << QString::fromUtf8("России") << QString::fromUtf8("'росс':*");
    QTest::addRow("yo folds") << QString::fromUtf8("\"ёлка\"") << QString::fromUtf8("'елка'");
    QTest::addRow("accents fold") << QStringLiteral("Caf\u00e9") << QStringLiteral("'cafe'");
    QTest::addRow("dotted word is a phrase") << QStringLiteral("U.S.") << QStringLiteral("('u' <-> 's')");
    QTest::addRow("quotes cannot escape") << QStringLiteral("it's") << QStringLiteral("('it' <-> 's')");
    QTest::addRow("operators only ours")
        << QStringLiteral("a&b|!c") << QStringLiteral("('a' <-> 'b' <-> 'c')");
    QTest::addRow("punctuation only") << QStringLiteral("!!! ---") << QString();
}

void TestFtsQuery::toTsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsQuery::toTsQuery(input), expected);
}

void TestFtsQuery::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("latin") << QStringLiteral("Grain-deal: TALKS resume")
                           << QStringList{QStringLiteral("grain"), QStringLiteral("deal"),
                                          QStringLiteral("talks"), QStringLiteral("resume")};
    QTest::addRow("cyrillic") << QString::fromUtf8("«Санкции» продлены")
                              << QStringList{QString::fromUtf8("санкции"), QString::fromUtf8("продлены")};
    QTest::addRow("hangul keeps syllables")
        << QString::fromUtf8("러시아는 제재를")
        << QStringList{QString::fromUtf8("러시아는"), QString::fromUtf8("제재를")};
    QTest::addRow("numbers") << QStringLiteral("G7, 2024")
                             << QStringList{QStringLiteral("g7"), QStringLiteral("2024")};
    QTest::addRow("empty") << QStringLiteral(" -- ") << QStringList();
}

void TestFtsQuery::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(FtsQuery::tokens(text), expected);
}

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
