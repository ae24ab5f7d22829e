#include "alertcenter.h"
#include "savesearchdialog.h"

#include "store/database.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestAnalystDialogs : public QObject
{
    Q_OBJECT
private slots:
    void saveSearchStoresAlertAndRule();
    void saveNeedsNameAndQuery();
    void alertCenterNotifiesAndCounts();
};

void TestAnalystDialogs::saveSearchStoresAlertAndRule()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite"))));
    Store store(db);
    const qint64 tag = *store.tags().create(QStringLiteral("DPRK"));
    SaveSearchDialog dialog(store, QStringLiteral("missile country:KP"));
    QCOMPARE(dialog.queryEdit()->text(), QStringLiteral("missile country:KP"));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("NK missiles"));
    dialog.alertBox()->setChecked(true);
    dialog.tagRuleBox()->setCurrentIndex(dialog.tagRuleBox()->findData(tag));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const SavedSearch saved = *store.savedSearches().get(dialog.savedId());
    QCOMPARE(saved.name, QStringLiteral("NK missiles"));
    QCOMPARE(saved.query, QStringLiteral("missile country:KP"));
    QVERIFY(saved.alert);
    QCOMPARE(saved.tagId, tag);
}

void TestAnalystDialogs::saveNeedsNameAndQuery()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite"))));
    Store store(db);
    SaveSearchDialog dialog(store, QString());
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("x"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog.queryEdit(), QStringLiteral("grain"));
    QVERIFY(save->isEnabled());
}

void TestAnalystDialogs::alertCenterNotifiesAndCounts()
{
    AlertCenter center;
    QStringList shown;
    center.setNotifier([&](const QString &, const QString &message) { shown << message; });
    QSignalSpy unseen(&center, &AlertCenter::unseenChanged);
    QList<AlertRecord> alerts;
    for (int i = 1; i <= AlertCenter::kMaxNotifications + 2; ++i)
        alerts << AlertRecord{i, i,       QDateTime::currentDateTimeUtc(),
                              i, 100 + i, QStringLiteral("search %1").arg(i)};
    center.raise(alerts);
    // A burst is capped: the first ones, then one summary for the rest.
    QCOMPARE(shown.size(), AlertCenter::kMaxNotifications + 1);
    QCOMPARE(shown.first(), QStringLiteral("search 1"));
    QVERIFY(shown.last().contains(QString::number(4 + 5)));
    QCOMPARE(center.unseen(), 1 + 2 + 3 + 4 + 5);
    QCOMPARE(unseen.size(), 1);
    center.markSeen();
    QCOMPARE(center.unseen(), 0);
    center.raise({});
    QCOMPARE(unseen.size(), 2);
}

QTEST_MAIN(TestAnalystDialogs)
#include "tst_analystdialogs.moc"
