#include "analysis/enrichment.h"

namespace ww {

void enrichArticle(Article &article)
{
    enrichArticle(article, EnrichmentContext{});
}

void enrichArticle(Article &article, const EnrichmentContext &context)
{
    Q_UNUSED(context);
    // Minimal first cut: the publisher is the site itself until attribution analysis says more.
    if (article.publisher.isEmpty())
        article.publisher = article.siteName.trimmed();
    if (article.producer.isEmpty())
        article.producer = article.publisher;
}

} // namespace ww
