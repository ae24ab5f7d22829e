#pragma once

#include "store/storetypes.h"

#include <QWidget>

class QLabel;
class QHBoxLayout;

// What a feed reader never shows, above the text: publisher vs. producing agency (evidence on hover),
// byline, dateline, times, language, country chips, the story cluster and the analyst's tags.
// Every string from the article is shown as plain text.
class ArticleHeader : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHeader)
public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    // cluster: the other copies of the story, in any order (shown first publisher first).
    void setArticle(const ww::StoredArticle &article, const QList<ww::ArticleSummary> &cluster);
    void clear();

    // For tests and accessibility tools: the labels' current texts.
    QString titleText() const;
    QString attributionText() const;
    QString attributionToolTip() const;
    QString metaText() const;
    QString clusterText() const;
    QStringList countryChips() const;
    QString tagsText() const;

private:
    void setCountries(const QList<ww::CountryMention> &countries);

    QLabel *m_title;
    QLabel *m_attribution; // "Published by X — produced by Y" as one wrapping paragraph
    QString m_attributionPlain;
    QString m_producerToolTip;
    QLabel *m_meta;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QLabel *m_cluster;
    QLabel *m_tags;
};
