#include "extract/imageextractor.h"

#include <QTest>

using namespace ww;

class TestImageExtractor : public QObject
{
    Q_OBJECT
private slots:
    void srcset_data();
    void srcset();
    void shapes_data();
    void shapes();
    void furnitureAndPixels();
    void fallbacks();
};

static const QUrl base(QStringLiteral("https://news.example.com/world/story.html"));
static const QString prose = QStringLiteral(
    "<p>The central bank raised its key rate by 200 basis points on Friday, the largest increase since 2022, "
    "citing persistent inflation, a weak currency and rising wages across the economy, officials said.</p>"
    "<p>Analysts had expected a smaller move, and the decision surprised markets, which fell sharply in the "
    "afternoon, traders said, as the currency weakened further against the dollar and the euro.</p>");

static QList<ArticleImage> imagesOf(const QString &html)
{
    const HtmlDocument doc = HtmlDocument::parse(html);
    const ExtractedContent content = ContentExtractor::extract(doc, base);
    return ImageExtractor::extract(doc, content, MetadataExtractor::extract(doc, base), base);
}

void TestImageExtractor::srcset_data()
{
    QTest::addColumn<QString>("srcset");
    QTest::addColumn<QString>("best");
    QTest::addRow("widths") << QStringLiteral("/a-320.jpg 320w, /a-1280.jpg 1280w, /a-640.jpg 640w")
                            << QStringLiteral("https://news.example.com/a-1280.jpg");
    QTest::addRow("densities") << QStringLiteral("a.jpg 1x, a@2x.jpg 2x")
                               << QStringLiteral("https://news.example.com/world/a@2x.jpg");
    QTest::addRow("comma in url")
        << QStringLiteral(
               "https://img.example/c_fill,w_300/a.jpg 300w, https://img.example/c_fill,w_900/a.jpg 900w")
        << QStringLiteral("https://img.example/c_fill,w_900/a.jpg");
    QTest::addRow("javascript ignored") << QStringLiteral("javascript:alert(1) 2000w, /ok.jpg 100w")
                                        << QStringLiteral("https://news.example.com/ok.jpg");
}

void TestImageExtractor::srcset()
{
    QFETCH(QString, srcset);
    QFETCH(QString, best);
    QCOMPARE(ImageExtractor::bestSrcsetCandidate(srcset, base).toString(), best);
}

void TestImageExtractor::shapes_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::addRow("figcaption with credit span")
        << QStringLiteral("<figure><img src=/i/a.jpg alt=A><figcaption>Crowds gather in Kyiv, Ukraine. <span "
                          "class=\"photo-credit\">Photo: Jane Roe/AFP</span></figcaption></figure>")
        << QStringLiteral("https://news.example.com/i/a.jpg")
        << QStringLiteral("Crowds gather in Kyiv, Ukraine.") << QStringLiteral("Photo: Jane Roe/AFP");
    QTest::addRow("reuters trailing credit")
        << QStringLiteral(
               "<figure><img data-src=/i/b.jpg src=data:image/gif;base64,R0lGOD><figcaption>Smoke rises in "
               "Gaza City, October 14, 2024. REUTERS/Mohammed Salem</figcaption></figure>")
        << QStringLiteral("https://news.example.com/i/b.jpg")
        << QStringLiteral("Smoke rises in Gaza City, October 14, 2024.")
        << QStringLiteral("REUTERS/Mohammed Salem");
    QTest::addRow("itemprop markup")
        << QStringLiteral("<figure><img srcset=\"/i/c-600.jpg 600w, /i/c-1200.jpg 1200w\"><figcaption><span "
                          "itemprop=caption>Talks in Geneva.</span> <span "
                          "itemprop=copyrightHolder>EPA-EFE/Martial Trezzini</span></figcaption></figure>")
        << QStringLiteral("https://news.example.com/i/c-1200.jpg") << QStringLiteral("Talks in Geneva.")
        << QStringLiteral("EPA-EFE/Martial Trezzini");
    QTest::addRow("div image with caption class")
        << QStringLiteral("<div class=\"image-wrap\"><img src=https://cdn.example/d.jpg><div "
                          "class=\"image-caption\">Seoul skyline at dusk</div><div "
                          "class=\"image-credit\">Yonhap</div></div>")
        << QStringLiteral("https://cdn.example/d.jpg") << QStringLiteral("Seoul skyline at dusk")
        << QStringLiteral("Yonhap");
    QTest::addRow("ap parenthesis")
        << QStringLiteral("<figure><picture><source srcset=\"/i/e.webp 2x\"><img "
                          "alt=x></picture><figcaption>A soldier walks in Bakhmut, Ukraine, Monday, June 3, "
                          "2024. (AP Photo/Evgeniy Maloletka)</figcaption></figure>")
        << QStringLiteral("https://news.example.com/i/e.webp")
        << QStringLiteral("A soldier walks in Bakhmut, Ukraine, Monday, June 3, 2024.")
        << QStringLiteral("AP Photo/Evgeniy Maloletka");
}

void TestImageExtractor::shapes()
{
    QFETCH(QString, figure);
    QFETCH(QString, url);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    const auto images =
        imagesOf(QStringLiteral("<article><h1>T</h1>") + figure + QStringLiteral("<div class=body>") + prose +
                 QStringLiteral("</div></article>"));
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().url.toString(), url);
    QCOMPARE(images.first().caption, caption);
    QCOMPARE(images.first().credit, credit);
}

void TestImageExtractor::furnitureAndPixels()
{
    const QString html =
        QStringLiteral("<header><img src=/logo.png alt=Logo></header><article><div class=body>") + prose +
        QStringLiteral("<img src=https://pixel.example-tracker.com/p.gif?u=1 width=1 height=1>"
                       "<img src=/static/icons/share.png width=16 height=16></div></article>"
                       "<aside class=related><a href=/x><img src=/images/other.jpg></a></aside>"
                       "<footer><img src=https://t.example/px.gif width=1 height=1></footer>");
    QVERIFY(imagesOf(html).isEmpty());
}

void TestImageExtractor::fallbacks()
{
    // No image in the body: JSON-LD ImageObject, then og:image.
    const QString ld =
        QStringLiteral("<head><script "
                       "type=\"application/"
                       "ld+json\">{\"@type\":\"NewsArticle\",\"image\":{\"@type\":\"ImageObject\",\"url\":"
                       "\"https://img.example/lead.jpg\",\"caption\":\"Flooded streets in Valencia, Spain "
                       "October 30, 2024.\",\"creditText\":\"REUTERS/Eva Manez\"}}</script>"
                       "<meta property=\"og:image\" "
                       "content=\"https://img.example/lead.jpg?w=1200\"></head><body><article>") +
        prose + QStringLiteral("</article></body>");
    const auto images = imagesOf(ld);
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.first().credit, QStringLiteral("REUTERS/Eva Manez"));
    QCOMPARE(images.first().takenDate, QStringLiteral("2024-10-30"));
    QCOMPARE(images.first().place, QStringLiteral("Valencia, Spain"));
    const QString og = QStringLiteral("<head><meta property=og:image content=/og.jpg><meta "
                                      "property=og:image:alt content=\"Lead\"></head><body><article>") +
                       prose + QStringLiteral("</article></body>");
    const auto ogImages = imagesOf(og);
    QCOMPARE(ogImages.size(), 1);
    QCOMPARE(ogImages.first().url.toString(), QStringLiteral("https://news.example.com/og.jpg"));
    QCOMPARE(ogImages.first().alt, QStringLiteral("Lead"));
}

QTEST_GUILESS_MAIN(TestImageExtractor)
#include "tst_imageextractor.moc"
