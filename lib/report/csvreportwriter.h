#pragma once

#include "core/result.h"
#include "report/reportsource.h"

#include <QStringList>

class QIODevice;

namespace ww {

// One row per article (docs/cli.md lists the columns): UTF-8 with a byte-order mark so spreadsheets read
// Cyrillic and Hangul correctly, CRLF rows and RFC 4180 quoting. Cells that a spreadsheet would run as a
// formula (starting with = + - @ or a tab/CR) get a leading apostrophe: feed text is hostile.
class CsvReportWriter
{
public:
    static QStringList columns();
    static QString cell(const QString &value); // guarded and quoted as needed
    static QStringList row(const ReportItem &item);

    Status write(ReportSource &source, QIODevice &out, const ReportSource::Progress &progress = {});
};

} // namespace ww
