#include "report/reportexporter.h"

#include "report/csvreportwriter.h"
#include "report/jsonreportwriter.h"
#include "report/pdfreportwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ww {

Result<ReportOutcome> ReportExporter::exportTo(Store &store, const ReportSpec &spec, const QString &path,
                                               const ReportSource::Progress &progress)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ww::ReportExporter", text); };
    if (path.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No output file given."));
    ReportSource source(store, spec);
    const auto cancelled = [&progress]() { return progress && !progress(0, 0); };
    if (Status s = source.prepare(cancelled); !s)
        return s.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    ReportOutcome outcome;
    outcome.articles = int(source.ids().size());
    Status written;
    switch (spec.format) {
    case ReportSpec::Format::Csv:
        written = CsvReportWriter().write(source, file, progress);
        break;
    case ReportSpec::Format::Json:
        written = JsonReportWriter().write(source, file, progress);
        break;
    case ReportSpec::Format::Pdf: {
        PdfReportWriter writer;
        written = writer.write(source, file, progress);
        outcome.pages = writer.pageCount();
        break;
    }
    }
    if (!written) {
        file.cancelWriting(); // the temporary file is removed; an older report at `path` stays as it was
        return written.error();
    }
    outcome.bytes = file.size();
    if (!file.commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return outcome;
}

} // namespace ww
