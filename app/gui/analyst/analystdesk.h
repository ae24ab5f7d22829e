#pragma once

#include <QObject>
#include <QPointer>

class AlertCenter;
class AlertHistoryDialog;
class AnnotationListDialog;
class AnnotationPanel;
class ClusterNotesPanel;
class QAbstractItemView;
class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMainWindow;
class QTextBrowser;
class TagBar;
class TagManagerDialog;

namespace ww {
class Store;
}

// Puts the analyst's own work on the desk: a "Tags and notes" dock (tag chips, highlights and notes for the
// open article), a Notes menu (highlight selection, note on article, undo/redo, save search) and an alerts
// badge in the status bar. It only needs the window, the browser that shows articles and the search line.
class AnalystDesk : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalystDesk)
public:
    AnalystDesk(ww::Store &store, QMainWindow *window, QTextBrowser *browser, QLineEdit *search);

    TagBar *tagBar() const { return m_tags; }
    AnnotationPanel *annotations() const { return m_annotations; }
    ClusterNotesPanel *storyNotes() const { return m_storyNotes; }
    AlertCenter *alerts() const { return m_alerts; }
    QDockWidget *dock() const { return m_dock; }
    QLabel *alertBadge() const { return m_badge; }
    QAction *highlightAction() const { return m_highlight; }
    QAction *saveSearchAction() const { return m_saveSearch; }

    // The article list whose selected rows "Tag selected articles" acts on (rows carry
    // ArticleListModel::IdRole).
    void setSelectionSource(QAbstractItemView *list) { m_list = list; }
    QList<qint64> selectedArticleIds() const;
    // Tag (created when new) on these articles, in one durable step. False with a status message on failure.
    bool tagArticles(const QList<qint64> &ids, const QString &tagName);
    // Tag on every copy of the open article's story, and on the story itself.
    bool tagStory(qint64 articleId, const QString &tagName);

public slots:
    // Call after the browser shows the article (ReaderController::articleOpened).
    void showArticle(qint64 articleId);
    void clear();
    void saveSearch();
    // Non-modal windows over the analyst's work; each opens once and is raised when asked again.
    TagManagerDialog *manageTags();
    AnnotationListDialog *showAllNotes();
    AlertHistoryDialog *showAlertHistory();

signals:
    void tagsChanged(qint64 articleId);
    void savedSearchesChanged();
    // Tags were renamed, merged, recoloured or deleted: lists, tag folders and filters must re-read them.
    void tagListChanged();
    // Show this article in the main window (ReaderController::openArticle).
    void openArticleRequested(qint64 articleId);
    void statusMessage(const QString &message);

private:
    ww::Store &m_store;
    QMainWindow *m_window;
    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QDockWidget *m_dock;
    TagBar *m_tags;
    AnnotationPanel *m_annotations;
    ClusterNotesPanel *m_storyNotes;
    AlertCenter *m_alerts;
    QLabel *m_badge;
    QAction *m_highlight;
    QAction *m_saveSearch;
    QAbstractItemView *m_list = nullptr;
    qint64 m_articleId = 0;
    QPointer<TagManagerDialog> m_tagManager;
    QPointer<AnnotationListDialog> m_allNotes;
    QPointer<AlertHistoryDialog> m_alertHistory;
    QString askTagName(const QString &title);
};
