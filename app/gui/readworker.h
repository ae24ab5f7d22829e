#pragma once

#include <QObject>

#include <functional>
#include <memory>

class DataSource;
class QThread;

// Runs read-only work off the GUI thread, on a thread of its own with its own DataSource (a database
// connection belongs to the thread that opened it; SQLite's WAL lets it read while the GUI thread writes).
// The DataSource is made lazily by the factory on that thread and lives until the worker is destroyed.
// Posts are numbered: a newer post supersedes older ones, which are skipped when they have not started and
// whose results are dropped when they finish late, so a slow old answer never overwrites a newer one.
class ReadWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadWorker)
public:
    // Called on the worker thread; null when no connection could be opened.
    using SourceFactory = std::function<std::unique_ptr<DataSource>()>;
    // Runs on the worker thread (source is null when the factory failed) and returns what to do with the
    // result on this object's thread.
    using Job = std::function<std::function<void()>(DataSource *source)>;

    explicit ReadWorker(SourceFactory factory, QObject *parent = nullptr);
    ~ReadWorker() override; // waits for a running job to finish

    // Returns the post's number; its delivery runs only if no later post was made by then.
    quint64 post(Job job);
    quint64 latest() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread: jobs are posted to it
};
