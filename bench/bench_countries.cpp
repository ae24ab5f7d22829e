// Country tagging throughput on one core: MB/s of UTF-8 text and articles/s, per language mix.
// Input: the seed article plus synthetic articles built from gazetteer terms and filler sentences.
#include "analysis/countrytagger.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ww;

static QStringList syntheticArticles(const Gazetteer &g, const QString &seed, int count,
                                     const QString &script)
{
    wwbench::Rng rng;
    QStringList names;
    for (const auto &t : g.terms()) {
        if (t.kind == Gazetteer::TermKind::Blocker)
            continue;
        const QChar c = t.text.at(0);
        const bool want = script == QLatin1String("latin")      ? c.unicode() < 0x250
                          : script == QLatin1String("cyrillic") ? c.script() == QChar::Script_Cyrillic
                          : script == QLatin1String("hangul")   ? c.script() == QChar::Script_Hangul
                          : script == QLatin1String("arabic")   ? c.script() == QChar::Script_Arabic
                                                                : c.script() == QChar::Script_Han;
        if (want)
            names << t.text;
    }
    QStringList fillers;
    if (script == QLatin1String("latin")) {
        fillers = seed.split(QStringLiteral(". "), Qt::SkipEmptyParts);
    } else if (script == QLatin1String("cyrillic")) {
        fillers << QStringLiteral("Министерство иностранных дел заявило в понедельник о росте напряжённости")
                << QStringLiteral(
                       "Президент подписал указ о ратификации договора о стратегическом партнёрстве")
                << QStringLiteral("Українські експерти знайшли сліди зброї в містах");
    } else if (script == QLatin1String("hangul")) {
        fillers << QStringLiteral("외무부는 월요일 긴장 고조에 대해 외교적 해결을 촉구했다")
                << QStringLiteral("대통령은 전략적 동반자 관계 조약 비준안을 제출했다");
    } else if (script == QLatin1String("arabic")) {
        fillers << QStringLiteral("اتهمت وزارة الخارجية يوم الاثنين بتصعيد التوتر ودعت إلى الدبلوماسية")
                << QStringLiteral("قال الرئيس إن المعاهدة تنص على تقديم المساعدة العسكرية");
    } else {
        fillers << QStringLiteral("外交部周一指责其加剧紧张局势并呼吁通过外交手段恢复平静")
                << QStringLiteral("总统向议会提交了批准战略伙伴关系条约的文本");
    }
    QStringList out;
    for (int a = 0; a < count; ++a) {
        QString text;
        while (text.size() < 3000) {
            text += fillers.at(rng.below(int(fillers.size())));
            text += QLatin1Char(' ');
            if (rng.below(3) == 0)
                text += names.at(rng.below(int(names.size()))) + QStringLiteral(" said. ");
        }
        out << text;
    }
    return out;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer build;
    build.start();
    const CountryTagger tagger;
    std::printf("tagger built in %lld ms (%d terms)\n", build.elapsed(), tagger.matcher().patternCount());
    const QString seed = wwbench::readSeed();
    const qsizetype nl = seed.indexOf(QLatin1Char('\n'));
    const QString title = seed.left(nl), body = seed.mid(nl + 1);

    struct Mix
    {
        const char *name;
        QStringList articles;
    };
    QList<Mix> mixes;
    mixes.append(Mix{"seed article", QStringList(body)});
    for (const char *s : {"latin", "cyrillic", "hangul", "arabic", "han"})
        mixes.append(Mix{s, syntheticArticles(Gazetteer::builtin(), body, 2000, QString::fromLatin1(s))});

    double totalBytes = 0, totalSecs = 0;
    for (const Mix &mix : mixes) {
        qint64 bytes = 0;
        for (const QString &a : mix.articles)
            bytes += a.toUtf8().size();
        // Repeat until ~60 MB have gone through, so timer resolution does not matter.
        const int rounds = int(qMax<qint64>(1, 60'000'000 / qMax<qint64>(1, bytes)));
        qint64 mentions = 0;
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < rounds; ++r) {
            for (const QString &a : mix.articles)
                mentions += tagger.tag(title, a).size();
        }
        const double secs = double(t.nsecsElapsed()) / 1e9;
        const double mb = double(bytes) * rounds / 1e6;
        totalBytes += mb;
        totalSecs += secs;
        std::printf("%-13s %8.1f MB/s  %9.0f articles/s  (%.0f MB, %lld mentions)\n", mix.name, mb / secs,
                    double(mix.articles.size()) * rounds / secs, mb, mentions);
    }
    std::printf("overall       %8.1f MB/s of UTF-8 text on one core (target >= 100)\n",
                totalBytes / totalSecs);
    std::printf("peak RSS      %8.1f MiB\n", wwbench::peakRssMiB());
    return 0;
}
