#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace ww {

// A light, flat copy of an HTML5 parse (gumbo underneath, kept out of this header). Nodes live in one
// array and refer to each other by index, so every walk is a loop, never a recursion: hostile pages
// nest 100k elements deep. Nodes below maxDepth are re-attached to their ancestor at that depth.
class HtmlDocument
{
public:
    struct Attribute
    {
        QString name; // lowercase
        QString value;
    };
    struct Node
    {
        enum class Type : quint8 { Document, Element, Text };
        Type type = Type::Element;
        QString tag;  // lowercase element name; empty for text and document
        QString text; // text nodes only
        QList<Attribute> attributes;
        QList<int> children;
        int parent = -1;
        int depth = 0;
    };
    struct Options
    {
        qsizetype maxBytes = 8 * 1024 * 1024; // input beyond this is cut (the doc says so in truncated())
        int maxDepth = 256;
        int maxMarkupDepth = 2000; // tags nested deeper than this are dropped before parsing
        int maxNodes = 500000;
    };

    static constexpr int Root = 0;

    HtmlDocument();
    static HtmlDocument parse(QStringView html);
    static HtmlDocument parse(QStringView html, const Options &options);

    int size() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes.at(index); }
    bool truncated() const { return m_truncated; }

    bool isElement(int index, QLatin1String tag) const;
    QString attribute(int index, QLatin1String name) const;
    bool hasAttribute(int index, QLatin1String name) const;
    // "class" and "id" joined, lowercased: what the content heuristics look at.
    QString classAndId(int index) const;

    // Document order walk of the subtree under `index` (index included). The visitor returns false to skip
    // an element's children.
    void walk(int index, const std::function<bool(int)> &visitor) const;
    QList<int> elements(QLatin1String tag, int under = Root) const;
    int firstElement(QLatin1String tag, int under = Root) const;
    int head() const { return firstElement(QLatin1String("head")); }
    int body() const { return firstElement(QLatin1String("body")); }
    // Text of the subtree with whitespace collapsed; script/style/template contents are left out.
    QString textContent(int index) const;
    bool isAncestor(int ancestor, int index) const;
    int closest(int index, QLatin1String tag) const;

private:
    QList<Node> m_nodes;
    bool m_truncated = false;
};

// Collapses runs of whitespace (incl. NBSP) to one space and trims.
QString collapseWhitespace(QStringView text);

} // namespace ww
