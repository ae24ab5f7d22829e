#pragma once

#include "extract/article.h"

namespace ww {

class AgencyRegistry;

// Everything enrichment needs that is not in the article itself. Passed in so tests and the analyst's
// edited registry can stand in for the built-in one.
struct EnrichmentContext
{
    const AgencyRegistry *registry = nullptr; // nullptr: the built-in registry
};

// Fills the derived fields of an article whose raw fields (title, text, byline, siteName, images with
// caption/credit, JSON-LD claims) the extractor has set: parsed credits, publisher, producer and the
// claims behind them, source claims, cited agencies, dateline, quotes, people, sections, countries.
// Pure and thread-safe: call it on a worker thread.
void enrichArticle(Article &article);
void enrichArticle(Article &article, const EnrichmentContext &context);

} // namespace ww
