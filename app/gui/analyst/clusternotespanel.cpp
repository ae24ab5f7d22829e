#include "clusternotespanel.h"
#include "core/displaytime.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

// One undoable change to a story note. It acts on the note's own cluster, not on whatever story the
// panel shows by the time it is undone.
class ClusterNoteCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Edit, Remove };
    ClusterNoteCommand(ClusterNotesPanel *panel, Kind kind, ww::Annotation note, QString newText = {})
        : m_panel(panel), m_kind(kind), m_note(std::move(note)), m_newText(std::move(newText))
    {
        const char *texts[] = {QT_TRANSLATE_NOOP("ClusterNotesPanel", "Add story note"),
                               QT_TRANSLATE_NOOP("ClusterNotesPanel", "Edit story note"),
                               QT_TRANSLATE_NOOP("ClusterNotesPanel", "Delete story note")};
        setText(QCoreApplication::translate("ClusterNotesPanel", texts[int(kind)]));
    }

    void redo() override
    {
        if (m_skipRedo) { // push() already did it, and only pushes what worked
            m_skipRedo = false;
            return;
        }
        m_ok = m_kind == Kind::Add ? add() : m_kind == Kind::Remove ? remove() : edit(m_newText);
    }
    void undo() override
    {
        m_ok = m_kind == Kind::Add ? remove() : m_kind == Kind::Remove ? add() : edit(m_oldText);
    }
    void skipNextRedo() { m_skipRedo = true; }
    bool ok() const { return m_ok; }

private:
    bool add()
    {
        ww::Annotation n = m_note;
        const ww::Result<qint64> id = m_panel->m_store.annotations().add(n);
        if (!id)
            return done(id.error().message);
        // Every command keeps the note's first id and resolves it through the chain of restored ids.
        if (m_note.id > 0)
            m_panel->m_remap.insert(m_panel->resolve(m_note.id), *id);
        else
            m_note.id = *id;
        return done({});
    }
    bool remove()
    {
        const ww::Status s = m_panel->m_store.annotations().remove(m_panel->resolve(m_note.id));
        return done(s ? QString() : s.error().message);
    }
    bool edit(const QString &text)
    {
        ww::Result<ww::Annotation> current = m_panel->m_store.annotations().get(m_panel->resolve(m_note.id));
        if (!current)
            return done(current.error().message);
        if (m_oldText.isNull())
            m_oldText = current->note;
        current->note = text;
        const ww::Status s = m_panel->m_store.annotations().update(*current);
        return done(s ? QString() : s.error().message);
    }
    bool done(const QString &error)
    {
        if (!error.isEmpty())
            m_panel->fail(error);
        m_panel->reload();
        emit m_panel->notesChanged(m_note.clusterId);
        return error.isEmpty();
    }

    ClusterNotesPanel *m_panel;
    Kind m_kind;
    ww::Annotation m_note;
    QString m_newText;
    QString m_oldText;
    bool m_ok = false;
    bool m_skipRedo = false;
};

ClusterNotesPanel::ClusterNotesPanel(ww::Store &store, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo), m_heading(new QLabel(this)),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("Note on &story…"), this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_delete(new QPushButton(tr("De&lete"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_heading);
    m_list->setAccessibleName(tr("Notes on this story"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    // Shares the dock with the article's notes: take a share of the height, not the list's default hint.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 3 + 2 * m_list->frameWidth());
    layout->addWidget(m_list, 1);
    // Add on its own row: the panel lives in a narrow side dock, where three in a row clip their labels.
    auto *buttons = new QGridLayout;
    m_add->setToolTip(tr("Add a note shared by every outlet's copy of this story"));
    buttons->addWidget(m_add, 0, 0, 1, 2);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ClusterNotesPanel::promptAdd);
    connect(m_edit, &QPushButton::clicked, this, &ClusterNotesPanel::promptEdit);
    connect(m_delete, &QPushButton::clicked, this, &ClusterNotesPanel::promptRemove);
    connect(m_list, &QListWidget::itemActivated, this, &ClusterNotesPanel::promptEdit);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_delete->setEnabled(row >= 0);
    });
    setCluster(0);
}

void ClusterNotesPanel::setArticle(qint64 articleId)
{
    const ww::Result<qint64> cluster =
        articleId > 0 ? m_store.clusters().clusterOfArticle(articleId) : ww::Result<qint64>(qint64(0));
    if (!cluster)
        fail(cluster.error().message);
    setCluster(cluster ? *cluster : 0);
}

void ClusterNotesPanel::setCluster(qint64 clusterId)
{
    m_clusterId = clusterId;
    int copies = 0;
    if (clusterId > 0)
        if (const ww::Result<ww::StoryCluster> story = m_store.clusters().get(clusterId))
            copies = story->size;
    m_heading->setText(tr("Notes on this &story (%n copies)", nullptr, copies));
    setVisible(clusterId > 0); // an article nobody else ran has no story to annotate
    reload();
}

void ClusterNotesPanel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

qint64 ClusterNotesPanel::resolve(qint64 id) const
{
    for (int guard = 0; guard < 1000 && m_remap.contains(id) && m_remap.value(id) != id; ++guard)
        id = m_remap.value(id);
    return id;
}

const ww::Annotation *ClusterNotesPanel::note(qint64 id) const
{
    for (const ww::Annotation &n : m_notes)
        if (n.id == id)
            return &n;
    return nullptr;
}

void ClusterNotesPanel::reload()
{
    m_notes.clear();
    if (m_clusterId > 0) {
        if (const ww::Result<QList<ww::Annotation>> found = m_store.annotations().forCluster(m_clusterId))
            m_notes = *found;
        else
            fail(found.error().message);
    }
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ww::Annotation &n : std::as_const(m_notes)) {
        auto *item = new QListWidgetItem(n.note, m_list);
        item->setData(Qt::UserRole, n.id);
        item->setToolTip(tr("Saved %1").arg(ww::DisplayTime::shortText(n.updated)));
    }
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    m_add->setEnabled(m_clusterId > 0);
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_delete->setEnabled(m_list->currentRow() >= 0);
}

bool ClusterNotesPanel::push(ClusterNoteCommand *command)
{
    command->redo();
    if (!command->ok()) {
        delete command;
        return false;
    }
    command->skipNextRedo();
    m_undo->push(command);
    return true;
}

bool ClusterNotesPanel::addNote(const QString &text)
{
    if (m_clusterId <= 0 || text.trimmed().isEmpty())
        return false;
    ww::Annotation n;
    n.clusterId = m_clusterId;
    n.note = text.trimmed();
    return push(new ClusterNoteCommand(this, ClusterNoteCommand::Kind::Add, n));
}

bool ClusterNotesPanel::editNote(qint64 annotationId, const QString &text)
{
    const ww::Annotation *n = note(annotationId);
    if (!n || text.trimmed().isEmpty() || text.trimmed() == n->note)
        return false;
    return push(new ClusterNoteCommand(this, ClusterNoteCommand::Kind::Edit, *n, text.trimmed()));
}

bool ClusterNotesPanel::removeNote(qint64 annotationId)
{
    const ww::Annotation *n = note(annotationId);
    return n && push(new ClusterNoteCommand(this, ClusterNoteCommand::Kind::Remove, *n));
}

void ClusterNotesPanel::promptAdd()
{
    if (m_clusterId <= 0)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note on story"), tr("Note:"), {}, &ok);
    if (ok && !text.trimmed().isEmpty() && !addNote(text))
        QMessageBox::warning(this, tr("Note on story"), m_lastError);
}

void ClusterNotesPanel::promptEdit()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_notes.size())
        return;
    const ww::Annotation n = m_notes[row];
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Edit story note"), tr("Note:"), n.note, &ok);
    if (ok && !text.trimmed().isEmpty() && text.trimmed() != n.note && !editNote(n.id, text))
        QMessageBox::warning(this, tr("Edit story note"), m_lastError);
}

void ClusterNotesPanel::promptRemove()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_notes.size() && !removeNote(m_notes[row].id))
        QMessageBox::warning(this, tr("Delete story note"), m_lastError);
}
