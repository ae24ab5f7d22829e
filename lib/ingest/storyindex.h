#pragma once

#include "analysis/storyclusterer.h"
#include "core/result.h"

#include <QString>

namespace ww {

class Store;

// Keeps the syndication clusters of a store current as articles are extracted: the in-memory
// StoryClusterer (rebuilt from stored signatures, no text re-read) plus ClusterStore writes.
// One owner thread, like the Store it writes to.
class StoryIndex
{
public:
    explicit StoryIndex(Store &store) : m_store(store) {}

    // Reads every stored signature into the clusterer. Called once, before the first add().
    Status load();
    bool isLoaded() const { return m_loaded; }

    // Signs the article's text and stores the signature; when the article joins another copy, stores the
    // cluster (in the same transaction). Returns the stored cluster id, or 0 while the story is alone.
    // Very short texts are not clustered (a headline-only item would match unrelated copies).
    // The article's time, publisher and producer are read from the store (call it after saveExtraction).
    Result<qint64> add(qint64 articleId, const QString &text);

    const StoryClusterer &clusterer() const { return m_clusterer; }

    static constexpr int MinWords = 40;

private:
    Store &m_store;
    StoryClusterer m_clusterer;
    bool m_loaded = false;
};

} // namespace ww
