#pragma once

#include "extract/article.h"

#include <QJsonObject>

namespace ww {

// The article as JSON with the field names of shared/seed/article.expected.json (snake_case);
// docs/cli-extract.md describes every field. `wirewatch-cli extract` prints this.
struct ArticleJsonOptions
{
    bool includeHtml = false; // the sanitised HTML is large and rarely wanted on a terminal
};

QJsonObject articleToJson(const Article &article);
QJsonObject articleToJson(const Article &article, const ArticleJsonOptions &options);

QString attributionRoleName(AttributionClaim::Role role);
QString attributionKindName(AttributionClaim::Kind kind);

} // namespace ww
