#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ww {

struct XmlAttribute
{
    QString ns;   // resolved namespace URI, empty for unprefixed attributes
    QString name; // local name
    QString value;
};

struct XmlNode
{
    QString ns;   // resolved namespace URI ("" when none)
    QString name; // local name
    QString prefix;
    QList<XmlAttribute> attributes;
    QString text;             // direct character data, concatenated
    qsizetype innerBegin = 0; // raw inner markup range in XmlTree::source()
    qsizetype innerEnd = 0;
    int parent = -1;
    QList<int> children;
    QUrl base;    // effective xml:base (document URL at the root)
    QString lang; // effective xml:lang

    QString attribute(const QString &localName, const QString &nsUri = {}) const;
    bool hasAttribute(const QString &localName) const;
};

struct XmlTreeLimits
{
    qint64 maxTextChars = 20000000;    // all character data in the document
    qint64 maxItemTextChars = 5000000; // character data inside one <item>/<entry>
    int maxItems = 10000;
    int maxDepth = 256;
    int maxNodes = 2000000;
};

// A compact element tree built from QXmlStreamReader with an explicit stack (no recursion per
// element), our own text, item and depth budgets, and our own namespace resolution so that an
// undeclared prefix (itunes:, media:) is repaired with the conventional URI instead of failing.
class XmlTree
{
public:
    // baseLanguage: the document's language from outside (HTTP Content-Language), inherited like xml:lang.
    // sourceUtf8: when the caller holds `source` as UTF-8 bytes (exactly source.toUtf8(), no BOM), the
    // reader takes them as they are instead of re-encoding the whole document (Qt 6.4 reads a QString
    // by converting it to UTF-8 first).
    static Result<XmlTree> build(const QString &source, const QUrl &baseUrl, const XmlTreeLimits &limits = {},
                                 const QString &baseLanguage = {}, const QByteArray &sourceUtf8 = {});

    int root() const { return m_nodes.isEmpty() ? -1 : 0; }
    const XmlNode &node(int index) const { return m_nodes.at(index); }
    int size() const { return int(m_nodes.size()); }
    const QString &source() const { return m_source; }
    QString innerXml(int index) const;
    // First child with this local name in one of the namespaces (empty list = any namespace).
    int child(int index, const QString &name, const QStringList &namespaces = {}) const;
    QList<int> childrenNamed(int index, const QString &name, const QStringList &namespaces = {}) const;
    // Text of an element: its character data, or its raw inner markup when it holds elements
    // (unescaped HTML inside <description>).
    QString content(int index) const;

    bool repaired() const { return m_repaired; }
    const QStringList &warnings() const { return m_warnings; }

private:
    QList<XmlNode> m_nodes;
    QString m_source;
    bool m_repaired = false;
    QStringList m_warnings;
};

} // namespace ww
