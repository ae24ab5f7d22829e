#pragma once

#include "store/storetypes.h"

#include <QWidget>

class ArticleBrowser;
class ArticleHeader;

// The reading pane: the attribution header above the sanitised body, image captions and parsed credits.
class ArticleView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const ww::StoredArticle &article, const QList<ww::ArticleSummary> &cluster);
    void clear();
    void setRemoteImagesEnabled(bool enabled);

    qint64 articleId() const { return m_articleId; }
    ArticleHeader *header() const { return m_header; }
    ArticleBrowser *browser() const { return m_browser; }

    // The HTML handed to the browser; every article string in it is escaped or sanitised.
    static QString bodyHtml(const ww::StoredArticle &article, bool remoteImages);

private:
    ArticleHeader *m_header;
    ArticleBrowser *m_browser;
    qint64 m_articleId = 0;
};
