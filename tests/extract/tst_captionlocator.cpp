#include "extract/captionlocator.h"
#include "extract/htmldocument.h"

#include <QTest>

using namespace ww;

class TestCaptionLocator : public QObject
{
    Q_OBJECT
private slots:
    void locate_data();
    void locate();
    void labels_data();
    void labels();
    void mediumLabels_data();
    void mediumLabels();
};

void TestCaptionLocator::locate_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    const QString prose =
        QStringLiteral("<p>Officials said the talks would continue on Tuesday in the capital, "
                       "and that both delegations had agreed on an agenda.</p>");

    QTest::addRow("figcaption credit span")
        << s("<figure><img src=a.jpg><figcaption><span class=c-figure__text>Delegates at the opening</span> "
             "<span class=c-figure__credit>Credit: AP Photo/Jane Roe</span></figcaption></figure>") +
               prose
        << s("Delegates at the opening") << s("AP Photo/Jane Roe");
    QTest::addRow("screen-reader prefixes, credit before image")
        << s("<figure><div class=wrap><span class=image-copyright><span class=visually-hidden>Image source, "
             "</span>JOHN DOE / AFP</span><img src=a.jpg></div><figcaption><span class=sr-only>Image "
             "caption, </span>Rescuers search the rubble</figcaption></figure>") +
               prose
        << s("Rescuers search the rubble") << s("JOHN DOE / AFP");
    QTest::addRow("wordpress caption with pipe")
        << s("<div class=\"wp-caption aligncenter\"><img src=a.jpg><p class=wp-caption-text>Troops on parade "
             "| REUTERS/Jane Roe</p></div>") +
               prose
        << s("Troops on parade") << s("REUTERS/Jane Roe");
    QTest::addRow("wordpress caption keeps the photo label")
        << s("<div class=wp-caption><img src=a.jpg><p class=wp-caption-text>A market in Kano | Photo: Ade "
             "Bello/Daily Star</p></div>") +
               prose
        << s("A market in Kano") << s("Photo: Ade Bello/Daily Star");
    QTest::addRow("table layout")
        << s("<table class=pt><tr><td><img src=a.jpg></td></tr><tr><td class=pcap>Voters queue in "
             "Maputo</td></tr><tr><td class=pcredit>AP Photo/Jane Roe</td></tr></table>") +
               prose
        << s("Voters queue in Maputo") << s("AP Photo/Jane Roe");
    QTest::addRow("microdata copyrightHolder")
        << s("<div class=pic itemprop=image><img src=a.jpg><p class=pic-cap><span itemprop=caption>A tanker "
             "at the terminal</span> <span itemprop=copyrightHolder>Фото: REUTERS/Антон Петров</span></p>"
             "</div>") +
               prose
        << s("A tanker at the terminal") << s("Фото: REUTERS/Антон Петров");
    QTest::addRow("short class names")
        << s("<div class=art-pic><img src=a.jpg><div class=art-pic-txt><span class=cr>사진=연합뉴스</span> "
             "<span class=tx>서울 도심</span></div></div>") +
               prose
        << s("서울 도심") << s("사진=연합뉴스");
    QTest::addRow("credit span after br")
        << s("<div class=news-img><img src=a.jpg><div class=img-desc>Порт Одеси<br><span "
             "class=img-source>Фото: Укрінформ</span></div></div>") +
               prose
        << s("Порт Одеси") << s("Фото: Укрінформ");
    QTest::addRow("credit line after the figure")
        << s("<figure><img src=a.jpg><figcaption>Наслідки удару</figcaption></figure><div "
             "class=imageAuthor>Фото: Павло Багмут / Укрінформ</div>") +
               prose
        << s("Наслідки удару") << s("Фото: Павло Багмут / Укрінформ");
    QTest::addRow("arabic parenthesised agency")
        << s("<div class=article-image><img src=a.jpg><div class=image-caption>عائلات نازحة في بيروت <span "
             "class=image-source>(أ ف ب)</span></div></div>") +
               prose
        << s("عائلات نازحة في بيروت") << s("(أ ف ب)");
    QTest::addRow("ap trailing parenthesis")
        << s("<figure><img src=a.jpg><figcaption>A soldier in Bakhmut, Ukraine, June 3, 2024. (AP "
             "Photo/Jae C. Hong)</figcaption></figure>") +
               prose
        << s("A soldier in Bakhmut, Ukraine, June 3, 2024.") << s("AP Photo/Jae C. Hong");
    // The box must stop at the article: its byline is no photo credit, its text no caption.
    QTest::addRow("no caption, article byline not taken")
        << s("<div class=detail><h1>Title</h1><span class=author>By Jane Roe</span><div class=pic><img "
             "src=a.jpg></div>") +
               prose + s("</div>")
        << QString() << QString();
    QTest::addRow("image inside a prose paragraph")
        << s("<p>The minister spoke for an hour <img src=a.jpg> and took no questions from reporters.</p>") +
               prose
        << QString() << QString();
}

void TestCaptionLocator::locate()
{
    QFETCH(QString, html);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    const QString page = QStringLiteral("<body>") + html + QStringLiteral("</body>");
    const HtmlDocument doc = HtmlDocument::parse(page);
    const int img = doc.firstElement(QLatin1String("img"));
    QVERIFY(img > 0);
    const CaptionLocator::Found found = CaptionLocator::locate(doc, img);
    QCOMPARE(found.caption, caption);
    QCOMPARE(found.credit, credit);
}

void TestCaptionLocator::labels_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("credit");
    QTest::addRow("credit label") << QStringLiteral("Credit: Jane Roe/AFP") << QStringLiteral("Jane Roe/AFP");
    QTest::addRow("image source") << QStringLiteral("Image source, Yonhap") << QStringLiteral("Yonhap");
    QTest::addRow("photo credit") << QStringLiteral("Photo credit: EPA") << QStringLiteral("EPA");
    QTest::addRow("photo label stays")
        << QStringLiteral("Photo: Reuters") << QStringLiteral("Photo: Reuters");
    QTest::addRow("russian label stays")
        << QString::fromUtf8("Фото: ТАСС") << QString::fromUtf8("Фото: ТАСС");
}

void TestCaptionLocator::labels()
{
    QFETCH(QString, raw);
    QFETCH(QString, credit);
    QCOMPARE(CaptionLocator::stripCreditLabel(raw), credit);
}

void TestCaptionLocator::mediumLabels_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("credit");
    const auto s = [](const char *utf8) { return QString::fromUtf8(utf8); };
    QTest::addRow("photo") << s("Photo: KCNA via REUTERS") << s("KCNA via REUTERS");
    QTest::addRow("photograph") << s("Photograph: Jane Roe/AFP") << s("Jane Roe/AFP");
    QTest::addRow("photograph by") << s("Photograph by Jane Roe") << s("Jane Roe");
    QTest::addRow("russian") << s("Фото: ТАСС") << s("ТАСС");
    QTest::addRow("ukrainian") << s("Світлина: Укрінформ") << s("Укрінформ");
    QTest::addRow("korean equals") << s("사진=연합뉴스") << s("연합뉴스");
    QTest::addRow("korean spaced") << s("사진 = 뉴시스") << s("뉴시스");
    QTest::addRow("arabic") << s("تصوير: رويترز") << s("رويترز");
    QTest::addRow("credit label too") << s("Credit: Photo: EPA") << s("EPA");
    QTest::addRow("agency photo is not a label") << s("AP Photo/Evan Vucci") << s("AP Photo/Evan Vucci");
    QTest::addRow("file photo is not a label") << s("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo")
                                               << s("Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo");
    QTest::addRow("photographer named photo") << s("Photos Smith/AFP") << s("Photos Smith/AFP");
    QTest::addRow("label alone stays") << s("Photo:") << s("Photo:");
}

void TestCaptionLocator::mediumLabels()
{
    QFETCH(QString, raw);
    QFETCH(QString, credit);
    QCOMPARE(CaptionLocator::stripMediumLabel(raw), credit);
}

QTEST_GUILESS_MAIN(TestCaptionLocator)
#include "tst_captionlocator.moc"
