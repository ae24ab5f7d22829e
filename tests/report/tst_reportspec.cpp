#include "report/reportspec.h"

#include <QTest>

using namespace ww;

class TestReportSpec : public QObject
{
    Q_OBJECT
private slots:
    void parseFormat_data();
    void parseFormat();
    void parsePageSize_data();
    void parsePageSize();
    void parseTime_data();
    void parseTime();
    void rangeNarrowsNeverWidens();
};

void TestReportSpec::parseFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("format");
    QTest::addRow("pdf") << QStringLiteral("pdf") << true << int(ReportSpec::Format::Pdf);
    QTest::addRow("CSV upper case") << QStringLiteral("CSV") << true << int(ReportSpec::Format::Csv);
    QTest::addRow("json padded") << QStringLiteral(" json ") << true << int(ReportSpec::Format::Json);
    QTest::addRow("docx") << QStringLiteral("docx") << false << 0;
    QTest::addRow("empty") << QString() << false << 0;
}

void TestReportSpec::parseFormat()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(int, format);
    const auto r = ReportSpec::parseFormat(name);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(int(*r), format);
        QCOMPARE(ReportSpec::formatName(*r), name.trimmed().toLower());
    } else {
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    }
}

void TestReportSpec::parsePageSize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("size");
    QTest::addRow("a4") << QStringLiteral("a4") << true << int(ReportSpec::PageSize::A4);
    QTest::addRow("Letter") << QStringLiteral("Letter") << true << int(ReportSpec::PageSize::Letter);
    QTest::addRow("legal") << QStringLiteral("legal") << false << 0;
}

void TestReportSpec::parsePageSize()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(int, size);
    const auto r = ReportSpec::parsePageSize(name);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(int(*r), size);
}

void TestReportSpec::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("end");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int d, int h, int m = 0) {
        return QDateTime(QDate(2026, 10, d), QTime(h, m), Qt::UTC);
    };
    QTest::addRow("day as start") << QStringLiteral("2026-10-05") << false << utc(5, 0);
    QTest::addRow("day as end includes the day") << QStringLiteral("2026-10-05") << true << utc(6, 0);
    QTest::addRow("date-time Z") << QStringLiteral("2026-10-05T08:30:00Z") << false << utc(5, 8, 30);
    QTest::addRow("offset becomes UTC")
        << QStringLiteral("2026-10-05T10:30:00+02:00") << true << utc(5, 8, 30);
    QTest::addRow("garbage") << QStringLiteral("last tuesday") << false << QDateTime();
    QTest::addRow("impossible day") << QStringLiteral("2026-02-30") << false << QDateTime();
}

void TestReportSpec::parseTime()
{
    QFETCH(QString, text);
    QFETCH(bool, end);
    QFETCH(QDateTime, expected);
    const auto r = ReportSpec::parseTime(text, end);
    QCOMPARE(r.ok(), expected.isValid());
    if (r.ok()) {
        QCOMPARE(*r, expected);
        QCOMPARE(r->timeSpec(), Qt::UTC);
    }
}

void TestReportSpec::rangeNarrowsNeverWidens()
{
    ReportSpec spec;
    spec.query.from = QDateTime(QDate(2026, 10, 10), QTime(0, 0), Qt::UTC);
    spec.query.to = QDateTime(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC);
    spec.query.offset = 40;
    spec.from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC); // wider: ignored
    spec.to = QDateTime(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC);  // narrower: applied
    const ArticleQuery q = spec.effectiveQuery();
    QCOMPARE(q.from, spec.query.from);
    QCOMPARE(q.to, spec.to);
    QCOMPARE(q.offset, 0);

    ReportSpec open;
    open.from = spec.from;
    QCOMPARE(open.effectiveQuery().from, spec.from);
    QVERIFY(!open.effectiveQuery().to.isValid());
}

QTEST_GUILESS_MAIN(TestReportSpec)
#include "tst_reportspec.moc"
