#include "annotationpanel.h"
#include "core/displaytime.h"

#include "core/textanchor.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// A quiet blue, unlike the search highlights' marker yellow: notes and hits must be told apart.
const QColor kNoteBackground(207, 232, 255);
constexpr int kQuoteShown = 140;

ww::Annotation withAnchor(qint64 articleId, const ww::TextAnchor &a, const QString &note)
{
    ww::Annotation out;
    out.articleId = articleId;
    out.quote = a.quote;
    out.prefix = a.prefix;
    out.suffix = a.suffix;
    out.start = a.start;
    out.end = a.end;
    out.note = note;
    return out;
}

} // namespace

// One undoable change. Ids change when a deleted annotation is restored, so commands keep the annotation
// itself and refresh its id from what the store returns.
class AnnotationCommand : public QUndoCommand
{
public:
    enum class Kind { Add, Edit, Remove };
    AnnotationCommand(AnnotationPanel *panel, Kind kind, ww::Annotation annotation, QString newNote = {})
        : m_panel(panel), m_kind(kind), m_annotation(std::move(annotation)), m_newNote(std::move(newNote))
    {
        switch (kind) {
        case Kind::Add:
            setText(QCoreApplication::translate("AnnotationPanel", "Add note"));
            break;
        case Kind::Edit:
            setText(QCoreApplication::translate("AnnotationPanel", "Edit note"));
            break;
        case Kind::Remove:
            setText(QCoreApplication::translate("AnnotationPanel", "Delete note"));
            break;
        }
    }

    void redo() override
    {
        if (m_skipRedo) { // already done by AnnotationPanel::push, which only pushes what worked
            m_skipRedo = false;
            return;
        }
        m_ok = m_kind == Kind::Remove ? remove() : m_kind == Kind::Add ? add() : edit(m_newNote);
    }
    void skipNextRedo() { m_skipRedo = true; }
    void undo() override
    {
        m_ok = m_kind == Kind::Remove ? add() : m_kind == Kind::Add ? remove() : edit(m_oldNote);
    }
    bool ok() const { return m_ok; }

private:
    bool add()
    {
        ww::Annotation a = m_annotation;
        if (!m_panel->storeAdd(a))
            return false;
        m_panel->m_remap.insert(m_annotation.id, a.id);
        m_annotation.id = a.id;
        return true;
    }
    bool remove() { return m_panel->storeRemove(m_panel->resolve(m_annotation.id)); }
    bool edit(const QString &note)
    {
        const qint64 id = m_panel->resolve(m_annotation.id);
        ww::Result<ww::Annotation> current = m_panel->m_store.annotations().get(id);
        if (!current) {
            m_panel->fail(current.error().message);
            return false;
        }
        if (m_oldNote.isNull())
            m_oldNote = current->note;
        current->note = note;
        return m_panel->storeUpdate(*current);
    }

    AnnotationPanel *m_panel;
    Kind m_kind;
    ww::Annotation m_annotation;
    QString m_newNote;
    QString m_oldNote;
    bool m_ok = false;
    bool m_skipRedo = false;
};

AnnotationPanel::AnnotationPanel(ww::Store &store, QTextBrowser *browser, QWidget *parent)
    : QWidget(parent), m_store(store), m_browser(browser), m_list(new QListWidget(this)),
      m_highlight(new QPushButton(tr("&Highlight selection…"), this)),
      m_note(new QPushButton(tr("Note on &article…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_undo(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setAccessibleName(tr("Notes on this article"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_list, 1);
    // Two by two: the panel usually lives in a narrow side dock, where one row would clip the labels.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_highlight, 0, 0);
    buttons->addWidget(m_note, 0, 1);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    layout->addLayout(buttons);
    m_highlight->setToolTip(tr("Select words in the article, then add a note to them"));
    connect(m_highlight, &QPushButton::clicked, this, &AnnotationPanel::promptSelection);
    connect(m_note, &QPushButton::clicked, this, &AnnotationPanel::promptArticleNote);
    connect(m_edit, &QPushButton::clicked, this, &AnnotationPanel::promptEdit);
    connect(m_delete, &QPushButton::clicked, this, &AnnotationPanel::promptRemove);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &AnnotationPanel::promptEdit);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_delete->setEnabled(row >= 0);
        if (row < 0 || row >= m_annotations.size() || m_annotations[row].orphaned || row >= m_painted.size())
            return;
        const QPair<int, int> range = m_painted[row];
        if (range.first < 0)
            return;
        QTextCursor c(m_browser->document());
        c.setPosition(range.first);
        c.setPosition(range.second, QTextCursor::KeepAnchor);
        m_browser->setTextCursor(c);
        m_browser->ensureCursorVisible();
    });
    clear();
}

void AnnotationPanel::clear()
{
    m_article = ww::StoredArticle{};
    m_annotations.clear();
    m_painted.clear();
    m_list->clear();
    m_undo->clear();
    for (QPushButton *b : {m_highlight, m_note, m_edit, m_delete})
        b->setEnabled(false);
}

void AnnotationPanel::setArticle(const ww::StoredArticle &article)
{
    if (article.id != m_article.id)
        m_undo->clear(); // undo is per article: never undo into an article that is not on screen
    m_article = article;
    m_highlight->setEnabled(article.id > 0);
    m_note->setEnabled(article.id > 0);
    reload();
}

void AnnotationPanel::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

qint64 AnnotationPanel::resolve(qint64 id) const
{
    for (int guard = 0; guard < 1000 && m_remap.contains(id) && m_remap.value(id) != id; ++guard)
        id = m_remap.value(id);
    return id;
}

bool AnnotationPanel::storeAdd(ww::Annotation &annotation)
{
    const ww::Result<qint64> id = m_store.annotations().add(annotation);
    if (!id) {
        fail(id.error().message);
        return false;
    }
    annotation.id = *id;
    reload();
    emit annotationsChanged(m_article.id);
    return true;
}

bool AnnotationPanel::storeUpdate(const ww::Annotation &annotation)
{
    if (const ww::Status s = m_store.annotations().update(annotation); !s) {
        fail(s.error().message);
        return false;
    }
    reload();
    emit annotationsChanged(m_article.id);
    return true;
}

bool AnnotationPanel::storeRemove(qint64 id)
{
    if (const ww::Status s = m_store.annotations().remove(id); !s) {
        fail(s.error().message);
        return false;
    }
    reload();
    emit annotationsChanged(m_article.id);
    return true;
}

bool AnnotationPanel::push(AnnotationCommand *command)
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

bool AnnotationPanel::annotateSelection(const QString &note)
{
    const QTextCursor cursor = m_browser->textCursor();
    if (m_article.id <= 0 || !cursor.hasSelection()) {
        fail(tr("Select the words to highlight first."));
        return false;
    }
    const QString shown = m_browser->document()->toPlainText();
    const ww::TextAnchor onScreen =
        ww::textanchor::make(shown, cursor.selectionStart(), cursor.selectionEnd());
    if (onScreen.quote.trimmed().isEmpty()) {
        fail(tr("Select the words to highlight first."));
        return false;
    }
    // Anchor in the article's own text when the words are part of it, so a re-fetch can re-anchor them;
    // a selection in a caption or the header keeps its on-screen anchor.
    ww::TextAnchor anchor = onScreen;
    if (const std::optional<ww::TextSpan> span = ww::textanchor::locate(onScreen, m_article.article.text))
        anchor = ww::textanchor::make(m_article.article.text, span->start, span->end);
    return push(
        new AnnotationCommand(this, AnnotationCommand::Kind::Add, withAnchor(m_article.id, anchor, note)));
}

bool AnnotationPanel::addArticleNote(const QString &note)
{
    if (m_article.id <= 0 || note.trimmed().isEmpty())
        return false;
    ww::Annotation a;
    a.articleId = m_article.id;
    a.note = note.trimmed();
    return push(new AnnotationCommand(this, AnnotationCommand::Kind::Add, a));
}

bool AnnotationPanel::editNote(qint64 annotationId, const QString &note)
{
    for (const ww::Annotation &a : std::as_const(m_annotations)) {
        if (a.id != annotationId)
            continue;
        return push(new AnnotationCommand(this, AnnotationCommand::Kind::Edit, a, note));
    }
    return false;
}

bool AnnotationPanel::remove(qint64 annotationId)
{
    for (const ww::Annotation &a : std::as_const(m_annotations)) {
        if (a.id != annotationId)
            continue;
        return push(new AnnotationCommand(this, AnnotationCommand::Kind::Remove, a));
    }
    return false;
}

void AnnotationPanel::reload()
{
    m_annotations.clear();
    if (m_article.id > 0) {
        if (const ww::Result<QList<ww::Annotation>> found = m_store.annotations().forArticle(m_article.id))
            m_annotations = *found;
        else
            fail(found.error().message);
    }
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ww::Annotation &a : std::as_const(m_annotations)) {
        QString quote = a.quote.simplified();
        if (quote.size() > kQuoteShown)
            quote = quote.left(kQuoteShown) + QStringLiteral("…");
        QString text;
        if (a.quote.isEmpty())
            text = tr("Article note: %1").arg(a.note);
        else if (a.orphaned)
            text = tr("\"%1\" (no longer in the article)\n%2").arg(quote, a.note);
        else
            text = tr("\"%1\"\n%2").arg(quote, a.note);
        auto *item = new QListWidgetItem(text.trimmed(), m_list);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(tr("Saved %1").arg(ww::DisplayTime::shortText(a.updated)));
        if (a.orphaned) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_delete->setEnabled(m_list->currentRow() >= 0);
    paint();
}

void AnnotationPanel::paint()
{
    m_painted.clear();
    QTextDocument *doc = m_browser->document();
    const QString shown = doc->toPlainText();
    QTextCharFormat note;
    note.setBackground(kNoteBackground);
    note.setForeground(QColor(Qt::black));
    for (const ww::Annotation &a : std::as_const(m_annotations)) {
        std::optional<ww::TextSpan> span;
        if (!a.quote.isEmpty() && !a.orphaned)
            span = ww::textanchor::locate(ww::TextAnchor{a.quote, a.prefix, a.suffix, -1, -1}, shown);
        if (!span) {
            m_painted << qMakePair(-1, -1);
            continue;
        }
        QTextCursor c(doc);
        c.setPosition(span->start);
        c.setPosition(span->end, QTextCursor::KeepAnchor);
        c.mergeCharFormat(note);
        m_painted << qMakePair(span->start, span->end);
    }
}

QStringList AnnotationPanel::paintedTexts() const
{
    QStringList out;
    const QString shown = m_browser->document()->toPlainText();
    for (const QPair<int, int> &r : m_painted)
        if (r.first >= 0)
            out << shown.mid(r.first, r.second - r.first);
    return out;
}

void AnnotationPanel::promptSelection()
{
    if (!m_browser->textCursor().hasSelection()) {
        QMessageBox::information(this, tr("Highlight"), tr("Select the words to highlight first."));
        return;
    }
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(this, tr("Highlight"), tr("Note (optional):"), {}, &ok);
    if (ok && !annotateSelection(note))
        QMessageBox::warning(this, tr("Highlight"), m_lastError);
}

void AnnotationPanel::promptArticleNote()
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Note on article"), tr("Note:"), {}, &ok);
    if (ok && !note.trimmed().isEmpty() && !addArticleNote(note))
        QMessageBox::warning(this, tr("Note on article"), m_lastError);
}

void AnnotationPanel::promptEdit()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_annotations.size())
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(this, tr("Edit note"), tr("Note:"), m_annotations[row].note, &ok);
    if (ok && !editNote(m_annotations[row].id, note))
        QMessageBox::warning(this, tr("Edit note"), m_lastError);
}

void AnnotationPanel::promptRemove()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_annotations.size() && !remove(m_annotations[row].id))
        QMessageBox::warning(this, tr("Delete note"), m_lastError);
}
