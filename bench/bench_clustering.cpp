// Story clustering throughput: 100,000 articles through StoryClusterer::addArticle on one core, with
// planted copies (trimmed, retitled, lightly edited) to report how many found their story.
#include "analysis/storyclusterer.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <cstdio>
#include <vector>

using namespace ww;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    wwbench::Rng rng;
    // Vocabulary: the seed's words plus numbers, so stories share words but not word sequences.
    QStringList vocab =
        wwbench::readSeed().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    vocab.removeDuplicates();
    for (int i = 0; i < 200; ++i)
        vocab << QString::number(i);

    QElapsedTimer gen;
    gen.start();
    std::vector<QString> texts;
    std::vector<int> copyOf; // -1 for an original story
    texts.reserve(size_t(total));
    for (int i = 0; i < total; ++i) {
        const bool copy = i > 100 && rng.below(10) < 3; // 30 % are copies of an earlier story
        if (copy) {
            int src = rng.below(i);
            while (copyOf[size_t(src)] >= 0)
                src = copyOf[size_t(src)];
            QString t = texts[size_t(src)];
            switch (rng.below(3)) {
            case 0: // trimmed to the first 60 %
                t.truncate(t.size() * 6 / 10);
                break;
            case 1: // retitled
                t.prepend(QStringLiteral("Exclusive: a new headline for the same story\n\n"));
                break;
            default: // lightly edited: a few words replaced
                for (int e = 0; e < 8; ++e) {
                    const qsizetype at = t.indexOf(QLatin1Char(' '), rng.below(int(t.size())));
                    if (at > 0)
                        t.insert(at, QStringLiteral(" reportedly"));
                }
            }
            texts.push_back(t);
            copyOf.push_back(src);
        } else {
            QString t;
            const int words = 250 + rng.below(350);
            for (int w = 0; w < words; ++w) {
                t += vocab.at(rng.below(int(vocab.size())));
                t += (w % 20 == 19) ? QStringLiteral(".\n\n") : QStringLiteral(" ");
            }
            texts.push_back(t);
            copyOf.push_back(-1);
        }
    }
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += t.size();
    std::printf("generated %d articles (%.0f MB as UTF-16) in %lld ms\n", total, double(bytes) * 2 / 1e6,
                gen.elapsed());

    StoryClusterer clusterer;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const QString publisher = QStringLiteral("Outlet");
    QElapsedTimer t;
    t.start();
    std::vector<qint64> cluster(static_cast<size_t>(total), 0);
    for (int i = 0; i < total; ++i)
        cluster[size_t(i)] = clusterer.addArticle(i, texts[size_t(i)], t0.addSecs(i), publisher, QString());
    const double secs = double(t.nsecsElapsed()) / 1e9;

    int copies = 0, found = 0, originalsMerged = 0;
    for (int i = 0; i < total; ++i) {
        if (copyOf[size_t(i)] >= 0) {
            ++copies;
            found += cluster[size_t(i)] == cluster[size_t(copyOf[size_t(i)])] ? 1 : 0;
        } else if (cluster[size_t(i)] != i) {
            ++originalsMerged;
        }
    }
    std::printf("clustered %d articles in %.2f s: %.0f articles/s (target: 100,000 in < 30 s)\n", total, secs,
                total / secs);
    std::printf("clusters %d; planted copies found %d/%d (%.2f %%); originals wrongly merged %d\n",
                clusterer.clusterCount(), found, copies, 100.0 * found / qMax(1, copies), originalsMerged);

    // Rebuild from stored signatures (what the app does at start-up).
    std::vector<QByteArray> sigs;
    sigs.reserve(size_t(total));
    for (int i = 0; i < total; ++i)
        sigs.push_back(StoryClusterer::signature(texts[size_t(i)]));
    StoryClusterer rebuilt;
    QElapsedTimer r;
    r.start();
    int same = 0;
    for (int i = 0; i < total; ++i)
        same += rebuilt.addSignature(i, sigs[size_t(i)], t0.addSecs(i), publisher, QString()).value() ==
                        cluster[size_t(i)]
                    ? 1
                    : 0;
    std::printf("rebuilt from %d stored signatures (%d bytes each) in %.2f s; same cluster for %d\n", total,
                int(sigs.front().size()), double(r.nsecsElapsed()) / 1e9, same);
    std::printf("peak RSS %.1f MiB (input texts included)\n", wwbench::peakRssMiB());
    return 0;
}
