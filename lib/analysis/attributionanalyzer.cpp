#include "analysis/attributionanalyzer.h"

#include "analysis/agencyregistry.h"
#include "analysis/creditparser.h"
#include "analysis/datelineparser.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace ww {

namespace {

constexpr auto Options =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr qsizetype MaxEvidenceLine = 300; // longer lines are prose, not disclaimers or copyright notes

using Role = AttributionClaim::Role;
using Kind = AttributionClaim::Kind;

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

bool isCaptionLine(const QString &line, const QList<ArticleImage> &images)
{
    if (line.startsWith(QLatin1String("FILE PHOTO"), Qt::CaseInsensitive))
        return true;
    for (const auto &image : images) {
        for (const QString &s : {image.caption.trimmed(), image.alt.trimmed(), image.credit.trimmed()}) {
            if (s.size() < 8)
                continue;
            if (line.contains(s) || (line.size() >= 20 && s.contains(line)))
                return true;
        }
    }
    return false;
}

// Words near an agency's name that make it a cited source rather than a passing mention.
bool hasCitationCue(const QString &folded)
{
    static const QStringList cues = {
        QStringLiteral("said"),      QStringLiteral("says"),         QStringLiteral("report"),
        QStringLiteral("according"), QStringLiteral("told"),         QStringLiteral("agency"),
        QStringLiteral("quoted"),    QStringLiteral("citing"),       QStringLiteral("cited"),
        QStringLiteral("wrote"),     QStringLiteral("сообщ"),        QStringLiteral("переда"),
        QStringLiteral("по данным"), QStringLiteral("со ссылкой"),   QStringLiteral("заяв"),
        QStringLiteral("пишет"),     QStringLiteral("агентств"),     QStringLiteral("повідом"),
        QStringLiteral("за даними"), QStringLiteral("з посиланням"), QStringLiteral("передає"),
        QStringLiteral("агентство"), QStringLiteral("따르면"),       QStringLiteral("보도"),
        QStringLiteral("전했다"),    QStringLiteral("밝혔다"),       QStringLiteral("据"),
        QStringLiteral("报道"),      QStringLiteral("援引"),         QStringLiteral("ذكرت"),
        QStringLiteral("نقلت"),      QStringLiteral("وفقا"),         QStringLiteral("حسب"),
    };
    return std::any_of(cues.begin(), cues.end(), [&](const QString &c) { return folded.contains(c); });
}

// The sentence of line that holds [start, end): a disclaimer's evidence is its own sentence, not the
// note that follows it ("It has not been edited by ...").
QString sentenceAround(const QString &line, qsizetype start, qsizetype end)
{
    static const QRegularExpression stop(QStringLiteral(R"([.!?](?=\s|$))"));
    qsizetype begin = 0;
    auto it = stop.globalMatch(line.left(start));
    while (it.hasNext())
        begin = it.next().capturedEnd();
    const auto after = stop.match(line, end);
    const qsizetype finish = after.hasMatch() ? after.capturedEnd() : line.size();
    return line.mid(begin, finish - begin).trimmed();
}

} // namespace

QString AttributionAnalyzer::organisationAt(QStringView chunk) const
{
    QString c = chunk.trimmed().toString();
    if (c.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        c = c.mid(4);
    const AgencyMatch m = m_registry.matchAt(c, 0);
    return m.agency >= 0 ? m_registry.agency(m.agency)->name : QString();
}

bool AttributionAnalyzer::scanLine(const QString &line, bool afterCaption, const QString &publisher,
                                   Attribution &out) const
{
    if (line.size() > MaxEvidenceLine)
        return false;
    const auto claim = [&](Role role, Kind kind, const QString &org, double confidence) {
        out.claims.append(AttributionClaim{role, kind, org, line, confidence});
    };

    static const QRegularExpression trailingStops(QStringLiteral(R"([.;]+$)"));
    static const QRegularExpression source(
        QStringLiteral(R"(^(?:sources?|источник|джерело|출처|来源|來源|المصدر)\s*[:：]\s*(.{2,80})$)"),
        Options);
    if (const auto m = source.match(line); m.hasMatch()) {
        QString org = organisationAt(m.captured(1));
        if (org.isEmpty())
            org = m.captured(1).trimmed().remove(trailingStops);
        appendUnique(out.sourceClaims, org);
        claim(Role::SourceClaim, Kind::SourceLine, org, 0.6);
        // A source line under the text (not under a photo) names where the story came from.
        if (!afterCaption && m_registry.find(org))
            claim(Role::Producer, Kind::SourceLine, org, 0.6);
        return true;
    }

    static const QRegularExpression disclaimer(
        QStringLiteral(
            R"(\b(?:article|story|report|content|material|text|item|news)\s+(?:was|is|has\s+been|were)\s+)"
            R"((?:originally\s+)?(?:produced|written|provided|supplied|distributed|prepared|published)\s+)"
            R"(by\s+([^.;\n]{2,80}))"),
        Options);
    static const QRegularExpression disclaimerRuUk(
        QStringLiteral(R"((?:по материалам|материал подготовлен(?:\s+на основе материалов)?|за матеріалами|)"
                       R"(матеріал підготовлено(?:\s+за матеріалами)?)\s+([^.;\n]{2,60}))"),
        Options);
    for (const QRegularExpression *re : {&disclaimer, &disclaimerRuUk}) {
        const auto m = re->match(line);
        if (!m.hasMatch())
            continue;
        QString org = organisationAt(m.captured(1));
        double confidence = 0.95;
        if (org.isEmpty()) {
            org = m.captured(1).trimmed();
            static const QRegularExpression agencyWord(
                QStringLiteral(R"(\s+(?:news\s+)?(?:agency|newswire|wire service|staff)$)"), Options);
            org.remove(agencyWord);
            confidence = 0.8;
            if (org.split(QLatin1Char(' ')).size() > 5)
                continue;
        }
        if (org.compare(publisher, Qt::CaseInsensitive) == 0)
            continue;
        out.claims.append(AttributionClaim{Role::Producer, Kind::Disclaimer, org,
                                           sentenceAround(line, m.capturedStart(), m.capturedEnd()),
                                           confidence});
        return true;
    }
    static const QRegularExpression syndicated(
        QStringLiteral(R"(syndicated\s+(?:news\s+)?feed|auto-generated from)"), Options);
    if (syndicated.match(line).hasMatch()) {
        out.syndicated = true;
        return true;
    }

    static const QRegularExpression copyright(
        QStringLiteral(R"((?:\(c\)|©|ⓒ|copyright|저작권자)\s*(?:\(c\)|©|ⓒ|copyright)?\s*)"
                       R"((?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.,;\n<>]{2,60}))"),
        Options);
    if (const auto m = copyright.match(line); m.hasMatch()) {
        const QString org = organisationAt(m.captured(1));
        if (!org.isEmpty() && org.compare(publisher, Qt::CaseInsensitive) != 0) {
            claim(Role::Producer, Kind::Copyright, org, 0.85);
            return true;
        }
    }

    // Wire credit lines ("(Reporting by Reuters staff; Editing by ...)") name the agency when it wrote it.
    static const QRegularExpression creditLine(
        QStringLiteral(R"(^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s+(.{2,200})$)"),
        Options);
    if (const auto m = creditLine.match(line); m.hasMatch()) {
        bool any = false;
        for (const AgencyMatch &a : m_registry.findAll(m.captured(1))) {
            if (m_registry.agency(a.agency)->kind == Agency::Kind::Photo)
                continue;
            claim(Role::Producer, Kind::Byline, m_registry.agency(a.agency)->name, 0.75);
            any = true;
        }
        return any;
    }

    static const QRegularExpression bylineLine(QStringLiteral(R"(^(?:by|от|автор:?|за)\s+(.{2,120})$)"),
                                               Options);
    if (const auto m = bylineLine.match(line); m.hasMatch() && line.size() < 150) {
        bool any = false;
        for (const AgencyMatch &a : m_registry.findAll(m.captured(1))) {
            claim(Role::Producer, Kind::Byline, m_registry.agency(a.agency)->name, 0.8);
            any = true;
        }
        return any;
    }
    return false;
}

void AttributionAnalyzer::scanCited(QStringView line, Attribution &out) const
{
    static const QRegularExpression sentenceEnd(QStringLiteral(R"((?<=[.!?。])\s+)"));
    static const QRegularExpression toldBefore(QStringLiteral(R"(\btold\s+(?:the\s+)?$)"), Options);
    static const QRegularExpression citingBefore(
        QStringLiteral(R"(\b(?:according to|citing|cited|quoted)\s+(?:the\s+)?$)"), Options);
    static const QRegularExpression ownReporting(
        QStringLiteral(
            R"(^\s+(?:could not|was unable|has not been able|witness|reporter|correspondent|calculations|)"
            R"(tally|analysis|photographer|journalist))"),
        Options);
    const QStringList sentences = line.toString().split(sentenceEnd, Qt::SkipEmptyParts);
    for (const QString &sentence : sentences) {
        const QString folded = sentence.toCaseFolded();
        for (const AgencyMatch &m : m_registry.findAll(sentence)) {
            const Agency *agency = m_registry.agency(m.agency);
            if (agency->kind == Agency::Kind::Photo)
                continue;
            const QString before = sentence.left(m.position);
            const QString after = sentence.mid(m.position + m.length);
            // "an official told Reuters", "Reuters could not independently verify": the agency's own
            // reporting.
            const bool citing = citingBefore.match(before).hasMatch();
            if (!citing && (toldBefore.match(before).hasMatch() || ownReporting.match(after).hasMatch())) {
                out.claims.append(
                    AttributionClaim{Role::Producer, Kind::InText, agency->name, sentence, 0.6});
                continue;
            }
            if (!hasCitationCue(folded))
                continue;
            out.claims.append(AttributionClaim{Role::Cited, Kind::InText, agency->name, sentence, 0.7});
        }
    }
}

AttributionAnalyzer::Attribution AttributionAnalyzer::analyze(const Article &article) const
{
    Attribution out;

    // Publisher: what the caller decided, else the site, else JSON-LD, else the feed, else the host.
    QString publisher = article.publisher.trimmed();
    if (publisher.isEmpty() && !article.siteName.trimmed().isEmpty()) {
        const QString canonical = m_registry.canonical(article.siteName);
        publisher = canonical.isEmpty() ? article.siteName.trimmed() : canonical;
    }
    for (const Kind kind : {Kind::JsonLd, Kind::Feed}) {
        for (const auto &c : article.claims) {
            if (publisher.isEmpty() && c.role == Role::Publisher && c.kind == kind)
                publisher = c.organisation.trimmed();
        }
    }
    if (publisher.isEmpty())
        publisher = article.url.host();
    out.publisher = publisher;

    bool hasSiteClaim = false;
    for (AttributionClaim c : article.claims) {
        const QString canonical = m_registry.canonical(c.organisation);
        if (!canonical.isEmpty())
            c.organisation = canonical;
        hasSiteClaim = hasSiteClaim || (c.role == Role::Publisher && c.kind == Kind::SiteName);
        out.claims.append(c);
    }
    if (!hasSiteClaim && !article.siteName.trimmed().isEmpty())
        out.claims.prepend(
            AttributionClaim{Role::Publisher, Kind::SiteName, publisher, article.siteName, 0.9});

    // The agencies in the photo credits: a "Source:" under a picture is the picture's source.
    QStringList creditAgencies;
    const CreditParser credits(m_registry);
    for (const auto &image : article.images) {
        const ParsedCredit parsed = credits.parse(image.credit);
        appendUnique(creditAgencies, parsed.originAgency);
        appendUnique(creditAgencies, parsed.distributor);
    }

    QStringList paragraphs =
        article.text.left(MaxTextLength).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (paragraphs.size() > MaxParagraphs)
        paragraphs =
            paragraphs.mid(0, MaxParagraphs / 2) + paragraphs.mid(paragraphs.size() - MaxParagraphs / 2);

    const DatelineParser datelines(m_registry);
    int datelineParagraph = -1;
    qsizetype datelineLength = 0;
    for (int i = 0; i < paragraphs.size() && i < 8 && datelineParagraph < 0; ++i) {
        const QString first = paragraphs[i].section(QLatin1Char('\n'), 0, 0).trimmed();
        if (isCaptionLine(first, article.images))
            continue;
        if (const auto d = datelines.parse(first)) {
            out.claims.append(AttributionClaim{Role::Producer, Kind::Dateline, d->agency, d->text, 0.9});
            out.dateline = d->text;
            out.datelinePlace = d->place;
            datelineParagraph = i;
            datelineLength = paragraphs[i].indexOf(d->text) + d->text.size();
        }
    }

    if (!article.byline.trimmed().isEmpty()) {
        for (const AgencyMatch &m : m_registry.findAll(article.byline)) {
            const Agency *agency = m_registry.agency(m.agency);
            if (agency->kind != Agency::Kind::Photo)
                out.claims.append(
                    AttributionClaim{Role::Producer, Kind::Byline, agency->name, article.byline, 0.8});
        }
    }

    bool previousWasCaption = false;
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QStringList lines = paragraphs[i].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const QString line = lines[l].trimmed();
            if (line.isEmpty())
                continue;
            if (isCaptionLine(line, article.images)) {
                previousWasCaption = true;
                continue;
            }
            const bool consumed = scanLine(line, previousWasCaption, publisher, out);
            previousWasCaption = false;
            if (consumed)
                continue;
            const qsizetype skip = (i == datelineParagraph && l == 0) ? datelineLength : 0;
            scanCited(QStringView(line).mid(std::max<qsizetype>(0, skip)), out);
        }
    }
    for (const auto &image : article.images) {
        for (const QString &line : image.caption.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            scanLine(line.trimmed(), true, publisher, out);
    }
    // Evidence lines the extractor found outside the main text (photo "Source:", footer copyright).
    for (const QString &raw : article.attributionLines.mid(0, MaxParagraphs)) {
        const QString line = raw.simplified();
        if (!line.isEmpty() && !article.text.contains(line))
            scanLine(line, false, publisher, out);
    }
    // A source line that names a picture's agency is about the picture.
    for (auto &c : out.claims) {
        if (c.role == Role::Producer && c.kind == Kind::SourceLine && creditAgencies.contains(c.organisation))
            c.confidence = 0.2;
    }

    // The producer is the organisation with the strongest evidence; independent kinds of evidence add up a
    // little.
    struct Score
    {
        double best = 0;
        QString evidence;
        QList<Kind> kinds;
    };
    std::map<QString, Score> scores;
    for (const auto &c : out.claims) {
        if (c.role != Role::Producer || c.organisation.isEmpty() || c.confidence < 0.3)
            continue;
        Score &s = scores[c.organisation];
        if (c.confidence > s.best) {
            s.best = c.confidence;
            s.evidence = c.evidence;
        }
        if (!s.kinds.contains(c.kind))
            s.kinds.append(c.kind);
    }
    double bestScore = 0;
    for (const auto &[org, s] : scores) {
        const double score = std::min(0.99, s.best + 0.05 * double(s.kinds.size() - 1));
        // The site naming itself as JSON-LD author is no evidence of a wire.
        if (org.compare(publisher, Qt::CaseInsensitive) == 0 && !m_registry.find(org))
            continue;
        if (score > bestScore) {
            bestScore = score;
            out.producer = org;
            out.producerEvidence = s.evidence;
        }
    }
    out.producerConfidence = bestScore;
    if (out.producer.isEmpty())
        out.producer = publisher;

    for (const auto &c : out.claims) {
        if (c.role == Role::Cited && c.organisation != out.producer &&
            c.organisation.compare(publisher, Qt::CaseInsensitive) != 0)
            appendUnique(out.citedAgencies, c.organisation);
    }
    return out;
}

void AttributionAnalyzer::apply(Article &article) const
{
    Attribution a = analyze(article);
    article.publisher = a.publisher;
    article.producer = a.producer;
    article.producerEvidence = a.producerEvidence;
    article.claims = a.claims;
    article.sourceClaims = a.sourceClaims;
    article.citedAgencies = a.citedAgencies;
    if (article.dateline.isEmpty()) {
        article.dateline = a.dateline;
        article.datelinePlace = a.datelinePlace;
    }
    if (a.syndicated && a.producer == a.publisher)
        article.warnings.append(QStringLiteral("syndicated-feed-producer-unnamed"));
}

} // namespace ww
