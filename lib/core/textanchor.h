#pragma once

#include <QString>

#include <optional>

namespace ww {

// Where a passage sits in a text, kept robustly enough to find it again after the text is edited:
// the quoted words, a little context on each side and the old position (W3C Web Annotation's
// TextQuoteSelector + TextPositionSelector, combined the way Hypothesis does).
struct TextAnchor
{
    QString quote;
    QString prefix;
    QString suffix;
    int start = -1;
    int end = -1;
};

struct TextSpan
{
    int start = 0;
    int end = 0;
    bool exact = true; // false when the words themselves changed a little
};

namespace textanchor {

constexpr int kContextLength = 32;

// An anchor for [start, end) of text; the range is clamped to the text.
TextAnchor make(const QString &text, int start, int end);

// Where the anchored passage is in (a possibly edited) text, or nothing when it is gone. Tries, in order:
// the exact quote (several hits are told apart by their context and distance from the old position),
// the quote with whitespace, case and typographic quotes/dashes normalised, then a lightly edited quote
// found between its prefix and suffix (at least 80 % similar).
std::optional<TextSpan> locate(const TextAnchor &anchor, const QString &text);

} // namespace textanchor
} // namespace ww
