#include "ingest/demosession.h"
#include "store/database.h"
#include "store/store.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ww;

class TestDemoSession : public QObject
{
    Q_OBJECT
private slots:
    void servesBundleWithBaseReplaced();
    void legacyEncodingsKeptByteForByte();
    void subscribeIsIdempotent();
    void policyAllowsOnlyTheDemoServer();
    void missingBundleIsAClearError();
};

static QByteArray get(const QUrl &url, QByteArray *contentType = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    if (contentType)
        *contentType = reply->rawHeader("Content-Type");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestDemoSession::servesBundleWithBaseReplaced()
{
    DemoSession demo;
    QVERIFY2(demo.start().ok(), "start");
    QVERIFY(demo.port() > 0);
    QByteArray type;
    const QByteArray feed = get(demo.baseUrl().resolved(QUrl(QStringLiteral("feeds/gsw.xml"))), &type);
    QVERIFY(feed.contains("<rss"));
    QVERIFY(!feed.contains("{{BASE}}"));
    QVERIFY(feed.contains(QByteArray(demo.baseUrl().toString().toLatin1() + "/pages/gsw/")));
    QVERIFY(type.contains("xml"));
}

void TestDemoSession::legacyEncodingsKeptByteForByte()
{
    DemoSession demo;
    QVERIFY(demo.start().ok());
    const QByteArray served = get(demo.baseUrl().resolved(QUrl(QStringLiteral("feeds/vestnik.xml"))));
    QFile original(QStringLiteral(":/demo/feeds/vestnik.xml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray expected = original.readAll();
    expected.replace("{{BASE}}", demo.baseUrl().toString().toLatin1());
    QCOMPARE(served, expected);
    QStringDecoder cp1251("windows-1251");
    QVERIFY(QString(cp1251(served)).contains(QString::fromUtf8("ТАСС")));
}

void TestDemoSession::subscribeIsIdempotent()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    Store store(db);
    DemoSession demo;
    QVERIFY(demo.start().ok());
    const auto first = demo.subscribe(store);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(*first >= 9);
    const auto second = demo.subscribe(store);
    QVERIFY(second.ok());
    QCOMPARE(*second, *first);
    QCOMPARE(store.feeds().feeds()->size(), *first);
    const auto sources = store.feeds().sources();
    QVERIFY(sources.ok());
    QVERIFY(std::any_of(sources->cbegin(), sources->cend(),
                        [](const Source &s) { return s.name == QLatin1String("Global South World"); }));
}

void TestDemoSession::policyAllowsOnlyTheDemoServer()
{
    DemoSession demo;
    QVERIFY(demo.start().ok());
    const AddressPolicy policy = demo.addressPolicy();
    QVERIFY(policy.checkAddress(QHostAddress(QHostAddress::LocalHost), demo.port()).ok());
    QVERIFY(!policy.checkAddress(QHostAddress(QHostAddress::LocalHost), quint16(demo.port() + 1)).ok());
    QVERIFY(!policy.checkAddress(QHostAddress(QStringLiteral("10.0.0.1")), demo.port()).ok());
}

void TestDemoSession::missingBundleIsAClearError()
{
    QTemporaryDir empty;
    DemoSession demo;
    const Status status = demo.start(empty.path());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::NotFound);
    QVERIFY(status.error().message.contains(QLatin1String("demo bundle")));
}

QTEST_GUILESS_MAIN(TestDemoSession)
#include "tst_demosession.moc"
