#include "tagbar.h"

#include "store/database.h"
#include "store/store.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ww;

class TestTagBar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typingATagCreatesAndAssignsIt();
    void existingTagIsReusedWhateverTheCase();
    void clickingAChipRemovesTheTag();
    void noArticleNoInput();
    void namesStayPlainText();
    void manyChipsWrapInsideANarrowBar();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    QList<qint64> m_ids;
};

void TestTagBar::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    m_store = std::make_unique<Store>(*m_db);
    Feed f;
    f.url = QUrl(QStringLiteral("https://a.example/rss"));
    const qint64 feed = *m_store->feeds().addFeed(f);
    ParsedFeed pf;
    for (int i = 0; i < 2; ++i) {
        FeedItem it;
        it.key = QString::number(i);
        it.title = QStringLiteral("Story %1").arg(i);
        pf.items << it;
    }
    m_ids = m_store->articles().ingest(feed, pf)->addedIds;
}

void TestTagBar::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestTagBar::typingATagCreatesAndAssignsIt()
{
    TagBar bar(*m_store);
    bar.setArticle(m_ids[0]);
    QSignalSpy changed(&bar, &TagBar::tagsChanged);
    bar.input()->setText(QStringLiteral("Санкции")); // QTest::keyClicks types ASCII only
    QTest::keyClick(bar.input(), Qt::Key_Return);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(bar.tagNames(), QStringList{QStringLiteral("Санкции")});
    QVERIFY(bar.input()->text().isEmpty());
    // Saved, not only shown.
    QCOMPARE(m_store->tags().tagsForArticle(m_ids[0])->constFirst().name, QStringLiteral("Санкции"));
    QVERIFY(m_store->tags().tagsForArticle(m_ids[1])->isEmpty());
}

void TestTagBar::existingTagIsReusedWhateverTheCase()
{
    const qint64 tag = *m_store->tags().create(QStringLiteral("Wagner"), QStringLiteral("#aa0000"));
    TagBar bar(*m_store);
    bar.setArticle(m_ids[1]);
    QVERIFY(bar.addTag(QStringLiteral("  wagner ")));
    QCOMPARE(m_store->tags().tags()->size(), 1);
    QCOMPARE(m_store->tags().tagsForArticle(m_ids[1])->constFirst().id, tag);
    QCOMPARE(bar.tagNames(), QStringList{QStringLiteral("Wagner")});
}

void TestTagBar::clickingAChipRemovesTheTag()
{
    const qint64 a = *m_store->tags().create(QStringLiteral("alpha"));
    const qint64 b = *m_store->tags().create(QStringLiteral("beta"));
    QVERIFY(m_store->tags().assign({m_ids[0]}, a));
    QVERIFY(m_store->tags().assign({m_ids[0]}, b));
    TagBar bar(*m_store);
    bar.setArticle(m_ids[0]);
    QCOMPARE(bar.tagNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QToolButton *alphaChip = nullptr;
    for (QToolButton *chip : bar.findChildren<QToolButton *>())
        if (chip->isVisibleTo(&bar) && chip->text().startsWith(QStringLiteral("alpha")))
            alphaChip = chip;
    QVERIFY(alphaChip);
    QTest::mouseClick(alphaChip, Qt::LeftButton);
    QCOMPARE(bar.tagNames(), QStringList{QStringLiteral("beta")});
    QCOMPARE(m_store->tags().tagsForArticle(m_ids[0])->size(), 1);
    QVERIFY(m_store->tags().tagByName(QStringLiteral("alpha"))); // the tag itself stays
}

void TestTagBar::noArticleNoInput()
{
    TagBar bar(*m_store);
    QVERIFY(!bar.input()->isEnabled());
    QVERIFY(!bar.addTag(QStringLiteral("x")));
    QVERIFY(m_store->tags().tags()->isEmpty());
}

void TestTagBar::namesStayPlainText()
{
    TagBar bar(*m_store);
    bar.setArticle(m_ids[0]);
    QVERIFY(bar.addTag(QStringLiteral("<img src=file:///etc/passwd>")));
    QCOMPARE(bar.tagNames().constFirst(), QStringLiteral("<img src=file:///etc/passwd>"));
    // Buttons never interpret rich text: the chip shows the name as typed.
    bool shown = false;
    for (QToolButton *chip : bar.findChildren<QToolButton *>())
        shown = shown || (chip->isVisibleTo(&bar) && chip->text().startsWith(QStringLiteral("<img src=")));
    QVERIFY(shown);
}

void TestTagBar::manyChipsWrapInsideANarrowBar()
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QWidget dock;
        dock.setLayoutDirection(direction);
        auto *bar = new TagBar(*m_store, &dock);
        bar->setArticle(m_ids[0]);
        for (int i = 0; i < 8; ++i)
            QVERIFY(bar->addTag(QStringLiteral("long tag name %1").arg(i)));
        dock.resize(240, bar->heightForWidth(240));
        bar->setGeometry(0, 0, 240, bar->heightForWidth(240));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QList<QToolButton *> chips;
        for (QToolButton *chip : bar->findChildren<QToolButton *>())
            if (chip->isVisible())
                chips << chip;
        QCOMPARE(chips.size(), 8);
        QSet<int> rows;
        for (const QToolButton *chip : chips) {
            // Every chip whole and inside the bar: none cut off at the dock's edge.
            QVERIFY2(bar->rect().contains(chip->geometry()), qPrintable(chip->text()));
            rows.insert(chip->y());
        }
        QVERIFY(rows.size() > 1);
        // The first chip starts at the reading side.
        const QToolButton *first = chips.constFirst();
        if (direction == Qt::LeftToRight)
            QCOMPARE(first->x(), 0);
        else
            QCOMPARE(first->geometry().right(), bar->width() - 1);
    }
}

QTEST_MAIN(TestTagBar)
#include "tst_tagbar.moc"
