#include "savesearchdialog.h"

#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

SaveSearchDialog::SaveSearchDialog(ww::Store &store, const QString &query, QWidget *parent)
    : QDialog(parent), m_store(store), m_name(new QLineEdit(this)), m_query(new QLineEdit(query, this)),
      m_alert(new QCheckBox(tr("Notify me about new matches"), this)), m_tag(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save search"));
    auto *form = new QFormLayout(this);
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("e.g. North Korea missiles"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Search:"), m_query);
    form->addRow(QString(), m_alert);
    m_tag->addItem(tr("(no tag)"), qint64(0));
    if (const ww::Result<QList<ww::Tag>> tags = m_store.tags().tags())
        for (const ww::Tag &t : *tags)
            m_tag->addItem(t.name, t.id);
    form->addRow(tr("&Tag new matches:"), m_tag);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaveSearchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SaveSearchDialog::reject);
    const auto updateButton = [this]() {
        m_buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_query->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateButton);
    connect(m_query, &QLineEdit::textChanged, this, updateButton);
    updateButton();
}

bool SaveSearchDialog::save()
{
    ww::SavedSearch s;
    s.name = m_name->text().trimmed();
    s.query = m_query->text().trimmed();
    s.alert = m_alert->isChecked();
    s.tagId = m_tag->currentData().toLongLong();
    const ww::Result<qint64> id = m_store.savedSearches().add(s);
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.error().message);
        return false;
    }
    m_savedId = *id;
    return true;
}

void SaveSearchDialog::accept()
{
    if (save())
        QDialog::accept();
}
