#include "analystdesk.h"

#include "alertcenter.h"
#include "annotationpanel.h"
#include "savesearchdialog.h"
#include "tagbar.h"

#include "store/store.h"

#include <QAction>
#include <QDockWidget>
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
      m_annotations(new AnnotationPanel(store, browser)), m_alerts(new AlertCenter(this)),
      m_badge(new QLabel(window)), m_highlight(new QAction(tr("&Highlight selection…"), this)),
      m_saveSearch(new QAction(tr("&Save search…"), this))
{
    auto *content = new QWidget(m_dock);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_tags);
    layout->addWidget(m_annotations, 1);
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
    m_saveSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveSearch, &QAction::triggered, this, &AnalystDesk::saveSearch);
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);

    QMenu *menu = window->menuBar()->addMenu(tr("&Notes"));
    menu->addActions({m_highlight, articleNote, tag});
    menu->addSeparator();
    menu->addActions({undo, redo});
    menu->addSeparator();
    menu->addAction(m_saveSearch);
    menu->addAction(m_dock->toggleViewAction());

    m_badge->setAccessibleName(tr("New alert matches"));
    m_badge->hide();
    window->statusBar()->addPermanentWidget(m_badge);
    connect(m_alerts, &AlertCenter::unseenChanged, this, [this](int count) {
        m_badge->setText(tr("Alerts: %1 new").arg(count));
        m_badge->setVisible(count > 0);
    });
    connect(m_tags, &TagBar::tagsChanged, this, &AnalystDesk::tagsChanged);
    connect(m_tags, &TagBar::errorOccurred, this, &AnalystDesk::statusMessage);
    connect(m_annotations, &AnnotationPanel::errorOccurred, this, &AnalystDesk::statusMessage);
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
    m_tags->setArticle(articleId);
    m_annotations->setArticle(*article);
    m_highlight->setEnabled(true);
}

void AnalystDesk::clear()
{
    m_tags->setArticle(0);
    m_annotations->clear();
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
