#pragma once

#include "models/coveragesharemodel.h"
#include "models/coveragetimemodel.h"
#include "store/storetypes.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QPieSeries;
QT_END_NAMESPACE

namespace ww {

class WorldMapWidget;

// What the dashboard shows for one filter or saved search; the owner fills it from the store's coverage
// calls (Store::coverage/topCountries/shareByOutlet/shareByProducer) and calls setData again on a change.
struct CoverageData
{
    QList<CoverageCell> cells;   // mentions per day and country
    QList<CountShare> countries; // every country with its article count (the map shows all of them)
    QList<CountShare> outlets;   // publishing outlets
    QList<CountShare> producers; // producing agencies
    QDate from;                  // the filter's range, when it has one
    QDate to;
};

// The coverage dashboard: mentions by country over time, top countries, share by outlet and by producing
// agency, and the world map. Charts read the item models through model mappers and stay layout-only; the
// owner applies filters (clicks on a country/outlet/agency are signalled back for click-to-filter).
class CoverageDashboard : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageDashboard)
public:
    explicit CoverageDashboard(QWidget *parent = nullptr);
    ~CoverageDashboard() override;

    void setData(const CoverageData &data);
    void clear();

    CoverageTimeModel *timeModel() { return &m_timeModel; }
    CoverageShareModel *topCountriesModel() { return &m_countryModel; }
    CoverageShareModel *outletModel() { return &m_outletModel; }
    CoverageShareModel *producerModel() { return &m_producerModel; }
    WorldMapWidget *mapWidget() { return m_map; }
    QChart *timeChart() const;
    QChart *countryChart() const;
    QPieSeries *outletSeries() const { return m_outletSeries; }
    QPieSeries *producerSeries() const { return m_producerSeries; }

    static constexpr int TopCountries = 10;
    static constexpr int TimelineCountries = 6;
    static constexpr int PieSlices = 7;
    // The part of a pie chart's width its legend labels may use.
    static constexpr double PieLegendShare = 0.32;
    double pieLegendWidth(const QPieSeries *series) const;

signals:
    void countryClicked(const QString &code);
    void outletClicked(const QString &outlet);
    void producerClicked(const QString &agency);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTimeSeries();
    void updateCountryAxis();
    void updatePieLabels(QPieSeries *series);
    void applyPalette();
    QChartView *makeView(QChart *chart, const QString &accessibleName);

    CoverageTimeModel m_timeModel;
    CoverageShareModel m_countryModel;
    CoverageShareModel m_outletModel;
    CoverageShareModel m_producerModel;
    QChartView *m_timeView = nullptr;
    QChartView *m_countryView = nullptr;
    QChartView *m_outletView = nullptr;
    QChartView *m_producerView = nullptr;
    QHorizontalBarSeries *m_countrySeries = nullptr;
    QPieSeries *m_outletSeries = nullptr;
    QPieSeries *m_producerSeries = nullptr;
    WorldMapWidget *m_map = nullptr;
};

} // namespace ww
