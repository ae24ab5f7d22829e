#include "extract/htmldocument.h"

#include <QTest>

using namespace ww;

class TestHtmlDocument : public QObject
{
    Q_OBJECT
private slots:
    void structure();
    void textContent_data();
    void textContent();
    void deepNesting_data();
    void deepNesting();
    void boundedInput();
    void unknownTags();
};

void TestHtmlDocument::structure()
{
    const auto doc =
        HtmlDocument::parse(u"<p class=A id=B>one<b>two</b></p><img src=x.jpg ALT='a &amp; b'><p>three");
    QVERIFY(doc.head() > 0);
    QVERIFY(doc.body() > doc.head());
    const QList<int> ps = doc.elements(QLatin1String("p"));
    QCOMPARE(ps.size(), 2);
    QCOMPARE(doc.classAndId(ps.at(0)), QStringLiteral("a b"));
    QCOMPARE(doc.textContent(ps.at(0)), QStringLiteral("onetwo"));
    QCOMPARE(doc.textContent(ps.at(1)), QStringLiteral("three"));
    const int img = doc.firstElement(QLatin1String("img"));
    QCOMPARE(doc.attribute(img, QLatin1String("alt")), QStringLiteral("a & b"));
    QVERIFY(doc.isAncestor(doc.body(), img));
    QCOMPARE(doc.closest(doc.node(ps.at(0)).children.at(1), QLatin1String("p")), ps.at(0));
}

void TestHtmlDocument::textContent_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addRow("whitespace collapsed")
        << QStringLiteral("<div>  a \n\t b&nbsp;c </div>") << QStringLiteral("a b c");
    QTest::addRow("script dropped") << QStringLiteral("<div>a<script>var x=1</script>b</div>")
                                    << QStringLiteral("ab");
    QTest::addRow("style dropped") << QStringLiteral("<div>a<style>p{}</style> b</div>")
                                   << QStringLiteral("a b");
    QTest::addRow("br is a space") << QStringLiteral("<div>a<br>b</div>") << QStringLiteral("a b");
    QTest::addRow("entities") << QStringLiteral("<div>&lt;x&gt; &#x41;</div>") << QStringLiteral("<x> A");
}

void TestHtmlDocument::textContent()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    const auto doc = HtmlDocument::parse(html);
    QCOMPARE(doc.textContent(doc.firstElement(QLatin1String("div"))), text);
}

void TestHtmlDocument::deepNesting_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("close");
    QTest::addRow("div") << QStringLiteral("<div>") << QStringLiteral("</div>");
    QTest::addRow("unclosed b") << QStringLiteral("<b>") << QString();
    QTest::addRow("span") << QStringLiteral("<span>") << QStringLiteral("</span>");
}

void TestHtmlDocument::deepNesting()
{
    QFETCH(QString, open);
    QFETCH(QString, close);
    constexpr int depth = 100000;
    const QString html = open.repeated(depth) + QStringLiteral("deep text") + close.repeated(depth);
    HtmlDocument::Options options;
    options.maxDepth = 64;
    const auto doc = HtmlDocument::parse(html, options);
    int maxDepth = 0;
    for (int i = 0; i < doc.size(); ++i)
        maxDepth = qMax(maxDepth, doc.node(i).depth);
    QVERIFY(maxDepth <= 64);
    QVERIFY(doc.textContent(HtmlDocument::Root).contains(QStringLiteral("deep text")));
}

void TestHtmlDocument::boundedInput()
{
    HtmlDocument::Options options;
    options.maxBytes = 1000;
    const QString html = QStringLiteral("<p>") + QString(QChar(0x0416)).repeated(5000); // 2 bytes each
    const auto doc = HtmlDocument::parse(html, options);
    QVERIFY(doc.truncated());
    const QString text = doc.textContent(HtmlDocument::Root);
    QVERIFY(text.size() < 600);
    QVERIFY(!text.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(!HtmlDocument::parse(QStringLiteral("<p>x")).truncated());
}

void TestHtmlDocument::unknownTags()
{
    const auto doc = HtmlDocument::parse(u"<my-widget data-x=1>in</my-widget><FOO>bar</FOO>");
    QCOMPARE(doc.elements(QLatin1String("my-widget")).size(), 1);
    QCOMPARE(doc.elements(QLatin1String("foo")).size(), 1);
}

QTEST_GUILESS_MAIN(TestHtmlDocument)
#include "tst_htmldocument.moc"
