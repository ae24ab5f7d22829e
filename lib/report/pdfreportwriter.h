#pragma once

#include "core/result.h"
#include "report/pdfpageflow.h"
#include "report/reportsource.h"

#include <QList>

class QIODevice;
class QPagedPaintDevice;

namespace ww {

class WorldMap;

// The PDF report: cover, table of contents, summary figures, coverage charts, the world map (drawn by
// WorldMap, the dashboard's own code) and one entry per story with publisher and producer, time, countries,
// captions with credits, tags, annotations and the source link. Two passes over the selection: the first
// only measures (to number the pages in the contents), the second paints. Articles are loaded one at a
// time in both, so memory does not grow with the selection.
class PdfReportWriter
{
public:
    struct Layout
    {
        int contentsPage = 0;
        int figuresPage = 0;
        int chartsPage = 0;
        int mapPage = 0;
        int storiesPage = 0;
        QList<int> storyPages; // one per article id, in order
        int totalPages = 0;
    };

    Status write(ReportSource &source, QIODevice &out, const ReportSource::Progress &progress = {});
    int pageCount() const { return m_layout.totalPages; }
    const Layout &layout() const { return m_layout; }

    static constexpr int Dpi = 300;
    static constexpr int TopCountriesInTimeline = 6;

private:
    struct Pass
    {
        ReportSource &source;
        PdfPageFlow &flow;
        const WorldMap &map;
        Layout &layout;      // filled while measuring, read while painting
        const Layout *known; // the measured layout (null while measuring)
        const ReportSource::Progress &progress;
        int progressOffset;
        int progressTotal;
    };

    Status run(Pass &pass);
    void cover(Pass &pass);
    void contents(Pass &pass);
    void figures(Pass &pass);
    void charts(Pass &pass);
    void worldMap(Pass &pass);
    Status stories(Pass &pass);
    void story(Pass &pass, const ReportItem &item, int number);
    // The heading a story selection prints above each story's first article.
    static QList<PdfPageFlow::Paragraph> storyHeading(Pass &pass, const ReportStory &story);
    static void heading(PdfPageFlow &flow, const QString &text, double points = 16);
    static void setup(QPagedPaintDevice &device, const ReportSpec &spec);

    Layout m_layout;
};

} // namespace ww
