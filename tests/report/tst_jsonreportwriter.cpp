#include "reportfixture.h"

#include "report/jsonreportwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ww;

class TestJsonReportWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void headerAndFigures();
    void articlesRoundTrip();
    void selectionSizes_data();
    void selectionSizes();

private:
    QJsonObject write(const ReportSpec &spec);
    std::unique_ptr<ReportFixture> m_f;
};

void TestJsonReportWriter::init()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
}

void TestJsonReportWriter::cleanup()
{
    m_f.reset();
}

QJsonObject TestJsonReportWriter::write(const ReportSpec &spec)
{
    ReportSource source(*m_f->store, spec);
    if (!source.prepare().ok())
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!JsonReportWriter().write(source, buffer).ok())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON error %s at %d", qPrintable(error.errorString()), error.offset);
    return doc.object();
}

void TestJsonReportWriter::headerAndFigures()
{
    const QJsonObject root = write(m_f->spec());
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("wirewatch-report"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), JsonReportWriter::FormatVersion);
    QCOMPARE(root.value(QLatin1String("title")).toString(), QStringLiteral("Weekly wire watch"));
    QCOMPARE(root.value(QLatin1String("author")).toString(), QStringLiteral("Analyst Desk"));
    QCOMPARE(root.value(QLatin1String("generated")).toString(), QStringLiteral("2026-11-28T09:00:00Z"));
    const QJsonObject figures = root.value(QLatin1String("figures")).toObject();
    QCOMPARE(figures.value(QLatin1String("articles")).toInt(), 6);
    QCOMPARE(figures.value(QLatin1String("with_producer")).toInt(), 5); // the hostile story has none
    const QJsonArray countries = figures.value(QLatin1String("top_countries")).toArray();
    QCOMPARE(countries.first().toObject().value(QLatin1String("key")).toString(), QStringLiteral("KP"));
    QCOMPARE(countries.first().toObject().value(QLatin1String("count")).toInt(), 2);
}

void TestJsonReportWriter::articlesRoundTrip()
{
    const QJsonArray articles = write(m_f->spec()).value(QLatin1String("articles")).toArray();
    QCOMPARE(articles.size(), 6);
    for (const QJsonValue &v : articles) {
        const QJsonObject o = v.toObject();
        const auto stored = m_f->store->articles().get(o.value(QLatin1String("id")).toInteger());
        QVERIFY(stored.ok());
        QCOMPARE(o.value(QLatin1String("title")).toString(), stored->article.title);
        QCOMPARE(o.value(QLatin1String("text")).toString(), stored->article.text);
        const QJsonArray images = o.value(QLatin1String("images")).toArray();
        QCOMPARE(images.size(), stored->article.images.size());
        for (qsizetype i = 0; i < images.size(); ++i) {
            const QJsonObject image = images.at(i).toObject();
            QCOMPARE(image.value(QLatin1String("caption")).toString(), stored->article.images.at(i).caption);
            QCOMPARE(image.value(QLatin1String("credit")).toString(), stored->article.images.at(i).credit);
            const QString credit = stored->article.images.at(i).credit;
            const QString unlabelled = image.value(QLatin1String("credit_unlabelled")).toString();
            QVERIFY(!unlabelled.isEmpty());
            QVERIFY(credit.endsWith(unlabelled)); // the credit as printed, minus a leading label
            QCOMPARE(unlabelled == credit, !credit.startsWith(QLatin1String("Photo:")) &&
                                               !credit.startsWith(QString::fromUtf8("Фото:")));
        }
    }
    const QJsonObject rich = articles.first().toObject();
    QCOMPARE(rich.value(QLatin1String("publisher")).toString(), QStringLiteral("Global South World"));
    QCOMPARE(rich.value(QLatin1String("producer")).toString(), QStringLiteral("Reuters"));
    const QJsonObject parsed = rich.value(QLatin1String("images"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("credit_parsed"))
                                   .toObject();
    QCOMPARE(parsed.value(QLatin1String("origin_agency")).toString(), QStringLiteral("Sputnik"));
    QVERIFY(parsed.value(QLatin1String("pool")).toBool());
    QCOMPARE(rich.value(QLatin1String("tags")).toArray().first().toString(), QStringLiteral("Санкции"));
    const QJsonObject note = rich.value(QLatin1String("annotations")).toArray().first().toObject();
    QCOMPARE(note.value(QLatin1String("quote")).toString(), QStringLiteral("tested a new missile"));
    QCOMPARE(note.value(QLatin1String("note")).toString(), QStringLiteral("Check against KCNA footage"));
    QCOMPARE(rich.value(QLatin1String("claims"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("role"))
                 .toString(),
             QStringLiteral("producer"));
    const QJsonObject korean = articles.at(2).toObject();
    QCOMPARE(korean.value(QLatin1String("title")).toString(), QStringLiteral("북한, 새 미사일 시험 발사"));
    QVERIFY(korean.value(QLatin1String("annotations"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("orphaned"))
                .toBool());
    QCOMPARE(articles.last().toObject().value(QLatin1String("title")).toString(),
             QString::fromUtf8(ReportFixture::stories().last().title));
}

void TestJsonReportWriter::selectionSizes_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("expected");
    QTest::addRow("empty selection") << QStringLiteral("Nowhere") << 0;
    QTest::addRow("one folder") << QStringLiteral("Asia") << StoreFixture::kAsiaItems;
    QTest::addRow("everything") << QString()
                                << StoreFixture::kWireItems + StoreFixture::kAsiaItems +
                                       StoreFixture::kLooseItems + 5;
}

void TestJsonReportWriter::selectionSizes()
{
    QFETCH(QString, folder);
    QFETCH(int, expected);
    ReportSpec spec;
    spec.query.folder = folder;
    const QJsonObject root = write(spec);
    QVERIFY(!root.isEmpty()); // valid JSON, also when nothing was selected
    QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), expected);
    QCOMPARE(root.value(QLatin1String("figures")).toObject().value(QLatin1String("articles")).toInt(),
             expected);
}

QTEST_GUILESS_MAIN(TestJsonReportWriter)
#include "tst_jsonreportwriter.moc"
