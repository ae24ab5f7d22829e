// Every shipped language must translate every string the sources hand to tr(): lupdate runs over the
// current sources into a scratch copy of each .ts file, and any unfinished message fails the test by name.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
};

struct TsSummary
{
    int finished = 0;
    QStringList unfinished;
};

static TsSummary summarize(const QString &path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return summary;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                summary.unfinished << context + QStringLiteral(": ") + source;
            else
                ++summary.finished;
        }
    }
    return summary;
}

void TestTranslationFiles::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const char *lang : {"ru", "uk", "ko", "ar"})
        QTest::addRow("%s", lang) << QString::fromLatin1(lang);
}

void TestTranslationFiles::complete()
{
    QFETCH(QString, language);
    const QString shipped = QStringLiteral(WW_TS_DIR "/wirewatch_%1.ts").arg(language);
    QVERIFY2(QFile::exists(shipped), qPrintable(shipped));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QFileInfo(shipped).fileName());
    QVERIFY(QFile::copy(shipped, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WW_SOURCE_DIR));
    lupdate.start(QStringLiteral(WW_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("lib"),
                   QStringLiteral("app"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    const TsSummary summary = summarize(copy);
    QVERIFY2(summary.finished > 0, "no translated strings at all");
    if (!summary.unfinished.isEmpty()) {
        const QString list = summary.unfinished.mid(0, 40).join(QStringLiteral("\n  "));
        QFAIL(qPrintable(QStringLiteral("%1 unfinished string(s) in wirewatch_%2.ts (run the "
                                        "update_translations target, then translate):\n  %3")
                             .arg(summary.unfinished.size())
                             .arg(language, list)));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
