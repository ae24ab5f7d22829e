#pragma once

#include <QStringList>

namespace ww::cli {

// `wirewatch-cli report`: writes a PDF, CSV or JSON report of a selection (docs/cli.md).
int runReport(const QStringList &arguments);

} // namespace ww::cli
