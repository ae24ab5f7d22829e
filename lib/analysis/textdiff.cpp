#include "analysis/textdiff.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace ww {

namespace {

void append(QList<TextDiff::Span> &out, TextDiff::Span::Op op, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op) {
        out.last().text += text;
        return;
    }
    out.append(TextDiff::Span{op, text});
}

QString join(const QStringList &tokens, qsizetype from, qsizetype to)
{
    QString s;
    for (qsizetype i = from; i < to; ++i)
        s += tokens.at(i);
    return s;
}

// Myers' greedy forward search keeping one V per edit distance for the backtrack. Returns false
// when the distance exceeds maxD (the caller then falls back to delete-all + insert-all).
bool myers(const std::vector<int> &a, const std::vector<int> &b, int maxD,
           std::vector<std::pair<char, int>> &script)
{
    const int n = int(a.size()), m = int(b.size());
    const int offset = n + m + 1;
    std::vector<int> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<int>> trace;
    for (int d = 0; d <= std::min(maxD, n + m); ++d) {
        // Only diagonals -d..d can be read back at this depth: keep that slice (O(D^2) memory in all).
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                // Backtrack from (n, m) through the saved frontiers.
                int cx = n, cy = m;
                for (int dd = d; dd > 0; --dd) {
                    const std::vector<int> &pv = trace[size_t(dd)];
                    const int kk = cx - cy;
                    auto at = [&](int diag) { return pv[size_t(diag + dd)]; };
                    const bool down = kk == -dd || (kk != dd && at(kk - 1) < at(kk + 1));
                    const int pk = down ? kk + 1 : kk - 1;
                    const int px = at(pk);
                    const int py = px - pk;
                    while (cx > px && cy > py) {
                        script.emplace_back('=', --cx);
                        --cy;
                    }
                    if (down)
                        script.emplace_back('+', --cy);
                    else
                        script.emplace_back('-', --cx);
                }
                while (cx > 0) {
                    script.emplace_back('=', --cx);
                    --cy;
                }
                std::reverse(script.begin(), script.end());
                return true;
            }
        }
    }
    return false;
}

// "[-в-]{+во+} [-понедельник-]{+вторник+}" reads worse than "[-в понедельник-]{+во вторник+}": a lone
// space between two replacements is folded into both sides (both revisions still rebuild exactly).
QList<TextDiff::Span> coalesce(const QList<TextDiff::Span> &spans)
{
    using Op = TextDiff::Span::Op;
    QList<TextDiff::Span> out;
    QString del, ins;
    auto flush = [&] {
        append(out, Op::Delete, del);
        append(out, Op::Insert, ins);
        del.clear();
        ins.clear();
    };
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const TextDiff::Span &s = spans.at(i);
        if (s.op == Op::Delete) {
            del += s.text;
        } else if (s.op == Op::Insert) {
            ins += s.text;
        } else if (!del.isEmpty() && !ins.isEmpty() && i + 1 < spans.size() &&
                   spans.at(i + 1).op != Op::Equal && s.text.trimmed().isEmpty() && s.text.size() <= 2) {
            del += s.text;
            ins += s.text;
        } else {
            flush();
            append(out, Op::Equal, s.text);
        }
    }
    flush();
    return out;
}

} // namespace

QStringList TextDiff::tokenize(const QString &text)
{
    // Words, runs of white space, and single other characters: enough to keep punctuation edits small.
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isLetterOrNumber()) {
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j).isMark()))
                ++j;
        } else if (c.isSpace()) {
            while (j < n && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < n) {
            ++j;
        }
        out.append(text.mid(i, j - i));
        i = j;
    }
    return out;
}

QList<TextDiff::Span> TextDiff::diff(const QString &before, const QString &after, int maxEdits)
{
    QList<Span> out;
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    append(out, Span::Op::Equal, join(a, 0, prefix));

    // Intern tokens so the inner loop compares integers.
    std::unordered_map<QString, int> ids;
    auto intern = [&ids](const QString &token) {
        return ids.try_emplace(token, int(ids.size())).first->second;
    };
    std::vector<int> ta, tb;
    for (qsizetype i = prefix; i < a.size() - suffix; ++i)
        ta.push_back(intern(a.at(i)));
    for (qsizetype i = prefix; i < b.size() - suffix; ++i)
        tb.push_back(intern(b.at(i)));

    std::vector<std::pair<char, int>> script;
    if (myers(ta, tb, std::max(0, maxEdits), script)) {
        for (const auto &[op, index] : script) {
            if (op == '=') {
                append(out, Span::Op::Equal, a.at(prefix + index));
            } else if (op == '-') {
                append(out, Span::Op::Delete, a.at(prefix + index));
            } else {
                append(out, Span::Op::Insert, b.at(prefix + index));
            }
        }
    } else {
        append(out, Span::Op::Delete, join(a, prefix, a.size() - suffix));
        append(out, Span::Op::Insert, join(b, prefix, b.size() - suffix));
    }
    append(out, Span::Op::Equal, join(a, a.size() - suffix, a.size()));
    return coalesce(out);
}

QString TextDiff::render(const QList<Span> &spans)
{
    QString out;
    for (const Span &s : spans) {
        switch (s.op) {
        case Span::Op::Equal:
            out += s.text;
            break;
        case Span::Op::Delete:
            out += QLatin1String("[-") + s.text + QLatin1String("-]");
            break;
        case Span::Op::Insert:
            out += QLatin1String("{+") + s.text + QLatin1String("+}");
            break;
        }
    }
    return out;
}

} // namespace ww
