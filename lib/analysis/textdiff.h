#pragma once

#include <QList>
#include <QString>

namespace ww {

// Word-level diff of two revisions of an article (Myers' O(ND) algorithm on word, space and
// punctuation tokens). Bounded: past maxEdits differing tokens the changed middle is reported as one
// deletion plus one insertion instead of spending quadratic time on a rewritten page.
class TextDiff
{
public:
    struct Span
    {
        enum class Op { Equal, Delete, Insert };
        Op op = Op::Equal;
        QString text;
        bool operator==(const Span &o) const { return op == o.op && text == o.text; }
    };

    static constexpr int DefaultMaxEdits = 4000;

    static QList<Span> diff(const QString &before, const QString &after, int maxEdits = DefaultMaxEdits);
    // "[-deleted-]{+inserted+}" around changes, equal text as is (the wdiff convention).
    static QString render(const QList<Span> &spans);
    static QStringList tokenize(const QString &text);
};

} // namespace ww
