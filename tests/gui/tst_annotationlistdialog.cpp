#include "analystfixture.h"
#include "annotationlistdialog.h"
#include "annotationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>

using namespace ww;

class TestAnnotationListDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsEveryNoteNewestFirst();
    void orphanedIsMarked();
    void searchFilters_data();
    void searchFilters();
    void enterOpensTheArticle_data();
    void enterOpensTheArticle();

private:
    int rowOf(const QString &note) const;

    AnalystFixture m_f;
    std::unique_ptr<AnnotationListDialog> m_dialog;
    qint64 m_orphan = 0;
};

void TestAnnotationListDialog::init()
{
    QVERIFY(m_f.fill());
    AnnotationStore &notes = m_f.store->annotations();
    const auto add = [&notes](qint64 article, qint64 cluster, const QString &quote, const QString &note) {
        Annotation a;
        a.articleId = article;
        a.clusterId = cluster;
        a.quote = quote;
        a.start = quote.isEmpty() ? -1 : 0;
        a.end = quote.isEmpty() ? -1 : int(quote.size());
        a.note = note;
        const Result<qint64> id = notes.add(a);
        QTest::qWait(5); // distinct updated_at, so "newest first" is decided by the clock
        return id ? *id : qint64(0);
    };
    add(m_f.articles[0], 0, QStringLiteral("ballistic missile"), QStringLiteral("Check the range claim"));
    m_orphan = add(m_f.articles[0], 0, QStringLiteral("coast guard"), QStringLiteral("Japanese source"));
    QVERIFY(notes.setOrphaned(m_orphan, true));
    add(m_f.articles[2], 0, QString(), QStringLiteral("Compare with the Kremlin readout"));
    add(0, m_f.cluster, QString(), QStringLiteral("Wire copy from Reuters, ran in two outlets"));
    m_dialog = std::make_unique<AnnotationListDialog>(*m_f.store);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAnnotationListDialog::cleanup()
{
    m_dialog.reset();
    m_f.store.reset();
    m_f.db.reset();
}

int TestAnnotationListDialog::rowOf(const QString &note) const
{
    const QAbstractItemModel *shown = m_dialog->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, AnnotationListModel::NoteColumn).data().toString() == note)
            return row;
    return -1;
}

void TestAnnotationListDialog::listsEveryNoteNewestFirst()
{
    QAbstractItemModelTester tester(m_dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_dialog->view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *shown = m_dialog->view()->model();
    QCOMPARE(shown->rowCount(), 4);
    QCOMPARE(m_dialog->visibleCount(), 4);
    // Newest first: the story note was written last.
    QCOMPARE(shown->index(0, AnnotationListModel::NoteColumn).data().toString(),
             QStringLiteral("Wire copy from Reuters, ran in two outlets"));
    QCOMPARE(shown->index(0, AnnotationListModel::TitleColumn).data().toString(),
             QStringLiteral("Story: Missile launch"));
    QCOMPARE(shown->index(3, AnnotationListModel::NoteColumn).data().toString(),
             QStringLiteral("Check the range claim"));
    QCOMPARE(shown->index(3, AnnotationListModel::TitleColumn).data().toString(),
             QStringLiteral("Missile launch"));
    QCOMPARE(shown->index(3, AnnotationListModel::QuoteColumn).data().toString(),
             QStringLiteral("\"ballistic missile\""));
    const int whole = rowOf(QStringLiteral("Compare with the Kremlin readout"));
    QCOMPARE(shown->index(whole, AnnotationListModel::TitleColumn).data().toString(),
             QStringLiteral("Grain corridor"));
    QVERIFY(!shown->index(whole, AnnotationListModel::UpdatedColumn).data().toString().isEmpty());
    // A note written after the dialog opened shows up on reload.
    Annotation late;
    late.articleId = m_f.articles[1];
    late.note = QStringLiteral("late");
    QVERIFY(m_f.store->annotations().add(late));
    m_dialog->reload();
    QCOMPARE(shown->rowCount(), 5);
}

void TestAnnotationListDialog::orphanedIsMarked()
{
    const QAbstractItemModel *shown = m_dialog->view()->model();
    const int row = rowOf(QStringLiteral("Japanese source"));
    QVERIFY(row >= 0);
    const QModelIndex quote = shown->index(row, AnnotationListModel::QuoteColumn);
    QVERIFY(quote.data(AnnotationListModel::OrphanedRole).toBool());
    QVERIFY(quote.data().toString().contains(QStringLiteral("no longer in the article")));
    QVERIFY(quote.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex other =
        shown->index(rowOf(QStringLiteral("Check the range claim")), AnnotationListModel::QuoteColumn);
    QVERIFY(!other.data(AnnotationListModel::OrphanedRole).toBool());
    QVERIFY(!other.data().toString().contains(QStringLiteral("no longer")));
}

void TestAnnotationListDialog::searchFilters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("notes");
    QTest::addRow("word in a note") << QStringLiteral("kremlin")
                                    << QStringList{QStringLiteral("Compare with the Kremlin readout")};
    QTest::addRow("quoted words") << QStringLiteral("COAST GUARD")
                                  << QStringList{QStringLiteral("Japanese source")};
    QTest::addRow("several") << QStringLiteral("re")
                             << QStringList{QStringLiteral("Compare with the Kremlin readout"),
                                            QStringLiteral("Wire copy from Reuters, ran in two outlets")};
    QTest::addRow("title is not searched") << QStringLiteral("corridor") << QStringList{};
    QTest::addRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TestAnnotationListDialog::searchFilters()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, notes);
    QTest::keyClicks(m_dialog->searchEdit(), typed);
    const QAbstractItemModel *shown = m_dialog->view()->model();
    QStringList got;
    for (int row = 0; row < shown->rowCount(); ++row)
        got << shown->index(row, AnnotationListModel::NoteColumn).data().toString();
    got.sort();
    notes.sort();
    QCOMPARE(got, notes);
    m_dialog->searchEdit()->clear();
    QCOMPARE(m_dialog->visibleCount(), 4);
}

void TestAnnotationListDialog::enterOpensTheArticle_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("article"); // index into the fixture's articles
    QTest::addRow("note on an article") << QStringLiteral("Compare with the Kremlin readout") << 2;
    QTest::addRow("note on a story opens its first copy")
        << QStringLiteral("Wire copy from Reuters, ran in two outlets") << 0;
}

void TestAnnotationListDialog::enterOpensTheArticle()
{
    QFETCH(QString, note);
    QFETCH(int, article);
    QSignalSpy open(m_dialog.get(), &AnnotationListDialog::openArticleRequested);
    QTreeView *view = m_dialog->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(rowOf(note), 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), m_f.articles[article]);
    QVERIFY(m_dialog->isVisible()); // stays open to pick the next note
}

QTEST_MAIN(TestAnnotationListDialog)
#include "tst_annotationlistdialog.moc"
