#include "io/opml.h"

#include <QFile>
#include <QTest>

using namespace ww;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WW_TEST_DATA_DIR "/net/opml/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_Opml : public QObject
{
    Q_OBJECT

private slots:
    void importsFoldersAndRefusesBadSchemes()
    {
        const auto doc = Opml::parse(fixture(QStringLiteral("nested-2.0.opml")));
        QVERIFY(doc.ok());
        QCOMPARE(doc->title, QStringLiteral("Analyst subscriptions"));
        QCOMPARE(doc->feeds.size(), 3);
        QCOMPARE(doc->feeds.at(0).title, QStringLiteral("Reuters World"));
        QCOMPARE(doc->feeds.at(0).folders, QStringList{QStringLiteral("Wires")});
        QCOMPARE(doc->feeds.at(0).htmlUrl, QUrl(QStringLiteral("https://www.example.org/world")));
        QCOMPARE(doc->feeds.at(1).folders, (QStringList{QStringLiteral("Wires"), QStringLiteral("Asia")}));
        QCOMPARE(doc->feeds.at(1).xmlUrl, QUrl(QStringLiteral("http://yonhap.example.kr/rss.xml")));
        QCOMPARE(doc->feeds.at(2).title, QStringLiteral("Top level feed"));
        QVERIFY(doc->feeds.at(2).folders.isEmpty());
        QCOMPARE(doc->rejected.size(), 4); // file, javascript, data, ftp
        for (const OpmlRejection &r : doc->rejected) {
            QVERIFY2(r.reason.contains(QLatin1String("http")), qPrintable(r.reason));
            QVERIFY(r.line > 0);
        }
        QVERIFY(doc->rejected.at(0).text.startsWith(QLatin1String("file:")));
    }

    void importsOpml10()
    {
        const auto doc = Opml::parse(fixture(QStringLiteral("flat-1.0.opml")));
        QVERIFY(doc.ok());
        QCOMPARE(doc->feeds.size(), 2);
        QCOMPARE(doc->feeds.at(1).title, QStringLiteral("Caf\u00e9 news"));
        QVERIFY(doc->rejected.isEmpty());
    }

    void hostileEntriesRefusedRestImported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QString>("reason");
        QTest::addRow("deep nesting")
            << "deep.opml" << QStringList{QStringLiteral("ok.example"), QStringLiteral("after.example")}
            << "nested";
        QTest::addRow("absurd url") << "long-url.opml" << QStringList{QStringLiteral("fine.example")}
                                    << "longer";
    }

    void hostileEntriesRefusedRestImported()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        QFETCH(QString, reason);
        const auto doc = Opml::parse(fixture(file));
        QVERIFY(doc.ok());
        QStringList got;
        for (const OpmlFeed &feed : doc->feeds)
            got.append(feed.xmlUrl.host());
        QCOMPARE(got, hosts);
        QCOMPARE(doc->rejected.size(), 1);
        QVERIFY2(doc->rejected.at(0).reason.contains(reason), qPrintable(doc->rejected.at(0).reason));
        QVERIFY(doc->rejected.at(0).text.size() <= 120);
    }

    void tooManyEntries()
    {
        QByteArray data = "<opml version=\"2.0\"><body>";
        for (int i = 0; i < 30; ++i)
            data += "<outline text=\"f\" xmlUrl=\"https://e" + QByteArray::number(i) + ".example/\"/>";
        data += "</body></opml>";
        Opml::Limits limits;
        limits.maxFeeds = 25;
        const auto doc = Opml::parse(data, limits);
        QVERIFY(doc.ok());
        QCOMPARE(doc->feeds.size(), 25);
        QCOMPARE(doc->rejected.size(), 5);
        QVERIFY(doc->rejected.at(0).reason.contains(QLatin1String("more than 25")));
    }

    void wholeFileRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addRow("entity bomb") << "entity-bomb.opml" << int(Error::Code::Malformed);
        QTest::addRow("not well-formed") << "broken.opml" << int(Error::Code::Malformed);
        QTest::addRow("rss, not opml") << "not-opml.opml" << int(Error::Code::NotAFeed);
    }

    void wholeFileRefusals()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        const QByteArray data = fixture(file);
        QVERIFY(!data.isEmpty());
        const auto doc = Opml::parse(data);
        QVERIFY(!doc.ok());
        QCOMPARE(int(doc.error().code), code);
        QVERIFY(!doc.error().message.isEmpty());
    }

    void oversizedFileRefused()
    {
        Opml::Limits limits;
        limits.maxBytes = 1024;
        const auto doc = Opml::parse(fixture(QStringLiteral("long-url.opml")), limits);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, Error::Code::TooLarge);
    }

    void exportRoundTrips()
    {
        const auto doc = Opml::parse(fixture(QStringLiteral("nested-2.0.opml")));
        QVERIFY(doc.ok());
        const QByteArray written = Opml::write(doc->feeds, QStringLiteral("Round <trip> & back"));
        QVERIFY(written.contains("version=\"2.0\""));
        const auto again = Opml::parse(written);
        QVERIFY(again.ok());
        QCOMPARE(again->title, QStringLiteral("Round <trip> & back"));
        QCOMPARE(again->feeds.size(), doc->feeds.size());
        for (qsizetype i = 0; i < doc->feeds.size(); ++i) {
            QCOMPARE(again->feeds.at(i).title, doc->feeds.at(i).title);
            QCOMPARE(again->feeds.at(i).xmlUrl, doc->feeds.at(i).xmlUrl);
            QCOMPARE(again->feeds.at(i).htmlUrl, doc->feeds.at(i).htmlUrl);
            QCOMPARE(again->feeds.at(i).folders, doc->feeds.at(i).folders);
        }
        QVERIFY(again->rejected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Opml)
#include "tst_opml.moc"
