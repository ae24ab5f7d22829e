#include "alerthistorydialog.h"
#include "analystfixture.h"

#include <QSignalSpy>
#include <QTreeWidget>

using namespace ww;

class TestAlertHistoryDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void alertsNewestFirstUnderTheirSearch();
    void enterOpensTheNewestMatch();
    void searchWithoutAlerts();

private:
    QTreeWidgetItem *search(const QString &name) const;

    AnalystFixture m_f;
    std::unique_ptr<AlertHistoryDialog> m_dialog;
    qint64 m_missiles = 0;
};

void TestAlertHistoryDialog::init()
{
    QVERIFY(m_f.fill());
    SavedSearchStore &searches = m_f.store->savedSearches();
    SavedSearch s;
    s.name = QStringLiteral("NK missiles");
    s.query = QStringLiteral("missile");
    s.alert = true;
    m_missiles = *searches.add(s);
    s.name = QStringLiteral("Black Sea grain");
    s.query = QStringLiteral("grain");
    const qint64 grain = *searches.add(s);
    s.name = QStringLiteral("Quiet");
    s.query = QStringLiteral("nothing");
    s.alert = false;
    QVERIFY(searches.add(s));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
    // Recorded out of order on purpose: the list must sort by time, not by insertion.
    QVERIFY(searches.recordAlert({0, m_missiles, t0.addSecs(3600), 1, m_f.articles[1], QStringLiteral("b")}));
    QVERIFY(searches.recordAlert({0, m_missiles, t0, 2, m_f.articles[0], QStringLiteral("a")}));
    QVERIFY(searches.recordAlert({0, grain, t0.addSecs(60), 1, m_f.articles[2], QStringLiteral("g")}));
    m_dialog = std::make_unique<AlertHistoryDialog>(*m_f.store);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAlertHistoryDialog::cleanup()
{
    m_dialog.reset();
    m_f.store.reset();
    m_f.db.reset();
}

QTreeWidgetItem *TestAlertHistoryDialog::search(const QString &name) const
{
    QTreeWidget *tree = m_dialog->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    return nullptr;
}

void TestAlertHistoryDialog::alertsNewestFirstUnderTheirSearch()
{
    QCOMPARE(m_dialog->tree()->topLevelItemCount(), 3);
    QTreeWidgetItem *missiles = search(QStringLiteral("NK missiles"));
    QVERIFY(missiles);
    QCOMPARE(missiles->childCount(), 2);
    QCOMPARE(missiles->child(0)->text(AlertHistoryDialog::ArticleColumn),
             QStringLiteral("Missile launch (copy)"));
    QCOMPARE(missiles->child(0)->text(AlertHistoryDialog::MatchesColumn), QLocale().toString(1));
    QCOMPARE(missiles->child(1)->text(AlertHistoryDialog::ArticleColumn), QStringLiteral("Missile launch"));
    QCOMPARE(missiles->child(1)->text(AlertHistoryDialog::MatchesColumn), QLocale().toString(2));
    QTreeWidgetItem *grain = search(QStringLiteral("Black Sea grain"));
    QVERIFY(grain);
    QCOMPARE(grain->childCount(), 1);
    QCOMPARE(grain->child(0)->text(AlertHistoryDialog::ArticleColumn), QStringLiteral("Grain corridor"));

    // A new alert appears on reload, on top.
    QVERIFY(m_f.store->savedSearches().recordAlert(
        {0, m_missiles, QDateTime::currentDateTimeUtc(), 1, m_f.articles[2], QStringLiteral("c")}));
    m_dialog->reload();
    missiles = search(QStringLiteral("NK missiles"));
    QCOMPARE(missiles->childCount(), 3);
    QCOMPARE(missiles->child(0)->text(AlertHistoryDialog::ArticleColumn), QStringLiteral("Grain corridor"));
}

void TestAlertHistoryDialog::enterOpensTheNewestMatch()
{
    QSignalSpy open(m_dialog.get(), &AlertHistoryDialog::openArticleRequested);
    QTreeWidget *tree = m_dialog->tree();
    tree->setFocus();
    tree->setCurrentItem(search(QStringLiteral("NK missiles"))->child(1));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toLongLong(), m_f.articles[0]);
    tree->setCurrentItem(search(QStringLiteral("NK missiles"))); // a search row opens nothing
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QVERIFY(m_dialog->isVisible());
}

void TestAlertHistoryDialog::searchWithoutAlerts()
{
    QTreeWidgetItem *quiet = search(QStringLiteral("Quiet"));
    QVERIFY(quiet);
    QCOMPARE(quiet->childCount(), 1);
    QVERIFY(quiet->child(0)->isDisabled());
    QCOMPARE(quiet->child(0)->data(0, AlertHistoryDialog::ArticleIdRole).toLongLong(), 0);
}

QTEST_MAIN(TestAlertHistoryDialog)
#include "tst_alerthistorydialog.moc"
