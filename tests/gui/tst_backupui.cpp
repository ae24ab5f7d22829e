// The desk's side of backups: the start-up dialog for a damaged database offers the latest backup and
// restores it (the damaged file kept), and the scheduler writes a backup when one is due.
#include "backupscheduler.h"
#include "damageddatabasedialog.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestBackupUi : public QObject
{
    Q_OBJECT
private slots:
    void damagedDatabaseRestoresLatestBackup();
    void noBackupNoRestoreButton();
    void schedulerWritesWhenDue();

private:
    static void populate(const QString &path, int feeds);
    static QByteArray hash(const QString &path);
};

void TestBackupUi::populate(const QString &path, int feeds)
{
    Database db;
    QVERIFY(db.open(path).ok());
    Store store(db);
    for (int i = 0; i < feeds; ++i) {
        Feed f;
        f.url =
            QUrl(QStringLiteral("https://feeds.example/%1-%2.xml").arg(QFileInfo(path).baseName()).arg(i));
        f.title = QStringLiteral("A feed with a title long enough to fill pages %1").arg(i);
        QVERIFY(store.feeds().addFeed(f).ok());
    }
}

QByteArray TestBackupUi::hash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestBackupUi::damagedDatabaseRestoresLatestBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    populate(path, 200);
    BackupService::Options options;
    options.directory = backups;
    const Result<QString> backup = BackupService(path, options).backupNow();
    QVERIFY(backup.ok());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096);
        f.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray damaged = hash(path);
    Database db;
    const Status opened = db.open(path);
    QCOMPARE(opened.error().code, Error::Code::DatabaseCorrupt);

    DamagedDatabaseDialog dialog(path, opened.error().message, backups);
    QCOMPARE(dialog.latestBackup(), *backup);
    QVERIFY(dialog.restoreButton());
    QVERIFY(dialog.informativeText().contains(QDir::toNativeSeparators(*backup)));
    QVERIFY(!dialog.outcome().ok()); // nothing happens before the analyst chooses
    QCOMPARE(hash(path), damaged);
    dialog.show();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QVERIFY2(dialog.outcome().ok(),
             dialog.outcome().ok() ? "" : qPrintable(dialog.outcome().error().message));
    QCOMPARE(dialog.clickedButton(), dialog.restoreButton());
    QCOMPARE(hash(dialog.outcome().value()), damaged); // the damaged file is kept as it was
    QVERIFY(db.open(path).ok());
    QSqlQuery q = db.query();
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM feeds")) && q.next());
    QCOMPARE(q.value(0).toInt(), 200);
}

void TestBackupUi::noBackupNoRestoreButton()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lonely.sqlite"));
    DamagedDatabaseDialog dialog(path, QStringLiteral("damaged"), dir.filePath(QStringLiteral("none")));
    QVERIFY(dialog.latestBackup().isEmpty());
    QVERIFY(!dialog.restoreButton());
    QVERIFY(dialog.informativeText().contains(QLatin1String("No backup")));
}

void TestBackupUi::schedulerWritesWhenDue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sched.sqlite"));
    populate(path, 3);
    Database open; // the desk keeps the archive open (and locked) while the scheduler copies it
    QVERIFY(open.open(path).ok());
    BackupService::Options options;
    options.directory = dir.filePath(QStringLiteral("backups"));
    options.keep = 2;
    BackupScheduler scheduler(path, options, 3600);
    QSignalSpy written(&scheduler, &BackupScheduler::backupWritten);
    QSignalSpy failed(&scheduler, &BackupScheduler::backupFailed);
    QVERIFY(scheduler.runIfDue());
    QVERIFY(!scheduler.runIfDue()); // one at a time
    QVERIFY(written.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(QFileInfo::exists(written.at(0).at(0).toString()));
    QVERIFY(!scheduler.isRunning());
    QVERIFY(!scheduler.runIfDue()); // the new backup covers the next hour
    QCOMPARE(BackupService(path, options).backups().size(), 1);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
