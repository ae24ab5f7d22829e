#include "feeds/htmlentities.h"

#include <QTest>

using ww::HtmlEntities;

class TestHtmlEntities : public QObject
{
    Q_OBJECT

private slots:
    void tableIsTheHtml5One();
    void decode_data();
    void decode();
    void plainText_data();
    void plainText();
};

void TestHtmlEntities::tableIsTheHtml5One()
{
    QCOMPARE(HtmlEntities::count(), 2125);
    QCOMPARE(HtmlEntities::lookup(u"eacute").value_or(QString()), QString::fromUtf8("é"));
    QCOMPARE(HtmlEntities::lookup(u"AElig").value_or(QString()), QString::fromUtf8("Æ"));
    QCOMPARE(HtmlEntities::lookup(u"zwnj").value_or(QString()), QString(QChar(0x200c)));
    QVERIFY(!HtmlEntities::lookup(u"notanentity").has_value());
    QVERIFY(!HtmlEntities::lookup(u"Eacute ").has_value());
}

void TestHtmlEntities::decode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("named") << QStringLiteral("caf&eacute;") << QString::fromUtf8("café");
    QTest::addRow("decimal") << QStringLiteral("&#233;") << QString::fromUtf8("é");
    QTest::addRow("hex") << QStringLiteral("&#xE9;") << QString::fromUtf8("é");
    QTest::addRow("cp1252 C1 reference") << QStringLiteral("&#146;") << QString::fromUtf8("’");
    QTest::addRow("bare ampersand") << QStringLiteral("a=1&b=2") << QStringLiteral("a=1&b=2");
    QTest::addRow("unknown") << QStringLiteral("&bogus;") << QStringLiteral("&bogus;");
    QTest::addRow("astral") << QStringLiteral("&#x1F600;") << QString::fromUtf8("😀");
}

void TestHtmlEntities::decode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlEntities::decode(input), expected);
}

void TestHtmlEntities::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addRow("tags") << QStringLiteral("Example <b>Atom</b>") << QStringLiteral("Example Atom");
    QTest::addRow("script body dropped")
        << QStringLiteral("a<script>alert(1)</script>b") << QStringLiteral("ab");
    QTest::addRow("comparison is text") << QStringLiteral("a < b") << QStringLiteral("a < b");
    QTest::addRow("bracket inside a quoted attribute")
        << QStringLiteral("<img alt=\"cat<br />dog\" src=\"x.jpg\">Cat") << QStringLiteral("Cat");
    QTest::addRow("apostrophe in an unquoted tag")
        << QStringLiteral("<a title=it's>x</a> y") << QStringLiteral("x y");
    QTest::addRow("escaped markup") << QStringLiteral("&lt;b&gt;") << QStringLiteral("<b>");
    QTest::addRow("whitespace") << QStringLiteral("  a\n\tb  ") << QStringLiteral("a b");
}

void TestHtmlEntities::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlEntities::toPlainText(input), expected);
}

QTEST_GUILESS_MAIN(TestHtmlEntities)
#include "tst_htmlentities.moc"
