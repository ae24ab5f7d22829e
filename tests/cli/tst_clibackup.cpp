// wirewatch-cli backup / restore, run as a separate process like a user or cron job runs it. The PostgreSQL
// path (pg_dump/pg_restore) is exercised through the same BackupService in tests/store/tst_backupservice.
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backupIntoFolderKeepsN();
    void backupToAndRestore();
    void originalFormStillWorks();
    void restoreRefusesDamagedBackup();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run run(const QStringList &arguments);
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    int feeds(const QString &database);
    void addFeed(const QString &database, const QString &url);

    QTemporaryDir m_dir;
};

void TestCliBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    addFeed(db(), QStringLiteral("https://feeds.example/one.xml"));
    QCOMPARE(feeds(db()), 1);
}

TestCliBackup::Run TestCliBackup::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WW_CLI), arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

int TestCliBackup::feeds(const QString &database)
{
    const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), database});
    return r.exitCode == 0 ? r.json().value(QStringLiteral("feeds")).toInt(-1) : -1;
}

void TestCliBackup::addFeed(const QString &database, const QString &url)
{
    const Run r =
        run({QStringLiteral("feeds"), QStringLiteral("add"), url, QStringLiteral("--db"), database});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliBackup::backupIntoFolderKeepsN()
{
    const QString dir = m_dir.filePath(QStringLiteral("rotating"));
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        const Run r = run({QStringLiteral("backup"), QStringLiteral("--dir"), dir, QStringLiteral("--keep"),
                           QStringLiteral("2"), QStringLiteral("--db"), db()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString path = r.json().value(QStringLiteral("path")).toString();
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir).absoluteFilePath());
        made.prepend(path);
        QCOMPARE(r.json().value(QStringLiteral("backups")).toArray().size(), qMin(i + 1, 2));
    }
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
    QVERIFY(!QFileInfo::exists(made.last()));
    // restore --latest picks the newest backup in the folder.
    const int before = feeds(db());
    const Run latest = run({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"),
                            dir, QStringLiteral("--db"), db()});
    QVERIFY2(latest.exitCode == 0, latest.err.constData());
    QCOMPARE(latest.json().value(QStringLiteral("restored")).toString(), made.first());
    QVERIFY(QFileInfo(latest.json().value(QStringLiteral("previous")).toString()).isFile());
    QCOMPARE(feeds(db()), before);
    const Run none = run({QStringLiteral("restore"), QStringLiteral("--latest"), QStringLiteral("--dir"),
                          m_dir.filePath(QStringLiteral("empty")), QStringLiteral("--db"), db()});
    QCOMPARE(none.exitCode, 1);
    // Without --dir, backups go to the user's data folder.
    const Run r = run({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("1"),
                       QStringLiteral("--db"), db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json()
                .value(QStringLiteral("path"))
                .toString()
                .startsWith(m_dir.filePath(QStringLiteral("xdg")) + QLatin1Char('/')));
}

void TestCliBackup::backupToAndRestore()
{
    const QString target = m_dir.filePath(QStringLiteral("to.sqlite"));
    const Run b =
        run({QStringLiteral("backup"), QStringLiteral("--to"), target, QStringLiteral("--db"), db()});
    QVERIFY2(b.exitCode == 0, b.err.constData());
    QCOMPARE(b.json().value(QStringLiteral("path")).toString(), target);
    addFeed(db(), QStringLiteral("https://feeds.example/after-backup.xml"));
    const int now = feeds(db());
    QVERIFY(now >= 2);

    const Run r = run({QStringLiteral("restore"), target, QStringLiteral("--db"), db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(feeds(db()), now - 1);
    const QString previous = r.json().value(QStringLiteral("previous")).toString();
    QVERIFY(QFileInfo(previous).isFile());
    QCOMPARE(feeds(previous), now);
    // Put the later state back for the other tests, through the same command.
    QVERIFY(run({QStringLiteral("restore"), previous, QStringLiteral("--db"), db()}).exitCode == 0);
    QCOMPARE(feeds(db()), now);
}

void TestCliBackup::originalFormStillWorks()
{
    // `backup TARGET_FILE` is documented public behaviour: silent success, refuses to overwrite.
    const QString target = m_dir.filePath(QStringLiteral("positional.sqlite"));
    const Run r = run({QStringLiteral("backup"), target, QStringLiteral("--db"), db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(feeds(target), feeds(db()));
    QCOMPARE(run({QStringLiteral("backup"), target, QStringLiteral("--db"), db()}).exitCode, 3);
}

void TestCliBackup::restoreRefusesDamagedBackup()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(20000, 'x'));
    f.close();
    const int before = feeds(db());
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    const Run r = run({QStringLiteral("restore"), bad, QStringLiteral("--db"), db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nothing was restored"));
    QCOMPARE(feeds(db()), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
}

void TestCliBackup::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("restore without file") << QStringList{QStringLiteral("restore")};
    QTest::addRow("restore two files")
        << QStringList{QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("keep zero") << QStringList{QStringLiteral("backup"), QStringLiteral("--keep"),
                                              QStringLiteral("0")};
    QTest::addRow("keep word") << QStringList{QStringLiteral("backup"), QStringLiteral("--keep"),
                                              QStringLiteral("many")};
    QTest::addRow("file and --to") << QStringList{QStringLiteral("backup"), QStringLiteral("x.sqlite"),
                                                  QStringLiteral("--to"), QStringLiteral("y.sqlite")};
}

void TestCliBackup::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments << QStringLiteral("--db") << db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
