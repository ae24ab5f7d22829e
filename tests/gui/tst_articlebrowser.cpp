#include "articlebrowser.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// RELIABILITY b.3 (items 19-22): the article view reads no local file, decodes no data: URL, follows no
// qrc: and fetches nothing remote unless the analyst opted in; links open outside for http/https only.
class TestArticleBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedResources_data();
    void refusedResources();
    void documentNeverLoadsLocalImages();
    void remoteImagesOnlyWhenEnabled();
    void oversizedImagesDropped();
    void links_data();
    void links();

private:
    QTemporaryDir m_dir;
    QString m_redPng;
};

void TestArticleBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A real local image: if anything reads it, the test sees a 40x40 red picture come back.
    QImage red(40, 40, QImage::Format_RGB32);
    red.fill(Qt::red);
    m_redPng = m_dir.filePath(QStringLiteral("secret.png"));
    QVERIFY(red.save(m_redPng));
    QDir::setCurrent(m_dir.path()); // relative names would resolve here
}

void TestArticleBrowser::refusedResources_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<int>("type");
    const int image = QTextDocument::ImageResource;
    QTest::addRow("file: absolute") << QUrl::fromLocalFile(m_redPng) << image;
    QTest::addRow("relative name") << QUrl(QStringLiteral("secret.png")) << image;
    QTest::addRow("FILE: upper case") << QUrl(QStringLiteral("FILE://") + m_redPng) << image;
    QTest::addRow("qrc:") << QUrl(QStringLiteral("qrc:/i18n/wirewatch_ru.qm")) << image;
    QTest::addRow("data: png") << QUrl(QStringLiteral("data:image/"
                                                      "png;base64,"
                                                      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))
                               << image;
    QTest::addRow("data: malformed") << QUrl(QStringLiteral("data:;base64,%%%")) << image;
    QTest::addRow("data: svg") << QUrl(QStringLiteral("data:image/svg+xml,<svg/>")) << image;
    QTest::addRow("remote, images off") << QUrl(QStringLiteral("http://127.0.0.1:9/px?u=analyst")) << image;
    QTest::addRow("stylesheet file") << QUrl::fromLocalFile(m_redPng)
                                     << int(QTextDocument::StyleSheetResource);
}

void TestArticleBrowser::refusedResources()
{
    QFETCH(QUrl, url);
    QFETCH(int, type);
    ArticleBrowser browser;
    int fetches = 0;
    browser.setImageFetcher([&fetches](const QUrl &, std::function<void(const QByteArray &)>) { ++fetches; });
    const QVariant result = browser.loadResource(type, url);
    // Non-null on purpose: an empty QVariant would let QTextDocument read the file or decode the data: URL.
    QVERIFY(!result.isNull());
    if (type == QTextDocument::ImageResource)
        QCOMPARE(result.value<QImage>(), ArticleBrowser::placeholderImage());
    else
        QVERIFY(!result.toByteArray().contains("PNG"));
    QCOMPARE(fetches, 0);
    QCOMPARE(browser.refusedResourceCount(), 1);
}

void TestArticleBrowser::documentNeverLoadsLocalImages()
{
    ArticleBrowser browser;
    browser.resize(400, 300);
    const QString html = QStringLiteral("<p>x</p><img src=\"%1\"/><img src=\"secret.png\"/><img src=\"%2\"/>")
                             .arg(QUrl::fromLocalFile(m_redPng).toString(),
                                  QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
    browser.setHtml(html);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTRY_VERIFY(browser.refusedResourceCount() >= 3);
    const QVariant cached =
        browser.document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_redPng));
    QVERIFY(cached.isNull() || cached.value<QImage>().size() != QSize(40, 40));
    const QVariant relative =
        browser.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("secret.png")));
    QVERIFY(relative.isNull() || relative.value<QImage>().size() != QSize(40, 40));
}

void TestArticleBrowser::remoteImagesOnlyWhenEnabled()
{
    ArticleBrowser browser;
    QList<QUrl> requested;
    std::function<void(const QByteArray &)> deliver;
    browser.setImageFetcher([&](const QUrl &url, std::function<void(const QByteArray &)> done) {
        requested.append(url);
        deliver = std::move(done);
    });
    const QUrl photo(QStringLiteral("https://images.example.org/photo.png"));
    browser.loadResource(QTextDocument::ImageResource, photo);
    QVERIFY(requested.isEmpty()); // off by default

    browser.setRemoteImagesEnabled(true);
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, photo).value<QImage>(),
             ArticleBrowser::placeholderImage());
    browser.loadResource(QTextDocument::ImageResource, photo); // asked once, not per layout pass
    QCOMPARE(requested, QList<QUrl>{photo});

    QImage green(20, 10, QImage::Format_RGB32);
    green.fill(Qt::green);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    green.save(&buffer, "PNG");
    deliver(png);
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, photo).value<QImage>().size(), QSize(20, 10));

    // Even with the opt-in, local and data: URLs stay refused.
    QCOMPARE(
        browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_redPng)).value<QImage>(),
        ArticleBrowser::placeholderImage());
    QCOMPARE(requested.size(), 1);
}

void TestArticleBrowser::oversizedImagesDropped()
{
    ArticleBrowser browser;
    browser.setRemoteImagesEnabled(true);
    std::function<void(const QByteArray &)> deliver;
    browser.setImageFetcher(
        [&](const QUrl &, std::function<void(const QByteArray &)> done) { deliver = done; });
    const QUrl huge(QStringLiteral("https://images.example.org/huge.png"));
    browser.loadResource(QTextDocument::ImageResource, huge);
    QImage big(ArticleBrowser::kMaxImageSide + 1, 2, QImage::Format_Mono);
    big.fill(0);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    big.save(&buffer, "PNG");
    deliver(png);
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, huge).value<QImage>(),
             ArticleBrowser::placeholderImage());
    deliver(QByteArray("not an image"));
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, huge).value<QImage>(),
             ArticleBrowser::placeholderImage());
}

void TestArticleBrowser::links_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("opens");
    QTest::addRow("https") << QStringLiteral("https://www.reuters.com/world/") << true;
    QTest::addRow("http") << QStringLiteral("http://example.org/a") << true;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::addRow("mixed-case javascript") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
    QTest::addRow("vbscript") << QStringLiteral("vbscript:msgbox") << false;
    QTest::addRow("data html") << QStringLiteral("data:text/html,<b>x</b>") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("qrc") << QStringLiteral("qrc:/demo/index.html") << false;
    QTest::addRow("smb") << QStringLiteral("smb://server/share") << false;
    QTest::addRow("custom scheme") << QStringLiteral("wirewatch://open") << false;
    QTest::addRow("http without host") << QStringLiteral("http:relative") << false;
}

void TestArticleBrowser::links()
{
    QFETCH(QString, href);
    QFETCH(bool, opens);
    ArticleBrowser browser;
    QList<QUrl> opened;
    browser.setLinkOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QSignalSpy refused(&browser, &ArticleBrowser::linkRefused);
    emit browser.anchorClicked(QUrl(href));
    QCOMPARE(opened.size(), opens ? 1 : 0);
    QCOMPARE(refused.size(), opens ? 0 : 1);
    QVERIFY(!browser.openLinks());
    QVERIFY(!browser.openExternalLinks());
}

QTEST_MAIN(TestArticleBrowser)
#include "tst_articlebrowser.moc"
