#include "analysis/quoteextractor.h"

#include <QTest>

using namespace ww;

class TestQuoteExtractor : public QObject
{
    Q_OBJECT
private slots:
    void extract_data();
    void extract();
    void hostileUnclosedQuotes();
};

void TestQuoteExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("people");
    QTest::addColumn<QStringList>("expected"); // "speaker|text"
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::addRow("said after") << s("\"We will deliver what we promised,\" Lecornu said.")
                                << QStringList{s("Sebastien Lecornu")}
                                << QStringList{s("Sebastien Lecornu|We will deliver what we promised")};
    QTest::addRow("said name after") << s("“This terminal will double capacity,” said chairman Tom Baker.")
                                     << QStringList{s("Tom Baker")}
                                     << QStringList{s("Tom Baker|This terminal will double capacity")};
    QTest::addRow("subject before")
        << s("Zelenskiy, in his address, said he had seen \"the actual involvement "
             "of North Korea in the war.\"")
        << QStringList{s("Volodymyr Zelenskiy")}
        << QStringList{s("Volodymyr Zelenskiy|the actual involvement of North Korea in "
                         "the war.")};
    QTest::addRow("lead-in carries")
        << s("Spokeswoman Maria Zakharova on ministry website:\n\n\"Such acts are a "
             "blatant encroachment.\"\n\n\"Ensuring peace is possible only "
             "through diplomacy.\"\n\nInterfax said \"the text was submitted today\".")
        << QStringList{s("Maria Zakharova")}
        << QStringList{s("Maria Zakharova|Such acts are a blatant encroachment."),
                       s("Maria Zakharova|Ensuring peace is possible only through "
                         "diplomacy."),
                       s("|the text was submitted today")};
    QTest::addRow("pronoun")
        << s("Peskov spoke to reporters.\n\n\"We are watching this very closely,\" he said.")
        << QStringList{s("Dmitry Peskov")}
        << QStringList{s("Dmitry Peskov|We are watching this very closely")};
    QTest::addRow("russian guillemets")
        << s("«Мы призываем Сеул вернуться к диалогу», — заявила Захарова.")
        << QStringList{s("Мария Захарова")}
        << QStringList{s("Мария Захарова|Мы призываем Сеул вернуться к диалогу")};
    QTest::addRow("nested guillemets")
        << s("«Это «красная линия» для нас всех», — сказал Лавров.") << QStringList{s("Сергей Лавров")}
        << QStringList{s("Сергей Лавров|Это «красная линия» для нас всех")};
    QTest::addRow("ukrainian lapki")
        << s("„Ми бачимо участь Північної Кореї у війні“, — наголосив Зеленський.")
        << QStringList{s("Володимир Зеленський")}
        << QStringList{s("Володимир Зеленський|Ми бачимо участь Північної Кореї у "
                         "війні")};
    QTest::addRow("korean") << s("김정은 위원장은 “적들이 주권을 침해한다면 대응할 것”이라고 말했다.")
                            << QStringList{s("김정은")}
                            << QStringList{s("김정은|적들이 주권을 침해한다면 대응할 것")};
    QTest::addRow("scare quotes skipped")
        << s("its 'bigger' ally and the \"deal\" he called \"fair\".") << QStringList{} << QStringList{};
}

void TestQuoteExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, people);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Quote &q : QuoteExtractor().extract(text, people))
        got.append(q.speaker + QLatin1Char('|') + q.text);
    QCOMPARE(got, expected);
}

void TestQuoteExtractor::hostileUnclosedQuotes()
{
    // Thousands of unmatched marks: no quote invented, bounded work.
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("\u201C open \u00AB and \" more ");
    const auto quotes = QuoteExtractor().extract(text, {});
    for (const Quote &q : quotes)
        QVERIFY(q.text.size() <= QuoteExtractor::MaxQuoteLength);
}

QTEST_GUILESS_MAIN(TestQuoteExtractor)
#include "tst_quoteextractor.moc"
