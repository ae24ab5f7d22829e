#include "csvparse.h"
#include "reportfixture.h"

#include "report/csvreportwriter.h"

#include <QBuffer>
#include <QTest>

using namespace ww;

class TestCsvReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void cell_data();
    void cell();
    void writesOneRowPerArticle();
    void roundTripsTheStoredValues();
    void emptySelectionHasTheHeader();
    void progressCanCancel();

private:
    QList<QStringList> writeRows(const ReportSpec &spec, QByteArray *raw = nullptr);
    std::unique_ptr<ReportFixture> m_f;
};

void TestCsvReportWriter::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("Reuters") << QStringLiteral("Reuters");
    QTest::addRow("comma quoted") << QStringLiteral("Seoul, Korea") << QStringLiteral("\"Seoul, Korea\"");
    QTest::addRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("line break quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("formula =") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::addRow("formula +") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::addRow("formula -") << QStringLiteral("-2") << QStringLiteral("'-2");
    QTest::addRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::addRow("formula tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::addRow("formula and quoting") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                         << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::addRow("inner = untouched") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::addRow("cyrillic") << QStringLiteral("Москва") << QStringLiteral("Москва");
    QTest::addRow("empty") << QString() << QString();
}

void TestCsvReportWriter::cell()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvReportWriter::cell(value), expected);
}

QList<QStringList> TestCsvReportWriter::writeRows(const ReportSpec &spec, QByteArray *raw)
{
    ReportSource source(*m_f->store, spec);
    if (!source.prepare().ok())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!CsvReportWriter().write(source, buffer).ok())
        return {};
    const QByteArray bytes = buffer.data();
    if (raw)
        *raw = bytes;
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &ok);
    return ok ? rows : QList<QStringList>{};
}

void TestCsvReportWriter::writesOneRowPerArticle()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
    ReportSpec spec;
    spec.query.folder = QStringLiteral("Wires");
    const QList<QStringList> rows = writeRows(spec);
    QCOMPARE(rows.size(), 1 + StoreFixture::kWireItems);
    QCOMPARE(rows.first(), CsvReportWriter::columns());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), CsvReportWriter::columns().size());
}

void TestCsvReportWriter::roundTripsTheStoredValues()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
    QByteArray raw;
    const QList<QStringList> rows = writeRows(m_f->spec(), &raw);
    QCOMPARE(rows.size(), 1 + 1 + m_f->worldIds.size());
    const QStringList header = rows.first();
    const auto col = [&](const QStringList &row, const char *name) {
        return row.value(header.indexOf(QLatin1String(name)));
    };
    // Every value read back equals what the store holds (or its documented guarded form).
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const qint64 id = col(row, "id").toLongLong();
        const auto stored = m_f->store->articles().get(id);
        QVERIFY(stored.ok());
        const Article &a = stored->article;
        QString title = a.title.simplified();
        if (QStringLiteral("=+-@").contains(title.front()))
            title.prepend(QLatin1Char('\''));
        QCOMPARE(col(row, "title"), title);
        QCOMPARE(col(row, "url"), a.url.toString());
        QCOMPARE(col(row, "producer"), a.producer);
        QCOMPARE(col(row, "published"), a.publishedUtc.toString(Qt::ISODate));
        QStringList codes;
        for (const CountryMention &c : a.countries)
            codes << c.code;
        QCOMPARE(col(row, "countries"), codes.join(QLatin1Char(';')));
    }
    const QStringList rich = rows.at(1);
    QCOMPARE(col(rich, "publisher"), QStringLiteral("Global South World"));
    QCOMPARE(col(rich, "image_credits"), QStringLiteral("Sputnik/Vladimir Smirnov/Pool via REUTERS"));
    QCOMPARE(col(rich, "tags"), QStringLiteral("Санкции"));
    QVERIFY(col(rich, "annotations").contains(QLatin1String("Check against KCNA footage")));
    QCOMPARE(col(rows.at(2), "image_captions"), QStringLiteral("Владимир Путин на встрече в Кремле"));
    QCOMPARE(col(rows.at(3), "image_captions"), QStringLiteral("평양에서 열린 열병식"));
    // The credit as printed in image_credits (public), without its medium label in the added last column.
    QCOMPARE(col(rows.at(3), "image_credits"), QStringLiteral("Photo: KCNA via REUTERS"));
    QCOMPARE(col(rows.at(3), "image_credits_unlabelled"), QStringLiteral("KCNA via REUTERS"));
    QCOMPARE(col(rich, "image_credits_unlabelled"), col(rich, "image_credits"));
    QCOMPARE(header.indexOf(QLatin1String("fetched")),
             header.size() - 2); // the old columns keep their places
    QVERIFY(col(rows.at(3), "annotations").contains(QLatin1String("[orphaned]")));
    // The hostile story: formula cells guarded, quotes and commas survive.
    const QStringList hostile = rows.last();
    QVERIFY(col(hostile, "title").startsWith(QLatin1String("'=HYPERLINK(")));
    QCOMPARE(col(hostile, "image_credits"), QStringLiteral("'+cmd|' /C calc'!A0"));
    QCOMPARE(col(hostile, "image_captions"), QStringLiteral("Caption, with \"quotes\" and a line break"));
    QVERIFY(!raw.contains("\n=") && !raw.contains(",=") && !raw.contains(",+"));
}

void TestCsvReportWriter::emptySelectionHasTheHeader()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
    ReportSpec spec;
    spec.query.folder = QStringLiteral("Nowhere");
    const QList<QStringList> rows = writeRows(spec);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first(), QStringLiteral("id"));
}

void TestCsvReportWriter::progressCanCancel()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
    ReportSource source(*m_f->store, m_f->spec());
    QVERIFY(source.prepare().ok());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<int> seen;
    const Status s = CsvReportWriter().write(source, buffer, [&](int done, int total) {
        seen << done;
        return !(done == 2 && total == 6);
    });
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QCOMPARE(seen, (QList<int>{1, 2}));
}

QTEST_GUILESS_MAIN(TestCsvReportWriter)
#include "tst_csvreportwriter.moc"
