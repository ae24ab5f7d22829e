#pragma once

#include "core/result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace ww {

class Database;
class Store;
class StoryIndex;

// The database side of ingestion. Inline (the default) it writes through the owner's Store on the owner's
// thread. After startWorker() it writes on a thread of its own through a second connection to the same
// SQLite file, so a poll's transactions never hold up the owner's event loop (the GUI's): the owner only
// hands over work and receives each step's continuation. Steps run one at a time, in the order posted.
class IngestWriter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestWriter)

public:
    // What runs on the owner's thread once a step's writes are committed (no database access in it).
    using Continuation = std::function<void()>;
    // A step: writes through the given Store (and keeps the story index) and returns its continuation.
    // It must touch nothing but what it captured by value and the arguments.
    using Step = std::function<Continuation(Store &store, StoryIndex &stories)>;

    explicit IngestWriter(Store &ownerStore, QObject *parent = nullptr);
    ~IngestWriter() override;

    // Opens the worker's connection (on the worker thread) and moves the writes there. Fails, and stays
    // inline, for a store that is not an SQLite file or when the connection cannot be opened.
    Status startWorker();
    bool onWorker() const { return m_thread != nullptr; }

    // Inline: runs the step and its continuation now. On the worker: queues the step; the continuation
    // runs later on this object's thread (dropped if this object is gone by then).
    void post(Step step);

private:
    struct Worker; // the worker thread's Database, Store and StoryIndex, created and destroyed there
    void stopWorker();

    Store &m_ownerStore;
    std::unique_ptr<StoryIndex> m_ownerStories;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: queued steps are delivered to it
    std::unique_ptr<Worker> m_worker;
    std::atomic<bool> m_stopping{false};
};

} // namespace ww
