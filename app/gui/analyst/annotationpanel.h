#pragma once

#include "store/storetypes.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTextBrowser;
class QUndoStack;
class AnnotationCommand;

namespace ww {
class Store;
}

// The analyst's highlights and notes on the open article. A highlight is anchored by its quote, some
// context and its position in the article's text (ww::TextAnchor), so it lands on the same words after a
// re-fetch with edits; one whose words are gone is listed as orphaned, never dropped. Adding, editing and
// deleting go through an undo stack; each step is saved (durably) before the list changes.
class AnnotationPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)
public:
    // `browser` shows the article; highlights are painted into its document after each setArticle().
    AnnotationPanel(ww::Store &store, QTextBrowser *browser, QWidget *parent = nullptr);

    void setArticle(const ww::StoredArticle &article); // call after the browser got the article's HTML
    void clear();

    // Highlights the browser's current selection with a note; false (with lastError) when nothing usable
    // is selected or saving failed.
    bool annotateSelection(const QString &note);
    bool addArticleNote(const QString &note);
    bool editNote(qint64 annotationId, const QString &note);
    bool remove(qint64 annotationId);

    QList<ww::Annotation> annotations() const { return m_annotations; }
    QUndoStack *undoStack() const { return m_undo; }
    QListWidget *list() const { return m_list; }
    // The document ranges painted as highlights, as text (tests).
    QStringList paintedTexts() const;
    QString lastError() const { return m_lastError; }

public slots:
    void promptSelection();
    void promptArticleNote();

signals:
    void annotationsChanged(qint64 articleId);
    void errorOccurred(const QString &message);

private:
    friend class AnnotationCommand;
    void reload();
    void paint();
    void fail(const QString &message);
    void promptEdit();
    void promptRemove();
    bool storeAdd(ww::Annotation &annotation);
    bool storeUpdate(const ww::Annotation &annotation);
    bool storeRemove(qint64 id);
    qint64 resolve(qint64 id) const;
    bool push(AnnotationCommand *command); // runs it; only a command that worked goes on the undo stack // an
                                           // annotation's id after undo restored it under a new one

    ww::Store &m_store;
    QTextBrowser *m_browser;
    ww::StoredArticle m_article;
    QList<ww::Annotation> m_annotations;
    QList<QPair<int, int>> m_painted; // document range per annotation, (-1, -1) when not shown
    QHash<qint64, qint64> m_remap;
    QListWidget *m_list;
    QPushButton *m_highlight;
    QPushButton *m_note;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QUndoStack *m_undo;
    QString m_lastError;
};
