#include "models/coveragetimemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

namespace {

// A fixed week of coverage: KP dominates, UA second, a single FR mention, a gap on the 4th.
QList<CoverageCell> fixture()
{
    const auto d = [](int day) { return QDate(2026, 11, day); };
    return {
        {d(2), QStringLiteral("KP"), 5},
        {d(2), QStringLiteral("UA"), 2},
        {d(3), QStringLiteral("KP"), 3},
        {d(3), QStringLiteral("FR"), 1},
        {d(5), QStringLiteral("UA"), 4},
        {d(5), QStringLiteral("KP"), 1},
        {d(8), QStringLiteral("KP"), 2},
        {d(9), QStringLiteral("UA"), 1},
        {d(3), QStringLiteral("KP"), 1},
        {QDate(), QStringLiteral("RU"), 9},
        {d(6), QString(), 9},
        {d(6), QStringLiteral("RU"), 0},
    };
}

} // namespace

class TestCoverageTimeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        CoverageTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCells(fixture(), 2);
        model.setCells(fixture(), 5, CoverageTimeModel::Bucket::Week);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dailyCells_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("expected");
        QTest::addRow("KP on the 2nd") << QDate(2026, 11, 2) << "KP" << 5;
        QTest::addRow("KP on the 3rd adds both rows") << QDate(2026, 11, 3) << "KP" << 4;
        QTest::addRow("gap on the 4th") << QDate(2026, 11, 4) << "KP" << 0;
        QTest::addRow("UA on the 5th") << QDate(2026, 11, 5) << "UA" << 4;
        QTest::addRow("UA on the 9th") << QDate(2026, 11, 9) << "UA" << 1;
        QTest::addRow("FR is not in the top 2") << QDate(2026, 11, 3) << "FR" << 0;
    }

    void dailyCells()
    {
        QFETCH(QDate, day);
        QFETCH(QString, country);
        QFETCH(int, expected);
        CoverageTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCells(fixture(), 2);
        QCOMPARE(model.countries(), QStringList({QStringLiteral("KP"), QStringLiteral("UA")}));
        QCOMPARE(model.rowCount(), 8); // the 2nd to the 9th, gaps included
        QCOMPARE(model.columnCount(), 3);
        const int row = int(QDate(2026, 11, 2).daysTo(day));
        QCOMPARE(model.index(row, CoverageTimeModel::DateColumn).data().toDate(), day);
        QCOMPARE(model.count(row, country), expected);
        const qsizetype col = model.countries().indexOf(country);
        if (col >= 0)
            QCOMPARE(model.index(row, CoverageTimeModel::FirstCountryColumn + int(col)).data().toInt(),
                     expected);
        QCOMPARE(model.maxCount(), 5);
    }

    void weeklyBuckets()
    {
        CoverageTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCells(fixture(), 3, CoverageTimeModel::Bucket::Week);
        // 2026-11-02 is a Monday: the 2nd-5th fall in one week, the 8th (Sunday) too, the 9th in the next.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.bucketStart(0), QDate(2026, 11, 2));
        QCOMPARE(model.bucketStart(1), QDate(2026, 11, 9));
        QCOMPARE(model.count(0, QStringLiteral("KP")), 12);
        QCOMPARE(model.count(0, QStringLiteral("UA")), 6);
        QCOMPARE(model.count(1, QStringLiteral("UA")), 1);
        QCOMPARE(model.count(0, QStringLiteral("FR")), 1);
        QCOMPARE(model.headerData(CoverageTimeModel::FirstCountryColumn + 2, Qt::Horizontal).toString(),
                 QStringLiteral("FR"));
    }

    void rangeWidensAndClips()
    {
        CoverageTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCells(fixture(), 1, CoverageTimeModel::Bucket::Day, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.count(1, QStringLiteral("KP")), 5);
        QCOMPARE(model.count(29, QStringLiteral("KP")), 0);
    }

    void hugeRangeIsRefused()
    {
        CoverageTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCells(fixture(), 2, CoverageTimeModel::Bucket::Day, QDate(1900, 1, 1), QDate(2099, 1, 1));
        QCOMPARE(model.rowCount(), 0);
    }

    void resetIsSignalled()
    {
        CoverageTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy spy(&model, &QAbstractItemModel::modelReset);
        model.setCells(fixture());
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCoverageTimeModel)
#include "tst_coveragetimemodel.moc"
