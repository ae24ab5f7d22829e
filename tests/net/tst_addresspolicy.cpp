#include "net/addresspolicy.h"

#include <QTest>

using namespace ww;

class tst_AddressPolicy : public QObject
{
    Q_OBJECT

private slots:
    void isPublic_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPublic");
        const char *blocked[] = {"127.0.0.1",
                                 "127.255.0.9",
                                 "10.0.0.1",
                                 "172.16.0.1",
                                 "172.31.255.255",
                                 "192.168.1.1",
                                 "169.254.169.254",
                                 "100.64.0.1",
                                 "100.127.1.1",
                                 "0.0.0.0",
                                 "224.0.0.251",
                                 "239.1.2.3",
                                 "255.255.255.255",
                                 "240.0.0.1",
                                 "192.0.2.10",
                                 "::",
                                 "::1",
                                 "::ffff:127.0.0.1",
                                 "::ffff:8.8.8.8",
                                 "fe80::1",
                                 "fc00::1",
                                 "fd12:3456::1",
                                 "ff02::1",
                                 "2001:db8::1",
                                 "64:ff9b::a00:1",
                                 "2002:c0a8:0101::1"};
        for (const char *a : blocked)
            QTest::addRow("%s blocked", a) << QString::fromLatin1(a) << false;
        const char *open[] = {"8.8.8.8",     "93.184.216.34",   "172.32.0.1",
                              "100.128.0.1", "2606:4700::1111", "64:ff9b::808:808"};
        for (const char *a : open)
            QTest::addRow("%s public", a) << QString::fromLatin1(a) << true;
    }

    void isPublic()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPublic);
        QHostAddress parsed;
        QVERIFY(parsed.setAddress(address));
        QCOMPARE(AddressPolicy::isPublic(parsed), isPublic);
    }

    void parseLooseIPv4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: not an IPv4 spelling
        QTest::addRow("dotted") << "127.0.0.1"
                                << "127.0.0.1";
        QTest::addRow("decimal") << "2130706433"
                                 << "127.0.0.1";
        QTest::addRow("hex whole") << "0x7f000001"
                                   << "127.0.0.1";
        QTest::addRow("hex parts") << "0x7f.1"
                                   << "127.0.0.1";
        QTest::addRow("short") << "127.1"
                               << "127.0.0.1";
        QTest::addRow("three parts") << "10.1.258"
                                     << "10.1.1.2";
        QTest::addRow("octal") << "0177.0.0.1"
                               << "127.0.0.1";
        QTest::addRow("octal whole") << "017700000001"
                                     << "127.0.0.1";
        QTest::addRow("zero") << "0"
                              << "0.0.0.0";
        QTest::addRow("name") << "example.org"
                              << "";
        QTest::addRow("too many parts") << "1.2.3.4.5"
                                        << "";
        QTest::addRow("part too big") << "256.1.1.1"
                                      << "";
        QTest::addRow("last too big") << "1.2.3.256"
                                      << "";
        QTest::addRow("overflow") << "4294967296"
                                  << "";
        QTest::addRow("bad octal") << "09.1.1.1"
                                   << "";
        QTest::addRow("empty part") << "1..1"
                                    << "";
        QTest::addRow("sign") << "+1.2.3.4"
                              << "";
    }

    void parseLooseIPv4()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = AddressPolicy::parseLooseIPv4(text);
        QCOMPARE(parsed ? parsed->toString() : QString(), expected);
    }

    void checkUrlText_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("code"); // -1 allowed, else Error::Code
        const int blocked = int(Error::Code::Blocked);
        const int scheme = int(Error::Code::InvalidArgument);
        QTest::addRow("public name") << "https://example.org/feed" << -1;
        QTest::addRow("public ip") << "http://93.184.216.34/rss" << -1;
        QTest::addRow("allowlisted") << "http://127.0.0.1:8123/x" << -1;
        QTest::addRow("allowlisted host, other port") << "http://127.0.0.1:8124/x" << blocked;
        QTest::addRow("allowlisted port, decimal spelling") << "http://2130706433:8123/x" << blocked;
        QTest::addRow("allowlisted port, hex spelling") << "http://0x7f000001:8123/x" << blocked;
        QTest::addRow("allowlisted port, 0x7f.1") << "http://0x7f.1:8123/x" << blocked;
        QTest::addRow("allowlisted port, 127.1") << "http://127.1:8123/x" << blocked;
        QTest::addRow("trailing dot") << "http://127.0.0.1.:8123/x" << blocked;
        QTest::addRow("mapped v6 on allowlisted port") << "http://[::ffff:127.0.0.1]:8123/x" << blocked;
        QTest::addRow("v6 loopback") << "http://[::1]:8123/" << blocked;
        QTest::addRow("localhost") << "http://localhost:8123/" << blocked;
        QTest::addRow("localhost dot") << "http://localhost./" << blocked;
        QTest::addRow("sub.localhost") << "http://feeds.localhost/" << blocked;
        QTest::addRow("userinfo hides host") << "http://example.org@0x7f000001:8123/" << blocked;
        QTest::addRow("private") << "http://192.168.0.1/" << blocked;
        QTest::addRow("metadata") << "http://169.254.169.254/latest" << blocked;
        QTest::addRow("file") << "file:///etc/passwd" << scheme;
        QTest::addRow("qrc") << "qrc:/demo/x" << scheme;
        QTest::addRow("data") << "data:text/html,<b>x</b>" << scheme;
        QTest::addRow("ftp") << "ftp://example.org/" << scheme;
        QTest::addRow("javascript") << "javascript:alert(1)" << scheme;
        QTest::addRow("no scheme") << "example.org/feed" << scheme;
    }

    void checkUrlText()
    {
        QFETCH(QString, url);
        QFETCH(int, code);
        AddressPolicy policy;
        policy.allow(QHostAddress(QStringLiteral("127.0.0.1")), 8123);
        const Status status = policy.checkUrlText(url);
        if (code < 0) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(int(status.error().code), code);
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void privateNetworksOptIn()
    {
        AddressPolicy policy;
        const QHostAddress intranet(QStringLiteral("10.1.2.3"));
        QVERIFY(!policy.checkAddress(intranet, 80).ok());
        QVERIFY(policy.checkAddress(intranet, 80).error().message.contains(QLatin1String("private network")));
        policy.setAllowPrivateNetworks(true);
        QVERIFY(policy.checkAddress(intranet, 80).ok());
        // Mapped and multicast stay refused even then.
        QVERIFY(!policy.checkAddress(QHostAddress(QStringLiteral("::ffff:10.1.2.3")), 80).ok());
        QVERIFY(!policy.checkAddress(QHostAddress(QStringLiteral("239.0.0.1")), 80).ok());
    }
};

QTEST_GUILESS_MAIN(tst_AddressPolicy)
#include "tst_addresspolicy.moc"
