#include "analystfixture.h"
#include "clusternotespanel.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace ww;

class TestClusterNotesPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hiddenWhenTheArticleIsInNoStory();
    void addThroughTheDialogSurvivesReopen();
    void everyCopySharesTheNotes();
    void editAndDeleteWithUndo();

private:
    QStringList shown() const;

    AnalystFixture m_f;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ClusterNotesPanel> m_panel;
};

void TestClusterNotesPanel::init()
{
    QVERIFY(m_f.fill());
    m_undo = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<ClusterNotesPanel>(*m_f.store, m_undo.get());
    m_panel->show();
}

void TestClusterNotesPanel::cleanup()
{
    m_panel.reset();
    m_undo.reset();
    m_f.store.reset();
    m_f.db.reset();
}

QStringList TestClusterNotesPanel::shown() const
{
    QStringList out;
    for (int i = 0; i < m_panel->list()->count(); ++i)
        out << m_panel->list()->item(i)->text();
    return out;
}

void TestClusterNotesPanel::hiddenWhenTheArticleIsInNoStory()
{
    m_panel->setArticle(m_f.articles[2]);
    QCOMPARE(m_panel->clusterId(), 0);
    QVERIFY(m_panel->isHidden());
    QVERIFY(!m_panel->addNote(QStringLiteral("nowhere to go")));
    m_panel->setArticle(m_f.articles[0]);
    QCOMPARE(m_panel->clusterId(), m_f.cluster);
    QVERIFY(!m_panel->isHidden());
    QVERIFY(m_panel->heading()->text().contains(QLatin1Char('2'))); // two copies
    QVERIFY(!m_panel->list()->accessibleName().isEmpty());
}

void TestClusterNotesPanel::addThroughTheDialogSurvivesReopen()
{
    m_panel->setArticle(m_f.articles[0]);
    QSignalSpy changed(m_panel.get(), &ClusterNotesPanel::notesChanged);
    answerModal<QInputDialog>([](QInputDialog *ask) {
        QTest::keyClicks(ask->findChild<QPlainTextEdit *>(), QStringLiteral("Agency copy; KCNA denies"));
        ask->accept();
    });
    QPushButton *add = nullptr;
    for (QPushButton *b : m_panel->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Note on &story…"))
            add = b;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(shown(), QStringList{QStringLiteral("Agency copy; KCNA denies")});

    // Acknowledged means stored: close the database, open it again.
    m_panel.reset();
    QVERIFY(m_f.reopen());
    const Result<QList<Annotation>> stored = m_f.store->annotations().forCluster(m_f.cluster);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().note, QStringLiteral("Agency copy; KCNA denies"));
    QCOMPARE(stored->constFirst().articleId, 0);
    m_panel = std::make_unique<ClusterNotesPanel>(*m_f.store, m_undo.get());
    m_panel->setArticle(m_f.articles[1]);
    QCOMPARE(shown(), QStringList{QStringLiteral("Agency copy; KCNA denies")});
}

void TestClusterNotesPanel::everyCopySharesTheNotes()
{
    m_panel->setArticle(m_f.articles[1]);
    QVERIFY(m_panel->addNote(QStringLiteral("first")));
    m_panel->setArticle(m_f.articles[0]);
    QCOMPARE(shown(), QStringList{QStringLiteral("first")});
    QVERIFY(m_f.store->annotations().forArticle(m_f.articles[0])->isEmpty()); // not an article note
}

void TestClusterNotesPanel::editAndDeleteWithUndo()
{
    m_panel->setArticle(m_f.articles[0]);
    QVERIFY(m_panel->addNote(QStringLiteral("draft")));
    const qint64 id = m_panel->notes().constFirst().id;
    QVERIFY(m_panel->editNote(id, QStringLiteral("final")));
    QCOMPARE(m_f.store->annotations().get(id)->note, QStringLiteral("final"));
    QVERIFY(m_panel->removeNote(id));
    QVERIFY(m_f.store->annotations().forCluster(m_f.cluster)->isEmpty());
    QCOMPARE(m_undo->count(), 3);

    m_undo->undo(); // the deletion: back, under a new id
    QCOMPARE(shown(), QStringList{QStringLiteral("final")});
    m_undo->undo(); // the edit, applied to the restored note
    QCOMPARE(shown(), QStringList{QStringLiteral("draft")});
    QCOMPARE(m_f.store->annotations().forCluster(m_f.cluster)->constFirst().note, QStringLiteral("draft"));
    m_undo->undo(); // the addition
    QVERIFY(shown().isEmpty());
    QVERIFY(m_f.store->annotations().forCluster(m_f.cluster)->isEmpty());
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(m_f.store->annotations().forCluster(m_f.cluster)->constFirst().note, QStringLiteral("final"));
}

QTEST_MAIN(TestClusterNotesPanel)
#include "tst_clusternotespanel.moc"
