#include "extract/htmlsanitizer.h"

#include <QRegularExpression>
#include <QTest>

using namespace ww;

// RELIABILITY.md b.3 (items 18-23): what must never survive into QTextBrowser.
class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private slots:
    void hostile_data();
    void hostile();
    void links_data();
    void links();
    void images_data();
    void images();
    void imagesOff();
    void keepsContent();
    void deepNesting();
    void escapesText();
};

static const QUrl base(QStringLiteral("https://news.example.com/world/story.html"));

void TestHtmlSanitizer::hostile_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden"); // a regex that must not match the output (case-insensitive)
    QTest::addRow("script") << QStringLiteral("<p>a</p><script>alert(1)</script>")
                            << QStringLiteral("script|alert");
    QTest::addRow("script in svg") << QStringLiteral("<svg><script>alert(1)</script></svg>")
                                   << QStringLiteral("script|alert|svg");
    QTest::addRow("onerror") << QStringLiteral("<img src=https://x.org/a.jpg onerror=alert(1)>")
                             << QStringLiteral("onerror|alert");
    QTest::addRow("onload body") << QStringLiteral("<body onload=alert(1)><p>x</p></body>")
                                 << QStringLiteral("onload|alert");
    QTest::addRow("onclick") << QStringLiteral("<p onclick=\"steal()\">x</p>")
                             << QStringLiteral("onclick|steal");
    QTest::addRow("meta refresh")
        << QStringLiteral("<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\"><p>x</p>")
        << QStringLiteral("meta|refresh|javascript");
    QTest::addRow("style url") << QStringLiteral(
                                      "<style>p{background:url(javascript:alert(1))}</style><p>x</p>")
                               << QStringLiteral("style|url\\(|javascript");
    QTest::addRow("style attribute url")
        << QStringLiteral("<p style=\"background:url(https://t.example/px)\">x</p>")
        << QStringLiteral("style|url\\(|t\\.example");
    QTest::addRow("style import") << QStringLiteral(
                                         "<div style=\"@import 'https://t.example/a.css'\">x</div>")
                                  << QStringLiteral("import|t\\.example");
    QTest::addRow("style expression") << QStringLiteral("<div style=\"width:expression(alert(1))\">x</div>")
                                      << QStringLiteral("expression|alert");
    QTest::addRow("iframe") << QStringLiteral("<iframe src=https://evil.example/></iframe><p>x</p>")
                            << QStringLiteral("iframe|evil");
    QTest::addRow("object") << QStringLiteral("<object data=https://evil.example/a.swf></object>")
                            << QStringLiteral("object|evil");
    QTest::addRow("embed") << QStringLiteral("<embed src=https://evil.example/a.swf>")
                           << QStringLiteral("embed|evil");
    QTest::addRow("form and input")
        << QStringLiteral(
               "<form action=https://evil.example/><input name=p type=password><button>Go</button></form>")
        << QStringLiteral("form|input|button|evil|password");
    QTest::addRow("textarea select") << QStringLiteral(
                                            "<textarea>t</textarea><select><option>o</option></select>")
                                     << QStringLiteral("textarea|select|option");
    QTest::addRow("base href") << QStringLiteral("<base href=https://evil.example/><a href=x>x</a>")
                               << QStringLiteral("base|evil");
    QTest::addRow("link stylesheet") << QStringLiteral(
                                            "<link rel=stylesheet href=https://t.example/a.css><p>x</p>")
                                     << QStringLiteral("link|t\\.example");
    QTest::addRow("css background attr")
        << QStringLiteral("<table background=https://t.example/bg.gif><tr><td>x</td></tr></table>")
        << QStringLiteral("background|t\\.example");
    QTest::addRow("srcset fetch") << QStringLiteral(
                                         "<img src=https://x.org/a.jpg srcset=\"https://t.example/px 2x\">")
                                  << QStringLiteral("srcset|t\\.example");
    QTest::addRow("noscript") << QStringLiteral("<noscript><img src=https://t.example/px.gif></noscript>")
                              << QStringLiteral("noscript|t\\.example");
    QTest::addRow("template") << QStringLiteral("<template><img src=https://t.example/a.jpg></template>")
                              << QStringLiteral("template|t\\.example");
    QTest::addRow("mathml") << QStringLiteral("<math><mi xlink:href=javascript:alert(1)>x</mi></math>")
                            << QStringLiteral("math|javascript");
    QTest::addRow("comment trick") << QStringLiteral("<!--<script>alert(1)</script>--><p>x</p>")
                                   << QStringLiteral("script|alert");
    QTest::addRow("unclosed attr") << QStringLiteral("<p title=\"x><script>alert(1)</script>\">y</p>")
                                   << QStringLiteral("<script|title");
    QTest::addRow("data uri image") << QStringLiteral("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">")
                                    << QStringLiteral("data:|<img");
    QTest::addRow("huge dimensions clamped")
        << QStringLiteral("<img src=https://x.org/a.jpg width=100000 height=100000>")
        << QStringLiteral("100000");
}

void TestHtmlSanitizer::hostile()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    HtmlSanitizer::Options options;
    options.baseUrl = base;
    const QString out = HtmlSanitizer::sanitize(html, options);
    const QRegularExpression re(forbidden, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!re.match(out).hasMatch(), qPrintable(out));
}

void TestHtmlSanitizer::links_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected"); // empty: no link survives
    QTest::addRow("https") << QStringLiteral("https://a.example/x?y=1")
                           << QStringLiteral("https://a.example/x?y=1");
    QTest::addRow("http") << QStringLiteral("http://a.example/") << QStringLiteral("http://a.example/");
    QTest::addRow("mailto") << QStringLiteral("mailto:desk@a.example")
                            << QStringLiteral("mailto:desk@a.example");
    QTest::addRow("relative") << QStringLiteral("/politics/1")
                              << QStringLiteral("https://news.example.com/politics/1");
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
    QTest::addRow("mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << QString();
    QTest::addRow("entity tab") << QStringLiteral("jav&#x09;ascript:alert(1)") << QString();
    QTest::addRow("entity newline") << QStringLiteral("java&#10;script:alert(1)") << QString();
    QTest::addRow("leading space") << QStringLiteral("  javascript:alert(1)") << QString();
    QTest::addRow("leading control") << QStringLiteral("&#1;javascript:alert(1)") << QString();
    QTest::addRow("encoded colon") << QStringLiteral("javascript&colon;alert(1)") << QString();
    QTest::addRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << QString();
    QTest::addRow("data html") << QStringLiteral("data:text/html,<script>alert(1)</script>") << QString();
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << QString();
    QTest::addRow("qrc") << QStringLiteral("qrc:/secret") << QString();
    QTest::addRow("smb") << QStringLiteral("smb://host/share") << QString();
    QTest::addRow("custom scheme") << QStringLiteral("wirewatch://open") << QString();
    QTest::addRow("no host") << QStringLiteral("http:///x") << QString();
}

void TestHtmlSanitizer::links()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    HtmlSanitizer::Options options;
    options.baseUrl = base;
    const QString out = HtmlSanitizer::sanitize(
        QStringLiteral("<p><a href=\"%1\" onclick=x()>link text</a></p>").arg(href), options);
    QVERIFY(out.contains(QLatin1String("link text")));
    QVERIFY(!out.contains(QLatin1String("onclick")));
    if (expected.isEmpty()) {
        QVERIFY2(!out.contains(QLatin1String("<a")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("script"), Qt::CaseInsensitive));
    } else {
        QVERIFY2(out.contains(QStringLiteral("<a href=\"%1\">")
                                  .arg(QUrl(expected).toString(QUrl::FullyEncoded).toHtmlEscaped())),
                 qPrintable(out));
    }
}

void TestHtmlSanitizer::images_data()
{
    QTest::addColumn<QString>("img");
    QTest::addColumn<bool>("kept");
    QTest::addRow("https image") << QStringLiteral("<img src=https://x.org/a.jpg alt=A>") << true;
    QTest::addRow("relative resolved") << QStringLiteral("<img src=/img/a.jpg>") << true;
    QTest::addRow("file") << QStringLiteral("<img src=file:///home/analyst/x.png>") << false;
    QTest::addRow("qrc") << QStringLiteral("<img src=qrc:/icons/a.png>") << false;
    QTest::addRow("data") << QStringLiteral("<img src=\"data:image/png;base64,iVBORw0=\">") << false;
    QTest::addRow("malformed data") << QStringLiteral("<img src=\"data:;base64,%%%\">") << false;
    QTest::addRow("1x1 pixel") << QStringLiteral("<img width=1 height=1 src=http://127.0.0.1:9/px?u=analyst>")
                               << false;
    QTest::addRow("0x0 pixel") << QStringLiteral("<img width=0 height=0 src=https://x.org/a.jpg>") << false;
    QTest::addRow("known tracker") << QStringLiteral(
                                          "<img src=https://pixel.example-tracker.com/p.gif?u=reader>")
                                   << false;
    QTest::addRow("analytics") << QStringLiteral("<img src=https://www.google-analytics.com/collect?v=1>")
                               << false;
}

void TestHtmlSanitizer::images()
{
    QFETCH(QString, img);
    QFETCH(bool, kept);
    HtmlSanitizer::Options options;
    options.baseUrl = base;
    const QString out = HtmlSanitizer::sanitize(img, options);
    QCOMPARE(out.contains(QLatin1String("<img")), kept);
    if (kept)
        QVERIFY(out.contains(QLatin1String("src=\"https://")));
}

void TestHtmlSanitizer::imagesOff()
{
    HtmlSanitizer::Options options;
    options.allowImages = false;
    const QString out =
        HtmlSanitizer::sanitize(QStringLiteral("<p>a<img src=https://x.org/a.jpg>b</p>"), options);
    QVERIFY(!out.contains(QLatin1String("img")));
    QVERIFY(out.contains(QLatin1String("ab")));
}

void TestHtmlSanitizer::keepsContent()
{
    const QString out = HtmlSanitizer::sanitize(QStringLiteral(
        "<article class=x><h2 id=h>Head</h2><p>One <b>bold</b> <em>em</em></p><ul><li>i1</li></ul>"
        "<blockquote>q</blockquote><figure><img src=https://x.org/a.jpg><figcaption>Cap</figcaption></figure>"
        "<table><tr><td colspan=2>c</td></tr></table><custom-el>inner</custom-el></article>"));
    for (const char *s : {"<h2>Head</h2>", "<p>One <b>bold</b> <em>em</em></p>", "<ul><li>i1</li></ul>",
                          "<blockquote>q</blockquote>", "<p>Cap</p>", "<td colspan=\"2\">c</td>", "inner"})
        QVERIFY2(out.contains(QLatin1String(s)), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("class")));
    QVERIFY(!out.contains(QLatin1String("id=")));
    QVERIFY(!out.contains(QLatin1String("custom-el")));
}

void TestHtmlSanitizer::deepNesting()
{
    const QString html = QStringLiteral("<div>").repeated(100000) + QStringLiteral("<script>x</script>deep");
    const QString out = HtmlSanitizer::sanitize(html);
    QVERIFY(out.contains(QLatin1String("deep")));
    QVERIFY(!out.contains(QLatin1String("script")));
}

void TestHtmlSanitizer::escapesText()
{
    const QString out =
        HtmlSanitizer::sanitize(QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;</p>"));
    QVERIFY(!out.contains(QLatin1String("<script")));
    QVERIFY(out.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(out.contains(QLatin1String("&amp;lt;")));
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
