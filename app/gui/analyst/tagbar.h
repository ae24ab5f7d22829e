#pragma once

#include "store/storetypes.h"

#include <QWidget>

class QCompleter;
class FlowLayout;
class QLineEdit;

namespace ww {
class Store;
}

// The analyst's tags on the open article: one chip per tag (click × to remove) and a line to add one,
// completing existing names; a new name creates the tag. Every change is saved before the chip changes.
class TagBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagBar)
public:
    explicit TagBar(ww::Store &store, QWidget *parent = nullptr);

    void setArticle(qint64 articleId); // 0 clears
    qint64 articleId() const { return m_articleId; }
    QStringList tagNames() const; // the chips shown, in order (tests)
    QLineEdit *input() const { return m_input; }

    // Adds the tag (creating it when new) to the article; false with the reason in lastError().
    bool addTag(const QString &name);
    bool removeTag(qint64 tagId);
    QString lastError() const { return m_lastError; }

signals:
    void tagsChanged(qint64 articleId);
    void errorOccurred(const QString &message);

private:
    void reload();
    void fail(const QString &message);

    ww::Store &m_store;
    qint64 m_articleId = 0;
    QList<ww::Tag> m_tags;
    FlowLayout *m_chips;
    QLineEdit *m_input;
    QCompleter *m_completer;
    QString m_lastError;
};
