#include "extract/contentextractor.h"

#include <QTest>

using namespace ww;

// Page shapes news sites are built from; furniture must go, the story must stay, in order.
class TestContentExtractor : public QObject
{
    Q_OBJECT
private slots:
    void furniture_data();
    void furniture();
    void orderAndHeadings();
    void bylineLeftOut();
    void splitBody();
    void attributionLines();
    void creditLineVersusProse();
    void deepNesting();
};

static const QString story = QStringLiteral(
    "<p>The central bank raised its key rate by 200 basis points on Friday, the largest increase since 2022, "
    "citing persistent inflation, a weak currency and rising wages across the economy.</p>"
    "<p>Analysts had expected a smaller move, and the decision surprised markets, which fell sharply in the "
    "afternoon, traders said, as the currency weakened further against the dollar and the euro.</p>"
    "<p>The bank said it would consider further increases at its next meeting in December if inflation, "
    "which "
    "reached 8.6 percent in October, did not slow as forecast, according to a statement.</p>");

void TestContentExtractor::furniture_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("marker");
    QTest::addRow("nav") << QStringLiteral("<nav><a href=/a>World</a> <a href=/b>Markets NAVMARK</a></nav>")
                         << QStringLiteral("NAVMARK");
    QTest::addRow("share bar") << QStringLiteral(
                                      "<div class=\"share-tools\"><a href=#>Share on X SHAREMARK</a></div>")
                               << QStringLiteral("SHAREMARK");
    QTest::addRow("related by heading")
        << QStringLiteral("<div class=box><h3>Related stories</h3><ul><li><a href=/x>China and Japan "
                          "RELMARK</a></li><li><a href=/y>India votes</a></li></ul></div>")
        << QStringLiteral("RELMARK");
    QTest::addRow("interested in") << QStringLiteral("<section><h2>You may be interested in</h2><a "
                                                     "href=/x>BRICS summit in Kazan INTMARK</a></section>")
                                   << QStringLiteral("INTMARK");
    QTest::addRow("newsletter") << QStringLiteral(
                                       "<div class=\"newsletter-signup\"><p>Subscribe to our newsletter "
                                       "NEWSMARK for the best stories every morning, delivered.</p></div>")
                                << QStringLiteral("NEWSMARK");
    QTest::addRow("comments") << QStringLiteral("<div id=comments><p>Great article, I totally agree with "
                                                "every word of it COMMARK, thanks a lot.</p></div>")
                              << QStringLiteral("COMMARK");
    QTest::addRow("footer") << QStringLiteral(
                                   "<footer><p>© 2024 Example. All rights reserved FOOTMARK.</p></footer>")
                            << QStringLiteral("FOOTMARK");
    QTest::addRow("ad slot") << QStringLiteral("<div class=\"ad-slot\">Advertisement ADMARK</div>")
                             << QStringLiteral("ADMARK");
    QTest::addRow("script") << QStringLiteral("<script>var SCRIPTMARK = 1;</script>")
                            << QStringLiteral("SCRIPTMARK");
    QTest::addRow("hidden") << QStringLiteral("<div style=\"display: none\">HIDDENMARK text that is long "
                                              "enough to count as a paragraph.</div>")
                            << QStringLiteral("HIDDENMARK");
    QTest::addRow("russian related") << QStringLiteral(
                                            "<div><h4>Читайте также</h4><a href=/z>Новости RUMARK</a></div>")
                                     << QStringLiteral("RUMARK");
    // Rights footers and wire credit lines inside the text container: evidence, not text.
    QTest::addRow("copyright in body")
        << QStringLiteral("<p>© 2024 Reuters. All rights reserved. RIGHTSMARK</p>")
        << QStringLiteral("RIGHTSMARK");
    QTest::addRow("russian rights") << QString::fromUtf8("<div>Все права защищены. RURIGHTSMARK</div>")
                                    << QStringLiteral("RURIGHTSMARK");
    QTest::addRow("korean rights") << QString::fromUtf8(
                                          "<div>ⓒ 한강신문 무단전재 및 재배포 금지 KOMARK</div>")
                                   << QStringLiteral("KOMARK");
    QTest::addRow("reporting line") << QStringLiteral(
                                           "<p>(Reporting by Jane Roe; Editing by John Doe REPMARK)</p>")
                                    << QStringLiteral("REPMARK");
    QTest::addRow("read more line") << QStringLiteral(
                                           "<p>Read more: <a href=/m>Inflation explained READMARK</a></p>")
                                    << QStringLiteral("READMARK");
}

void TestContentExtractor::furniture()
{
    QFETCH(QString, box);
    QFETCH(QString, marker);
    // The box inside the story and around it: both places happen.
    {
        const QString html = QStringLiteral("<body>") + box + QStringLiteral("<article><div class=body>") +
                             story + box + QStringLiteral("</div></article>") + box +
                             QStringLiteral("</body>");
        const ExtractedContent c = ContentExtractor::extract(HtmlDocument::parse(html));
        QVERIFY2(c.text.contains(QLatin1String("The central bank raised")), qPrintable(c.text));
        QVERIFY2(c.text.contains(QLatin1String("consider further increases")), qPrintable(c.text));
        QVERIFY2(!c.text.contains(marker), qPrintable(c.text));
        QVERIFY(!c.html.contains(marker));
    }
}

void TestContentExtractor::orderAndHeadings()
{
    const QString html =
        QStringLiteral("<article><h1>Title</h1><div class=story-body>") + story.left(200) +
        QStringLiteral("</p><h2>Background</h2><ul><li>First point about the inflation "
                       "figures.</li><li>Second point.</li></ul>"
                       "<blockquote><p>We will act, the governor said in a statement.</p></blockquote>") +
        story + QStringLiteral("</div></article>");
    const ExtractedContent c = ContentExtractor::extract(HtmlDocument::parse(html));
    QCOMPARE(c.headings, QStringList{QStringLiteral("Background")});
    const qsizetype h = c.text.indexOf(QLatin1String("Background"));
    const qsizetype li = c.text.indexOf(QLatin1String("First point"));
    const qsizetype q = c.text.indexOf(QLatin1String("We will act"));
    QVERIFY(h > 0 && li > h && q > li);
    QVERIFY(c.paragraphs.contains(QStringLiteral("Second point.")));
    QVERIFY(!c.text.startsWith(QLatin1String("Title")));
    QVERIFY(c.text.contains(QLatin1String("\n\nBackground\n\n")));
    QVERIFY(c.html.contains(QLatin1String("<blockquote>")));
}

void TestContentExtractor::bylineLeftOut()
{
    const ExtractedContent c = ContentExtractor::extract(HtmlDocument::parse(
        QString(QStringLiteral("<article><div class=text><p>By Jane Roe and John Doe</p>") + story +
                QStringLiteral("</div></article>"))));
    QCOMPARE(c.byline, QStringLiteral("By Jane Roe and John Doe"));
    QVERIFY(!c.text.contains(QLatin1String("Jane Roe")));
}

void TestContentExtractor::splitBody()
{
    // Body split over sibling blocks by an ad between them: both halves are kept.
    const QString html = QStringLiteral("<main><div class=\"article-part\">") + story +
                         QStringLiteral("</div><div class=\"ad-slot\">AD</div><div class=\"article-part\">") +
                         QString(story).replace(QLatin1String("central bank"), QLatin1String("SECOND HALF")) +
                         QStringLiteral("</div></main>");
    const ExtractedContent c = ContentExtractor::extract(HtmlDocument::parse(html));
    QVERIFY(c.text.contains(QLatin1String("central bank")));
    QVERIFY(c.text.contains(QLatin1String("SECOND HALF")));
    QVERIFY(!c.text.contains(QLatin1String("AD\n")));
}

void TestContentExtractor::creditLineVersusProse()
{
    const QString prose = QStringLiteral("<p>Reporting by the local newspaper revealed that the minister had "
                                         "used state funds for private travel.</p>");
    const QString credit = QStringLiteral("<p>(Reporting by Jane Roe; Editing by John Doe)</p>");
    const QString html = QStringLiteral("<body><article><div class=body>") + story + prose + credit +
                         QStringLiteral("</div></article></body>");
    const HtmlDocument doc = HtmlDocument::parse(html);
    const ExtractedContent c = ContentExtractor::extract(doc);
    QVERIFY2(c.text.contains(QLatin1String("Reporting by the local newspaper")), qPrintable(c.text));
    QVERIFY2(!c.text.contains(QLatin1String("Jane Roe")), qPrintable(c.text));
    // Out of the text, still evidence.
    QVERIFY(
        ContentExtractor::attributionLines(doc).join(QLatin1Char('\n')).contains(QLatin1String("Jane Roe")));
}

void TestContentExtractor::attributionLines()
{
    const QString html =
        QStringLiteral("<article><p class=src>Source: <a href=/s>Sputnik</a></p><div class=body>") + story +
        QStringLiteral("<p><em>This article was produced by Reuters news agency.</em></p></div></article>"
                       "<footer><p>© 2024 Example Media</p></footer>");
    const QStringList lines = ContentExtractor::attributionLines(HtmlDocument::parse(html));
    QCOMPARE(lines, (QStringList{QStringLiteral("Source: Sputnik"),
                                 QStringLiteral("This article was produced by Reuters news agency."),
                                 QStringLiteral("© 2024 Example Media")}));
}

void TestContentExtractor::deepNesting()
{
    const QString html =
        QStringLiteral("<div>").repeated(50000) + story + QStringLiteral("</div>").repeated(50000);
    const ExtractedContent c = ContentExtractor::extract(HtmlDocument::parse(html));
    QVERIFY(c.text.contains(QLatin1String("central bank")));
}

QTEST_GUILESS_MAIN(TestContentExtractor)
#include "tst_contentextractor.moc"
