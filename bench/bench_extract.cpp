// Extracts each HTML page given on the command line N times (full pipeline: decode, parse, content,
// metadata, images, enrichment) and prints one JSON line like bench/peers/readability_bench.py.
#include "extract/articleextractor.h"

#include "benchinput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_extract ITERATIONS FILE...\n");
        return 2;
    }
    const int iterations = args.first().toInt();
    qint64 bytes = 0;
    const std::vector<QByteArray> inputs = wwbench::readInputs(args.mid(1), bytes);
    const QUrl url(QStringLiteral("https://news.example.org/article"));
    qint64 characters = 0;
    QElapsedTimer first;
    first.start();
    characters +=
        ww::ArticleExtractor::extract(inputs.front(), {}, url).text.size(); // warm-up: one-time tables
    const qint64 warmupMs = first.elapsed();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        for (const QByteArray &input : inputs)
            characters += ww::ArticleExtractor::extract(input, {}, url).text.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "{\"peer\":\"wirewatch\",\"pages\":%lld,\"bytes\":%lld,\"seconds\":%.6f,\"warmup_ms\":%lld}\n",
        static_cast<long long>(inputs.size() * iterations), static_cast<long long>(bytes * iterations),
        seconds, static_cast<long long>(warmupMs));
    return characters > 0 ? 0 : 1;
}
