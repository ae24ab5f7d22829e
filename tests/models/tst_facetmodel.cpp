#include "models/facetmodel.h"
#include "models/searchquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

class TestFacetModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void valuesAndRoles_data();
    void valuesAndRoles();
    void groupsSumTheirValues();
    void hostileNamesStayText();
    void boundedValues();
};

void TestFacetModel::passesModelTester()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValues(FacetModel::Countries, {{QStringLiteral("KP"), 4}, {QStringLiteral("RU"), 2}});
    model.setValues(FacetModel::Outlets, {{QStringLiteral("Reuters"), 9}});
    model.setValues(FacetModel::Countries, {{QStringLiteral("UA"), 1}});
    model.setValues(FacetModel::Languages, {});
    model.clear();
    QCOMPARE(model.rowCount(), int(FacetModel::FacetCount));
    for (int f = 0; f < FacetModel::FacetCount; ++f)
        QCOMPARE(model.rowCount(model.groupIndex(FacetModel::Facet(f))), 0);
}

void TestFacetModel::valuesAndRoles_data()
{
    QTest::addColumn<int>("facet");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("token");
    QTest::addRow("country") << int(FacetModel::Countries) << QStringLiteral("KP")
                             << QStringLiteral("North Korea (KP)") << QStringLiteral("country:KP");
    QTest::addRow("agency") << int(FacetModel::Producers) << QStringLiteral("Reuters")
                            << QStringLiteral("Reuters") << QStringLiteral("agency:Reuters");
    QTest::addRow("outlet with spaces")
        << int(FacetModel::Outlets) << QStringLiteral("Global South World")
        << QStringLiteral("Global South World") << QStringLiteral("outlet:\"Global South World\"");
    QTest::addRow("language") << int(FacetModel::Languages) << QStringLiteral("ru")
                              << QStringLiteral("Russian") << QStringLiteral("lang:ru");
    QTest::addRow("regional language") << int(FacetModel::Languages) << QStringLiteral("en-GB")
                                       << QStringLiteral("English") << QStringLiteral("lang:en-GB");
    QTest::addRow("unknown country code") << int(FacetModel::Countries) << QStringLiteral("XZ")
                                          << QStringLiteral("XZ (XZ)") << QStringLiteral("country:XZ");
}

void TestFacetModel::valuesAndRoles()
{
    QFETCH(int, facet);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(QString, token);
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto f = FacetModel::Facet(facet);
    model.setValues(f, {{key, 7}, {QStringLiteral("Other"), 3}});
    const QModelIndex group = model.groupIndex(f);
    QCOMPARE(model.rowCount(group), 2);
    const QModelIndex first = model.index(0, FacetModel::LabelColumn, group);
    QCOMPARE(first.data().toString(), label);
    QCOMPARE(model.index(0, FacetModel::CountColumn, group).data().toString(), QStringLiteral("7"));
    QCOMPARE(first.data(FacetModel::KeyRole).toString(), key);
    QCOMPARE(first.data(FacetModel::CountRole).toInt(), 7);
    QCOMPARE(first.data(FacetModel::FacetRole).toInt(), facet);
    QCOMPARE(first.data(FacetModel::FilterTokenRole).toString(), token);
    // The token is what the search line understands.
    SearchQuery parsed = SearchQuery::parse(token);
    QVERIFY(parsed.hasFilters());
    QVERIFY(parsed.text.isEmpty());
    QCOMPARE(first.parent(), group);
}

void TestFacetModel::groupsSumTheirValues()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setValues(FacetModel::Producers, {{QStringLiteral("AP"), 5},
                                            {QStringLiteral("Reuters"), 4},
                                            {QString(), 10},
                                            {QStringLiteral("Zero"), 0}});
    const QModelIndex group = model.groupIndex(FacetModel::Producers);
    QCOMPARE(model.rowCount(group), 2); // empty keys and zero counts dropped
    QCOMPARE(group.data(FacetModel::CountRole).toInt(), 9);
    QCOMPARE(group.data().toString(), QStringLiteral("Producing agencies"));
    QVERIFY(group.data(FacetModel::FilterTokenRole).toString().isEmpty());
}

void TestFacetModel::hostileNamesStayText()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString hostile = QStringLiteral("<img src=\"file:///etc/passwd\">Evil \"Outlet\"");
    model.setValues(FacetModel::Outlets, {{hostile, 2}});
    const QModelIndex value = model.index(0, 0, model.groupIndex(FacetModel::Outlets));
    const QString tip = value.data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("&lt;img")));
    // Quotes cannot be written inside a filter value: dropped, the token still parses to one outlet.
    const SearchQuery parsed = SearchQuery::parse(value.data(FacetModel::FilterTokenRole).toString());
    QCOMPARE(parsed.outlets.size(), 1);
    QVERIFY(!parsed.outlets.first().contains(QLatin1Char('"')));
}

void TestFacetModel::boundedValues()
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CountShare> many;
    for (int i = 0; i < FacetModel::MaxValues * 3; ++i)
        many.append({QStringLiteral("Outlet %1").arg(i), 1000 - i});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setValues(FacetModel::Outlets, many);
    QCOMPARE(model.valueCount(FacetModel::Outlets), int(FacetModel::MaxValues));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.key(FacetModel::Outlets, 0), QStringLiteral("Outlet 0"));
    QCOMPARE(model.count(FacetModel::Outlets, FacetModel::MaxValues), 0); // out of range
}

QTEST_GUILESS_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
