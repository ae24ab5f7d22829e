#include "../report/reportfixture.h"
#include "reportdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ww;

class TestReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void selectionBecomesSpec_data();
    void selectionBecomesSpec();
    void formsFillTheSpec();
    void exportButtonNeedsAFileAndASelection();
    void exportsOffTheGuiThread();
    void cancelWritesNothing();

private:
    ReportDialog::Context context() const;
    std::unique_ptr<ReportFixture> m_f;
    QTemporaryDir m_out;
};

void TestReportDialog::init()
{
    m_f = std::make_unique<ReportFixture>();
    QVERIFY(m_f->setUpReport());
}

void TestReportDialog::cleanup()
{
    m_f.reset();
}

ReportDialog::Context TestReportDialog::context() const
{
    ReportDialog::Context c;
    c.databasePath = m_f->db.path();
    c.currentSearch.text = QStringLiteral("wire");
    c.currentFolder = QStringLiteral("World");
    c.selectedIds = {m_f->richArticle, m_f->worldIds.at(1)};
    SavedSearch saved;
    saved.id = 7;
    saved.name = QStringLiteral("Korea");
    c.savedSearches = {saved};
    c.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return c;
}

void TestReportDialog::selectionBecomesSpec_data()
{
    QTest::addColumn<int>("selection");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("ids");
    QTest::addColumn<qint64>("savedSearch");
    QTest::addColumn<bool>("ranged");
    QTest::addRow("current search") << int(ReportDialog::Selection::CurrentSearch) << QStringLiteral("wire")
                                    << QString() << 0 << qint64(0) << false;
    QTest::addRow("current folder") << int(ReportDialog::Selection::CurrentFolder) << QString()
                                    << QStringLiteral("World") << 0 << qint64(0) << false;
    QTest::addRow("selected") << int(ReportDialog::Selection::SelectedArticles) << QString() << QString() << 2
                              << qint64(0) << false;
    QTest::addRow("saved search") << int(ReportDialog::Selection::SavedSearch) << QString() << QString() << 0
                                  << qint64(7) << false;
    QTest::addRow("time range") << int(ReportDialog::Selection::TimeRange) << QString() << QString() << 0
                                << qint64(0) << true;
}

void TestReportDialog::selectionBecomesSpec()
{
    QFETCH(int, selection);
    QFETCH(QString, text);
    QFETCH(QString, folder);
    QFETCH(int, ids);
    QFETCH(qint64, savedSearch);
    QFETCH(bool, ranged);
    ReportDialog dialog(context());
    dialog.selectionBox()->setCurrentIndex(dialog.selectionBox()->findData(selection));
    const ReportSpec spec = dialog.spec();
    QCOMPARE(spec.query.text, text);
    QCOMPARE(spec.query.folder, folder);
    QCOMPARE(spec.articleIds.size(), ids);
    QCOMPARE(spec.savedSearchId, savedSearch);
    QCOMPARE(spec.from.isValid(), ranged);
    QCOMPARE(dialog.rangeBox()->isChecked(), ranged);
}

void TestReportDialog::formsFillTheSpec()
{
    ReportDialog dialog(context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Weekly review"));
    QTest::keyClicks(dialog.authorEdit(), QStringLiteral("Desk"));
    QTest::keyClicks(dialog.summaryEdit(), QStringLiteral("Two paragraphs."));
    QTest::mouseClick(dialog.sectionBox(ReportSpec::Map), Qt::LeftButton);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Pdf)));
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(int(ReportSpec::PageSize::Letter)));
    QTest::mouseClick(dialog.rangeBox(), Qt::LeftButton);
    dialog.fromEdit()->setDate(QDate(2026, 10, 20));
    dialog.toEdit()->setDate(QDate(2026, 10, 22));
    const ReportSpec spec = dialog.spec();
    QCOMPARE(spec.title, QStringLiteral("Weekly review"));
    QCOMPARE(spec.author, QStringLiteral("Desk"));
    QCOMPARE(spec.summary, QStringLiteral("Two paragraphs."));
    QVERIFY(!spec.hasSection(ReportSpec::Map));
    QVERIFY(spec.hasSection(ReportSpec::Stories));
    QCOMPARE(spec.pageSize, ReportSpec::PageSize::Letter);
    QCOMPARE(spec.from, QDateTime(QDate(2026, 10, 20), QTime(0, 0), Qt::UTC));
    QCOMPARE(spec.to, QDateTime(QDate(2026, 10, 23), QTime(0, 0), Qt::UTC)); // the last day included
    // Sections and paper only mean something for PDF.
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Csv)));
    QVERIFY(!dialog.pageSizeBox()->isEnabled());
    QVERIFY(!dialog.sectionBox(ReportSpec::Cover)->isEnabled());
}

void TestReportDialog::exportButtonNeedsAFileAndASelection()
{
    ReportDialog::Context c = context();
    c.selectedIds.clear();
    ReportDialog dialog(c);
    QPushButton *exportButton = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!exportButton->isEnabled()); // no file yet
    dialog.outputEdit()->setText(m_out.filePath(QStringLiteral("x.pdf")));
    QVERIFY(exportButton->isEnabled());
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::SelectedArticles)));
    QVERIFY(!exportButton->isEnabled()); // nothing selected
}

void TestReportDialog::exportsOffTheGuiThread()
{
    ReportDialog dialog(context());
    dialog.show();
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::CurrentFolder)));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(ReportSpec::Format::Json)));
    const QString path = m_out.filePath(QStringLiteral("dialog.json"));
    dialog.outputEdit()->setText(path);
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("From the dialog"));
    QSignalSpy progressed(&dialog, &ReportDialog::progressed);
    QSignalSpy finished(&dialog, &ReportDialog::exportFinished);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!dialog.isRunning());
    QVERIFY(progressed.size() >= 5); // one per article at least
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("5 article")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("title")).toString(), QStringLiteral("From the dialog"));
    QCOMPARE(root.value(QLatin1String("articles")).toArray().size(), 5);
}

void TestReportDialog::cancelWritesNothing()
{
    ReportDialog dialog(context());
    dialog.show();
    dialog.selectionBox()->setCurrentIndex(
        dialog.selectionBox()->findData(int(ReportDialog::Selection::TimeRange)));
    dialog.fromEdit()->setDate(QDate(2026, 1, 1));
    dialog.toEdit()->setDate(QDate(2026, 12, 31));
    const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
    dialog.outputEdit()->setText(path);
    // Cancel as soon as the worker reports its first article: it stops at the next one.
    connect(&dialog, &ReportDialog::progressed, &dialog, [&dialog](int, int total) {
        if (total > 0)
            QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Close), Qt::LeftButton);
    });
    QSignalSpy finished(&dialog, &ReportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("Cancelled")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(dialog.isVisible()); // Cancel during an export does not close the dialog
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
