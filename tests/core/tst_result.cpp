#include "core/result.h"

#include <QTest>

using namespace ww;

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void valueAndError();
    void voidStatus();
};

static Result<int> half(int n)
{
    if (n % 2 != 0)
        return Error(Error::Code::InvalidArgument, QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}

void TestResult::valueAndError()
{
    const auto even = half(8);
    QVERIFY(even.ok());
    QCOMPARE(*even, 4);
    const auto odd = half(7);
    QVERIFY(!odd.ok());
    QCOMPARE(odd.error().code, Error::Code::InvalidArgument);
    QCOMPARE(odd.error().message, QStringLiteral("7 is odd"));
}

void TestResult::voidStatus()
{
    Status fine;
    QVERIFY(fine.ok());
    Status bad(Error(Error::Code::Io, QStringLiteral("disk")));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::Io);
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
