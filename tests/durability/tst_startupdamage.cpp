// RELIABILITY b.45 and b.46, the cases tests/store/tst_database.cpp does not cover (it has garbage, text,
// truncated, page 2 overwritten and broken header files without a WAL): damage around a hot -wal left by
// a SIGKILLed writer, and a backup taken while another process writes.
// Correct at start-up: either the file opens and is sound, or it is refused as damaged with a way to
// restore from a backup, and the damaged files are kept byte for byte (no checkpoint into them).
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

namespace {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Lets ww_killchild write until it acknowledged `acks` feed updates, then SIGKILLs it (the -wal stays hot).
bool writeThenKill(const QString &path, int acks, quint32 seed)
{
    QProcess child;
    child.setProgram(QStringLiteral(WW_KILLCHILD));
    child.setArguments({QStringLiteral("write"), path, QString::number(seed)});
    child.start();
    if (!child.waitForStarted(10000))
        return false;
    QByteArray out;
    while (out.count("\nFEED ") < acks && child.waitForReadyRead(20000))
        out += child.readAllStandardOutput();
    child.kill();
    child.waitForFinished(10000);
    return out.count("\nFEED ") >= acks;
}

// Opens like the app does; either sound, or refused as damaged with nothing changed on disk.
void expectSoundOrRefusedAndKept(const QString &path)
{
    const QStringList files = {path, path + QStringLiteral("-wal")};
    QList<QByteArray> before;
    for (const QString &f : files)
        before << sha256(f);
    Database db;
    const Status s = db.open(path);
    if (s.ok()) {
        QSqlQuery q = db.query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        return;
    }
    QCOMPARE(s.error().code, Error::Code::DatabaseCorrupt);
    QVERIFY2(s.error().message.contains(QLatin1String("backup")), qPrintable(s.error().message));
    for (qsizetype i = 0; i < files.size(); ++i)
        QCOMPARE(sha256(files.at(i)), before.at(i));
}

} // namespace

class TestStartupDamage : public QObject
{
    Q_OBJECT
private slots:
    void hotWalDeleted();
    void walFromAnotherCopy();
    void walFrameFlipped();
    void backupWhileAnotherProcessWrites();
};

void TestStartupDamage::hotWalDeleted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    QVERIFY(writeThenKill(path, 3, 11));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFile::remove(path + QStringLiteral("-wal")));
    QFile::remove(path + QStringLiteral("-shm"));
    expectSoundOrRefusedAndKept(path);
}

void TestStartupDamage::walFromAnotherCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    QVERIFY(writeThenKill(path, 2, 21));
    const QString oldWal = dir.filePath(QStringLiteral("old-wal"));
    QVERIFY(QFile::copy(path + QStringLiteral("-wal"), oldWal));
    QVERIFY(writeThenKill(path, 4, 22)); // opening checkpoints the old WAL; new writes make a new one
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QVERIFY(QFile::copy(oldWal, path + QStringLiteral("-wal")));
    expectSoundOrRefusedAndKept(path);
}

void TestStartupDamage::walFrameFlipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    QVERIFY(writeThenKill(path, 3, 31));
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.size() > 32 + 24 + 4096);
    QVERIFY(wal.open(QIODevice::ReadWrite));
    wal.seek(32 + 24 + 100); // inside the first frame's page
    wal.write(QByteArray(64, '\x5A'));
    wal.close();
    QFile::remove(path + QStringLiteral("-shm"));
    expectSoundOrRefusedAndKept(path);
}

void TestStartupDamage::backupWhileAnotherProcessWrites()
{
    // b.46: VACUUM INTO from a reader while ww_killchild writes; the copy is consistent and restores.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    QVERIFY(writeThenKill(path, 2, 41));
    QProcess writer;
    writer.setProgram(QStringLiteral(WW_KILLCHILD));
    writer.setArguments({QStringLiteral("write"), path, QStringLiteral("42")});
    writer.start();
    QVERIFY(writer.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("FEED ") && writer.waitForReadyRead(20000))
        out += writer.readAllStandardOutput();

    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        Database reader;
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        QVERIFY(reader.open(path, options).ok());
        const Status s = reader.backupTo(backup);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    }
    writer.kill();
    writer.waitForFinished(10000);

    Database copy;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    QVERIFY(copy.open(backup, options).ok());
    QSqlQuery q = copy.query();
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    // Every feed in the copy is all or nothing too (the URL's file name is its item count).
    QVERIFY(
        q.exec(QStringLiteral("SELECT f.url, COUNT(a.id) FROM feeds f LEFT JOIN articles a ON a.feed_id = "
                              "f.id GROUP BY f.id, f.url")));
    int feeds = 0;
    while (q.next()) {
        const int expected = QUrl(q.value(0).toString()).fileName().section(QLatin1Char('.'), 0, 0).toInt();
        const int count = q.value(1).toInt();
        QVERIFY2(count == 0 || count == expected, qPrintable(q.value(0).toString()));
        ++feeds;
    }
    QVERIFY(feeds > 0);
    copy.close();

    const Result<QString> aside = Database::restoreFrom(backup, path);
    QVERIFY2(aside.ok(), aside.ok() ? "" : qPrintable(aside.error().message));
    QVERIFY(QFileInfo::exists(*aside)); // the replaced file is kept
    Database restored;
    QVERIFY(restored.open(path).ok());
}

QTEST_GUILESS_MAIN(TestStartupDamage)
#include "tst_startupdamage.moc"
