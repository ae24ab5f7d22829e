#include "analysis/textdiff.h"

#include <QTest>

using namespace ww;

// Revisions of an article: a word-level diff a person can read.
class TestTextDiff : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void roundTrip_data();
    void roundTrip();
    void boundedOnRewrites();
    void spans();
};

static QString rebuild(const QList<TextDiff::Span> &spans, bool after)
{
    QString s;
    for (const auto &sp : spans) {
        if (sp.op == TextDiff::Span::Op::Equal ||
            (after ? sp.op == TextDiff::Span::Op::Insert : sp.op == TextDiff::Span::Op::Delete))
            s += sp.text;
    }
    return s;
}

void TestTextDiff::render_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *a, const char *b, const char *e) {
        QTest::addRow("%s", name) << QString::fromUtf8(a) << QString::fromUtf8(b) << QString::fromUtf8(e);
    };
    row("identical", "Russia said on Monday.", "Russia said on Monday.", "Russia said on Monday.");
    row("word replaced", "Russia said on Monday.", "Russia said on Tuesday.",
        "Russia said on [-Monday-]{+Tuesday+}.");
    row("word inserted", "at least 12 people died", "at least 15 people died",
        "at least [-12-]{+15+} people died");
    row("sentence appended", "Talks ended.", "Talks ended. A deal was signed.",
        "Talks ended.{+ A deal was signed.+}");
    row("deleted word", "the heavily militarized border", "the militarized border",
        "the [-heavily -]militarized border");
    row("empty before", "", "New text", "{+New text+}");
    row("empty after", "Old text", "", "[-Old text-]");
    row("cyrillic", "Россия заявила в понедельник", "Россия заявила во вторник",
        "Россия заявила [-в понедельник-]{+во вторник+}");
    row("punctuation only", "Seoul said", "Seoul said:", "Seoul said{+:+}");
}

void TestTextDiff::render()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::render(TextDiff::diff(before, after)), expected);
}

void TestTextDiff::roundTrip_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addRow("paragraph moved") << QStringLiteral("A one.\n\nB two.\n\nC three.")
                                     << QStringLiteral("B two.\n\nA one.\n\nC three.");
    QTest::addRow("many edits") << QStringLiteral(
                                       "the quick brown fox jumps over the lazy dog again and again")
                                << QStringLiteral("a quick red fox leaps over the sleepy dog once again");
    QTest::addRow("surrogates") << QStringLiteral("flag 🇰🇷 here") << QStringLiteral("flag 🇰🇵 there");
}

void TestTextDiff::roundTrip()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const auto spans = TextDiff::diff(before, after);
    QCOMPARE(rebuild(spans, false), before);
    QCOMPARE(rebuild(spans, true), after);
    for (qsizetype i = 1; i < spans.size(); ++i)
        QVERIFY(spans.at(i).op != spans.at(i - 1).op); // adjacent spans of one kind are merged
}

void TestTextDiff::boundedOnRewrites()
{
    // A full rewrite past the edit bound: one deletion and one insertion, still a faithful diff.
    QString a, b;
    for (int i = 0; i < 3000; ++i) {
        a += QStringLiteral("alpha%1 ").arg(i);
        b += QStringLiteral("beta%1 ").arg(i);
    }
    const auto spans = TextDiff::diff(QStringLiteral("Head ") + a + QStringLiteral("tail"),
                                      QStringLiteral("Head ") + b + QStringLiteral("tail"), 100);
    QCOMPARE(rebuild(spans, false), QStringLiteral("Head ") + a + QStringLiteral("tail"));
    QCOMPARE(rebuild(spans, true), QStringLiteral("Head ") + b + QStringLiteral("tail"));
    QCOMPARE(spans.size(), 4);
    QCOMPARE(spans.at(1).op, TextDiff::Span::Op::Delete);
    QCOMPARE(spans.at(2).op, TextDiff::Span::Op::Insert);
    // Within the bound the same kind of input is diffed word by word.
    const auto fine = TextDiff::diff(QStringLiteral("a b c d e"), QStringLiteral("a x c y e"), 100);
    QCOMPARE(TextDiff::render(fine), QStringLiteral("a [-b-]{+x+} c [-d-]{+y+} e"));
}

void TestTextDiff::spans()
{
    const auto s =
        TextDiff::diff(QStringLiteral("North Korea fired"), QStringLiteral("North Korea launched"));
    const QList<TextDiff::Span> expected = {{TextDiff::Span::Op::Equal, QStringLiteral("North Korea ")},
                                            {TextDiff::Span::Op::Delete, QStringLiteral("fired")},
                                            {TextDiff::Span::Op::Insert, QStringLiteral("launched")}};
    QCOMPARE(s, expected);
    QCOMPARE(TextDiff::tokenize(QStringLiteral("U.S.-led,  war")),
             (QStringList{QStringLiteral("U"), QStringLiteral("."), QStringLiteral("S"), QStringLiteral("."),
                          QStringLiteral("-"), QStringLiteral("led"), QStringLiteral(","),
                          QStringLiteral("  "), QStringLiteral("war")}));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
