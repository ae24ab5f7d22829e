#include "dashboardfixture.h"
#include "timelineview.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace ww;

class TestDashboardTimeline : public QObject
{
    Q_OBJECT

private slots:
    void laysOutOneRowPerStory_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addRow("1 story") << 1 << Qt::LeftToRight;
        QTest::addRow("6 stories") << 6 << Qt::LeftToRight;
        QTest::addRow("40 stories, scrolled") << 40 << Qt::LeftToRight;
        QTest::addRow("6 stories, right to left") << 6 << Qt::RightToLeft;
    }

    void laysOutOneRowPerStory()
    {
        QFETCH(int, count);
        QFETCH(Qt::LayoutDirection, direction);
        TimelineView view;
        view.setLayoutDirection(direction);
        view.resize(900, 420);
        view.setStories(test::storyFixture(count));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.storyCount(), count);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                QVERIFY(view.rowRect(i).top() >= view.rowRect(i - 1).bottom() - 0.01);
            const auto &entries = view.stories().at(i).entries;
            for (int e = 1; e < entries.size(); ++e) {
                // Later publications lie further along the time axis: right, or left in RTL.
                const double dx = view.dotPosition(i, e).x() - view.dotPosition(i, e - 1).x();
                QVERIFY(direction == Qt::LeftToRight ? dx >= 0 : dx <= 0);
            }
        }
        QCOMPARE(view.verticalScrollBar()->maximum() > 0, count * view.rowRect(0).height() > 420);
        // The first dot is on screen and its tooltip names the first publisher.
        const QPoint firstDot = view.dotPosition(0, 0).toPoint();
        QVERIFY(view.viewport()->rect().contains(firstDot));
        const QString tip = view.toolTipAt(firstDot);
        QVERIFY2(tip.contains(view.stories().first().entries.first().outlet), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("First publisher")));
        QVERIFY(test::colourCount(view.grab().toImage()) > 20);
        if (count == 6)
            test::saveScreenshot(view.grab().toImage(), direction == Qt::LeftToRight
                                                            ? QStringLiteral("timeline.png")
                                                            : QStringLiteral("timeline-rtl.png"));
    }

    void groupsArticlesIntoStories()
    {
        const QDateTime t0(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        QList<ArticleSummary> articles;
        const auto add = [&](qint64 id, qint64 cluster, int minutes, const QString &outlet) {
            ArticleSummary a;
            a.id = id;
            a.clusterId = cluster;
            a.published = t0.addSecs(minutes * 60);
            a.sourceName = outlet;
            a.title = QStringLiteral("story %1").arg(cluster);
            articles.append(a);
        };
        add(1, 7, 30, QStringLiteral("BBC"));
        add(2, 7, 10, QStringLiteral("Reuters"));
        add(3, 0, 5, QStringLiteral("Solo"));
        add(4, 9, 60, QStringLiteral("AP"));
        add(5, 7, 20, QStringLiteral("Yonhap"));
        ArticleSummary undated;
        undated.id = 6;
        undated.clusterId = 9;
        articles.append(undated);
        const QList<TimelineStory> stories = TimelineView::storiesFromArticles(articles);
        QCOMPARE(stories.size(), 3);
        QCOMPARE(stories.at(0).entries.first().outlet, QStringLiteral("Solo"));
        QCOMPARE(stories.at(1).clusterId, 7);
        QCOMPARE(stories.at(1).entries.size(), 3);
        QCOMPARE(stories.at(1).entries.first().outlet, QStringLiteral("Reuters")); // first publisher first
        QCOMPARE(stories.at(2).entries.size(), 1);
    }

    void wheelZoomsAroundTheCursor()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setStories(test::storyFixture(5));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF anchor = view.dotPosition(1, 1);
        const double before = view.dotPosition(1, 2).x() - view.dotPosition(1, 1).x();
        QWheelEvent wheel(anchor, view.viewport()->mapToGlobal(anchor), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() > 1.4);
        const double after = view.dotPosition(1, 2).x() - view.dotPosition(1, 1).x();
        QVERIFY(after > before * 1.4);
        QVERIFY(std::abs(view.dotPosition(1, 1).x() - anchor.x()) < 2.0); // the point under the cursor stays
        view.setZoom(0.1);
        QCOMPARE(view.zoom(), 1.0);
    }

    void clickOnDotActivatesArticle()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setStories(test::storyFixture(3));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &TimelineView::articleActivated);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.dotPosition(1, 0).toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), view.stories().at(1).entries.first().articleId);
    }

    void outletLabelsFitBesideTheirDot_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<int>("width");
        QTest::addRow("wide") << Qt::LeftToRight << 1100;
        QTest::addRow("narrow") << Qt::LeftToRight << 420;
        QTest::addRow("right to left") << Qt::RightToLeft << 900;
    }

    void outletLabelsFitBesideTheirDot()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(int, width);
        QList<TimelineStory> stories = test::storyFixture(8);
        // Long outlet names, as feeds give them, first in some stories.
        stories[0].entries[0].outlet = QStringLiteral("The Pacific Ledger International Edition");
        stories[3].entries[0].outlet = QStringLiteral("Northern Courier");
        TimelineView view;
        view.setLayoutDirection(direction);
        view.resize(width, 420);
        view.setStories(stories);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QFont bold = view.font();
        bold.setBold(true);
        const QFontMetricsF fm(bold);
        for (int i = 0; i < view.storyCount(); ++i) {
            QRectF box;
            const QString text = view.firstOutletLabel(i, &box);
            const QString name = view.stories().at(i).entries.first().outlet;
            // The box holds the text as drawn (bold), so nothing is cut under the dot...
            QVERIFY2(fm.horizontalAdvance(text) <= box.width(), qPrintable(name));
            // ...it never covers the first dot...
            const QPointF dot = view.dotPosition(i, 0);
            QVERIFY(dot.x() + TimelineView::FirstDotRadius <= box.left() + 0.5 ||
                    dot.x() - TimelineView::FirstDotRadius >= box.right() - 0.5);
            // ...and stays inside the view. A name that does not fit is shortened, never cut.
            QVERIFY(box.left() >= -0.5 && box.right() <= view.viewport()->width() + 0.5);
            QVERIFY(text == name || text.endsWith(QChar(0x2026)) || text.isEmpty());
            // The row's tooltip still names the first publisher in full.
            QVERIFY(view.toolTipAt(QPoint(5, int(view.rowRect(i).center().y()))).contains(name) ||
                    view.rowRect(i).bottom() > view.viewport()->height());
        }
    }
};

QTEST_MAIN(TestDashboardTimeline)
#include "tst_dashboardtimeline.moc"
