#include "feeds/datetimeparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ww::DateTimeParser;

class TestDateTimeParser : public QObject
{
    Q_OBJECT

private slots:
    void sloppy_data();
    void sloppy();
    void feedparserVectors();
};

void TestDateTimeParser::sloppy_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("utc"); // empty = unknown
    const auto row = [](const char *name, const char *raw, const char *utc) {
        QTest::addRow("%s", name) << QString::fromUtf8(raw) << QString::fromLatin1(utc);
    };
    row("rfc822", "Wed, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00Z");
    row("numeric zone", "Wed, 02 Oct 2002 15:00:00 +0200", "2002-10-02T13:00:00Z");
    row("two-digit year", "Wed, 02 Oct 02 13:00:00 GMT", "2002-10-02T13:00:00Z");
    row("EST", "Wed, 02 Oct 2002 08:00:00 EST", "2002-10-02T13:00:00Z");
    row("EDT", "Wed, 02 Oct 2002 09:00:00 EDT", "2002-10-02T13:00:00Z");
    row("PST", "Wed, 02 Oct 2002 05:00:00 PST", "2002-10-02T13:00:00Z");
    row("CEST", "Wed, 02 Oct 2002 15:00:00 CEST", "2002-10-02T13:00:00Z");
    row("UT", "Wed, 02 Oct 2002 13:00:00 UT", "2002-10-02T13:00:00Z");
    row("military Z", "Wed, 02 Oct 2002 13:00:00 Z", "2002-10-02T13:00:00Z");
    row("military A", "Wed, 02 Oct 2002 14:00:00 A", "2002-10-02T13:00:00Z");
    row("missing seconds", "Wed, 02 Oct 2002 13:00 GMT", "2002-10-02T13:00:00Z");
    row("Sept", "Mon, 16 Sept 2019 10:00:00 GMT", "2019-09-16T10:00:00Z");
    row("wrong field order", "Mon, May 25 2020 10:00:00 GMT", "2020-05-25T10:00:00Z");
    row("no weekday, no zone", "25 May 2020 10:00", "2020-05-25T10:00:00Z");
    row("russian", "25 мая 2020 г. 10:00 MSK", "2020-05-25T07:00:00Z");
    row("russian nominative", "1 сентябрь 2021 12:30:00 +0300", "2021-09-01T09:30:00Z");
    row("german", "Mo, 25. Mai 2020 10:00:00 +0200", "2020-05-25T08:00:00Z");
    row("german maerz", "3. März 2021 08:15", "2021-03-03T08:15:00Z");
    row("french", "lun., 25 mai 2020 10:00:00 +0200", "2020-05-25T08:00:00Z");
    row("french fevrier", "12 février 2022 18:00", "2022-02-12T18:00:00Z");
    row("rfc3339", "2020-05-25T10:00:00+02:00", "2020-05-25T08:00:00Z");
    row("rfc3339 fraction", "2020-05-25T10:00:00.123Z", "2020-05-25T10:00:00Z");
    row("rfc3339 milliseconds", "2019-10-12T07:20:50.52Z", "2019-10-12T07:20:50.520Z");
    row("iso without zone", "2020-05-25T10:00:00", "2020-05-25T10:00:00Z");
    row("w3cdtf year-month", "2003-12", "2003-12-01T00:00:00Z");
    row("year 2099", "Thu, 01 Jan 2099 00:00:00 GMT", "2099-01-01T00:00:00Z");
    row("epoch", "Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00Z");
    row("empty", "", "");
    row("garbage", "not a date", "");
    row("bad day", "Sun, 99 Jun 2009 12:00:00 GMT", "");
    row("bad hour", "2003-12-31T25:14:55Z", "");
}

void TestDateTimeParser::sloppy()
{
    QFETCH(QString, raw);
    QFETCH(QString, utc);
    const QDateTime parsed = DateTimeParser::parse(raw);
    if (utc.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
        return;
    }
    QVERIFY2(parsed.isValid(), qPrintable(raw));
    const QString format = utc.contains(u'.') ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                              : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
    QCOMPARE(parsed.toUTC().toString(format), utc);
    const ww::FeedDate date = DateTimeParser::parseFeedDate(raw);
    QCOMPARE(date.raw, raw);
}

void TestDateTimeParser::feedparserVectors()
{
    QFile file(QStringLiteral(WW_SHARED_DIR "/corpora/feedparser/date_vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("feedparser date vectors not available");
    const QJsonArray vectors =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
    int pass = 0;
    QStringList failures;
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        const QString input = o.value(QLatin1String("input")).toString();
        const QJsonArray expected = o.value(QLatin1String("expected_utc_struct_time")).toArray();
        // The vectors are struct_time tuples: whole seconds, so our milliseconds are dropped here.
        QDateTime got = DateTimeParser::parse(input).toUTC();
        if (got.isValid())
            got = got.addMSecs(-got.time().msec());
        bool ok = false;
        if (expected.isEmpty()) {
            ok = !got.isValid();
        } else if (got.isValid()) {
            ok =
                got.date() == QDate(expected.at(0).toInt(), expected.at(1).toInt(), expected.at(2).toInt()) &&
                got.time() == QTime(expected.at(3).toInt(), expected.at(4).toInt(), expected.at(5).toInt());
        }
        if (ok)
            ++pass;
        else
            failures << o.value(QLatin1String("format_family")).toString() + QLatin1String(": '") + input +
                            QLatin1String("' -> ") +
                            (got.isValid() ? got.toString(Qt::ISODate) : QStringLiteral("unknown"));
    }
    for (const QString &f : std::as_const(failures))
        qInfo("FAIL %s", qPrintable(f));
    qInfo("feedparser date vectors: %d/%lld passed", pass, qlonglong(vectors.size()));
    // Floor: what we reach today (the w3dtf '22013' vector conflicts with the iso8601 '03335' one
    // in a single parser). Only ever raise it.
    QVERIFY(pass >= 72);
}

QTEST_GUILESS_MAIN(TestDateTimeParser)
#include "tst_datetimeparser.moc"
