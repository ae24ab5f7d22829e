#include "net/systemresolver.h"

#include <QObject>
#include <QTest>

using namespace ww;

// Only names the machine answers itself (/etc/hosts, literals): tests use no network beyond loopback.
class tst_SystemResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolvesLocally_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ipv4 literal") << "127.0.0.1"
                                      << "127.0.0.1";
        QTest::addRow("localhost from hosts file") << "localhost"
                                                   << "127.0.0.1";
    }

    void resolvesLocally()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        SystemResolver resolver;
        QObject context;
        bool done = false;
        QList<QHostAddress> got;
        resolver.lookup(host, &context, [&](const QList<QHostAddress> &addresses, const QString &) {
            got = addresses;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QStringList texts;
        for (const QHostAddress &a : got)
            texts.append(a.toString());
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1Char(','))));
    }

    void noCallbackAfterContextIsGone()
    {
        SystemResolver resolver;
        bool called = false;
        {
            QObject context;
            resolver.lookup(QStringLiteral("127.0.0.1"), &context,
                            [&](const QList<QHostAddress> &, const QString &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_SystemResolver)
#include "tst_systemresolver.moc"
