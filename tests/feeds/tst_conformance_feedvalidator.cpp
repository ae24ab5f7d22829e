// W3C feedvalidator testcases: every file loads without crash or hang, the SAXError (not well-formed)
// files are flagged (error or repaired), and files expected valid parse without a fatal error.
#include "feeds/feedparser.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ww;

constexpr int kValidFloor = 304; // measured; raise when it improves, never lower
constexpr int kSaxFloor = 9;     // rss/must/invalid_namespace2.xml (newline inside an xmlns URI) is accepted

class TestConformanceFeedvalidator : public QObject
{
    Q_OBJECT

private slots:
    void suite();
};

void TestConformanceFeedvalidator::suite()
{
    const QString root = QStringLiteral(WW_SHARED_DIR "/corpora/feedvalidator/testcases");
    if (!QFile::exists(root))
        QSKIP("feedvalidator corpus not available");
    static const QRegularExpression expectLine(QStringLiteral("Expect:\\s*([^\\n]*)"));
    int loaded = 0, saxTotal = 0, saxFlagged = 0, validTotal = 0, validOk = 0;
    QStringList failures;
    QDirIterator it(root, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Result<ParsedFeed> result = parseFeed(bytes, {}, QUrl::fromLocalFile(path));
        ++loaded;
        const QString expect = expectLine.match(QString::fromUtf8(bytes.left(2000))).captured(1).trimmed();
        const QString name = path.mid(root.size() + 1);
        if (expect.split(u',').contains(QStringLiteral("SAXError"))) {
            ++saxTotal;
            if (!result.ok() || result->repaired)
                ++saxFlagged;
            else
                failures << QStringLiteral("SAXError not flagged: ") + name;
        } else if (!expect.isEmpty() &&
                   !expect.split(u',').filter(QRegularExpression(QStringLiteral("^\\s*[^!]"))).size()) {
            ++validTotal;
            if (result.ok())
                ++validOk;
            else
                failures << QStringLiteral("valid feed rejected: ") + name + QLatin1String(" -- ") +
                                result.error().message;
        }
    }
    for (const QString &f : std::as_const(failures))
        qInfo("FAIL %s", qPrintable(f));
    qInfo("feedvalidator: %d files loaded without crash; SAXError flagged %d/%d; valid feeds parsed %d/%d "
          "(%.1f %%)",
          loaded, saxFlagged, saxTotal, validOk, validTotal, validTotal ? 100.0 * validOk / validTotal : 0.0);
    QVERIFY(loaded > 1600);
    QVERIFY(saxFlagged >= kSaxFloor);
    QVERIFY(validOk >= kValidFloor);
}

QTEST_GUILESS_MAIN(TestConformanceFeedvalidator)
#include "tst_conformance_feedvalidator.moc"
