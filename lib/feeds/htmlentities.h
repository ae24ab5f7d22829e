#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ww {

// The HTML5 named character references (generated table, tools/gen-html-entities.py), used by the
// XML pre-pass for feeds that use &eacute; without a DTD, and to turn HTML titles into plain text.
class HtmlEntities
{
public:
    // Replacement text for a name without '&' and ';' ("eacute" -> "é"); nullopt when unknown.
    static std::optional<QString> lookup(QStringView name);
    // Decodes named (HTML5) and numeric references in text; unknown references stay as written.
    static QString decode(QStringView text);
    // Plain text from an HTML fragment: drops tags, comments and script/style bodies, decodes
    // references and collapses whitespace. For titles, which we never render as HTML.
    static QString toPlainText(QStringView html);
    static int count();
};

} // namespace ww
