// The read-only banner after a failed write: shown with Retry while the store refuses writes, Retry lets
// the next write through, and a write that fails again brings it back.
#include "store/database.h"
#include "store/store.h"
#include "writefailurebanner.h"

#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestWriteFailureBanner : public QObject
{
    Q_OBJECT
private slots:
    void hiddenWhileWritesWork();
    void retryAfterDiskFull_data();
    void retryAfterDiskFull();
};

namespace {
// What a full disk looks like to the store: a write fails with DiskFull and the transaction rolls back
// (tests/durability/tst_diskfull produces the same state through a failing SQLite VFS).
Status failWrite(Database &db, Error::Code code)
{
    return db.transaction(
        [code]() -> Status { return Error(code, QStringLiteral("database or disk is full")); });
}
} // namespace

void TestWriteFailureBanner::hiddenWhileWritesWork()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("ok.sqlite"))).ok());
    QMainWindow window;
    auto *banner = new WriteFailureBanner(db);
    window.statusBar()->addPermanentWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    banner->refresh();
    QVERIFY(!banner->isVisible());
}

void TestWriteFailureBanner::retryAfterDiskFull_data()
{
    QTest::addColumn<int>("code");
    QTest::addRow("disk full") << int(Error::Code::DiskFull);
    QTest::addRow("I/O error") << int(Error::Code::Io);
}

void TestWriteFailureBanner::retryAfterDiskFull()
{
    QFETCH(int, code);
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("full.sqlite"))).ok());
    Store store(db);
    QMainWindow window;
    auto *banner = new WriteFailureBanner(db);
    window.statusBar()->addPermanentWidget(banner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(!failWrite(db, Error::Code(code)).ok());
    QVERIFY(db.isReadOnlyAfterFailure());
    // The banner notices on its own (no call from the code that wrote).
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->message().contains(QLatin1String("Read-only")));
    QVERIFY(banner->retryButton()->isVisible());
    QVERIFY(!store.tags().create(QStringLiteral("refused")).ok());

    QSignalSpy resumed(banner, &WriteFailureBanner::writesResumed);
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QCOMPARE(resumed.count(), 1);
    QVERIFY(!db.isReadOnlyAfterFailure());
    QVERIFY(!banner->isVisible());
    QVERIFY(store.tags().create(QStringLiteral("after retry")).ok());

    // Still full: the next failed write brings the banner back.
    QVERIFY(!failWrite(db, Error::Code(code)).ok());
    QTRY_VERIFY(banner->isVisible());
}

QTEST_MAIN(TestWriteFailureBanner)
#include "tst_writefailurebanner.moc"
