#include "analysis/enrichment.h"

#include "analysis/agencyregistry.h"
#include "analysis/attributionanalyzer.h"
#include "analysis/creditparser.h"
#include "analysis/peopleextractor.h"
#include "analysis/quoteextractor.h"

// The country tagger is another helper's work; enrichment uses it whenever it is in the tree.
#if __has_include("analysis/countrytagger.h")
#include "analysis/countrytagger.h"
#define WW_HAVE_COUNTRY_TAGGER 1
#endif

namespace ww {

namespace {

const AgencyRegistry &builtinRegistry()
{
    static const AgencyRegistry registry = AgencyRegistry::builtin();
    return registry;
}

#ifdef WW_HAVE_COUNTRY_TAGGER
const CountryTagger &builtinTagger()
{
    static const CountryTagger tagger;
    return tagger;
}
#endif

bool isHeading(const QString &p)
{
    if (p.size() < 3 || p.size() > 80 || p.contains(QLatin1Char('\n')))
        return false;
    int letters = 0;
    for (QChar c : p) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    // "FILE PHOTO: ..." captions and datelines are all caps too, but carry a colon, slash or parenthesis.
    return letters >= 3 && !p.contains(QLatin1Char(':')) && !p.contains(QLatin1Char('(')) &&
           !p.contains(QLatin1Char('/')) && !p.endsWith(QLatin1Char('.'));
}

} // namespace

QStringList detectSections(QStringView text)
{
    QStringList out;
    const QStringList paragraphs =
        text.left(AttributionAnalyzer::MaxTextLength).toString().split(QStringLiteral("\n\n"));
    for (const QString &raw : paragraphs) {
        const QString p = raw.trimmed();
        if (isHeading(p) && !out.contains(p))
            out.append(p);
    }
    return out;
}

void enrichArticle(Article &article)
{
    enrichArticle(article, EnrichmentContext{});
}

void enrichArticle(Article &article, const EnrichmentContext &context)
{
    const AgencyRegistry &registry = context.registry ? *context.registry : builtinRegistry();

    const CreditParser credits(registry);
    for (ArticleImage &image : article.images) {
        if (!image.credit.trimmed().isEmpty())
            image.creditParsed = credits.parse(image.credit, article.publisher.isEmpty() ? article.siteName
                                                                                         : article.publisher);
        if (image.creditParsed.filePhoto ||
            image.caption.startsWith(QLatin1String("FILE PHOTO"), Qt::CaseInsensitive))
            image.filePhoto = true;
    }

    AttributionAnalyzer(registry).apply(article);

    PeopleExtractor::PlaceTest isPlace;
#ifdef WW_HAVE_COUNTRY_TAGGER
    const CountryTagger *tagger = context.countryTagger;
    if (!tagger && context.tagCountries)
        tagger = &builtinTagger();
    if (tagger) {
        if (article.countries.isEmpty())
            article.countries = tagger->tag(article.title, article.text);
        if (article.datelineCountry.isEmpty() && !article.datelinePlace.isEmpty()) {
            const auto matches = tagger->matcher().find(article.datelinePlace);
            if (!matches.isEmpty())
                article.datelineCountry = matches.front().code;
        }
        // A candidate name that starts or ends with a place ("South Korea said") is no person.
        isPlace = [tagger](QStringView phrase) {
            for (const auto &m : tagger->matcher().find(phrase)) {
                if (m.start == 0 || m.end == phrase.size())
                    return true;
            }
            return false;
        };
    }
#endif

    // Captions name people too ("Russia's President Vladimir Putin ... attend"), and the body often
    // uses only their surnames.
    QString peopleText = article.title + QStringLiteral("\n\n") + article.text;
    for (const ArticleImage &image : article.images)
        peopleText += QStringLiteral("\n\n") + image.caption;
    if (article.people.isEmpty())
        article.people = PeopleExtractor(isPlace).extract(peopleText);
    if (article.quotes.isEmpty())
        article.quotes = QuoteExtractor().extract(article.text, article.people);
    if (article.sections.isEmpty())
        article.sections = detectSections(article.text);
}

} // namespace ww
