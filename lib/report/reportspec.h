#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QLocale>
#include <QString>

namespace ww {

// What an analyst asked a report to contain: the selection (explicit articles, a saved search or a query),
// a time range, the cover texts, the sections and the paper. A plain value: the GUI dialog and the CLI fill
// it, ReportSource resolves it against the store, the writers read it.
struct ReportSpec
{
    enum class Format { Pdf, Csv, Json };
    enum class PageSize { A4, Letter };
    enum Section {
        Cover = 0x01,
        Contents = 0x02,
        Figures = 0x04, // summary figures: counts, top producers and outlets
        Charts = 0x08,  // mentions by country over time, top countries, share by outlet and producer
        Map = 0x10,     // the world choropleth
        Stories = 0x20,
        AllSections = 0x3f,
    };
    Q_DECLARE_FLAGS(Sections, Section)

    // Selection, in order of precedence: explicit ids, then story clusters, then a saved search (by id, else
    // by name), then the query.
    QList<qint64> articleIds;
    // The explicit ids stand for their stories: every article of each one's cluster (an article in no
    // cluster is reported by itself). The PDF then prints each story's outlets, tags and notes.
    bool wholeStories = false;
    QList<qint64> clusterIds; // story clusters: every article of each, story by story
    qint64 savedSearchId = 0;
    // A saved search named exactly this, else (when it is a number) the one with that id. The CLI's
    // --saved-search NAME|ID; ReportSource resolves it and fails when nothing matches.
    QString savedSearchName;
    ArticleQuery query; // limit and offset are ignored: the report pages through the whole selection

    QDateTime from; // inclusive; applied on top of any selection
    QDateTime to;   // exclusive

    QString title;
    QString author;
    QString summary; // the analyst's paragraph on the cover
    Format format = Format::Pdf;
    Sections sections = AllSections; // PDF only: CSV and JSON always hold every article
    PageSize pageSize = PageSize::A4;
    QLocale locale;      // dates and numbers; an Arabic locale lays the PDF out right to left
    QDateTime generated; // when the report was made (UTC); set by the caller so output is reproducible

    // The query the store is asked, with the time range applied (never narrower than the query's own).
    ArticleQuery effectiveQuery() const;
    // Does the selection come in stories (clusters), so the PDF prints a heading per story?
    bool selectsStories() const { return articleIds.isEmpty() ? !clusterIds.isEmpty() : wholeStories; }
    bool hasSection(Section section) const { return sections.testFlag(section); }

    static Result<Format> parseFormat(const QString &name);
    static Result<PageSize> parsePageSize(const QString &name);
    static QString formatName(Format format);
    // "2026-10-01" (a whole day, UTC) or an ISO 8601 date-time; invalid input is an error value.
    static Result<QDateTime> parseTime(const QString &text, bool endOfRange);
};

} // namespace ww

Q_DECLARE_OPERATORS_FOR_FLAGS(ww::ReportSpec::Sections)
