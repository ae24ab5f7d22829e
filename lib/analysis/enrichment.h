#pragma once

#include "extract/article.h"

#include <QStringList>
#include <QStringView>

namespace ww {

class AgencyRegistry;
class CountryTagger;

// Everything enrichment needs that is not in the article itself. Passed in so tests and the analyst's
// edited registry can stand in for the built-in ones; nullptr means the built-in one.
struct EnrichmentContext
{
    const AgencyRegistry *registry = nullptr;
    const CountryTagger *countryTagger = nullptr;
    bool tagCountries = true;
};

// Fills the derived fields of an article whose raw fields (title, text, byline, siteName, images with
// caption/credit, JSON-LD claims) the extractor has set: parsed credits, publisher, producer and the
// claims behind them, source claims, cited agencies, dateline, quotes, people, sections, countries.
// Pure and thread-safe (the built-in registry and tagger are built once): call it on a worker thread.
void enrichArticle(Article &article);
void enrichArticle(Article &article, const EnrichmentContext &context);

// In-article headings written as ALL-CAPS paragraphs ("WHY IT IS IMPORTANT", "KEY QUOTES").
QStringList detectSections(QStringView text);

} // namespace ww
