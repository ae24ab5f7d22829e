#pragma once

#include "store/storetypes.h"

#include <QHash>
#include <QWidget>

class ClusterNoteCommand;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace ww {
class Store;
}

// Notes on the whole story the open article belongs to (every outlet's copy shares them), shown under
// the article's own notes. Hidden when the article is in no story cluster. Changes are saved durably
// before the list changes and go on the given undo stack, so the desk's Undo covers them too.
class ClusterNotesPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterNotesPanel)
public:
    ClusterNotesPanel(ww::Store &store, QUndoStack *undo, QWidget *parent = nullptr);

    void setArticle(qint64 articleId); // finds the article's story; 0 clears
    void setCluster(qint64 clusterId);
    qint64 clusterId() const { return m_clusterId; }
    QList<ww::Annotation> notes() const { return m_notes; }
    QListWidget *list() const { return m_list; }
    QLabel *heading() const { return m_heading; }
    QString lastError() const { return m_lastError; }

    bool addNote(const QString &note);
    bool editNote(qint64 annotationId, const QString &note);
    bool removeNote(qint64 annotationId);

public slots:
    void promptAdd();
    void promptEdit();
    void promptRemove();

signals:
    void notesChanged(qint64 clusterId);
    void errorOccurred(const QString &message);

private:
    friend class ClusterNoteCommand;
    void reload();
    void fail(const QString &message);
    bool push(ClusterNoteCommand *command);
    qint64 resolve(qint64 id) const;
    const ww::Annotation *note(qint64 id) const;

    ww::Store &m_store;
    QUndoStack *m_undo;
    qint64 m_clusterId = 0;
    QList<ww::Annotation> m_notes;
    QHash<qint64, qint64> m_remap; // a deleted note restored by undo comes back under a new id
    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QString m_lastError;
};
