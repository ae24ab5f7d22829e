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

QTEST_GUILESS_MAIN(TestXmlTree)
#include "tst_xmltree.moc"
