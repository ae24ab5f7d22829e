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
    // Words and phrases of the current search, marked in the text of every article shown from now on.
    void setHighlightTerms(const QStringList &terms);
    const QStringList &highlightTerms() const { return m_highlightTerms; }
    int highlightCount() const;
    // The marked stretches of text, in document order (tests).
    QStringList highlightedTexts() const;
    static constexpr int MaxHighlights = 500; // a term that matches everywhere marks the first ones only

    qint64 articleId() const { return m_articleId; }
    ArticleHeader *header() const { return m_header; }
    ArticleBrowser *browser() const { return m_browser; }

    // The HTML handed to the browser; every article string in it is escaped or sanitised.
    static QString bodyHtml(const ww::StoredArticle &article, bool remoteImages);

private:
    void applyHighlights();

    ArticleHeader *m_header;
    QStringList m_highlightTerms;
    ArticleBrowser *m_browser;
    qint64 m_articleId = 0;
};
