#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ww {

// "Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo" taken apart.
struct ParsedCredit
{
    QString originAgency; // who shot / owns it (Sputnik)
    QString photographer;
    bool pool = false;
    QString distributor; // who distributed it ("via REUTERS" -> Reuters)
    bool filePhoto = false;
    bool handout = false;
};

struct ArticleImage
{
    QUrl url;
    QString alt;
    QString caption;
    QString credit;
    ParsedCredit creditParsed;
    QString takenDate; // ISO date from the caption when it states one ("June 19, 2024")
    QString place;     // "Pyongyang, North Korea"
    bool filePhoto = false;
};

// One piece of evidence that an organisation produced (or published, or was cited in) the article.
struct AttributionClaim
{
    enum class Role { Publisher, Producer, SourceClaim, Cited };
    enum class Kind {
        SiteName,
        Disclaimer,
        Dateline,
        Byline,
        Copyright,
        SourceLine,
        JsonLd,
        Feed,
        Credit,
        InText
    };
    Role role = Role::Producer;
    Kind kind = Kind::Dateline;
    QString organisation; // canonical registry name ("Reuters")
    QString evidence;     // the snippet as it stands on the page
    double confidence = 0;
};

struct CountryMention
{
    QString code; // ISO 3166-1 alpha-2
    int count = 0;
    bool inTitle = false;
    int firstPosition = -1;  // character offset of the first mention in the text
    double score = 0;        // the "what it is about" weight
    bool inDateline = false; // named as the dateline place ("SEOUL (Reuters) -"), which weighs little
};

struct Quote
{
    QString speaker;
    QString text;
};

struct Article
{
    QUrl url;
    QUrl canonicalUrl;
    QString title;
    QString byline;
    QString siteName;
    QString publisher;
    QString producer;
    QString producerEvidence;
    QDateTime publishedUtc;
    QDateTime updatedUtc;
    QString dateline;        // "SEOUL, Oct 14 (Reuters) -"
    QString datelineCountry; // ISO code of the dateline place
    QString datelinePlace;   // "Seoul": the place as the dateline names it
    QString language;
    QString section;
    QString text;         // main text, paragraphs separated by "\n\n"
    QString html;         // the main content as sanitised HTML
    QStringList sections; // in-article headings
    QList<ArticleImage> images;
    QList<AttributionClaim> claims;
    QStringList sourceClaims;        // "Source: Sputnik"
    QStringList citedAgencies;       // "Interfax news agency said"
    QList<CountryMention> countries; // ordered by score: the first is what it is about
    QStringList people;
    QList<Quote> quotes;
    // Short lines on the page that are attribution evidence but may sit outside the main text
    // ("Source: Sputnik" by a photo, a "produced by" disclaimer, the footer's copyright line).
    QStringList attributionLines;
    bool fromFeedOnly = false; // the page could not be fetched; the feed's content stands in
    QStringList warnings;
};

} // namespace ww
