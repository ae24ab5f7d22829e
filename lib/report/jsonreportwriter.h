#pragma once

#include "core/result.h"
#include "report/reportsource.h"

#include <QJsonObject>

class QIODevice;

namespace ww {

// The report as one JSON document (fields documented in docs/cli.md, names stable): a header with the
// selection and the figures, then "articles", written one article at a time so memory stays flat.
class JsonReportWriter
{
public:
    static constexpr int FormatVersion = 1;

    static QJsonObject articleJson(const ReportItem &item);
    static QJsonObject figuresJson(const ReportFigures &figures);
    static QJsonObject headerJson(const ReportSource &source);

    Status write(ReportSource &source, QIODevice &out, const ReportSource::Progress &progress = {});
};

} // namespace ww
