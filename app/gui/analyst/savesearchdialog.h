#pragma once

#include "store/storetypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace ww {
class Store;
}

// Saves the current search (full text and field filters) under a name, optionally as an alert (new
// matches raise a notification) and as a tag rule (new matches get a tag).
class SaveSearchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveSearchDialog)
public:
    SaveSearchDialog(ww::Store &store, const QString &query, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *queryEdit() const { return m_query; }
    QCheckBox *alertBox() const { return m_alert; }
    QComboBox *tagRuleBox() const { return m_tag; }

    // Saves; on failure the dialog stays open with the reason shown. The id of the saved search.
    qint64 savedId() const { return m_savedId; }
    bool save();
    void accept() override;

private:
    ww::Store &m_store;
    QLineEdit *m_name;
    QLineEdit *m_query;
    QCheckBox *m_alert;
    QComboBox *m_tag;
    QDialogButtonBox *m_buttons;
    qint64 m_savedId = 0;
};
