#include "store/searchindex.h"

#include "store/database.h"
#include "store/ftsquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>

namespace ww {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ww::SearchIndex", text);
}

} // namespace

QString SearchIndex::plainText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html;
    static const QRegularExpression blocks(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{1,6});"));
    QString text = html;
    text.replace(blocks, QStringLiteral(" ")); // a dropped block still separates the words around it
    text.replace(tags, QStringLiteral(" "));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000 && QChar::isPrint(char32_t(code)))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        else
            out += QLatin1Char(' ');
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out.simplified();
}

QString SearchIndex::tsVector(const QStringList &fields)
{
    // PostgreSQL keeps positions up to 16383, 256 positions per lexeme and lexemes under 2 KB; a tsvector
    // must stay under 1 MB. Fields are separated by an unused position so a phrase never spans two of them,
    // and callers pass the body last so only its tail can lose exact positions.
    constexpr int kMaxPos = 16383;
    constexpr int kMaxPositionsPerLexeme = 256;
    constexpr qsizetype kMaxLexemeLength = 255;
    constexpr qsizetype kMaxLexemes = 60000;
    QHash<QString, QList<int>> positions;
    QStringList order;
    int pos = 1;
    for (const QString &field : fields) {
        for (const QString &token : FtsQuery::tokens(field)) {
            const int at = std::min(pos++, kMaxPos);
            if (token.size() > kMaxLexemeLength)
                continue;
            auto it = positions.find(token);
            if (it == positions.end()) {
                if (order.size() >= kMaxLexemes)
                    continue;
                order << token;
                it = positions.insert(token, {});
            }
            if (it->size() < kMaxPositionsPerLexeme && (it->isEmpty() || it->constLast() != at))
                it->append(at);
        }
        pos += 1;
    }
    QString out;
    for (const QString &lexeme : std::as_const(order)) {
        QString entry = QLatin1Char('\'') + lexeme + QLatin1Char('\'');
        const QList<int> &list = positions.value(lexeme);
        for (qsizetype i = 0; i < list.size(); ++i)
            entry += (i == 0 ? QLatin1Char(':') : QLatin1Char(',')) + QString::number(list.at(i));
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += entry;
    }
    return out;
}

QString SearchIndex::translate(const QString &userQuery) const
{
    return m_db.dialect().isSqlite() ? FtsQuery::toFts5(userQuery) : FtsQuery::toTsQuery(userQuery);
}

Status SearchIndex::refresh(qint64 articleId)
{
    QSqlQuery a = m_db.query();
    if (Status s =
            m_db.prepare(a, QStringLiteral("SELECT title, extracted_text, content_raw, summary FROM articles "
                                           "WHERE id = ?"));
        !s)
        return s;
    a.addBindValue(articleId);
    if (Status s = m_db.exec(a, tr("Reading an article for indexing failed")); !s)
        return s;
    if (!a.next())
        return Error(Error::Code::NotFound, tr("Article %1 does not exist.").arg(articleId));
    const QString title = a.value(0).toString();
    QString body = a.value(1).toString();
    if (body.isEmpty()) {
        body = plainText(a.value(2).toString());
        const QString summary = plainText(a.value(3).toString());
        if (!body.contains(summary))
            body = summary + QStringLiteral("\n\n") + body;
    }
    QSqlQuery img = m_db.query();
    if (Status s =
            m_db.prepare(img, QStringLiteral("SELECT caption, alt, credit FROM images WHERE article_id = ? "
                                             "ORDER BY origin, position"));
        !s)
        return s;
    img.addBindValue(articleId);
    if (Status s = m_db.exec(img, tr("Reading captions for indexing failed")); !s)
        return s;
    QStringList captions;
    while (img.next()) {
        for (int i = 0; i < 3; ++i) {
            const QString part = img.value(i).toString();
            if (!part.isEmpty() && !captions.contains(part))
                captions << part;
        }
    }
    if (!m_db.dialect().isSqlite()) {
        // The document is built here, not by to_tsvector(), so both backends split words the same way.
        QSqlQuery up = m_db.query();
        if (Status s =
                m_db.prepare(up, QStringLiteral("INSERT INTO article_search (article_id, document) "
                                                "VALUES (?, CAST(? AS tsvector)) ON CONFLICT "
                                                "(article_id) DO UPDATE SET document = EXCLUDED.document"));
            !s)
            return s;
        up.addBindValue(articleId);
        up.addBindValue(tsVector({title, captions.join(QLatin1Char('\n')), body}));
        return m_db.exec(up, tr("Updating the search index failed"));
    }
    QSqlQuery del = m_db.query();
    if (Status s = m_db.prepare(del, QStringLiteral("DELETE FROM article_fts WHERE rowid = ?")); !s)
        return s;
    del.addBindValue(articleId);
    if (Status s = m_db.exec(del, tr("Updating the search index failed")); !s)
        return s;
    QSqlQuery ins = m_db.query();
    if (Status s = m_db.prepare(ins, QStringLiteral("INSERT INTO article_fts (rowid, title, body, captions) "
                                                    "VALUES (?, ?, ?, ?)"));
        !s)
        return s;
    ins.addBindValue(articleId);
    ins.addBindValue(FtsQuery::normalize(title));
    ins.addBindValue(FtsQuery::normalize(body));
    ins.addBindValue(FtsQuery::normalize(captions.join(QLatin1Char('\n'))));
    return m_db.exec(ins, tr("Updating the search index failed"));
}

Status SearchIndex::removeFeed(qint64 feedId)
{
    if (!m_db.dialect().isSqlite())
        return {}; // PostgreSQL's index rows cascade with the articles
    QSqlQuery q = m_db.query();
    if (Status s = m_db.prepare(q, QStringLiteral("DELETE FROM article_fts WHERE rowid IN "
                                                  "(SELECT id FROM articles WHERE feed_id = ?)"));
        !s)
        return s;
    q.addBindValue(feedId);
    return m_db.exec(q, tr("Updating the search index failed"));
}

QString SearchIndex::matchCondition(bool fromId) const
{
    if (m_db.dialect().isSqlite())
        return fromId ? QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND "
                                       "rowid >= ?)")
                      : QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
    return fromId
               ? QStringLiteral("a.id IN (SELECT article_id FROM article_search WHERE document @@ "
                                "CAST(? AS tsquery) AND article_id >= ?)")
               : QStringLiteral(
                     "a.id IN (SELECT article_id FROM article_search WHERE document @@ CAST(? AS tsquery))");
}

} // namespace ww
