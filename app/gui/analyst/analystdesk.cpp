#include "analystdesk.h"

#include "alertcenter.h"
#include "alerthistorydialog.h"
#include "annotationlistdialog.h"
#include "annotationpanel.h"
#include "clusternotespanel.h"
#include "savesearchdialog.h"
#include "tagbar.h"
#include "tagmanagerdialog.h"

#include "models/articlelistmodel.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

AnalystDesk::AnalystDesk(ww::Store &store, QMainWindow *window, QTextBrowser *browser, QLineEdit *search)
    : QObject(window), m_store(store), m_window(window), m_browser(browser), m_search(search),
      m_dock(new QDockWidget(tr("Tags and notes"), window)), m_tags(new TagBar(store)),
      m_annotations(new AnnotationPanel(store, browser)),
      m_storyNotes(new ClusterNotesPanel(store, m_annotations->undoStack())), m_alerts(new AlertCenter(this)),
      m_badge(new QLabel(window)), m_highlight(new QAction(tr("&Highlight selection…"), this)),
      m_saveSearch(new QAction(tr("&Save search…"), this))
{
    auto *content = new QWidget(m_dock);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_tags);
    layout->addWidget(m_annotations, 3);
    layout->addWidget(m_storyNotes, 2);
    m_dock->setObjectName(QStringLiteral("analystDock")); // for saveState()
    m_dock->setWidget(content);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // A side panel, not a third of the desk: the article list and text keep the room.
    window->resizeDocks({m_dock}, {260}, Qt::Horizontal);
    content->setMinimumWidth(200);

    m_highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highlight->setToolTip(tr("Highlight the selected words of the article and add a note"));
    connect(m_highlight, &QAction::triggered, m_annotations, [this]() {
        m_dock->show();
        m_annotations->promptSelection();
    });
    auto *articleNote = new QAction(tr("Note on &article…"), this);
    connect(articleNote, &QAction::triggered, m_annotations, [this]() {
        m_dock->show();
        m_annotations->promptArticleNote();
    });
    auto *tag = new QAction(tr("&Tag article…"), this);
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(tag, &QAction::triggered, this, [this]() {
        m_dock->show();
        m_tags->input()->setFocus(Qt::ShortcutFocusReason);
    });
    auto *tagSelected = new QAction(tr("Tag &selected articles…"), this);
    tagSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(tagSelected, &QAction::triggered, this, [this]() {
        const QList<qint64> ids = selectedArticleIds();
        if (ids.isEmpty()) {
            emit statusMessage(tr("Select articles in the list first."));
            return;
        }
        if (const QString name = askTagName(tr("Tag %1 selected articles").arg(ids.size())); !name.isEmpty())
            tagArticles(ids, name);
    });
    auto *tagStoryAction = new QAction(tr("Tag the whole &story…"), this);
    connect(tagStoryAction, &QAction::triggered, this, [this]() {
        if (m_articleId <= 0)
            return;
        if (const QString name = askTagName(tr("Tag every copy of this story")); !name.isEmpty())
            tagStory(m_articleId, name);
    });
    m_saveSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveSearch, &QAction::triggered, this, &AnalystDesk::saveSearch);
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);

    QMenu *menu = window->menuBar()->addMenu(tr("&Notes"));
    menu->addActions({m_highlight, articleNote, tag, tagSelected, tagStoryAction});
    menu->addSeparator();
    menu->addActions({undo, redo});
    auto *storyNote = new QAction(tr("Note on the whole st&ory…"), this);
    connect(storyNote, &QAction::triggered, m_storyNotes, [this]() {
        if (m_storyNotes->clusterId() <= 0) {
            emit statusMessage(tr("This article is not part of a story other outlets ran."));
            return;
        }
        m_dock->show();
        m_storyNotes->promptAdd();
    });
    menu->insertAction(tag, storyNote);
    menu->addSeparator();
    menu->addAction(m_saveSearch);
    auto *manage = new QAction(tr("&Manage tags…"), this);
    connect(manage, &QAction::triggered, this, &AnalystDesk::manageTags);
    auto *allNotes = new QAction(tr("&All notes…"), this);
    allNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(allNotes, &QAction::triggered, this, &AnalystDesk::showAllNotes);
    auto *history = new QAction(tr("Alert &history…"), this);
    connect(history, &QAction::triggered, this, &AnalystDesk::showAlertHistory);
    menu->addActions({manage, allNotes, history});
    menu->addAction(m_dock->toggleViewAction());

    m_badge->setAccessibleName(tr("New alert matches"));
    m_badge->setToolTip(tr("Show the alert history"));
    // A link, so the badge opens the history by mouse and (Tab, Enter) by keyboard.
    m_badge->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_badge->hide();
    window->statusBar()->addPermanentWidget(m_badge);
    connect(m_badge, &QLabel::linkActivated, this, &AnalystDesk::showAlertHistory);
    connect(m_alerts, &AlertCenter::unseenChanged, this, [this](int count) {
        m_badge->setText(QStringLiteral("<a href=\"#alerts\">%1</a>")
                             .arg(tr("Alerts: %1 new").arg(count).toHtmlEscaped()));
        m_badge->setVisible(count > 0);
        if (m_alertHistory && count > 0)
            m_alertHistory->reload();
    });
    connect(m_tags, &TagBar::tagsChanged, this, &AnalystDesk::tagsChanged);
    connect(m_tags, &TagBar::errorOccurred, this, &AnalystDesk::statusMessage);
    connect(m_annotations, &AnnotationPanel::errorOccurred, this, &AnalystDesk::statusMessage);
    connect(m_storyNotes, &ClusterNotesPanel::errorOccurred, this, &AnalystDesk::statusMessage);
    const auto notesChanged = [this]() {
        if (m_allNotes)
            m_allNotes->reload();
    };
    connect(m_annotations, &AnnotationPanel::annotationsChanged, this, notesChanged);
    connect(m_storyNotes, &ClusterNotesPanel::notesChanged, this, notesChanged);
    clear();
}

void AnalystDesk::showArticle(qint64 articleId)
{
    const ww::Result<ww::StoredArticle> article = m_store.articles().get(articleId);
    if (!article) {
        clear();
        emit statusMessage(article.error().message);
        return;
    }
    m_articleId = articleId;
    m_tags->setArticle(articleId);
    m_annotations->setArticle(*article);
    m_storyNotes->setArticle(articleId);
    m_highlight->setEnabled(true);
}

void AnalystDesk::clear()
{
    m_articleId = 0;
    m_tags->setArticle(0);
    m_annotations->clear();
    m_storyNotes->setCluster(0);
    m_highlight->setEnabled(false);
}

void AnalystDesk::saveSearch()
{
    SaveSearchDialog dialog(m_store, m_search ? m_search->text() : QString(), m_window);
    if (dialog.exec() == QDialog::Accepted) {
        emit savedSearchesChanged();
        emit statusMessage(tr("Search saved as \"%1\".").arg(dialog.nameEdit()->text().trimmed()));
    }
}

TagManagerDialog *AnalystDesk::manageTags()
{
    if (!m_tagManager) {
        m_tagManager = new TagManagerDialog(m_store, m_window);
        m_tagManager->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_tagManager, &TagManagerDialog::tagsEdited, this, [this]() {
            m_tags->setArticle(m_articleId); // the chips show the new names and colours
            emit tagListChanged();
        });
    } else {
        m_tagManager->reload();
    }
    m_tagManager->show();
    m_tagManager->raise();
    m_tagManager->activateWindow();
    return m_tagManager;
}

AnnotationListDialog *AnalystDesk::showAllNotes()
{
    if (!m_allNotes) {
        m_allNotes = new AnnotationListDialog(m_store, m_window);
        m_allNotes->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_allNotes, &AnnotationListDialog::openArticleRequested, this,
                &AnalystDesk::openArticleRequested);
    } else {
        m_allNotes->reload();
    }
    m_allNotes->show();
    m_allNotes->raise();
    m_allNotes->activateWindow();
    return m_allNotes;
}

AlertHistoryDialog *AnalystDesk::showAlertHistory()
{
    m_alerts->markSeen(); // the analyst is looking at them now
    if (!m_alertHistory) {
        m_alertHistory = new AlertHistoryDialog(m_store, m_window);
        m_alertHistory->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_alertHistory, &AlertHistoryDialog::openArticleRequested, this,
                &AnalystDesk::openArticleRequested);
    } else {
        m_alertHistory->reload();
    }
    m_alertHistory->show();
    m_alertHistory->raise();
    m_alertHistory->activateWindow();
    return m_alertHistory;
}

QList<qint64> AnalystDesk::selectedArticleIds() const
{
    QList<qint64> ids;
    if (!m_list || !m_list->selectionModel())
        return ids;
    for (const QModelIndex &row : m_list->selectionModel()->selectedRows())
        if (const qint64 id = row.data(ww::ArticleListModel::IdRole).toLongLong(); id > 0)
            ids << id;
    return ids;
}

QString AnalystDesk::askTagName(const QString &title)
{
    QStringList names;
    if (const ww::Result<QList<ww::Tag>> tags = m_store.tags().tags())
        for (const ww::Tag &t : *tags)
            names << t.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, title, tr("Tag:"), names, 0, true, &ok);
    return ok ? name.trimmed() : QString();
}

bool AnalystDesk::tagArticles(const QList<qint64> &ids, const QString &tagName)
{
    const QString name = tagName.trimmed();
    if (ids.isEmpty() || name.isEmpty())
        return false;
    ww::Result<qint64> tagId = m_store.tags().tagByName(name).ok()
                                   ? ww::Result<qint64>(m_store.tags().tagByName(name)->id)
                                   : m_store.tags().create(name);
    if (!tagId) {
        emit statusMessage(tagId.error().message);
        return false;
    }
    if (const ww::Status s = m_store.tags().assign(ids, *tagId); !s) {
        emit statusMessage(s.error().message);
        return false;
    }
    if (ids.contains(m_articleId))
        m_tags->setArticle(m_articleId);
    for (qint64 id : ids)
        emit tagsChanged(id);
    emit statusMessage(tr("Tagged %1 articles \"%2\".").arg(ids.size()).arg(name));
    return true;
}

bool AnalystDesk::tagStory(qint64 articleId, const QString &tagName)
{
    const ww::Result<qint64> cluster = m_store.clusters().clusterOfArticle(articleId);
    if (!cluster || *cluster <= 0)
        return tagArticles({articleId}, tagName); // a story nobody else ran: the article is the story
    const ww::Result<ww::StoryCluster> story = m_store.clusters().get(*cluster);
    if (!story) {
        emit statusMessage(story.error().message);
        return false;
    }
    QList<qint64> ids;
    for (const ww::ClusterMember &m : story->members)
        ids << m.articleId;
    if (!tagArticles(ids, tagName))
        return false;
    const ww::Result<ww::Tag> tag = m_store.tags().tagByName(tagName.trimmed());
    if (const ww::Status s = tag ? m_store.tags().assignCluster(*cluster, tag->id) : ww::Status(tag.error());
        !s) {
        emit statusMessage(s.error().message);
        return false;
    }
    return true;
}
