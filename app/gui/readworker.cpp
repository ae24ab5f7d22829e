#include "readworker.h"

#include "datasource.h"

#include <QThread>

#include <atomic>

struct ReadWorker::State
{
    std::atomic<quint64> latest{0};
    SourceFactory factory;
    std::unique_ptr<DataSource> source; // touched on the worker thread only
};

ReadWorker::ReadWorker(SourceFactory factory, QObject *parent)
    : QObject(parent), m_state(std::make_shared<State>()), m_thread(new QThread(this)), m_context(new QObject)
{
    m_state->factory = std::move(factory);
    m_thread->setObjectName(QStringLiteral("ReadWorker"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

ReadWorker::~ReadWorker()
{
    m_state->latest = ~quint64(0); // whatever is queued is superseded
    // The connection is closed on the thread that opened it, then the thread stops.
    QMetaObject::invokeMethod(
        m_context, [state = m_state] { state->source.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has finished: no event of its can be running
}

quint64 ReadWorker::latest() const
{
    return m_state->latest;
}

quint64 ReadWorker::post(Job job)
{
    const quint64 number = ++m_state->latest;
    QMetaObject::invokeMethod(
        m_context,
        [state = m_state, number, job = std::move(job), receiver = this] {
            if (state->latest != number)
                return; // a newer post is queued behind this one
            if (!state->source && state->factory)
                state->source = state->factory(); // tried again on the next post when it failed
            std::function<void()> deliver = job(state->source.get());
            // The receiver outlives this job: its destructor waits for the thread.
            QMetaObject::invokeMethod(
                receiver,
                [state, number, deliver = std::move(deliver)] {
                    if (state->latest == number && deliver)
                        deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return number;
}
