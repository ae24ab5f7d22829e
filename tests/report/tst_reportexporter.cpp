#include "reportfixture.h"

#include "report/reportexporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace ww;

class TestReportExporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void cancelLeavesThePreviousFileUntouched_data();
    void cancelLeavesThePreviousFileUntouched();
    void unwritableTargetIsAnError();
    void makesNoNetworkRequest();

private:
    std::unique_ptr<ReportFixture> m_f;
    QTemporaryDir m_out;
};

void TestReportExporter::init()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
    QVERIFY(m_out.isValid());
}

void TestReportExporter::cleanup()
{
    m_f.reset();
}

void TestReportExporter::writesEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::addRow("pdf") << int(ReportSpec::Format::Pdf) << QByteArray("%PDF-");
    QTest::addRow("csv") << int(ReportSpec::Format::Csv) << QByteArray("\xEF\xBB\xBFid,published,");
    QTest::addRow("json") << int(ReportSpec::Format::Json) << QByteArray("{");
}

void TestReportExporter::writesEveryFormat()
{
    QFETCH(int, format);
    QFETCH(QByteArray, magic);
    ReportSpec spec = m_f->spec();
    spec.format = ReportSpec::Format(format);
    const QString path = m_out.filePath(QStringLiteral("report.") + ReportSpec::formatName(spec.format));
    QList<int> totals;
    const auto outcome = ReportExporter::exportTo(*m_f->store, spec, path, [&](int, int total) {
        totals << total;
        return true;
    });
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->articles, 6);
    QCOMPARE(outcome->bytes, QFileInfo(path).size());
    QCOMPARE(outcome->pages > 0, spec.format == ReportSpec::Format::Pdf);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith(magic));
    QVERIFY(totals.contains(0)); // asked while resolving the selection
    QVERIFY(totals.last() > 0);
    // Only the report itself is left in the folder: no temporary file.
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).size(), 1);
    QVERIFY(file.remove());
}

void TestReportExporter::cancelLeavesThePreviousFileUntouched_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("cancelAt"); // 0: while preparing
    QTest::addRow("pdf, mid-stories") << int(ReportSpec::Format::Pdf) << 3;
    QTest::addRow("csv, mid-rows") << int(ReportSpec::Format::Csv) << 2;
    QTest::addRow("json, while preparing") << int(ReportSpec::Format::Json) << 0;
}

void TestReportExporter::cancelLeavesThePreviousFileUntouched()
{
    QFETCH(int, format);
    QFETCH(int, cancelAt);
    const QString path = m_out.filePath(QStringLiteral("kept.out"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the analyst's previous report");
    }
    ReportSpec spec = m_f->spec();
    spec.format = ReportSpec::Format(format);
    const auto outcome = ReportExporter::exportTo(*m_f->store, spec, path, [&](int done, int total) {
        return cancelAt == 0 ? total != 0 : done < cancelAt;
    });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, Error::Code::Cancelled);
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the analyst's previous report"));
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files), QStringList{QStringLiteral("kept.out")});
}

void TestReportExporter::unwritableTargetIsAnError()
{
    ReportSpec spec = m_f->spec();
    spec.format = ReportSpec::Format::Csv;
    const auto missingDir =
        ReportExporter::exportTo(*m_f->store, spec, m_out.filePath(QStringLiteral("no/such/dir.csv")));
    QVERIFY(!missingDir.ok());
    QCOMPARE(missingDir.error().code, Error::Code::Io);
    const auto empty = ReportExporter::exportTo(*m_f->store, spec, QString());
    QCOMPARE(empty.error().code, Error::Code::InvalidArgument);
}

void TestReportExporter::makesNoNetworkRequest()
{
    // Every image and article URL in this selection points at a canary on loopback.
    QTcpServer canary;
    QVERIFY(canary.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&canary, &QTcpServer::newConnection, this, [&] {
        ++connections;
        delete canary.nextPendingConnection();
    });
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(canary.serverPort());
    ParsedFeed parsed;
    FeedItem item;
    item.guid = QStringLiteral("canary");
    item.url = QUrl(base + QStringLiteral("article"));
    item.title = QStringLiteral("Canary story");
    parsed.items.append(item);
    const auto ingested = m_f->store->articles().ingest(m_f->worldFeed, parsed);
    QVERIFY(ingested.ok());
    Article a;
    a.url = item.url;
    a.title = item.title;
    a.html = QStringLiteral("<img src=\"%1pixel.png\">").arg(base);
    ArticleImage image;
    image.url = QUrl(base + QStringLiteral("photo.jpg"));
    image.caption = QStringLiteral("Canary caption");
    a.images.append(image);
    QVERIFY(m_f->store->articles().saveExtraction(ingested->addedIds.first(), a).ok());

    ReportSpec spec = m_f->spec();
    spec.articleIds = ingested->addedIds;
    for (auto format : {ReportSpec::Format::Pdf, ReportSpec::Format::Csv, ReportSpec::Format::Json}) {
        spec.format = format;
        const QString path = m_out.filePath(QStringLiteral("canary.") + ReportSpec::formatName(format));
        QVERIFY(ReportExporter::exportTo(*m_f->store, spec, path).ok());
    }
    QTest::qWait(200); // let any connection attempt arrive
    QCOMPARE(connections, 0);
}

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
