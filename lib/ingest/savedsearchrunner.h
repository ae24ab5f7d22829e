#pragma once

#include "core/result.h"
#include "store/storetypes.h"

#include <QList>

namespace ww {

class Store;

// Saved searches that act on new articles: alerts (a record in the alert history, and a desktop
// notification by whoever shows it) and tag rules (new matches get the rule's tag). Each search is
// checked from its watermark: an article alerts and is tagged once, never again on later runs.
class SavedSearchRunner
{
public:
    explicit SavedSearchRunner(Store &store) : m_store(store) {}

    // Checks every alerting or tagging search; returns the alerts recorded by this run.
    Result<QList<AlertRecord>> run();

    // New matches looked at per search and run; more wait for the next run (a search saved with a
    // too-broad query must not stall polling).
    static constexpr int kMaxMatchesPerRun = 5000;

private:
    Store &m_store;
};

} // namespace ww
