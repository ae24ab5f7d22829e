#pragma once

#include "coveragedashboard.h"
#include "timelineview.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QWidget>

namespace ww::test {

// Coverage for two weeks of November 2026, counts made from a small formula so every number in the charts
// can be checked against the cells it came from.
inline CoverageData coverageFixture()
{
    CoverageData data;
    const QStringList countries = {QStringLiteral("KP"), QStringLiteral("UA"), QStringLiteral("US"),
                                   QStringLiteral("RU"), QStringLiteral("CN"), QStringLiteral("KR"),
                                   QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("JP"),
                                   QStringLiteral("IN"), QStringLiteral("BR"), QStringLiteral("AU"),
                                   QStringLiteral("EG"), QStringLiteral("ZA")};
    QHash<QString, int> totals;
    for (int day = 0; day < 14; ++day) {
        for (int c = 0; c < countries.size(); ++c) {
            const int n = std::max(0, (int(countries.size()) - c) * 3 + ((day * (c + 3)) % 7) - 2 * c -
                                          (c == 0 && day > 9 ? 20 : 0));
            if (n > 0) {
                data.cells.append({QDate(2026, 11, 14).addDays(day), countries.at(c), n});
                totals[countries.at(c)] += n;
            }
        }
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        data.countries.append({it.key(), it.value()});
    data.outlets = {{QStringLiteral("Yonhap"), 120},      {QStringLiteral("Reuters"), 95},
                    {QStringLiteral("BBC News"), 70},     {QStringLiteral("NHK World"), 44},
                    {QStringLiteral("The Guardian"), 40}, {QStringLiteral("TASS"), 31},
                    {QStringLiteral("Al Jazeera"), 25},   {QStringLiteral("Ukrinform"), 12},
                    {QStringLiteral("Le Monde"), 8}};
    data.producers = {
        {QStringLiteral("Reuters"), 150},      {QStringLiteral("AP"), 90},   {QStringLiteral("AFP"), 60},
        {QStringLiteral("Yonhap"), 55},        {QStringLiteral("TASS"), 30}, {QStringLiteral("Xinhua"), 20},
        {QStringLiteral("Own reporting"), 35}, {QStringLiteral("Kyodo"), 5}, {QStringLiteral("ANSA"), 3}};
    data.from = QDate(2026, 11, 14);
    data.to = QDate(2026, 11, 27);
    return data;
}

inline QList<TimelineStory> storyFixture(int count)
{
    static const QStringList outlets = {QStringLiteral("Reuters"),      QStringLiteral("Yonhap"),
                                        QStringLiteral("BBC News"),     QStringLiteral("NHK World"),
                                        QStringLiteral("The Guardian"), QStringLiteral("TASS"),
                                        QStringLiteral("Al Jazeera")};
    static const QStringList titles = {QStringLiteral("North Korea fires ballistic missile into the sea"),
                                       QStringLiteral("Grain corridor talks resume in Istanbul"),
                                       QStringLiteral("Central bank holds rates"),
                                       QStringLiteral("Earthquake off Hokkaido, no tsunami warning"),
                                       QStringLiteral("Ceasefire proposal rejected"),
                                       QStringLiteral("Election results contested in court")};
    QList<TimelineStory> stories;
    const QDateTime base(QDate(2026, 11, 20), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        TimelineStory s;
        s.clusterId = 100 + i;
        s.title = titles.at(i % titles.size());
        const int n = 2 + (i * 3) % 6;
        for (int e = 0; e < n; ++e)
            s.entries.append({1000 + i * 10 + e,
                              base.addSecs(i * 5400 + e * (1200 + 600 * (i % 3)) + e * e * 300),
                              outlets.at((i + e * 2) % outlets.size()), s.title,
                              e % 2 ? QStringLiteral("Reuters") : QString()});
        stories.append(s);
    }
    return stories;
}

// A rendered widget that shows something: many colours, not one flat fill.
inline int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Screenshots go where WW_SCREENSHOT_DIR points (to be looked at); without it they are only checked.
inline void saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("WW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    image.save(dir + QLatin1Char('/') + name);
}

} // namespace ww::test
