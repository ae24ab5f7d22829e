#include "core/textanchor.h"

#include <QTest>

using namespace ww;

class TestTextAnchor : public QObject
{
    Q_OBJECT
private slots:
    void makeKeepsContext();
    void makeClampsTheRange();
    void locate_data();
    void locate();
    void repeatedQuoteFollowsItsContext();
};

namespace {

const QString kOriginal = QStringLiteral(
    "MOSCOW, Oct 14 (Reuters) - Russia said on Monday it would respond to any new sanctions. "
    "The foreign ministry said the measures were illegal. Officials in Kyiv welcomed the sanctions. "
    "The ministry said the measures were illegal and would fail.");

TextAnchor anchorOn(const QString &text, const QString &quote, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(quote, at + 1);
    return textanchor::make(text, int(at), int(at + quote.size()));
}

} // namespace

void TestTextAnchor::makeKeepsContext()
{
    const TextAnchor a = anchorOn(kOriginal, QStringLiteral("Officials in Kyiv"));
    QCOMPARE(a.quote, QStringLiteral("Officials in Kyiv"));
    QCOMPARE(a.prefix.size(), textanchor::kContextLength);
    QVERIFY(a.prefix.endsWith(QStringLiteral("were illegal. ")));
    QVERIFY(a.suffix.startsWith(QStringLiteral(" welcomed")));
    QCOMPARE(kOriginal.mid(a.start, a.end - a.start), a.quote);
}

void TestTextAnchor::makeClampsTheRange()
{
    const TextAnchor a = textanchor::make(QStringLiteral("short"), -5, 99);
    QCOMPARE(a.start, 0);
    QCOMPARE(a.end, 5);
    QCOMPARE(a.quote, QStringLiteral("short"));
    QVERIFY(a.prefix.isEmpty());
    QVERIFY(a.suffix.isEmpty());
}

void TestTextAnchor::locate_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("edited");
    QTest::addColumn<QString>("expected"); // the text the span must cover, empty when orphaned
    QTest::addColumn<bool>("exact");

    const QString kyiv = QStringLiteral("Officials in Kyiv welcomed the sanctions.");
    QTest::addRow("unchanged") << kyiv << kOriginal << kyiv << true;
    QTest::addRow("text inserted before")
        << kyiv << QStringLiteral("UPDATE 1: adds Kremlin comment. ") + kOriginal << kyiv << true;
    QString rewrapped = kOriginal;
    rewrapped.replace(QStringLiteral("Officials in Kyiv welcomed"),
                      QStringLiteral("Officials  in\nKyiv welcomed"));
    QTest::addRow("whitespace changed")
        << kyiv << rewrapped << QStringLiteral("Officials  in\nKyiv welcomed the sanctions.") << false;
    QString typographic = kOriginal;
    typographic.replace(QStringLiteral("(Reuters) - Russia"), QStringLiteral("(Reuters) \u2014 Russia"));
    QTest::addRow("dash made typographic") << QStringLiteral("(Reuters) - Russia said") << typographic
                                           << QStringLiteral("(Reuters) \u2014 Russia said") << false;
    QString reworded = kOriginal;
    reworded.replace(QStringLiteral("Officials in Kyiv welcomed the sanctions."),
                     QStringLiteral("Officials in Kyiv warmly welcomed the sanctions."));
    QTest::addRow("lightly edited quote")
        << kyiv << reworded << QStringLiteral("Officials in Kyiv warmly welcomed the sanctions.") << false;
    QString removed = kOriginal;
    removed.remove(QStringLiteral("Officials in Kyiv welcomed the sanctions. "));
    QTest::addRow("passage removed") << kyiv << removed << QString() << false;
    QString rewritten = kOriginal;
    rewritten.replace(QStringLiteral("Officials in Kyiv welcomed the sanctions."),
                      QStringLiteral("Ukraine's government had no immediate comment."));
    QTest::addRow("passage rewritten") << kyiv << rewritten << QString() << false;
    QTest::addRow("empty text") << kyiv << QString() << QString() << false;
}

void TestTextAnchor::locate()
{
    QFETCH(QString, quote);
    QFETCH(QString, edited);
    QFETCH(QString, expected);
    QFETCH(bool, exact);
    const TextAnchor anchor = anchorOn(kOriginal, quote);
    QVERIFY(anchor.start >= 0);
    const std::optional<TextSpan> span = textanchor::locate(anchor, edited);
    if (expected.isEmpty()) {
        QVERIFY2(!span, qPrintable(span ? edited.mid(span->start, span->end - span->start) : QString()));
        return;
    }
    QVERIFY(span);
    QCOMPARE(edited.mid(span->start, span->end - span->start), expected);
    QCOMPARE(span->exact, exact);
}

void TestTextAnchor::repeatedQuoteFollowsItsContext()
{
    // "the measures were illegal" appears twice; the second one must stay the second one even after text
    // is inserted between them, which moves it far from its old position.
    const QString quote = QStringLiteral("the measures were illegal");
    const TextAnchor second = anchorOn(kOriginal, quote, 1);
    const TextAnchor first = anchorOn(kOriginal, quote, 0);
    QVERIFY(second.start > first.start);
    QString edited = kOriginal;
    edited.insert(int(kOriginal.indexOf(QStringLiteral("Officials"))), QString(500, QLatin1Char('x')) + u' ');
    const std::optional<TextSpan> a = textanchor::locate(second, edited);
    QVERIFY(a);
    QCOMPARE(edited.mid(a->start, a->end - a->start), quote);
    QVERIFY(edited.mid(a->end).startsWith(QStringLiteral(" and would fail")));
    const std::optional<TextSpan> b = textanchor::locate(first, edited);
    QVERIFY(b);
    QVERIFY(edited.mid(b->end).startsWith(QStringLiteral(". Officials")) ||
            edited.mid(b->end).startsWith(QStringLiteral(". xxx")));
}

QTEST_GUILESS_MAIN(TestTextAnchor)
#include "tst_textanchor.moc"
