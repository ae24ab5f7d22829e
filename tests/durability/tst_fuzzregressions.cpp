// Replays every input the fuzzers kept (fuzz/regressions/<target>/<name>: crashes, hangs and broken
// invariants found with tools/fuzz.sh, plus a few hand-made hostile inputs) through the same entry points
// as the libFuzzer harnesses (fuzz/fuzztargets.cpp), with the normal build. A fixed bug stays fixed.
#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void everyTargetHasFixtures();
    void replay_data();
    void replay();
};

namespace {

QString regressionsDir()
{
    return QStringLiteral(WW_SOURCE_DIR "/fuzz/regressions");
}

} // namespace

void TestFuzzRegressions::everyTargetHasFixtures()
{
    for (const wwfuzz::Target &t : wwfuzz::targets()) {
        const QDir dir(regressionsDir() + QLatin1Char('/') + QLatin1String(t.name));
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), t.name);
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    QDirIterator it(regressionsDir(), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        const QString target = QFileInfo(file).dir().dirName();
        QTest::addRow("%s/%s", qPrintable(target), qPrintable(QFileInfo(file).fileName())) << target << file;
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    const wwfuzz::TargetFunction run = wwfuzz::find(target);
    QVERIFY2(run, qPrintable(QStringLiteral("no fuzz target named ") + target));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList problems = run(f.readAll());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
