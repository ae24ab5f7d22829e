#include "ingest/ingestwriter.h"

#include "ingest/storyindex.h"
#include "store/database.h"
#include "store/store.h"

namespace ww {

struct IngestWriter::Worker
{
    Database db;
    std::unique_ptr<Store> store;
    std::unique_ptr<StoryIndex> stories;
};

IngestWriter::IngestWriter(Store &ownerStore, QObject *parent)
    : QObject(parent), m_ownerStore(ownerStore), m_ownerStories(std::make_unique<StoryIndex>(ownerStore))
{}

IngestWriter::~IngestWriter()
{
    stopWorker();
}

Status IngestWriter::startWorker()
{
    if (m_thread)
        return {};
    Database &owner = m_ownerStore.database();
    if (!owner.isOpen() || !owner.dialect().isSqlite() || owner.isReadOnly())
        return Error(Error::Code::InvalidArgument,
                     tr("writes on a worker thread need a writable SQLite file"));
    const QString path = owner.path();
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("ww-ingest-writer"));
    auto context = std::make_unique<QObject>();
    context->moveToThread(thread.get());
    thread->start();
    auto worker = std::make_unique<Worker>();
    Status opened;
    QMetaObject::invokeMethod(
        context.get(),
        [&]() {
            // The connection belongs to the thread that opens it: this one. The owner already checked the
            // file and brought its schema up to date, so no check or migration is repeated here.
            Database::Options options;
            options.sameProcessWriter = true;
            options.quickCheck = false;
            opened = worker->db.open(path, options);
            if (opened.ok()) {
                worker->store = std::make_unique<Store>(worker->db);
                worker->stories = std::make_unique<StoryIndex>(*worker->store);
            }
        },
        Qt::BlockingQueuedConnection);
    if (!opened.ok()) {
        QMetaObject::invokeMethod(
            context.get(), [&]() { worker.reset(); }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        return opened;
    }
    m_worker = std::move(worker);
    m_context = context.release();
    m_thread = thread.release();
    return {};
}

void IngestWriter::stopWorker()
{
    if (!m_thread)
        return;
    m_stopping = true; // steps still queued are skipped: the owner is going away
    QMetaObject::invokeMethod(
        m_context,
        [this]() {
            m_worker.reset();
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void IngestWriter::post(Step step)
{
    if (!m_thread) {
        const Continuation next = step(m_ownerStore, *m_ownerStories);
        if (next)
            next();
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [this, step = std::move(step)]() {
            if (m_stopping)
                return;
            Continuation next = step(*m_worker->store, *m_worker->stories);
            if (next)
                QMetaObject::invokeMethod(this, std::move(next), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace ww
