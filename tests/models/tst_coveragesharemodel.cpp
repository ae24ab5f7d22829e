#include "models/coveragesharemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ww;

namespace {

QList<CountShare> outlets()
{
    return {{QStringLiteral("Yonhap"), 40},
            {QStringLiteral("Reuters"), 25},
            {QStringLiteral("AP"), 15},
            {QStringLiteral("AFP"), 10},
            {QStringLiteral("TASS"), 6},
            {QStringLiteral("Reuters"), 4},
            {QString(), 50},
            {QStringLiteral("Zero"), 0}};
}

} // namespace

class TestCoverageShareModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        CoverageShareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShares(outlets(), 3, true);
        model.setDisplayNames({{QStringLiteral("AP"), QStringLiteral("Associated Press")}});
        model.setShares(outlets(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void rows_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("other");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<int>>("counts");
        QTest::addRow("all") << 0 << false
                             << QStringLiteral("Yonhap|Reuters|AP|AFP|TASS").split(QLatin1Char('|'))
                             << QList<int>{40, 29, 15, 10, 6};
        QTest::addRow("top 3") << 3 << false << QStringLiteral("Yonhap|Reuters|AP").split(QLatin1Char('|'))
                               << QList<int>{40, 29, 15};
        QTest::addRow("top 3 and other")
            << 3 << true << QStringLiteral("Yonhap|Reuters|AP|Other").split(QLatin1Char('|'))
            << QList<int>{40, 29, 15, 16};
        QTest::addRow("limit above size")
            << 10 << true << QStringLiteral("Yonhap|Reuters|AP|AFP|TASS").split(QLatin1Char('|'))
            << QList<int>{40, 29, 15, 10, 6};
    }

    void rows()
    {
        QFETCH(int, limit);
        QFETCH(bool, other);
        QFETCH(QStringList, labels);
        QFETCH(QList<int>, counts);
        CoverageShareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShares(outlets(), limit, other);
        QCOMPARE(model.rowCount(), labels.size());
        QCOMPARE(model.total(), 100);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, CoverageShareModel::LabelColumn).data().toString(), labels.at(r));
            QCOMPARE(model.index(r, CoverageShareModel::CountColumn).data().toInt(), counts.at(r));
            QCOMPARE(model.index(r, CoverageShareModel::ShareColumn).data().toDouble(), double(counts.at(r)));
        }
        QCOMPARE(model.index(model.rowCount() - 1, 0).data(CoverageShareModel::IsOtherRole).toBool(),
                 other && labels.last() == QLatin1String("Other"));
    }

    void displayNamesKeepKeys()
    {
        CoverageShareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShares({{QStringLiteral("KP"), 3}, {QStringLiteral("KR"), 1}, {QStringLiteral("XX"), 1}}, 5);
        model.setDisplayNames({{QStringLiteral("KP"), QStringLiteral("North Korea")},
                               {QStringLiteral("KR"), QStringLiteral("South Korea")}});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("North Korea"));
        QCOMPARE(model.index(0, 0).data(CoverageShareModel::KeyRole).toString(), QStringLiteral("KP"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("XX"));
        QCOMPARE(model.share(0), 60.0);
    }
};

QTEST_GUILESS_MAIN(TestCoverageShareModel)
#include "tst_coveragesharemodel.moc"
