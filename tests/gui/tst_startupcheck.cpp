// The desk's start on a large archive (issue 5 "Scale"): the window opens before the full integrity check,
// which runs in the background; damage it finds is still reported with the way to restore the latest backup
// (the damaged file kept), and a healthy archive passes.
#include "damageddatabasedialog.h"
#include "startupcheck.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestStartupCheck : public QObject
{
    Q_OBJECT
private slots:
    void healthyArchivePasses();
    void damageFoundAfterStartOffersRestore_data();
    void damageFoundAfterStartOffersRestore();
    void missingFileFails();

private:
    static void populate(const QString &path, int feeds);
    static QByteArray hash(const QString &path);
    static Database::Options deferred();
};

void TestStartupCheck::populate(const QString &path, int feeds)
{
    Database db;
    QVERIFY(db.open(path).ok());
    Store store(db);
    for (int i = 0; i < feeds; ++i) {
        Feed f;
        f.url = QUrl(QStringLiteral("https://feeds.example/%1.xml").arg(i));
        f.title = QStringLiteral("A feed with a title long enough to fill pages %1").arg(i);
        QVERIFY(store.feeds().addFeed(f).ok());
    }
}

QByteArray TestStartupCheck::hash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Database::Options TestStartupCheck::deferred()
{
    Database::Options options;
    options.deferQuickCheck = true;
    return options;
}

void TestStartupCheck::healthyArchivePasses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    populate(path, 200);
    Database db;
    QVERIFY(db.open(path, deferred()).ok());
    QVERIFY(db.quickCheckDeferred());
    StartupCheck check;
    QSignalSpy passed(&check, &StartupCheck::passed);
    QSignalSpy damaged(&check, &StartupCheck::damaged);
    QSignalSpy failed(&check, &StartupCheck::failed);
    check.start(path);
    QVERIFY(check.isRunning());
    // The desk's own connection keeps working meanwhile (the check reads on its own).
    Store store(db);
    QCOMPARE(store.feeds().feeds().value().size(), 200);
    QVERIFY(passed.wait(20000));
    QCOMPARE(damaged.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!check.isRunning());
    QVERIFY(check.damage().isEmpty());
}

void TestStartupCheck::damageFoundAfterStartOffersRestore_data()
{
    QTest::addColumn<qint64>("page"); // the 4 KiB page overwritten, counted from 0 (0 is the header page)
    QTest::addRow("page 2") << qint64(1);
    QTest::addRow("a middle page") << qint64(-2);
    QTest::addRow("the last page") << qint64(-1);
}

void TestStartupCheck::damageFoundAfterStartOffersRestore()
{
    QFETCH(qint64, page);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    populate(path, 300);
    BackupService::Options options;
    options.directory = backups;
    const Result<QString> backup = BackupService(path, options).backupNow();
    QVERIFY(backup.ok());
    {
        QFile f(path);
        const qint64 pages = f.size() / 4096;
        QVERIFY(pages > 8);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = page == -1 ? pages - 1 : page == -2 ? pages / 2 : page;
        f.seek(at * 4096);
        f.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray damagedHash = hash(path);

    // The start: either the cheap checks already refuse the file (reported as before), or the desk opens and
    // the background check reports the damage.
    QString message;
    {
        Database db;
        const Status opened = db.open(path, deferred());
        if (!opened.ok()) {
            QCOMPARE(opened.error().code, Error::Code::DatabaseCorrupt);
            message = opened.error().message;
        } else {
            QVERIFY(db.quickCheckDeferred());
            StartupCheck check;
            QSignalSpy damaged(&check, &StartupCheck::damaged);
            QSignalSpy passed(&check, &StartupCheck::passed);
            check.start(path);
            QVERIFY(damaged.wait(20000));
            QCOMPARE(passed.count(), 0);
            message = damaged.at(0).at(0).toString();
            QCOMPARE(check.damage(), message);
        }
    } // the desk closes its connection (and its lock) before offering the restore
    QVERIFY2(message.contains(QLatin1String("backup")), qPrintable(message));
    QCOMPARE(hash(path), damagedHash);

    DamagedDatabaseDialog dialog(path, message, backups);
    QCOMPARE(dialog.latestBackup(), *backup);
    QVERIFY(dialog.restoreButton());
    dialog.show();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QVERIFY2(dialog.outcome().ok(),
             dialog.outcome().ok() ? "" : qPrintable(dialog.outcome().error().message));
    QCOMPARE(hash(dialog.outcome().value()), damagedHash); // kept as it was
    Database restored;
    QVERIFY(restored.open(path).ok());
    QSqlQuery q = restored.query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM feeds")) && q.next());
    QCOMPARE(q.value(0).toInt(), 300);
}

void TestStartupCheck::missingFileFails()
{
    QTemporaryDir dir;
    StartupCheck check;
    QSignalSpy passed(&check, &StartupCheck::passed);
    QSignalSpy failed(&check, &StartupCheck::failed);
    QSignalSpy damaged(&check, &StartupCheck::damaged);
    check.start(dir.filePath(QStringLiteral("gone.sqlite")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count() + damaged.count() + passed.count(), 1, 20000);
    QCOMPARE(passed.count(), 0); // a file that cannot be read never passes
}

QTEST_MAIN(TestStartupCheck)
#include "tst_startupcheck.moc"
