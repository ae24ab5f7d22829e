#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

#include <functional>

// The only widget that renders article content. Feed and page HTML is hostile, so this browser never reads
// local files, never decodes data: URLs, never follows qrc:, and fetches remote images only when the analyst
// opted in and an image fetcher (the network chokepoint) was injected. Links open outside, http/https only.
class ArticleBrowser : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleBrowser)
public:
    // Fetches one image through the application's network chokepoint and calls done with the bytes (empty on
    // failure). The browser decodes the bytes itself, under a size cap.
    using ImageFetcher = std::function<void(const QUrl &url, std::function<void(const QByteArray &)> done)>;
    using LinkOpener = std::function<bool(const QUrl &url)>;

    explicit ArticleBrowser(QWidget *parent = nullptr);
    ~ArticleBrowser() override;

    void setRemoteImagesEnabled(bool enabled);
    bool remoteImagesEnabled() const { return m_remoteImages; }
    void setImageFetcher(ImageFetcher fetcher);
    // Defaults to QDesktopServices::openUrl; tests inject a recorder.
    void setLinkOpener(LinkOpener opener);

    QVariant loadResource(int type, const QUrl &name) override;

    // The non-null stand-in returned for every refused resource. It must be non-null: QTextDocument falls
    // back to reading data: URLs and local files itself when the browser returns an empty QVariant.
    static QImage placeholderImage();
    static bool isOpenableLink(const QUrl &url);

    int refusedResourceCount() const { return m_refused; }
    int requestedImageCount() const { return int(m_requested.size()); }

    static constexpr qsizetype kMaxImageBytes = 8 * 1024 * 1024;
    static constexpr int kMaxImageSide = 4096;

signals:
    void linkRefused(const QUrl &url);
    void linkOpened(const QUrl &url);

private:
    void openLink(const QUrl &url);
    void imageArrived(const QUrl &url, const QByteArray &bytes);

    bool m_remoteImages = false;
    ImageFetcher m_fetcher;
    LinkOpener m_opener;
    QSet<QUrl> m_requested;
    QHash<QUrl, QImage> m_images;
    int m_refused = 0;
};
