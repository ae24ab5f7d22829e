#pragma once

#include "store/storetypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ww {

// What the analyst typed in the search line, taken apart: field filters (`country:KP agency:Reuters
// outlet:"Global South World" tag:nk lang:ru from:2026-10-01 to:2026-10-31`) and the free text that goes to
// the full-text index. Pure value type: the store maps it to its own query, the GUI never builds SQL.
class SearchQuery
{
public:
    QStringList countries; // ISO 3166-1 alpha-2, upper case
    QStringList agencies;  // producing agency, as typed
    QStringList outlets;   // publisher / outlet name, as typed
    QStringList tags;
    QStringList languages; // BCP 47 tags in canonical case ("ru", "en-GB")
    QDate from;            // inclusive, invalid when open
    QDate to;              // inclusive, invalid when open
    QString text;          // free text: words, "quoted phrases", OR, -excluded, unknown field:value pairs
    QStringList problems;  // filters that could not be understood, for a hint under the search line

    static SearchQuery parse(const QString &input);
    // The canonical spelling: parse(q.toString()) == q.
    QString toString() const;

    // Narrows `query` by these filters. Names (outlets, tags) resolve against the given lists; a name that
    // matches nothing makes the query match nothing rather than being ignored. The store's query holds one
    // country, agency and language: further ones are reported in the returned problems.
    QStringList applyTo(ArticleQuery &query, const QList<Tag> &knownTags,
                        const QList<Source> &knownSources) const;

    bool isEmpty() const;
    bool hasFilters() const;

    // Replaces the values of one field filter ("country", "agency", "outlet", "tag", "lang") by value, so
    // a click on a map country or a facet narrows the search instead of stacking filters. False for other
    // fields. Double quotes cannot be written inside a filter value and are dropped.
    bool setFilter(const QString &field, const QString &value);
    // The words and phrases of the free text worth highlighting in an article: no operators, no excluded
    // (-word, NOT word) terms, quotes and a trailing * removed. At most kMaxHighlightTerms.
    QStringList highlightTerms() const;
    static constexpr int kMaxHighlightTerms = 20;

    friend bool operator==(const SearchQuery &, const SearchQuery &) = default;

    // Longest input we look at: the search line is user input and may be pasted garbage.
    static constexpr int kMaxInputLength = 4096;
};

} // namespace ww
