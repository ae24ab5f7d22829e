#include "articleheader.h"
#include "core/displaytime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kMaxTitleChars = 500; // a 1 MB title is hostile input: display truncates
constexpr int kMaxChips = 12;
constexpr int kMaxClusterLines = 8;

QLabel *plainLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}

QString elide(const QString &text, int max)
{
    return text.size() > max ? text.left(max) + QChar(0x2026) : text;
}

QString formatTime(const QDateTime &utc)
{
    return ww::DisplayTime::shortText(utc);
}

// Tooltips guess rich text from their content, and evidence is page text: escape and wrap it so it always
// shows as the words it is (a "<img src=file:...>" in a page must not be rendered, let alone loaded).
QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString evidenceFor(const ww::Article &article, ww::AttributionClaim::Role role)
{
    QStringList lines;
    for (const ww::AttributionClaim &claim : article.claims) {
        if (claim.role == role && !claim.evidence.isEmpty())
            lines.append(
                QStringLiteral("%1: \u201c%2\u201d").arg(claim.organisation, elide(claim.evidence, 200)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ArticleHeader::ArticleHeader(QWidget *parent) : QWidget(parent)
{
    m_title = plainLabel(this, tr("Article title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Rich text built only from escaped article strings, so publisher and producer wrap as one sentence.
    m_attribution = new QLabel(this);
    m_attribution->setTextFormat(Qt::RichText);
    m_attribution->setWordWrap(true);
    m_attribution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attribution->setOpenExternalLinks(false);
    m_attribution->setAccessibleName(tr("Publisher and producing agency"));
    m_meta = plainLabel(this, tr("Byline, dateline and times"));
    m_cluster = plainLabel(this, tr("Story cluster"));
    m_tags = plainLabel(this, tr("Tags"));

    m_chips = new QWidget(this);
    m_chips->setAccessibleName(tr("Countries"));
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_attribution);
    layout->addWidget(m_meta);
    layout->addWidget(m_chips);
    layout->addWidget(m_cluster);
    layout->addWidget(m_tags);
    clear();
}

void ArticleHeader::clear()
{
    const QList<QLabel *> labels{m_title, m_attribution, m_meta, m_cluster, m_tags};
    m_attributionPlain.clear();
    m_producerToolTip.clear();
    for (QLabel *label : labels) {
        label->clear();
        label->setToolTip({});
        label->hide();
    }
    setCountries({});
}

void ArticleHeader::setArticle(const ww::StoredArticle &stored, const QList<ww::ArticleSummary> &cluster)
{
    clear();
    const ww::Article &a = stored.article;
    m_title->setText(elide(a.title.isEmpty() ? tr("(untitled)") : a.title, kMaxTitleChars));
    m_title->show();

    const QString publisher = elide(
        !a.publisher.isEmpty() ? a.publisher : (!a.siteName.isEmpty() ? a.siteName : stored.sourceName), 200);
    QStringList plain;
    QStringList rich;
    QStringList tips;
    if (!publisher.isEmpty()) {
        plain.append(tr("Published by %1").arg(publisher));
        rich.append(tr("Published by %1").arg(QStringLiteral("<b>%1</b>").arg(publisher.toHtmlEscaped())));
        const QString evidence = evidenceFor(a, ww::AttributionClaim::Role::Publisher);
        tips.append(
            tr("Publisher evidence: %1").arg(evidence.isEmpty() ? tr("the feed's outlet") : evidence));
    }
    if (!a.producer.isEmpty()) {
        const QString producer = elide(a.producer, 200);
        const bool differs = a.producer.compare(publisher, Qt::CaseInsensitive) != 0;
        const QString text = differs ? tr("\u2014 produced by %1") : tr("\u2014 own reporting (%1)");
        plain.append(text.arg(producer));
        // A producer other than the publisher is the news here: bold, like the publisher.
        rich.append(text.arg(differs ? QStringLiteral("<b>%1</b>").arg(producer.toHtmlEscaped())
                                     : producer.toHtmlEscaped()));
        QString evidence = evidenceFor(a, ww::AttributionClaim::Role::Producer);
        if (evidence.isEmpty())
            evidence = elide(a.producerEvidence, 300);
        m_producerToolTip =
            evidence.isEmpty() ? tr("No evidence recorded") : tr("Producer evidence:\n%1").arg(evidence);
        tips.append(m_producerToolTip);
    }
    if (!plain.isEmpty()) {
        m_attributionPlain = plain.join(QLatin1Char(' '));
        m_attribution->setText(rich.join(QLatin1Char(' ')));
        m_attribution->setToolTip(plainToolTip(tips.join(QLatin1Char('\n'))));
        m_attribution->show();
    }

    QStringList meta;
    if (!a.byline.isEmpty())
        meta.append(elide(a.byline, 200));
    if (!a.dateline.isEmpty())
        meta.append(elide(a.dateline, 120));
    if (a.publishedUtc.isValid())
        meta.append(tr("published %1").arg(formatTime(a.publishedUtc)));
    else
        meta.append(tr("date unknown"));
    if (a.updatedUtc.isValid() && a.updatedUtc != a.publishedUtc)
        meta.append(tr("updated %1").arg(formatTime(a.updatedUtc)));
    if (!a.language.isEmpty())
        meta.append(tr("language: %1").arg(QLocale::languageToString(QLocale(a.language).language())));
    m_meta->setText(meta.join(QStringLiteral("  \u00b7  ")));
    m_meta->show();

    setCountries(a.countries);

    // Other outlets that ran the same story: first publisher first, so the origin is obvious.
    QList<ww::ArticleSummary> others;
    for (const ww::ArticleSummary &s : cluster) {
        if (s.id != stored.id)
            others.append(s);
    }
    if (!others.isEmpty()) {
        QList<ww::ArticleSummary> all = cluster;
        std::stable_sort(
            all.begin(), all.end(),
            [](const ww::ArticleSummary &x, const ww::ArticleSummary &y) { return x.sortTime < y.sortTime; });
        QStringList outlets;
        for (const ww::ArticleSummary &s : all) {
            if (!outlets.contains(s.sourceName))
                outlets.append(s.sourceName);
        }
        QStringList lines;
        // Other outlets are the news; a cluster inside one outlet is its own follow-ups or re-posts.
        const int otherOutlets = int(outlets.size()) - 1;
        lines.append(otherOutlets > 0 ? tr("Also ran in %n other outlet(s)", nullptr, otherOutlets)
                                      : tr("Same story: %n other article(s) from this outlet", nullptr,
                                           int(others.size())));
        for (qsizetype i = 0; i < all.size() && i < kMaxClusterLines; ++i) {
            const ww::ArticleSummary &s = all.at(i);
            lines.append(QStringLiteral("%1%2  %3 \u2014 %4")
                             .arg(s.id == stored.id ? QStringLiteral("\u25b8 ") : QStringLiteral("   "),
                                  formatTime(s.sortTime), s.sourceName, elide(s.title, 120)));
        }
        if (all.size() > kMaxClusterLines)
            lines.append(tr("\u2026 and %n more", nullptr, int(all.size()) - kMaxClusterLines));
        m_cluster->setText(lines.join(QLatin1Char('\n')));
        m_cluster->show();
    }

    if (!stored.tags.isEmpty()) {
        m_tags->setText(tr("Tags: %1").arg(stored.tags.join(QStringLiteral(", "))));
        m_tags->show();
    }
}

void ArticleHeader::setCountries(const QList<ww::CountryMention> &countries)
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int index = 0;
    for (const ww::CountryMention &c : countries) {
        if (index >= kMaxChips)
            break;
        auto *chip = new QLabel(c.code, m_chips);
        chip->setTextFormat(Qt::PlainText);
        chip->setObjectName(QStringLiteral("countryChip"));
        // Palette roles, not fixed colours, so the chips follow light and dark themes.
        chip->setStyleSheet(
            QStringLiteral("QLabel#countryChip { border: 1px solid palette(mid); border-radius: "
                           "8px; padding: 1px 6px; background: palette(alternate-base); }"));
        chip->setToolTip(tr("%1: %n mention(s)%2", nullptr, c.count)
                             .arg(countryName(c.code), c.inTitle ? tr(", in the title") : QString()));
        chip->setAccessibleName(countryName(c.code));
        m_chipLayout->insertWidget(index++, chip);
    }
    m_chips->setVisible(index > 0);
}

QString ArticleHeader::titleText() const
{
    return m_title->text();
}

QString ArticleHeader::attributionText() const
{
    return m_attributionPlain;
}

QString ArticleHeader::attributionToolTip() const
{
    return m_producerToolTip;
}

QString ArticleHeader::metaText() const
{
    return m_meta->text();
}

QString ArticleHeader::clusterText() const
{
    return m_cluster->text();
}

QStringList ArticleHeader::countryChips() const
{
    QStringList codes;
    for (int i = 0; i < m_chipLayout->count(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_chipLayout->itemAt(i)->widget()))
            codes.append(label->text());
    }
    return codes;
}

QString ArticleHeader::tagsText() const
{
    return m_tags->text();
}
