#include "feeds/xmlrepair.h"

#include <QTest>

using ww::XmlRepair;

class TestXmlRepair : public QObject
{
    Q_OBJECT

private slots:
    void repair_data();
    void repair();
    void entityBudget();
};

void TestXmlRepair::repair_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("repaired");
    const auto row = [](const char *name, const char *in, const char *out, bool repaired) {
        QTest::addRow("%s", name) << QString::fromUtf8(in) << QString::fromUtf8(out) << repaired;
    };
    row("well-formed unchanged", "<a x=\"1&amp;2\">&lt;&#233;</a>", "<a x=\"1&amp;2\">&lt;&#233;</a>", false);
    row("bare ampersand in text", "<a>Q&A</a>", "<a>Q&amp;A</a>", true);
    row("bare ampersand in attribute", "<a href=\"?a=1&b=2\"/>", "<a href=\"?a=1&amp;b=2\"/>", true);
    row("html entity", "<a>&eacute;</a>", "<a>&#233;</a>", true);
    row("unknown entity kept as text", "<a>&bogus;</a>", "<a>&amp;bogus;</a>", true);
    row("stray less-than", "<a>1 < 2</a>", "<a>1 &lt; 2</a>", true);
    row("control characters", "<a>x\x01y\x1fz</a>", "<a>xyz</a>", true);
    row("control character inside a tag and attribute", "<a\x02 t=\"x\x03y\" u='&z'>b</a>",
        "<a t=\"xy\" u='&amp;z'>b</a>", true);
    row("control character in cdata and comment", "<a><![CDATA[x\x04]]><!--\x05--></a>",
        "<a><![CDATA[x]]><!----></a>", true);
    QTest::addRow("lone surrogate dropped from a text run")
        << QString(QStringLiteral("<a>long text ") + QChar(0xd800) + QStringLiteral(" tail</a>"))
        << QStringLiteral("<a>long text  tail</a>") << true;
    row("cdata untouched", "<a><![CDATA[a & b < c]]></a>", "<a><![CDATA[a & b < c]]></a>", false);
    row("comment untouched", "<a><!-- & --></a>", "<a><!-- & --></a>", false);
    row("junk before declaration", "Warning: x<?xml version=\"1.0\"?><a/>", "<?xml version=\"1.0\"?><a/>",
        true);
    row("numeric reference to NUL dropped", "<a>x&#0;y</a>", "<a>xy</a>", true);
    row("declared entity kept", "<!DOCTYPE a [<!ENTITY e \"v\">]><a>&e;</a>",
        "<!DOCTYPE a [<!ENTITY e \"v\">]><a>&e;</a>", false);
}

void TestXmlRepair::repair()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(bool, repaired);
    const auto result = XmlRepair::repair(input);
    QVERIFY(result.ok());
    QCOMPARE(result->text, output);
    QCOMPARE(result->repaired, repaired);
    QCOMPARE(result->warnings.isEmpty(), !repaired);
}

void TestXmlRepair::entityBudget()
{
    ww::XmlRepairLimits limits;
    limits.maxEntityExpansion = 100;
    limits.maxTotalExpansion = 1000;
    const QString big = QStringLiteral("<!DOCTYPE a [<!ENTITY e \"%1\">]><a>&e;</a>").arg(QString(200, u'x'));
    QVERIFY(!XmlRepair::repair(big, limits).ok());
    const QString many = QStringLiteral("<!DOCTYPE a [<!ENTITY e \"%1\">]><a>%2</a>")
                             .arg(QString(50, u'x'), QStringLiteral("&e;").repeated(30));
    const auto result = XmlRepair::repair(many, limits);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ww::Error::Code::TooLarge);
    QVERIFY(XmlRepair::repair(QStringLiteral("<!DOCTYPE a [<!ENTITY e \"&e;\">]><a>&e;</a>"), limits)
                .error()
                .code == ww::Error::Code::Malformed);
}

QTEST_GUILESS_MAIN(TestXmlRepair)
#include "tst_xmlrepair.moc"
