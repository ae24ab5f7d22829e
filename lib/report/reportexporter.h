#pragma once

#include "core/result.h"
#include "report/reportsource.h"
#include "report/reportspec.h"

#include <QString>

namespace ww {

class Store;

struct ReportOutcome
{
    int articles = 0;
    int pages = 0; // PDF only
    qint64 bytes = 0;
};

// The one call the CLI and the GUI make: resolve the selection, write the chosen format into a temporary
// file next to `path` and rename it into place only when everything succeeded (QSaveFile). A failure or a
// cancel leaves any existing file at `path` untouched. No network request is made: images are described by
// their captions and credits, never fetched.
class ReportExporter
{
public:
    // spec.format picks the writer. progress(done, total) after each article; total 0 while the selection
    // is being resolved. Returning false cancels (Error::Code::Cancelled).
    static Result<ReportOutcome> exportTo(Store &store, const ReportSpec &spec, const QString &path,
                                          const ReportSource::Progress &progress = {});
};

} // namespace ww
