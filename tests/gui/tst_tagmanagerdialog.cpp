#include "analystfixture.h"
#include "tagmanagerdialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace ww;

class TestTagManagerDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsTagsWithColoursAndCounts();
    void renameInline();
    void renameToAnExistingNameIsRefused();
    void merge_data();
    void merge();
    void recolour();
    void remove_data();
    void remove();

private:
    QPushButton *button(const QString &text) const;
    QTreeWidgetItem *item(const QString &name) const;

    AnalystFixture m_f;
    std::unique_ptr<TagManagerDialog> m_dialog;
    qint64 m_dprk = 0;
    qint64 m_missiles = 0;
    qint64 m_grain = 0;
};

void TestTagManagerDialog::init()
{
    QVERIFY(m_f.fill());
    TagStore &tags = m_f.store->tags();
    m_dprk = *tags.create(QStringLiteral("DPRK"), QStringLiteral("#cc0000"));
    m_missiles = *tags.create(QStringLiteral("missiles"));
    m_grain = *tags.create(QStringLiteral("grain"), QStringLiteral("#2e7d32"));
    QVERIFY(tags.assign({m_f.articles[0], m_f.articles[1]}, m_dprk));
    QVERIFY(tags.assign({m_f.articles[1]}, m_missiles));
    QVERIFY(tags.assign({m_f.articles[2]}, m_grain));
    QVERIFY(tags.assignCluster(m_f.cluster, m_missiles));
    m_dialog = std::make_unique<TagManagerDialog>(*m_f.store);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestTagManagerDialog::cleanup()
{
    m_dialog.reset();
    m_f.store.reset();
    m_f.db.reset();
}

QPushButton *TestTagManagerDialog::button(const QString &text) const
{
    for (QPushButton *b : m_dialog->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QTreeWidgetItem *TestTagManagerDialog::item(const QString &name) const
{
    const QList<QTreeWidgetItem *> found = m_dialog->list()->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.constFirst();
}

void TestTagManagerDialog::listsTagsWithColoursAndCounts()
{
    QTreeWidget *list = m_dialog->list();
    QCOMPARE(list->topLevelItemCount(), 3);
    QVERIFY(item(QStringLiteral("DPRK")));
    QCOMPARE(item(QStringLiteral("DPRK"))->text(TagManagerDialog::CountColumn), QLocale().toString(2));
    QCOMPARE(item(QStringLiteral("missiles"))->text(TagManagerDialog::CountColumn), QLocale().toString(1));
    // The swatch is the tag's colour.
    const QImage swatch = item(QStringLiteral("grain"))->icon(0).pixmap(14, 14).toImage();
    QCOMPARE(swatch.pixelColor(7, 7).name(), QStringLiteral("#2e7d32"));
    QVERIFY(!list->accessibleName().isEmpty());
}

void TestTagManagerDialog::renameInline()
{
    QSignalSpy edited(m_dialog.get(), &TagManagerDialog::tagsEdited);
    QTreeWidget *list = m_dialog->list();
    list->setFocus();
    list->setCurrentItem(item(QStringLiteral("missiles")));
    QTest::keyClick(list, Qt::Key_F2); // edit in place, as a file manager does
    auto *editor = list->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("ballistic missiles"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(edited.size(), 1);
    QCOMPARE(m_f.store->tags().tagByName(QStringLiteral("ballistic missiles"))->id, m_missiles);
    QVERIFY(!m_f.store->tags().tagByName(QStringLiteral("missiles")));
    QVERIFY(item(QStringLiteral("ballistic missiles")));
    QCOMPARE(m_dialog->currentTagId(), m_missiles);
}

void TestTagManagerDialog::renameToAnExistingNameIsRefused()
{
    QSignalSpy edited(m_dialog.get(), &TagManagerDialog::tagsEdited);
    QVERIFY(!m_dialog->renameTag(m_grain, QStringLiteral("dprk"))); // names are unique regardless of case
    QVERIFY(!m_dialog->lastError().isEmpty());
    QCOMPARE(edited.size(), 0);
    QCOMPARE(m_f.store->tags().tags()->size(), 3);
    QVERIFY(item(QStringLiteral("grain"))); // the list shows what the store has
}

void TestTagManagerDialog::merge_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addRow("confirmed") << true;
    QTest::addRow("cancelled") << false;
}

void TestTagManagerDialog::merge()
{
    QFETCH(bool, confirm);
    QSignalSpy edited(m_dialog.get(), &TagManagerDialog::tagsEdited);
    m_dialog->selectTag(m_missiles);
    QString asked;
    answerModal<QInputDialog>([&asked, confirm](QInputDialog *pick) {
        QCOMPARE(pick->comboBoxItems(), (QStringList{QStringLiteral("DPRK"), QStringLiteral("grain")}));
        pick->setTextValue(QStringLiteral("DPRK"));
        answerModal<QMessageBox>([&asked, confirm](QMessageBox *box) {
            asked = box->text();
            box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
        });
        pick->accept();
    });
    QTest::mouseClick(button(QStringLiteral("&Merge into…")), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("missiles")));
    QVERIFY(asked.contains(QStringLiteral("DPRK")));
    if (!confirm) {
        QCOMPARE(edited.size(), 0);
        QCOMPARE(m_f.store->tags().tags()->size(), 3);
        return;
    }
    QCOMPARE(edited.size(), 1);
    QVERIFY(!m_f.store->tags().tagByName(QStringLiteral("missiles")));
    QCOMPARE(m_f.store->tags().tagByName(QStringLiteral("DPRK"))->articleCount, 2);
    QCOMPARE(m_f.store->tags().tagsForCluster(m_f.cluster)->constFirst().id, m_dprk); // stories move too
    QCOMPARE(m_dialog->list()->topLevelItemCount(), 2);
    QCOMPARE(m_dialog->currentTagId(), m_dprk);
}

void TestTagManagerDialog::recolour()
{
    QSignalSpy edited(m_dialog.get(), &TagManagerDialog::tagsEdited);
    m_dialog->selectTag(m_missiles);
    answerModal<QColorDialog>([](QColorDialog *colours) {
        colours->setCurrentColor(QColor(0x15, 0x65, 0xc0));
        colours->accept();
    });
    QTest::mouseClick(button(QStringLiteral("&Colour…")), Qt::LeftButton);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(m_f.store->tags().tagByName(QStringLiteral("missiles"))->color, QStringLiteral("#1565c0"));
    const QImage swatch = item(QStringLiteral("missiles"))->icon(0).pixmap(14, 14).toImage();
    QCOMPARE(swatch.pixelColor(7, 7).name(), QStringLiteral("#1565c0"));
}

void TestTagManagerDialog::remove_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addRow("confirmed") << true;
    QTest::addRow("cancelled") << false;
}

void TestTagManagerDialog::remove()
{
    QFETCH(bool, confirm);
    QSignalSpy edited(m_dialog.get(), &TagManagerDialog::tagsEdited);
    m_dialog->selectTag(m_dprk);
    m_dialog->list()->setFocus();
    answerModal<QMessageBox>([confirm](QMessageBox *box) {
        box->button(confirm ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });
    QTest::keyClick(m_dialog->list(), Qt::Key_Delete); // by keyboard, from the list
    QCOMPARE(edited.size(), confirm ? 1 : 0);
    QCOMPARE(bool(m_f.store->tags().tagByName(QStringLiteral("DPRK"))), !confirm);
    QCOMPARE(m_f.store->tags().tagsForArticle(m_f.articles[0])->size(), confirm ? 0 : 1);
    QCOMPARE(m_dialog->list()->topLevelItemCount(), confirm ? 2 : 3);
}

QTEST_MAIN(TestTagManagerDialog)
#include "tst_tagmanagerdialog.moc"
