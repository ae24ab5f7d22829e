#include "feeds/xmltree.h"

#include <QTest>

using ww::XmlTree;

class TestXmlTree : public QObject
{
    Q_OBJECT

private slots:
    void innerXmlAndNamespaces();
    void xmlBaseAndLang();
    void undeclaredPrefixResolvedAndFlagged();
    void limits_data();
    void limits();
    void utf8SourceBuildsTheSameTree_data();
    void utf8SourceBuildsTheSameTree();
};

void TestXmlTree::innerXmlAndNamespaces()
{
    const auto tree =
        XmlTree::build(QStringLiteral("<feed xmlns=\"http://www.w3.org/2005/Atom\"><content type=\"xhtml\">"
                                      "<div xmlns=\"http://www.w3.org/1999/xhtml\">a <b>b</b> &lt;c</div>"
                                      "</content><e/></feed>"),
                       {});
    QVERIFY(tree.ok());
    const int content = tree->child(tree->root(), QStringLiteral("content"));
    QVERIFY(content >= 0);
    QCOMPARE(tree->node(content).ns, QStringLiteral("http://www.w3.org/2005/Atom"));
    const int div =
        tree->child(content, QStringLiteral("div"), {QStringLiteral("http://www.w3.org/1999/xhtml")});
    QCOMPARE(tree->innerXml(div), QStringLiteral("a <b>b</b> &lt;c"));
    QCOMPARE(tree->innerXml(tree->child(tree->root(), QStringLiteral("e"))), QString());
    QVERIFY(!tree->repaired());
}

void TestXmlTree::xmlBaseAndLang()
{
    const auto tree = XmlTree::build(QStringLiteral("<a xml:base=\"http://example.org/x/\" xml:lang=\"de\">"
                                                    "<b xml:base=\"y/\"><c/></b></a>"),
                                     QUrl(QStringLiteral("http://other.example/")));
    QVERIFY(tree.ok());
    const int b = tree->child(tree->root(), QStringLiteral("b"));
    const int c = tree->child(b, QStringLiteral("c"));
    QCOMPARE(tree->node(c).base.toString(), QStringLiteral("http://example.org/x/y/"));
    QCOMPARE(tree->node(c).lang, QStringLiteral("de"));
}

void TestXmlTree::undeclaredPrefixResolvedAndFlagged()
{
    const auto tree = XmlTree::build(QStringLiteral("<rss><itunes:subtitle>s</itunes:subtitle></rss>"), {});
    QVERIFY(tree.ok());
    const int s = tree->child(tree->root(), QStringLiteral("subtitle"),
                              {QStringLiteral("http://www.itunes.com/dtds/podcast-1.0.dtd")});
    QVERIFY(s >= 0);
    QVERIFY(tree->repaired());
}

void TestXmlTree::limits_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<int>("code");
    QTest::addRow("depth") << QStringLiteral("<a>").repeated(300) << int(ww::Error::Code::TooLarge);
    QTest::addRow("items") << (QStringLiteral("<rss>") + QStringLiteral("<item/>").repeated(20) +
                               QStringLiteral("</rss>"))
                           << int(ww::Error::Code::TooLarge);
    QTest::addRow("text") << (QStringLiteral("<rss>") + QString(2000, u'x') + QStringLiteral("</rss>"))
                          << int(ww::Error::Code::TooLarge);
    QTest::addRow("truncated in item")
        << QStringLiteral("<rss><channel><item><title>x") << int(ww::Error::Code::Truncated);
    QTest::addRow("mismatched tags") << QStringLiteral("<rss><a></b></rss>")
                                     << int(ww::Error::Code::Malformed);
    QTest::addRow("empty") << QString() << int(ww::Error::Code::NotAFeed);
}

void TestXmlTree::limits()
{
    QFETCH(QString, xml);
    QFETCH(int, code);
    ww::XmlTreeLimits limits;
    limits.maxItems = 10;
    limits.maxTextChars = 1000;
    const auto tree = XmlTree::build(xml, {}, limits);
    QVERIFY(!tree.ok());
    QCOMPARE(int(tree.error().code), code);
}

void TestXmlTree::utf8SourceBuildsTheSameTree_data()
{
    QTest::addColumn<QString>("source");
    QTest::addRow("ascii") << QStringLiteral("<rss><channel><title>T</title><item><title>a &amp; b</title>"
                                             "<description><p>x</p></description></item></channel></rss>");
    // Offsets are UTF-16 positions in the decoded text whichever form the reader got.
    QTest::addRow("cyrillic, hangul and a surrogate pair")
        << QString::fromUtf8("<rss><channel><title>Новости 뉴스 \xf0\x9f\x93\xb0</title><item><description>"
                             "<b>Тест</b> 😀 <i>x</i></description></item></channel></rss>");
    // The text is already decoded: a declaration naming another encoding must not be obeyed.
    QTest::addRow("declaration says latin-1") << QString::fromUtf8(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><feed><title>Café</title></feed>");
    QTest::addRow("malformed") << QString::fromUtf8("<rss><channel><title>é</titel></channel></rss>");
    QTest::addRow("root left open") << QString::fromUtf8("<rss><channel><item><title>ü</title></item>");
}

void TestXmlTree::utf8SourceBuildsTheSameTree()
{
    QFETCH(QString, source);
    const QUrl base(QStringLiteral("http://example.org/feed"));
    const auto fromText = XmlTree::build(source, base);
    const auto fromBytes = XmlTree::build(source, base, {}, {}, source.toUtf8());
    QCOMPARE(bool(fromBytes), bool(fromText));
    if (!fromText) {
        QCOMPARE(fromBytes.error().message, fromText.error().message);
        return;
    }
    QCOMPARE(fromBytes->size(), fromText->size());
    QCOMPARE(fromBytes->repaired(), fromText->repaired());
    QCOMPARE(fromBytes->warnings(), fromText->warnings());
    for (int i = 0; i < fromText->size(); ++i) {
        const ww::XmlNode &a = fromBytes->node(i), &b = fromText->node(i);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.ns, b.ns);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.children, b.children);
        QCOMPARE(fromBytes->innerXml(i), fromText->innerXml(i));
    }
    if (source.contains(QLatin1String("Caf")))
        QCOMPARE(fromBytes->node(fromBytes->child(0, QStringLiteral("title"))).text,
                 QString::fromUtf8("Café"));
}

QTEST_GUILESS_MAIN(TestXmlTree)
#include "tst_xmltree.moc"
