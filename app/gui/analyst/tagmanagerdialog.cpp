#include "tagmanagerdialog.h"

#include "store/store.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Tags without a colour are drawn grey, like the tag bar's chips.
const QColor kNoColor(0xd0, 0xd0, 0xd0);

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c(color);
    p.setBrush(c.isValid() ? c : kNoColor);
    p.setPen(QColor(0, 0, 0, 90));
    p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

TagManagerDialog::TagManagerDialog(ww::Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_list(new QTreeWidget(this)),
      m_rename(new QPushButton(tr("&Rename"), this)), m_merge(new QPushButton(tr("&Merge into…"), this)),
      m_color(new QPushButton(tr("&Colour…"), this)), m_delete(new QPushButton(tr("&Delete…"), this))
{
    setWindowTitle(tr("Manage tags"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Tag"), tr("Articles")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setAccessibleName(tr("Tags"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_rename->setToolTip(tr("Rename the tag (F2)"));
    m_merge->setToolTip(tr("Move this tag's articles and stories to another tag, then delete it"));
    m_color->setToolTip(tr("Choose the tag's colour"));
    m_delete->setToolTip(tr("Remove the tag from every article and story"));
    for (QPushButton *b : {m_rename, m_merge, m_color, m_delete}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::promptRename);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::promptMerge);
    connect(m_color, &QPushButton::clicked, this, &TagManagerDialog::promptColor);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::promptDelete);
    // Delete on the list asks, like the button; F2 renames in place (the view's edit key).
    new QShortcut(QKeySequence::Delete, m_list, this, &TagManagerDialog::promptDelete, Qt::WidgetShortcut);
    connect(m_list, &QTreeWidget::itemChanged, this, &TagManagerDialog::itemEdited);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TagManagerDialog::updateButtons);
    resize(440, 360);
    reload();
}

qint64 TagManagerDialog::currentTagId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void TagManagerDialog::selectTag(qint64 tagId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toLongLong() == tagId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

const ww::Tag *TagManagerDialog::tag(qint64 tagId) const
{
    for (const ww::Tag &t : m_tags)
        if (t.id == tagId)
            return &t;
    return nullptr;
}

void TagManagerDialog::fail(const QString &message)
{
    m_lastError = message;
}

void TagManagerDialog::reload()
{
    const qint64 current = currentTagId();
    if (const ww::Result<QList<ww::Tag>> found = m_store.tags().tags())
        m_tags = *found;
    else
        fail(found.error().message);
    m_filling = true; // itemChanged fires while filling; those are not the analyst's edits
    m_list->clear();
    for (const ww::Tag &t : std::as_const(m_tags)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, t.name);
        item->setIcon(NameColumn, swatch(t.color));
        item->setData(NameColumn, Qt::UserRole, t.id);
        item->setText(CountColumn, QLocale().toString(t.articleCount));
        item->setTextAlignment(CountColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(NameColumn, t.color.isEmpty() ? tr("No colour") : tr("Colour %1").arg(t.color));
    }
    m_filling = false;
    if (current > 0)
        selectTag(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void TagManagerDialog::updateButtons()
{
    const bool any = currentTagId() > 0;
    m_rename->setEnabled(any);
    m_merge->setEnabled(any && m_tags.size() > 1);
    m_color->setEnabled(any);
    m_delete->setEnabled(any);
}

bool TagManagerDialog::renameTag(qint64 tagId, const QString &name)
{
    const ww::Tag *t = tag(tagId);
    if (!t || name.trimmed() == t->name)
        return false;
    if (name.trimmed().isEmpty()) {
        fail(tr("A tag needs a name."));
        reload();
        return false;
    }
    const ww::Status s = m_store.tags().rename(tagId, name.trimmed());
    if (!s)
        fail(s.error().message);
    reload(); // also puts the old name back into an inline edit the store refused
    if (s)
        emit tagsEdited();
    return s.ok();
}

bool TagManagerDialog::mergeTag(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId || !tag(fromId) || !tag(intoId))
        return false;
    const ww::Status s = m_store.tags().merge(fromId, intoId);
    if (!s)
        fail(s.error().message);
    reload();
    selectTag(intoId);
    if (s)
        emit tagsEdited();
    return s.ok();
}

bool TagManagerDialog::setTagColor(qint64 tagId, const QColor &color)
{
    if (!tag(tagId) || !color.isValid())
        return false;
    const ww::Status s = m_store.tags().setColor(tagId, color.name(QColor::HexRgb));
    if (!s)
        fail(s.error().message);
    reload();
    if (s)
        emit tagsEdited();
    return s.ok();
}

bool TagManagerDialog::deleteTag(qint64 tagId)
{
    if (!tag(tagId))
        return false;
    const ww::Status s = m_store.tags().remove(tagId);
    if (!s)
        fail(s.error().message);
    reload();
    if (s)
        emit tagsEdited();
    return s.ok();
}

void TagManagerDialog::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != NameColumn)
        return;
    const qint64 id = item->data(NameColumn, Qt::UserRole).toLongLong();
    const QString name = item->text(NameColumn);
    // Deferred: reload() deletes the item, which must not happen inside its own itemChanged.
    QMetaObject::invokeMethod(
        this,
        [this, id, name]() {
            const ww::Tag *t = tag(id);
            if (!t || t->name == name.trimmed())
                return;
            if (!renameTag(id, name))
                QMessageBox::warning(this, tr("Rename tag"), m_lastError);
        },
        Qt::QueuedConnection);
}

void TagManagerDialog::promptRename()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        m_list->editItem(item, NameColumn);
}

void TagManagerDialog::promptMerge()
{
    const ww::Tag *from = tag(currentTagId());
    if (!from)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const ww::Tag &t : std::as_const(m_tags))
        if (t.id != from->id) {
            names << t.name;
            ids << t.id;
        }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge tag"), tr("Merge \"%1\" into:").arg(from->name), names, 0, false, &ok);
    const qsizetype at = names.indexOf(into);
    if (!ok || at < 0)
        return;
    const ww::Tag source = *from; // m_tags is rebuilt by the merge
    const auto answer = QMessageBox::question(
        this, tr("Merge tag"),
        tr("Move every article and story tagged \"%1\" to \"%2\" and delete \"%1\"?").arg(source.name, into),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && !mergeTag(source.id, ids[at]))
        QMessageBox::warning(this, tr("Merge tag"), m_lastError);
}

void TagManagerDialog::promptColor()
{
    const ww::Tag *t = tag(currentTagId());
    if (!t)
        return;
    const qint64 id = t->id;
    const QColor chosen = QColorDialog::getColor(QColor(t->color).isValid() ? QColor(t->color) : kNoColor,
                                                 this, tr("Colour of \"%1\"").arg(t->name));
    if (chosen.isValid() && !setTagColor(id, chosen))
        QMessageBox::warning(this, tr("Tag colour"), m_lastError);
}

void TagManagerDialog::promptDelete()
{
    const ww::Tag *t = tag(currentTagId());
    if (!t)
        return;
    const ww::Tag gone = *t;
    const auto answer = QMessageBox::question(
        this, tr("Delete tag"),
        tr("Delete the tag \"%1\"? It is removed from %n article(s) and from every story.", nullptr,
           gone.articleCount)
            .arg(gone.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && !deleteTag(gone.id))
        QMessageBox::warning(this, tr("Delete tag"), m_lastError);
}
