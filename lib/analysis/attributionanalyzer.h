#pragma once

#include "extract/article.h"

#include <QString>
#include <QStringList>

namespace ww {

class AgencyRegistry;

// Who published an article and who produced it, from the evidence on the page: disclaimers, datelines,
// bylines, copyright and "Source:" lines, JSON-LD claims the extractor found. Agencies the text cites
// ("Interfax news agency said") are kept apart from producers. Pure: article in, attribution out.
class AttributionAnalyzer
{
public:
    struct Attribution
    {
        QString publisher;
        QString producer; // the publisher itself when no wire evidence exists
        QString producerEvidence;
        double producerConfidence = 0;
        QList<AttributionClaim> claims; // every claim, the extractor's included (canonicalised)
        QStringList sourceClaims;
        QStringList citedAgencies;
        QString dateline;
        QString datelinePlace;
        bool syndicated = false; // a "from a syndicated feed" disclaimer without a named producer
    };

    explicit AttributionAnalyzer(const AgencyRegistry &registry) : m_registry(registry) {}

    Attribution analyze(const Article &article) const;
    // Writes analyze()'s result into the article; fields the caller already set (publisher) are kept.
    void apply(Article &article) const;

    // Only this much text is scanned; the evidence sits at the start and the end of an article.
    static constexpr qsizetype MaxTextLength = 1 << 20;
    static constexpr int MaxParagraphs = 400;

private:
    QString organisationAt(QStringView chunk) const;
    bool scanLine(const QString &line, bool afterCaption, const QString &publisher, Attribution &out) const;
    void scanCited(QStringView line, Attribution &out) const;

    const AgencyRegistry &m_registry;
};

} // namespace ww
