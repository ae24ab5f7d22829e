#include "store/searchindex.h"

#include "store/database.h"
#include "store/ftsquery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariant>

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

Status SearchIndex::refresh(qint64 articleId)
{
    if (!m_db.dialect().isSqlite())
        return Error(Error::Code::Database,
                     tr("Full-text indexing for this backend is not implemented yet."));
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

QString SearchIndex::matchCondition() const
{
    if (m_db.dialect().isSqlite())
        return QStringLiteral("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
    return QStringLiteral(
        "a.id IN (SELECT article_id FROM article_search WHERE document @@ to_tsquery('simple', ?))");
}

} // namespace ww
