#include "annotationlistdialog.h"

#include "annotationlistmodel.h"

#include "store/store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

AnnotationListDialog::AnnotationListDialog(ww::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_model(new AnnotationListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_status(new QLabel(this)), m_open(new QPushButton(tr("&Open article"), this))
{
    setWindowTitle(tr("All notes"));
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Words in the notes or the highlighted text"));
    m_search->setAccessibleName(tr("Search notes"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AnnotationListModel::SearchRole);
    m_proxy->setFilterKeyColumn(AnnotationListModel::TitleColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AnnotationListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Notes"));
    m_view->sortByColumn(AnnotationListModel::UpdatedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->resizeSection(AnnotationListModel::TitleColumn, 190);
    header->resizeSection(AnnotationListModel::QuoteColumn, 250);
    header->setSectionResizeMode(AnnotationListModel::NoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnnotationListModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AnnotationListModel::UpdatedColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(m_open, QDialogButtonBox::ActionRole);
    // Enter opens the current note's article (the view's activated()); no button may take it as default.
    for (QAbstractButton *b : box->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    bottom->addWidget(box);
    layout->addLayout(bottom);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &AnnotationListDialog::openCurrent);
    connect(m_view, &QTreeView::activated, this, &AnnotationListDialog::openCurrent);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    // Down from the search line goes to the results, so the whole dialog works without a mouse.
    connect(m_search, &QLineEdit::returnPressed, m_view, [this]() {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnnotationListDialog::updateStatus);
    resize(980, 480);
    reload();
}

int AnnotationListDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

void AnnotationListDialog::reload()
{
    const ww::Result<QList<ww::Annotation>> all = m_store.annotations().all();
    if (!all) {
        m_lastError = all.error().message;
        m_status->setText(m_lastError);
        return;
    }
    QHash<qint64, QString> articleTitles;
    QHash<qint64, QPair<QString, qint64>> stories; // label and first copy
    QList<AnnotationRow> rows;
    rows.reserve(all->size());
    for (const ww::Annotation &a : *all) {
        AnnotationRow row{a, {}, a.articleId};
        if (a.clusterId > 0) {
            if (!stories.contains(a.clusterId)) {
                const ww::Result<ww::StoryCluster> story = m_store.clusters().get(a.clusterId);
                stories.insert(a.clusterId, story ? qMakePair(story->label, story->founderArticleId)
                                                  : qMakePair(QString(), qint64(0)));
            }
            row.title = stories.value(a.clusterId).first;
            row.openArticle = stories.value(a.clusterId).second;
        } else {
            if (!articleTitles.contains(a.articleId)) {
                const ww::Result<ww::StoredArticle> article = m_store.articles().get(a.articleId);
                articleTitles.insert(a.articleId, article ? article->article.title : QString());
            }
            row.title = articleTitles.value(a.articleId);
        }
        rows << row;
    }
    m_model->setRows(std::move(rows));
    updateStatus();
}

void AnnotationListDialog::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_status->setText(shown == total ? tr("%n note(s)", nullptr, total)
                                     : tr("%1 of %n note(s)", nullptr, total).arg(shown));
    m_open->setEnabled(shown > 0);
    if (shown > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void AnnotationListDialog::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (const qint64 id = current.data(AnnotationListModel::ArticleIdRole).toLongLong(); id > 0)
        emit openArticleRequested(id);
}
