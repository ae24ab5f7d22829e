#include "alerthistorydialog.h"
#include "core/displaytime.h"

#include "store/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

AlertHistoryDialog::AlertHistoryDialog(ww::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_tree(new QTreeWidget(this)),
      m_open(new QPushButton(tr("&Open article"), this))
{
    setWindowTitle(tr("Alert history"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Alerts by saved search, newest first:"), this);
    label->setBuddy(m_tree);
    layout->addWidget(label);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Fired"), tr("New matches"), tr("Newest match")});
    m_tree->setAccessibleName(tr("Alert history"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MatchesColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(m_open, QDialogButtonBox::ActionRole);
    // Enter opens the current alert's article (the tree's activated()); no button may take it as default.
    for (QAbstractButton *b : box->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &AlertHistoryDialog::openCurrent);
    connect(m_tree, &QTreeWidget::activated, this, &AlertHistoryDialog::openCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_open->setEnabled(current && current->data(WhenColumn, ArticleIdRole).toLongLong() > 0);
    });
    resize(720, 440);
    reload();
}

void AlertHistoryDialog::reload()
{
    m_tree->clear();
    m_open->setEnabled(false);
    const ww::Result<QList<ww::SavedSearch>> searches = m_store.savedSearches().list();
    if (!searches) {
        m_lastError = searches.error().message;
        return;
    }
    QHash<qint64, QString> titles;
    QTreeWidgetItem *first = nullptr;
    for (const ww::SavedSearch &s : *searches) {
        const ww::Result<QList<ww::AlertRecord>> alerts =
            m_store.savedSearches().alerts(s.id, kAlertsPerSearch);
        if (!alerts) {
            m_lastError = alerts.error().message;
            continue;
        }
        auto *search = new QTreeWidgetItem(m_tree);
        search->setText(WhenColumn, s.name);
        search->setToolTip(WhenColumn, s.query);
        search->setData(WhenColumn, SearchIdRole, s.id);
        search->setFirstColumnSpanned(true);
        QFont bold = search->font(WhenColumn);
        bold.setBold(true);
        search->setFont(WhenColumn, bold);
        if (alerts->isEmpty()) {
            auto *none = new QTreeWidgetItem(search);
            none->setText(WhenColumn, s.alert ? tr("No alerts yet") : tr("Alerts are off for this search"));
            none->setFirstColumnSpanned(true);
            none->setDisabled(true);
        }
        for (const ww::AlertRecord &a : *alerts) { // the store gives them newest first
            if (!titles.contains(a.maxArticleId)) {
                const ww::Result<ww::StoredArticle> article = m_store.articles().get(a.maxArticleId);
                // An empty title means the article is gone (pruned); one stored without a title still opens.
                titles.insert(a.maxArticleId, !article                           ? QString()
                                              : article->article.title.isEmpty() ? tr("(untitled)")
                                                                                 : article->article.title);
            }
            const QString title = titles.value(a.maxArticleId);
            auto *item = new QTreeWidgetItem(search);
            item->setText(WhenColumn, ww::DisplayTime::shortText(a.firedAt));
            item->setText(MatchesColumn, QLocale().toString(a.articleCount));
            item->setTextAlignment(MatchesColumn, Qt::AlignTrailing | Qt::AlignVCenter);
            item->setText(ArticleColumn, title.isEmpty() ? tr("(article no longer stored)") : title);
            item->setToolTip(ArticleColumn, a.message.isEmpty() ? title : a.message);
            item->setData(WhenColumn, AlertIdRole, a.id);
            item->setData(WhenColumn, ArticleIdRole, title.isEmpty() ? qint64(0) : a.maxArticleId);
            if (!first)
                first = item;
        }
    }
    m_tree->expandAll();
    if (first)
        m_tree->setCurrentItem(first);
}

void AlertHistoryDialog::openCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    if (const qint64 id = item->data(WhenColumn, ArticleIdRole).toLongLong(); id > 0)
        emit openArticleRequested(id);
}
