#include "articleview.h"

#include "articlebrowser.h"
#include "articleheader.h"
#include "extract/htmlsanitizer.h"

#include <QRegularExpression>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

constexpr qsizetype kMaxBodyChars = 2 * 1024 * 1024; // a 10 MB description is truncated for display

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString creditDetails(const ww::ArticleImage &image)
{
    const ww::ParsedCredit &c = image.creditParsed;
    QStringList parts;
    if (!c.photographer.isEmpty())
        parts.append(ArticleView::tr("photographer: %1").arg(esc(c.photographer)));
    if (!c.originAgency.isEmpty())
        parts.append(ArticleView::tr("agency: %1").arg(esc(c.originAgency)));
    if (c.pool)
        parts.append(ArticleView::tr("pool photo"));
    if (!c.distributor.isEmpty())
        parts.append(ArticleView::tr("distributed by %1").arg(esc(c.distributor)));
    if (c.filePhoto || image.filePhoto)
        parts.append(ArticleView::tr("file photo"));
    if (c.handout)
        parts.append(ArticleView::tr("handout"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString paragraphs(const QString &text)
{
    QString html;
    const QStringList paras = text.left(kMaxBodyChars).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paras)
        html += QStringLiteral("<p>") + esc(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
                QStringLiteral("</p>");
    return html;
}

} // namespace

ArticleView::ArticleView(QWidget *parent) : QWidget(parent)
{
    m_header = new ArticleHeader(this);
    m_browser = new ArticleBrowser(this);
    m_browser->setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Article"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_browser, 1);
    // Opening an article hands the keyboard to its text (scrolling, selecting, Tab to links).
    setFocusProxy(m_browser);
    clear();
}

void ArticleView::clear()
{
    m_articleId = 0;
    m_browser->setExtraSelections({});
    m_header->clear();
    m_browser->clear();
    m_browser->setPlaceholderText(tr("Select an article to read it."));
}

void ArticleView::setRemoteImagesEnabled(bool enabled)
{
    m_browser->setRemoteImagesEnabled(enabled);
}

void ArticleView::setArticle(const ww::StoredArticle &article, const QList<ww::ArticleSummary> &cluster)
{
    m_articleId = article.id;
    m_header->setArticle(article, cluster);
    m_browser->setHtml(bodyHtml(article, m_browser->remoteImagesEnabled()));
    applyHighlights();
}

void ArticleView::setHighlightTerms(const QStringList &terms)
{
    m_highlightTerms = terms;
    if (m_articleId)
        applyHighlights();
}

void ArticleView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    // Fixed colours rather than palette roles: a marker-pen yellow reads the same in light and dark themes.
    QTextCharFormat marked;
    marked.setBackground(QColor(255, 221, 51));
    marked.setForeground(QColor(Qt::black));
    QTextDocument *doc = m_browser->document();
    for (const QString &term : std::as_const(m_highlightTerms)) {
        // Words match at a word start and run to the word's end, as the full-text index matches prefixes
        // and stems ("missile" finds "missiles"); phrases match as written. Case and accents as typed.
        const bool phrase = term.contains(QLatin1Char(' '));
        const QRegularExpression pattern(
            QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(term) +
                (phrase ? QString() : QStringLiteral("[\\p{L}\\p{N}]*")),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (!pattern.isValid())
            continue;
        QTextCursor found = doc->find(pattern, 0);
        while (!found.isNull() && selections.size() < MaxHighlights) {
            if (found.hasSelection())
                selections.append({found, marked});
            found = doc->find(pattern, found);
        }
    }
    std::sort(selections.begin(), selections.end(),
              [](const QTextEdit::ExtraSelection &a, const QTextEdit::ExtraSelection &b) {
                  return a.cursor.selectionStart() < b.cursor.selectionStart();
              });
    m_browser->setExtraSelections(selections);
}

int ArticleView::highlightCount() const
{
    return int(m_browser->extraSelections().size());
}

QStringList ArticleView::highlightedTexts() const
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &s : m_browser->extraSelections())
        texts.append(s.cursor.selectedText());
    return texts;
}

QString ArticleView::bodyHtml(const ww::StoredArticle &stored, bool remoteImages)
{
    const ww::Article &a = stored.article;
    QString html;
    for (const ww::ArticleImage &image : a.images) {
        const QUrl src = ww::HtmlSanitizer::safeImageUrl(QString::fromUtf8(image.url.toEncoded()), a.url);
        const bool shown = remoteImages && src.isValid();
        // An image with nothing to read and nothing to show would only be an empty "Image" box.
        if (!shown && image.caption.isEmpty() && image.alt.isEmpty() && image.credit.isEmpty() &&
            image.place.isEmpty() && image.takenDate.isEmpty())
            continue;
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" border=\"0\"><tr><td>");
        if (shown)
            html += QStringLiteral("<img src=\"%1\" width=\"480\"/><br/>")
                        .arg(esc(QString::fromUtf8(src.toEncoded())));
        html += QStringLiteral("<b>") + tr("Image") + QStringLiteral("</b>");
        if (!image.place.isEmpty())
            html += QStringLiteral(" \u2014 ") + esc(image.place);
        if (!image.takenDate.isEmpty())
            html += QStringLiteral(" \u2014 ") + esc(image.takenDate);
        html += QStringLiteral("<br/>");
        const QString caption = !image.caption.isEmpty() ? image.caption : image.alt;
        if (!caption.isEmpty())
            html += esc(caption) + QStringLiteral("<br/>");
        if (!image.credit.isEmpty())
            html += QStringLiteral("<small>") + tr("Credit: %1").arg(esc(image.credit)) +
                    QStringLiteral("</small>");
        const QString details = creditDetails(image);
        if (!details.isEmpty())
            html += QStringLiteral("<br/><small><i>") + details + QStringLiteral("</i></small>");
        html += QStringLiteral("</td></tr></table><hr/>");
    }
    // Every piece of markup from a feed or a page passes the allowlist sanitiser; plain text is escaped.
    ww::HtmlSanitizer::Options options;
    options.baseUrl = a.url;
    options.allowImages = remoteImages;
    options.maxOutput = kMaxBodyChars;
    const bool rawIsHtml = stored.contentType != QLatin1String("text");
    if (!a.html.isEmpty())
        html += ww::HtmlSanitizer::sanitize(a.html, options);
    else if (!a.text.isEmpty())
        html += paragraphs(a.text);
    else if (!stored.contentRaw.isEmpty())
        html += rawIsHtml ? ww::HtmlSanitizer::sanitize(stored.contentRaw, options)
                          : paragraphs(stored.contentRaw);
    else if (!stored.summary.isEmpty())
        html += ww::HtmlSanitizer::sanitize(stored.summary, options);
    if (ArticleBrowser::isOpenableLink(a.url))
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(esc(QString::fromUtf8(a.url.toEncoded())), tr("Open the original page"));
    return html;
}
