#include "tagbar.h"

#include "flowlayout.h"

#include "store/store.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A readable text colour on the tag's own colour.
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

TagBar::TagBar(ww::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_chips(new FlowLayout), m_input(new QLineEdit(this)),
      m_completer(new QCompleter(new QStringListModel(this), this))
{
    // The chips wrap on rows under the input line: an article with many tags must not clip them.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    outer->addLayout(m_chips);
    auto *label = new QLabel(tr("Tags:"), this);
    layout->addWidget(label);
    m_input->setPlaceholderText(tr("Add a tag…"));
    m_input->setAccessibleName(tr("Add a tag"));
    m_input->setMaxLength(80);
    m_input->setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    label->setBuddy(m_input);
    layout->addWidget(m_input, 1);
    connect(m_input, &QLineEdit::returnPressed, this, [this]() {
        if (addTag(m_input->text()))
            m_input->clear();
    });
    setArticle(0);
}

void TagBar::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    m_input->setEnabled(articleId > 0);
    reload();
}

QStringList TagBar::tagNames() const
{
    QStringList names;
    for (const ww::Tag &t : m_tags)
        names << t.name;
    return names;
}

void TagBar::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

bool TagBar::addTag(const QString &name)
{
    const QString clean = name.trimmed();
    if (m_articleId <= 0 || clean.isEmpty())
        return false;
    qint64 tagId = 0;
    if (const ww::Result<ww::Tag> existing = m_store.tags().tagByName(clean)) {
        tagId = existing->id;
    } else {
        const ww::Result<qint64> created = m_store.tags().create(clean);
        if (!created) {
            fail(created.error().message);
            return false;
        }
        tagId = *created;
    }
    if (const ww::Status s = m_store.tags().assign({m_articleId}, tagId); !s) {
        fail(s.error().message);
        return false;
    }
    reload();
    emit tagsChanged(m_articleId);
    return true;
}

bool TagBar::removeTag(qint64 tagId)
{
    if (const ww::Status s = m_store.tags().unassign({m_articleId}, tagId); !s) {
        fail(s.error().message);
        return false;
    }
    reload();
    emit tagsChanged(m_articleId);
    return true;
}

void TagBar::reload()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        // deleteLater: this may run inside the clicked() of the very chip being removed.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_tags.clear();
    if (m_articleId > 0) {
        if (const ww::Result<QList<ww::Tag>> tags = m_store.tags().tagsForArticle(m_articleId))
            m_tags = *tags;
        else
            fail(tags.error().message);
    }
    for (const ww::Tag &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(this);
        // Tag names are the analyst's text, but never rich text: a name like "<b>x" shows as typed.
        chip->setText(tag.name + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove the tag \"%1\" from this article").arg(tag.name));
        chip->setAutoRaise(false);
        const QColor color(tag.color.isEmpty() ? QStringLiteral("#dde3ea") : tag.color);
        if (color.isValid()) {
            QPalette p = chip->palette();
            p.setColor(QPalette::Button, color);
            p.setColor(QPalette::ButtonText, textOn(color));
            chip->setPalette(p);
            chip->setAutoFillBackground(true);
        }
        const qint64 id = tag.id;
        connect(chip, &QToolButton::clicked, this, [this, id]() { removeTag(id); });
        m_chips->addWidget(chip);
    }
    QStringList all;
    if (const ww::Result<QList<ww::Tag>> tags = m_store.tags().tags())
        for (const ww::Tag &t : *tags)
            all << t.name;
    static_cast<QStringListModel *>(m_completer->model())->setStringList(all);
}
