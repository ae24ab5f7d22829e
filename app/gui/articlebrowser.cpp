#include "articlebrowser.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QImageReader>
#include <QPointer>
#include <QTextDocument>

ArticleBrowser::ArticleBrowser(QWidget *parent) : QTextBrowser(parent)
{
    // Navigation inside the widget would call loadResource on arbitrary URLs; we only ever open outside.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setAccessibleName(tr("Article text"));
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleBrowser::openLink);
    m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

ArticleBrowser::~ArticleBrowser() = default;

void ArticleBrowser::setRemoteImagesEnabled(bool enabled)
{
    m_remoteImages = enabled;
}

void ArticleBrowser::setImageFetcher(ImageFetcher fetcher)
{
    m_fetcher = std::move(fetcher);
}

void ArticleBrowser::setLinkOpener(LinkOpener opener)
{
    m_opener = std::move(opener);
}

QImage ArticleBrowser::placeholderImage()
{
    static const QImage image = [] {
        QImage img(1, 1, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        return img;
    }();
    return image;
}

bool ArticleBrowser::isOpenableLink(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QVariant ArticleBrowser::loadResource(int type, const QUrl &name)
{
    const QString scheme = name.scheme().toLower();
    const bool remote =
        (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !name.host().isEmpty();
    if (type == QTextDocument::ImageResource && remote && m_remoteImages && m_fetcher) {
        const auto cached = m_images.constFind(name);
        if (cached != m_images.constEnd())
            return *cached;
        if (!m_requested.contains(name)) {
            m_requested.insert(name);
            QPointer<ArticleBrowser> self(this);
            m_fetcher(name, [self, name](const QByteArray &bytes) {
                if (self)
                    self->imageArrived(name, bytes);
            });
        }
        return placeholderImage();
    }
    // Everything else (file:, relative names, qrc:, data:, stylesheets, remote while off) gets a stand-in.
    ++m_refused;
    if (type == QTextDocument::ImageResource)
        return placeholderImage();
    return QByteArray(" ");
}

void ArticleBrowser::imageArrived(const QUrl &url, const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > kMaxImageBytes)
        return;
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    // An image bomb declares a huge size in a few bytes: check before decoding.
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxImageSide || size.height() > kMaxImageSide ||
        size.width() * size.height() <= 1)
        return;
    if (reader.format() == "svg" || reader.format() == "svgz")
        return;
    const QImage image = reader.read();
    if (image.isNull())
        return;
    m_images.insert(url, image);
    document()->addResource(QTextDocument::ImageResource, url, image);
    // Re-layout so the placeholder is replaced.
    document()->markContentsDirty(0, document()->characterCount());
}

void ArticleBrowser::openLink(const QUrl &url)
{
    if (!isOpenableLink(url)) {
        emit linkRefused(url);
        return;
    }
    if (m_opener && m_opener(url))
        emit linkOpened(url);
}
