// KDE Syndication's real feeds: our items must match its .expected dumps (item count, titles, links).
#include "feeds/feedparser.h"
#include "feeds/htmlentities.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ww;

constexpr int kFloor = 63; // measured; raise when it improves, never lower

namespace {

struct ExpectedItem
{
    QString title;
    QString link;
};

QList<ExpectedItem> readExpected(const QString &path)
{
    QFile file(path);
    QList<ExpectedItem> items;
    if (!file.open(QIODevice::ReadOnly))
        return items;
    const QString text = QString::fromUtf8(file.readAll());
    bool inItem = false, inPerson = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("# Item begin"))) {
            inItem = true;
            items.append(ExpectedItem());
        } else if (line.startsWith(QLatin1String("# Item end"))) {
            inItem = false;
        } else if (line.startsWith(QLatin1String("# Person begin")) ||
                   line.startsWith(QLatin1String("# Category begin")) ||
                   line.startsWith(QLatin1String("# Enclosure begin"))) {
            inPerson = true;
        } else if (line.contains(QLatin1String(" end #"))) {
            inPerson = false;
        } else if (inItem && !inPerson && line.startsWith(QLatin1String("title: #"))) {
            items.last().title = line.mid(8, line.size() - 9);
        } else if (inItem && !inPerson && line.startsWith(QLatin1String("link: #"))) {
            items.last().link = line.mid(7, line.size() - 8);
        }
    }
    return items;
}

} // namespace

class TestConformanceKde : public QObject
{
    Q_OBJECT

private slots:
    void suite();
};

void TestConformanceKde::suite()
{
    const QString root = QStringLiteral(WW_SHARED_DIR "/corpora/kde-syndication/autotests");
    if (!QFile::exists(root))
        QSKIP("KDE Syndication corpus not available");
    int total = 0, pass = 0;
    QStringList failures;
    QDirIterator it(root, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFile::exists(path + QLatin1String(".expected")))
            continue;
        const QList<ExpectedItem> expected = readExpected(path + QLatin1String(".expected"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = parseFeed(file.readAll(), {}, QUrl(QStringLiteral("http://libsyndicationtest")));
        ++total;
        const QString name = path.mid(root.size() + 1);
        QString why;
        if (!result.ok()) {
            why = QStringLiteral("parse error: ") + result.error().message;
        } else if (result->items.size() != expected.size()) {
            why = QStringLiteral("%1 items, expected %2").arg(result->items.size()).arg(expected.size());
        } else {
            for (qsizetype i = 0; i < expected.size() && why.isEmpty(); ++i) {
                const FeedItem &item = result->items.at(i);
                // Syndication keeps titles as HTML; we store plain text, so compare the plain projection.
                const QString want = HtmlEntities::toPlainText(expected.at(i).title);
                if (item.title != want)
                    why = QStringLiteral("item %1 title '%2', expected '%3'").arg(i).arg(item.title, want);
                else if (!expected.at(i).link.isEmpty() && item.url.toString() != expected.at(i).link)
                    why = QStringLiteral("item %1 link '%2', expected '%3'")
                              .arg(i)
                              .arg(item.url.toString(), expected.at(i).link);
            }
        }
        if (why.isEmpty())
            ++pass;
        else
            failures << name + QLatin1String(" -- ") + why.left(200);
    }
    for (const QString &f : std::as_const(failures))
        qInfo("FAIL %s", qPrintable(f));
    qInfo("KDE Syndication: %d/%d feeds match (%.1f %%)", pass, total, total ? 100.0 * pass / total : 0.0);
    QVERIFY(total > 60);
    QVERIFY(pass >= kFloor);
}

QTEST_GUILESS_MAIN(TestConformanceKde)
#include "tst_conformance_kde.moc"
