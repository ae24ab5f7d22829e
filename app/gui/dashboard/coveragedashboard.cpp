#include "coveragedashboard.h"

#include "worldmapwidget.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVPieModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace ww {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // refreshes on every filter change; animation lags
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

QPieSeries *newPie(CoverageShareModel *model, QChart *chart)
{
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.38);
    series->setPieSize(0.85);
    auto *mapper = new QVPieModelMapper(series);
    mapper->setLabelsColumn(CoverageShareModel::LabelColumn);
    mapper->setValuesColumn(CoverageShareModel::CountColumn);
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return series;
}

} // namespace

CoverageDashboard::CoverageDashboard(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Coverage dashboard"));

    // Mentions over time: one line per top country, rebuilt when the model's columns change.
    auto *timeChart = newChart(tr("Mentions by country over time"));
    auto *timeAxis = new QDateTimeAxis(timeChart);
    timeAxis->setFormat(QStringLiteral("d MMM"));
    timeAxis->setTitleText(tr("Date"));
    auto *countAxis = new QValueAxis(timeChart);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Articles"));
    timeChart->addAxis(timeAxis, Qt::AlignBottom);
    timeChart->addAxis(countAxis, Qt::AlignLeft);
    timeChart->legend()->setAlignment(Qt::AlignRight);
    m_timeView = makeView(timeChart, tr("Mentions by country over time"));
    connect(&m_timeModel, &QAbstractItemModel::modelReset, this, &CoverageDashboard::buildTimeSeries);

    // Top countries: horizontal bars, most mentioned on top.
    auto *countryChart = newChart(tr("Top countries"));
    m_countrySeries = new QHorizontalBarSeries(countryChart);
    auto *barMapper = new QVBarModelMapper(m_countrySeries);
    barMapper->setFirstBarSetColumn(CoverageShareModel::CountColumn);
    barMapper->setLastBarSetColumn(CoverageShareModel::CountColumn);
    barMapper->setSeries(m_countrySeries);
    barMapper->setModel(&m_countryModel);
    countryChart->addSeries(m_countrySeries);
    auto *categories = new QBarCategoryAxis(countryChart);
    categories->setReverse(true);
    auto *barValues = new QValueAxis(countryChart);
    barValues->setLabelFormat(QStringLiteral("%d"));
    countryChart->addAxis(categories, Qt::AlignLeft);
    countryChart->addAxis(barValues, Qt::AlignBottom);
    m_countrySeries->attachAxis(categories);
    m_countrySeries->attachAxis(barValues);
    countryChart->legend()->hide();
    m_countryView = makeView(countryChart, tr("Top countries"));
    connect(&m_countryModel, &QAbstractItemModel::modelReset, this, &CoverageDashboard::updateCountryAxis);
    connect(m_countrySeries, &QHorizontalBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
        if (!state || index < 0 || index >= m_countryModel.rowCount()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            Qt::convertFromPlainText(
                tr("%1: %2 articles (%3%)")
                    .arg(m_countryModel.index(index, CoverageShareModel::LabelColumn).data().toString())
                    .arg(m_countryModel.count(index))
                    .arg(m_countryModel.share(index), 0, 'f', 1)));
    });
    connect(m_countrySeries, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        const QString code = m_countryModel.key(index);
        if (!code.isEmpty())
            emit countryClicked(code);
    });

    auto *outletChart = newChart(tr("Share by outlet"));
    m_outletSeries = newPie(&m_outletModel, outletChart);
    m_outletView = makeView(outletChart, tr("Share by outlet"));
    auto *producerChart = newChart(tr("Share by producing agency"));
    m_producerSeries = newPie(&m_producerModel, producerChart);
    m_producerView = makeView(producerChart, tr("Share by producing agency"));
    connect(&m_outletModel, &QAbstractItemModel::modelReset, this,
            [this] { updatePieLabels(m_outletSeries); });
    connect(&m_producerModel, &QAbstractItemModel::modelReset, this,
            [this] { updatePieLabels(m_producerSeries); });
    const auto connectPie = [this](QPieSeries *series, CoverageShareModel *model,
                                   void (CoverageDashboard::*signal)(const QString &)) {
        connect(series, &QPieSeries::clicked, this, [this, series, model, signal](QPieSlice *slice) {
            const QString key = model->key(int(series->slices().indexOf(slice)));
            if (!key.isEmpty())
                emit(this->*signal)(key);
        });
        connect(series, &QPieSeries::hovered, this, [series, model](QPieSlice *slice, bool state) {
            slice->setExploded(state);
            const int row = int(series->slices().indexOf(slice));
            if (state && row >= 0)
                // Outlet and agency names come from feeds: shown as plain text, never as markup.
                QToolTip::showText(
                    QCursor::pos(),
                    Qt::convertFromPlainText(
                        tr("%1: %2 articles (%3%)")
                            .arg(model->index(row, CoverageShareModel::LabelColumn).data().toString())
                            .arg(model->count(row))
                            .arg(model->share(row), 0, 'f', 1)));
            else
                QToolTip::hideText();
        });
    };
    m_outletView->installEventFilter(this); // the legends' room follows the charts' width
    m_producerView->installEventFilter(this);
    connectPie(m_outletSeries, &m_outletModel, &CoverageDashboard::outletClicked);
    connectPie(m_producerSeries, &m_producerModel, &CoverageDashboard::producerClicked);

    m_map = new WorldMapWidget(this);
    connect(m_map, &WorldMapWidget::countryClicked, this, &CoverageDashboard::countryClicked);
    auto *mapBox = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    auto *mapTitle = new QLabel(tr("Coverage map"), mapBox);
    QFont titleFont = mapTitle->font();
    titleFont.setBold(true);
    mapTitle->setFont(titleFont);
    mapTitle->setAlignment(Qt::AlignCenter);
    mapLayout->addWidget(mapTitle);
    mapLayout->addWidget(m_map, 1);

    auto *grid = new QGridLayout(this);
    grid->addWidget(mapBox, 0, 0);
    grid->addWidget(m_countryView, 0, 1);
    grid->addWidget(m_timeView, 1, 0, 1, 2);
    grid->addWidget(m_outletView, 2, 0);
    grid->addWidget(m_producerView, 2, 1);
    // Equal columns: country names on the bar axis and outlet names in the pie legends need the room.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 4);
    grid->setRowStretch(2, 4);

    applyPalette();
}

CoverageDashboard::~CoverageDashboard()
{
    // The charts' model mappers hold the member models: the views go before the members do.
    delete m_timeView;
    delete m_countryView;
    delete m_outletView;
    delete m_producerView;
}

QChartView *CoverageDashboard::makeView(QChart *chart, const QString &accessibleName)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumSize(260, 180);
    return view;
}

QChart *CoverageDashboard::timeChart() const
{
    return m_timeView->chart();
}

QChart *CoverageDashboard::countryChart() const
{
    return m_countryView->chart();
}

void CoverageDashboard::setData(const CoverageData &data)
{
    QHash<QString, QString> names;
    QHash<QString, double> values;
    for (const CountShare &c : data.countries) {
        if (c.key.isEmpty() || c.count <= 0)
            continue;
        values[c.key] += c.count;
        const QString name = m_map->map().countryName(c.key);
        if (!name.isEmpty())
            names.insert(c.key, name);
    }
    m_countryModel.setDisplayNames(names);
    m_countryModel.setShares(data.countries, TopCountries, false);
    m_outletModel.setShares(data.outlets, PieSlices, true);
    m_producerModel.setShares(data.producers, PieSlices, true);
    // Weeks once the range is longer than a quarter: daily lines over a year are noise.
    const QDate first = data.from.isValid() ? data.from : QDate();
    const QDate last = data.to.isValid() ? data.to : QDate();
    const bool weekly = first.isValid() && last.isValid() && first.daysTo(last) > 92;
    m_timeModel.setCells(data.cells, TimelineCountries,
                         weekly ? CoverageTimeModel::Bucket::Week : CoverageTimeModel::Bucket::Day, first,
                         last);
    m_map->setValues(values);
}

void CoverageDashboard::clear()
{
    setData({});
}

void CoverageDashboard::buildTimeSeries()
{
    QChart *chart = timeChart();
    chart->removeAllSeries();
    const auto axesX = chart->axes(Qt::Horizontal);
    const auto axesY = chart->axes(Qt::Vertical);
    if (axesX.isEmpty() || axesY.isEmpty())
        return;
    for (int i = 0; i < m_timeModel.countries().size(); ++i) {
        const QString code = m_timeModel.countries().at(i);
        auto *series = new QLineSeries(chart);
        const QString name = m_map->map().countryName(code);
        series->setName(name.isEmpty() ? code : name);
        series->setPointsVisible(m_timeModel.rowCount() <= 31);
        auto *mapper = new QVXYModelMapper(series);
        mapper->setXColumn(CoverageTimeModel::DateColumn);
        mapper->setYColumn(CoverageTimeModel::FirstCountryColumn + i);
        mapper->setSeries(series);
        mapper->setModel(&m_timeModel);
        chart->addSeries(series);
        series->attachAxis(axesX.first());
        series->attachAxis(axesY.first());
    }
    const int rows = m_timeModel.rowCount();
    if (rows > 0) {
        const QDateTime first = m_timeModel.bucketStart(0).startOfDay();
        QDateTime last = m_timeModel.bucketStart(rows - 1).startOfDay();
        if (last == first)
            last = first.addDays(1);
        axesX.first()->setRange(first, last);
        static_cast<QDateTimeAxis *>(axesX.first())->setTickCount(std::clamp(rows, 2, 8));
        axesY.first()->setRange(0, std::max(1, m_timeModel.maxCount()));
        static_cast<QValueAxis *>(axesY.first())->applyNiceNumbers();
    }
    applyPalette();
}

void CoverageDashboard::updateCountryAxis()
{
    QChart *chart = countryChart();
    const auto vertical = chart->axes(Qt::Vertical);
    const auto horizontal = chart->axes(Qt::Horizontal);
    if (vertical.isEmpty() || horizontal.isEmpty())
        return;
    auto *categories = static_cast<QBarCategoryAxis *>(vertical.first());
    QStringList labels;
    int max = 1;
    for (int r = 0; r < m_countryModel.rowCount(); ++r) {
        labels.append(m_countryModel.index(r, CoverageShareModel::LabelColumn).data().toString());
        max = std::max(max, m_countryModel.count(r));
    }
    categories->clear();
    categories->append(labels);
    // Country names are short enough to show whole; QtCharts' own truncation measured the label space for
    // the previous (empty) categories and cut every name to "...".
    categories->setTruncateLabels(false);
    if (QGraphicsLayout *layout = chart->layout())
        layout->invalidate();
    horizontal.first()->setRange(0, max);
    static_cast<QValueAxis *>(horizontal.first())->applyNiceNumbers();
    for (QBarSet *set : m_countrySeries->barSets())
        set->setLabel(tr("Articles"));
    applyPalette();
}

double CoverageDashboard::pieLegendWidth(const QPieSeries *series) const
{
    const QChartView *view = series == m_outletSeries ? m_outletView : m_producerView;
    return view ? std::max(80.0, view->width() * PieLegendShare) : 80.0;
}

void CoverageDashboard::updatePieLabels(QPieSeries *series)
{
    // The slices keep the model's names (the mapper owns them); the legend adds the share. Long outlet and
    // agency names are shortened so the share stays readable (QtCharts cut "The Meridian Post (2..."); the
    // full name is in the tooltip of the slice and of the legend entry.
    const auto *model = series == m_outletSeries ? &m_outletModel : &m_producerModel;
    QChart *chart = series->chart();
    if (!chart)
        return;
    const QFontMetricsF fm(chart->legend()->font());
    // The marker box and spacing QtCharts puts before each label.
    const double available = pieLegendWidth(series) - fm.height() * 1.5;
    const auto markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < model->rowCount(); ++i) {
        const QString name = model->index(i, CoverageShareModel::LabelColumn).data().toString();
        const QString share = tr(" (%1%)").arg(locale().toString(model->share(i), 'f', 0));
        const QString shown = fm.elidedText(name, Qt::ElideRight, available - fm.horizontalAdvance(share));
        QLegendMarker *marker = markers.at(i);
        marker->setLabel(shown + share);
        disconnect(marker, &QLegendMarker::hovered, this, nullptr);
        if (shown != name)
            connect(marker, &QLegendMarker::hovered, this, [name](bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(name));
                else
                    QToolTip::hideText();
            });
    }
}

bool CoverageDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_outletView)
            updatePieLabels(m_outletSeries);
        else if (watched == m_producerView)
            updatePieLabels(m_producerSeries);
    }
    return QWidget::eventFilter(watched, event);
}

void CoverageDashboard::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    for (QChartView *view : {m_timeView, m_countryView, m_outletView, m_producerView}) {
        if (!view)
            continue;
        QChart *chart = view->chart();
        const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
        if (chart->theme() != theme)
            chart->setTheme(theme); // series colours suited to the background
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setTitleBrush(text);
        QFont titleFont = font();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(font());
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLabelsFont(font());
        }
        view->setBackgroundBrush(pal.color(QPalette::Window));
    }
    if (m_outletSeries)
        updatePieLabels(m_outletSeries);
    if (m_producerSeries)
        updatePieLabels(m_producerSeries);
}

void CoverageDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace ww
